import { fixtures } from '@track4tip/core';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { useHead } from 'unhead';
import { createHead, renderSSRHead } from 'unhead/server';
import { expect, it } from 'vitest';
import { pageOptions } from '../../test/records.js';
import { headFor } from '../head.js';
import { renderHead } from '../render.js';
import { toUnhead } from './unhead.js';

type Element = DefaultTreeAdapterMap['element'];

/** The head's elements as a browser parses them: tag name, attributes (unhead's `data-hid` left out) and text. */
function elementsOf(html: string): string[] {
  const document = parse(`<!DOCTYPE html><html><head>${html}</head><body></body></html>`);
  const head = (document.childNodes[1] as Element).childNodes[0] as Element;
  return head.childNodes
    .filter((node): node is Element => 'tagName' in node)
    .filter((element) => !element.attrs.some((a) => a.name === 'charset' || a.value === 'viewport'))
    .map((element) => {
      const attributes = element.attrs
        .filter((a) => a.name !== 'data-hid')
        .map((a) => `${a.name}=${a.value}`)
        .sort();
      const text = element.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
      return `${element.tagName} ${attributes.join(' ')} ${text}`;
    });
}

it("unhead's own server renderer writes the input of toUnhead as renderHead writes the head", async () => {
  const head = headFor(
    fixtures,
    { type: 'press-release', id: 'unodc-press-release-2021-02-01' },
    {
      ...pageOptions('es'),
      description: '</script><script>alert(1)</script> "quoted" & <b>',
    },
  );
  const unhead = createHead();
  useHead(unhead, toUnhead(head));
  const { headTags, htmlAttrs } = await renderSSRHead(unhead);
  expect(htmlAttrs).toBe(' lang="es"');
  expect(elementsOf(headTags).sort()).toEqual(elementsOf(renderHead(head)).sort());
});

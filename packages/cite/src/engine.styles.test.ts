import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getEvent, getPressRelease } from '@track4tip/core';
import { describe, expect, it } from 'vitest';
import { toCsl } from './csl/to-csl.js';
import type { CslItem } from './csl/types.js';
import {
  CSL_LOCALE_TAGS,
  CSL_STYLE_IDS,
  clearEngineCache,
  engineCacheSize,
  loadStyle,
  preloadEngine,
  renderCitation,
  renderCslItem,
} from './engine.js';
import { CITATION_STYLES } from './styles/catalog.js';

const NS = 'xmlns="http://purl.org/net/xbiblio/csl"';
const info = (id: string, extra = '') =>
  `<info><id>${id}</id><title>Test style</title><updated>2026-01-01T00:00:00+00:00</updated>${extra}</info>`;
const style = (
  body: string,
  attrs = `${NS} class="in-text" version="1.0"`,
  id = 'https://example.org/styles/test',
) => `<?xml version="1.0" encoding="utf-8"?>\n<style ${attrs}>${info(id)}${body}</style>`;
const CITATION =
  '<citation><layout><text variable="title" font-style="italic"/></layout></citation>';
const BIBLIOGRAPHY =
  '<bibliography><layout suffix="."><group delimiter=". "><text variable="title" font-style="italic"/><date variable="issued" form="text"/></group></layout></bibliography>';
const item: CslItem = {
  id: 'r',
  type: 'report',
  title: 'Annual report <script>',
  issued: { 'date-parts': [[2024, 5, 2]] },
};
const officialXml = (id: string) =>
  readFileSync(join(import.meta.dirname, '..', 'csl', 'styles', `${id}.csl`), 'utf8');

describe('any CSL style', () => {
  it('formats with a style read from its XML, in text, HTML and Markdown, escaped like the built-in ones', async () => {
    const custom = await loadStyle(style(CITATION + BIBLIOGRAPHY));
    expect(custom).toMatchObject({
      id: 'https://example.org/styles/test',
      title: 'Test style',
      class: 'in-text',
      defaultLocale: null,
      hasBibliography: true,
      parent: null,
    });
    expect(Object.isFrozen(custom)).toBe(true);
    expect(await renderCslItem(item, { style: custom })).toBe(
      'Annual report <script>. May 2, 2024.',
    );
    expect(await renderCslItem(item, { style: custom, format: 'html' })).toBe(
      '<div class="csl-entry"><i>Annual report &#60;script&#62;</i>. May 2, 2024.</div>',
    );
    expect(await renderCslItem(item, { style: custom, format: 'markdown' })).toBe(
      '*Annual report \\<script\\>*. May 2, 2024.',
    );
    expect(await renderCslItem(item, { style: custom, kind: 'citation', locale: 'es-ES' })).toBe(
      'Annual report <script>',
    );
  });

  it('gives the same entry for an official style read from its XML as for its built-in name', async () => {
    const mla = await loadStyle(officialXml('modern-language-association'));
    const release = toCsl(getPressRelease(), { style: 'mla' });
    for (const locale of ['en-US', 'pt-BR'] as const) {
      const expected = await renderCslItem(release, { style: 'mla', locale });
      expect(await renderCslItem(release, { style: mla, locale })).toBe(expected);
      expect(await renderCslItem(release, { style: 'modern-language-association', locale })).toBe(
        expected,
      );
      expect(
        await renderCslItem(release, {
          style: 'http://www.zotero.org/styles/modern-language-association',
          locale,
        }),
      ).toBe(expected);
    }
    expect([...CSL_STYLE_IDS].sort()).toEqual(
      Object.values(CITATION_STYLES)
        .map(({ cslId }) => cslId)
        .sort(),
    );
  });

  it('cites the SDK’s entities with any style, by a style-neutral item', async () => {
    const custom = await loadStyle(style(CITATION + BIBLIOGRAPHY));
    const citation = await renderCitation(getEvent('unodc-webinar'), {
      style: custom,
      locale: 'es-ES',
    });
    expect(citation.style).toBe('https://example.org/styles/test');
    expect(citation.value).toBe(
      '[UNODC webinar on cooperation between criminal justice authorities in trafficking in persons cases]. 1 de febrero de 2021.',
    );
    // The entity's own words exist in the citation locales only.
    await expect(
      renderCitation(getEvent('unodc-webinar'), { style: custom, locale: 'pt-PT' as 'pt-BR' }),
    ).rejects.toMatchObject({ code: 'UNKNOWN_LOCALE', path: ['options', 'locale'] });
  });

  it('uses a dependent style’s parent in the dependent’s default locale', async () => {
    const dependent = `<?xml version="1.0" encoding="utf-8"?>
<style ${NS} version="1.0" class="in-text" default-locale="es-ES">
  <info><id>https://example.org/styles/revista</id><title>Revista</title>
    <link href="http://www.zotero.org/styles/apa" rel="independent-parent"/>
    <updated>2026-01-01T00:00:00+00:00</updated></info>
</style>`;
    const revista = await loadStyle(dependent);
    expect(revista).toMatchObject({
      parent: 'http://www.zotero.org/styles/apa',
      defaultLocale: 'es-ES',
    });
    const release = toCsl(getPressRelease(), { style: 'apa', locale: 'es-ES' });
    expect(await renderCslItem(release, { style: revista })).toBe(
      await renderCslItem(release, { style: 'apa', locale: 'es-ES' }),
    );
    // A parent this package does not ship must be given.
    const orphan = dependent.replace(
      'http://www.zotero.org/styles/apa',
      'http://www.zotero.org/styles/nature',
    );
    await expect(loadStyle(orphan)).rejects.toMatchObject({
      code: 'UNKNOWN_STYLE',
      path: ['options', 'parent'],
    });
    const nature = await loadStyle(
      style(CITATION + BIBLIOGRAPHY, undefined, 'http://www.zotero.org/styles/nature'),
    );
    const child = await loadStyle(orphan, { parent: nature });
    expect(await renderCslItem(item, { style: child })).toBe(
      'Annual report <script>. 2 de mayo de 2024.',
    );
    // A parent that is not the one the style names is refused, never used in its place.
    const other = await loadStyle(style(CITATION + BIBLIOGRAPHY));
    await expect(loadStyle(dependent, { parent: other })).rejects.toMatchObject({
      code: 'INVALID_STYLE',
      path: ['options', 'parent'],
    });
    await expect(loadStyle(orphan, { parent: other })).rejects.toMatchObject({
      code: 'INVALID_STYLE',
      path: ['options', 'parent'],
    });
  });

  it('names a locale it does not have, and takes one given with the style', async () => {
    await expect(renderCslItem(item, { style: 'apa', locale: 'de-DE' })).rejects.toMatchObject({
      code: 'UNKNOWN_LOCALE',
      path: ['options', 'locale'],
      message: expect.stringContaining('"de-DE"'),
    });
    await expect(preloadEngine('apa', 'fr-FR')).rejects.toMatchObject({ code: 'UNKNOWN_LOCALE' });
    const german = `<?xml version="1.0" encoding="utf-8"?>
<locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="de-DE">
  <date form="text"><date-part name="day" suffix=". "/><date-part name="month" suffix=" "/><date-part name="year"/></date>
  <terms><term name="month-05">Mai</term></terms>
</locale>`;
    const custom = await loadStyle(style(CITATION + BIBLIOGRAPHY), {
      locales: { 'de-DE': german },
    });
    expect(custom.locales).toEqual(['de-DE']);
    expect(await renderCslItem(item, { style: custom, locale: 'de-DE' })).toBe(
      'Annual report <script>. 2. Mai 2024.',
    );
    // A style whose default locale is missing loads; a call that needs that locale names it.
    const french = await loadStyle(
      style(CITATION, `${NS} class="in-text" version="1.0" default-locale="fr-FR"`),
    );
    expect(french.defaultLocale).toBe('fr-FR');
    await expect(renderCslItem(item, { style: french, kind: 'citation' })).rejects.toMatchObject({
      code: 'UNKNOWN_LOCALE',
      message: expect.stringContaining('"fr-FR"'),
    });
    expect(await renderCslItem(item, { style: french, kind: 'citation', locale: 'en-US' })).toBe(
      'Annual report <script>',
    );
    // A locale is given under the full tag citeproc-js asks for.
    await expect(
      loadStyle(style(CITATION), { locales: { de: german.replace('de-DE', 'de') } }),
    ).rejects.toMatchObject({
      code: 'INVALID_LOCALE',
      message: expect.stringContaining('"de-DE"'),
    });
    // The shipped locales include the bases citeproc-js reads under a regional locale.
    expect(CSL_LOCALE_TAGS).toContain('pt-PT');
    expect(await renderCslItem(item, { style: custom, locale: 'pt-PT' })).toBe(
      'Annual report <script>. 2 de maio de 2024.',
    );
  });

  it('reports what is wrong with a style, never falling back to another', async () => {
    const wrong: [unknown, string, RegExp][] = [
      [42, 'INVALID_STYLE', /got number/],
      ['<html></html>', 'INVALID_STYLE', /<style>/],
      [style(CITATION, 'class="in-text" version="1.0"'), 'INVALID_STYLE', /namespace/],
      [style(CITATION, `${NS} class="in-text" version="0.8"`), 'INVALID_STYLE', /CSL 1\.0/],
      [style(CITATION, `${NS} class="footnote" version="1.0"`), 'INVALID_STYLE', /class/],
      [style(BIBLIOGRAPHY), 'INVALID_STYLE', /no <citation>/],
      [
        `<style ${NS} class="in-text" version="1.0"><info><title>No id</title></info>${CITATION}</style>`,
        'INVALID_STYLE',
        /<id>/,
      ],
      [
        style('<citation><layout><text macro="missing"/></layout></citation>'),
        'INVALID_STYLE',
        /the macro "missing", which it does not define/,
      ],
      [
        style('<citation><layout><bogus variable="title"/></layout></citation>'),
        'INVALID_STYLE',
        /citeproc-js cannot use the style: .*bogus/,
      ],
    ];
    for (const [xml, code, message] of wrong) {
      await expect(loadStyle(xml as string), String(xml)).rejects.toMatchObject({
        name: 'CiteError',
        code,
        message: expect.stringMatching(message),
      });
    }
    await expect(
      loadStyle(style(CITATION), { locales: { 'de-DE': '<locale xml:lang="de-DE"/>' } }),
    ).rejects.toMatchObject({ code: 'INVALID_LOCALE', path: ['options', 'locales', 'de-DE'] });
    await expect(renderCslItem(item, { style: 'nature' })).rejects.toMatchObject({
      code: 'UNKNOWN_STYLE',
      message: expect.stringContaining('loadStyle'),
    });
    await expect(renderCslItem(item, { style: { id: 'x' } as never })).rejects.toMatchObject({
      code: 'UNKNOWN_STYLE',
    });
    // The sort keys are built too: an error there is reported when the style is loaded.
    await expect(
      loadStyle(
        style(
          `${CITATION}<bibliography><sort><key macro="m"/></sort><layout><text variable="title"/></layout></bibliography><macro name="m"><bogus variable="title"/></macro>`,
        ),
      ),
    ).rejects.toMatchObject({ code: 'INVALID_STYLE', message: expect.stringMatching(/bogus/) });
    await expect(loadStyle(style(CITATION), null as never)).rejects.toMatchObject({
      code: 'INVALID_OPTION',
      path: ['options'],
    });
    const citationOnly = await loadStyle(style(CITATION));
    await expect(renderCslItem(item, { style: citationOnly })).rejects.toMatchObject({
      code: 'INVALID_OPTION',
      path: ['options', 'kind'],
    });
  });

  it('keeps a loaded style’s engines with the style, and shares a shipped parent’s', async () => {
    clearEngineCache();
    expect(engineCacheSize()).toBe(0);
    const custom = await loadStyle(style(CITATION + BIBLIOGRAPHY));
    expect(engineCacheSize()).toBe(1);
    await renderCslItem(item, { style: custom, locale: 'es-ES' });
    expect(engineCacheSize()).toBe(2);
    await renderCslItem(item, { style: 'apa' });
    expect(engineCacheSize()).toBe(3);
    // A dependent style of APA without locales of its own uses APA's engine for en-US.
    await loadStyle(`<?xml version="1.0" encoding="utf-8"?>
<style ${NS} version="1.0" class="in-text">
  <info><id>https://example.org/styles/apa-journal</id><title>APA journal</title>
    <link href="http://www.zotero.org/styles/apa" rel="independent-parent"/></info>
</style>`);
    expect(engineCacheSize()).toBe(3);
    clearEngineCache();
    expect(engineCacheSize()).toBe(0);
    // Still usable: its engine is built again.
    expect(await renderCslItem(item, { style: custom, kind: 'citation' })).toBe(
      'Annual report <script>',
    );
  });
});

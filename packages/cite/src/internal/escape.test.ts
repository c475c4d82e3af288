import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown } from './escape.js';

describe('escapeHtml', () => {
  it('leaves no markup-significant character unescaped and round-trips (property)', () => {
    const decodeHtml = (value: string) =>
      value.replace(/&(lt|gt|quot|#39|amp);/g, (_match, name: string) =>
        name === 'lt'
          ? '<'
          : name === 'gt'
            ? '>'
            : name === 'quot'
              ? '"'
              : name === '#39'
                ? "'"
                : '&',
      );
    fc.assert(
      fc.property(fc.string(), (value) => {
        const escaped = escapeHtml(value);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(decodeHtml(escaped)).toBe(value);
      }),
    );
  });

  it('neutralises a script tag', () => {
    expect(escapeHtml('</p><script>alert(1)</script>')).toBe(
      '&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;',
    );
  });
});

describe('escapeMarkdown', () => {
  it('escapes every character that starts Markdown syntax, and removing the escapes gives the text back (property)', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const escaped = escapeMarkdown(value);
        expect(escaped.replace(/\\(.)/gs, '')).not.toMatch(/[\\`*_[\]<>#|~!&]/);
        expect(escaped.replace(/\\(.)/gs, '$1')).toBe(value);
      }),
    );
  });
});

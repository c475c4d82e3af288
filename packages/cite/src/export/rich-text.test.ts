import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRichText, plainText } from './rich-text.js';

describe('parseRichText', () => {
  it('reads the six CSL tags, nested', () => {
    expect(
      parseRichText(
        'a <i>b <b>c</b></i> <sup>1</sup><sub>2</sub> <span style="font-variant:small-caps;">d</span> <span class="nocase">eBay</span>',
      ),
    ).toEqual([
      { text: 'a ' },
      { mark: 'italic', children: [{ text: 'b ' }, { mark: 'bold', children: [{ text: 'c' }] }] },
      { text: ' ' },
      { mark: 'superscript', children: [{ text: '1' }] },
      { mark: 'subscript', children: [{ text: '2' }] },
      { text: ' ' },
      { mark: 'small-caps', children: [{ text: 'd' }] },
      { text: ' ' },
      { mark: 'nocase', children: [{ text: 'eBay' }] },
    ]);
  });

  it('keeps unpaired, crossed or unknown tags and lone < > as text', () => {
    for (const value of [
      'a < b > c',
      '</i>x',
      '<i>x',
      '<i><b>x</i></b>',
      '<em>x</em>',
      '<span>x</span>',
    ]) {
      expect(plainText(value)).toBe(value.replace('<i><b>x</i></b>', '<i>x</i>'));
    }
    expect(parseRichText('<i><b>x</i></b>')).toEqual([
      { text: '<i>' },
      { mark: 'bold', children: [{ text: 'x</i>' }] },
    ]);
  });

  it('loses no character that is not part of a paired tag (property)', () => {
    const unit = fc.constantFrom(
      'a',
      ' ',
      '<',
      '>',
      '/',
      '<i>',
      '</i>',
      '<b>',
      '</b>',
      '</span>',
      '<span class="nocase">',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (value) => {
        const stripped = value.replace(/<\/?(i|b|sup|sub)>|<span class="nocase">|<\/span>/g, '');
        expect(plainText(value).length).toBeGreaterThanOrEqual(stripped.length);
        expect(plainText(stripped)).toBe(stripped);
      }),
    );
  });
});

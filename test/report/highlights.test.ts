import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightText, type Highlight } from '../../src/report/highlights.js';

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Reads highlightText's markup back: the text, and the pieces each highlight id covers. */
function readBack(markup: string): { text: string; pieces: Map<number, string>; anchors: number[] } {
  const pieces = new Map<number, string>();
  const anchors: number[] = [];
  let text = '';
  const token = /<i class="anc" id="a(\d+)"><\/i>|<span class="h [^"]*" data-a="([\d ]+)">([^<]*)<\/span>|([^<]+)/g;
  let consumed = 0;
  for (const m of markup.matchAll(token)) {
    expect(m.index).toBe(consumed);
    consumed += m[0].length;
    if (m[1]) anchors.push(Number(m[1]));
    else if (m[2]) {
      const piece = unescape(m[3]!);
      for (const id of m[2].split(' ').map(Number)) pieces.set(id, (pieces.get(id) ?? '') + piece);
      text += piece;
    } else text += unescape(m[4]!);
  }
  expect(consumed).toBe(markup.length);
  return { text, pieces, anchors };
}

describe('highlightText', () => {
  const text = '全年捐款近4万元，满意率达99%以上。';

  it('splits crossing spans and nests contained ones, each id covering exactly its slice', () => {
    const spans: Highlight[] = [
      { id: 1, start: 0, end: 9, classes: 'cp cp-batch' },
      { id: 2, start: 2, end: 8, classes: 'fig fig-donation' },
      { id: 3, start: 7, end: 16, classes: 'fd' },
    ];
    const markup = highlightText(text, spans).value;
    const back = readBack(markup);
    expect(back.text).toBe(text);
    for (const s of spans) expect(back.pieces.get(s.id)).toBe(text.slice(s.start, s.end));
    expect(back.anchors).toEqual([1, 2, 3]);
    expect(markup).toContain('<span class="h cp cp-batch fig fig-donation fd" data-a="1 2 3">元</span>');
  });

  it('escapes the text and leaves out spans that do not fit', () => {
    const evil = '<img src=x onerror=alert(1)>&';
    const markup = highlightText(evil, [
      { id: 1, start: 0, end: 4, classes: 'ph' },
      { id: 2, start: 5, end: 99, classes: 'ph' },
      { id: 3, start: 3, end: 3, classes: 'ph' },
    ]).value;
    expect(markup).not.toContain('<img');
    const back = readBack(markup);
    expect(back.text).toBe(evil);
    expect([...back.pieces.keys()]).toEqual([1]);
  });

  it('keeps every span exact over random overlapping spans (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('文', '明', '<', '&', '"', '9', '%', '\n', '😀'), minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }),
        (s, pairs) => {
          const spans = pairs
            .map(([x, y], i) => ({ id: i + 1, start: Math.min(x, y) % (s.length + 1), end: Math.max(x, y) % (s.length + 1), classes: 'fig' }))
            .filter((h) => h.start < h.end);
          const back = readBack(highlightText(s, spans).value);
          expect(back.text).toBe(s);
          for (const h of spans) expect(back.pieces.get(h.id)).toBe(s.slice(h.start, h.end));
        },
      ),
    );
  });
});

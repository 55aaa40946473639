import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../../src/normalize/offset-map.js';
import { rewrite } from '../../src/normalize/rewrite.js';

describe('rewrite', () => {
  it.each([
    // input, replacements, output, normalized span, original span
    ['ab１２cd', [{ start: 2, end: 3, text: '1' }, { start: 3, end: 4, text: '2' }], 'ab12cd', [2, 4], [2, 4]],
    ['a⒈b', [{ start: 1, end: 2, text: '1.' }], 'a1.b', [1, 2], [1, 2]],
    ['a⒈b', [{ start: 1, end: 2, text: '1.' }], 'a1.b', [2, 4], [1, 3]],
    ['年 度', [{ start: 1, end: 2, text: '' }], '年度', [0, 2], [0, 3]],
    ['年 度', [{ start: 1, end: 2, text: '' }], '年度', [1, 2], [2, 3]],
    ['x视窗y', [{ start: 1, end: 3, text: '窗口', atomic: true }], 'x窗口y', [1, 2], [1, 3]],
    ['x视窗y', [{ start: 1, end: 3, text: '窗口' }], 'x窗口y', [1, 2], [1, 2]],
    ['网际网路', [{ start: 0, end: 4, text: '互联网' }], '互联网', [1, 3], [0, 4]],
  ] as const)('%s → %s', (input, replacements, output, [ns, ne], [os, oe]) => {
    const result = rewrite(input, [...replacements]);
    expect(result.text).toBe(output);
    expect(result.map.toOriginal(ns, ne)).toEqual({ start: os, end: oe });
  });

  it('maps an empty span to a point and the end to the original length', () => {
    const { map } = rewrite('a\u200bb', [{ start: 1, end: 2, text: '' }]);
    expect(map.toOriginal(1, 1)).toEqual({ start: 2, end: 2 });
    expect(map.toOriginal(2, 2)).toEqual({ start: 3, end: 3 });
  });

  it('rejects overlapping replacements', () => {
    expect(() => rewrite('abc', [{ start: 0, end: 2, text: 'x' }, { start: 1, end: 3, text: 'y' }])).toThrow(/overlapping/);
  });

  it('composes maps of successive rewrites', () => {
    const first = rewrite('Ａ ⒈', [{ start: 0, end: 1, text: 'A' }, { start: 2, end: 3, text: '1.' }]);
    const second = rewrite(first.text, [{ start: 1, end: 2, text: '' }]);
    const map = first.map.compose(second.map);
    expect(second.text).toBe('A1.');
    expect(map.toOriginal(1, 3)).toEqual({ start: 2, end: 3 });
    expect(map.toOriginal(0, 3)).toEqual({ start: 0, end: 3 });
    expect(OffsetMap.identity(3).toOriginal(0, 3)).toEqual({ start: 0, end: 3 });
  });
});

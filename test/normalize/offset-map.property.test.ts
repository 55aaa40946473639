// Property: every span of normalized text maps to a span of the original whose own normalization gives back
// exactly the normalized text that span covers.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, type NormalizedText } from '../../src/normalize/index.js';

const FRAGMENTS = [
  '创建', '建立', '文明', '工作', '视窗', '網際網路', '視窗', '硬體', '建立健全', '資料', '效能', '社群', '透過', '釋出',
  ' ', '　', '\u200b', '\ufeff', '９９％', '１２', '⒈', '㈠', '①', '⑴', '⼀', '2023', ' 年', 'Word', ' and ', '\n', '\n\n',
  '，', '。', '、', '“', '”', '學習', '進程', '後', '發展', '爲', '羣衆', 'ＸＸ', 'hello world', '\t', '1,203', '万元', '满意率',
  '網站首頁 工作範例 辦公範例 個人範例', '相关推荐',
];

function normalizedExtent(norm: NormalizedText, start: number, end: number): [number, number] {
  let a = 0;
  while (a < norm.text.length && norm.map.startOf(a) < start) a++;
  let b = a;
  while (b < norm.text.length && norm.map.endOf(b) <= end) b++;
  return [a, b];
}

/** Checks the property for one span; returns a description of the failure or null. */
function checkSpan(original: string, norm: NormalizedText, a: number, b: number): string | null {
  const span = norm.map.toOriginal(a, b);
  if (span.start < 0 || span.end > original.length || span.start > span.end) return `bad span ${JSON.stringify(span)}`;
  const [ea, eb] = normalizedExtent(norm, span.start, span.end);
  if (ea > a || eb < b) return `extent [${ea}, ${eb}) does not cover [${a}, ${b})`;
  const again = normalize(original.slice(span.start, span.end), { taiwanPhrases: norm.taiwanPhrased ? 'on' : 'off' }).text;
  const expected = norm.text.slice(ea, eb);
  return again === expected ? null : `normalize(${JSON.stringify(original.slice(span.start, span.end))}) = ${JSON.stringify(again)}, expected ${JSON.stringify(expected)}`;
}

/** Evidence spans start and end on visible characters; spans that do are the ones checked. */
function visibleSpan(text: string, a: number, b: number): boolean {
  return b > a && /\S/.test(text[a]!) && /\S/.test(text[b - 1]!);
}

function checkDocument(original: string, spans: [number, number][]): void {
  const norm = normalize(original);
  expect(norm.map.length).toBe(norm.text.length);
  for (let i = 1; i < norm.text.length; i++) {
    expect(norm.map.startOf(i)).toBeGreaterThanOrEqual(norm.map.startOf(i - 1));
  }
  for (const [x, y] of spans) {
    const a = Math.min(x, y) % (norm.text.length + 1);
    const b = Math.max(x, y) % (norm.text.length + 1);
    if (a >= b || !visibleSpan(norm.text, a, b)) continue;
    const failure = checkSpan(original, norm, a, b);
    if (failure) throw new Error(`span [${a}, ${b}) of ${JSON.stringify(norm.text.slice(a, b))}: ${failure}`);
  }
}

describe('offset map property', () => {
  it('holds on generated text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(2000), fc.nat(2000)), { minLength: 1, maxLength: 20 }),
        (parts, spans) => checkDocument(parts.join(''), spans),
      ),
      { numRuns: 400 },
    );
  });

  it('holds on a span that ends inside a table row beginning with an empty cell', () => {
    // A rule that kept a leading tab only when the rest of the line held another tab broke this case.
    checkDocument('创建\n\t创建\t', [[0, 5]]);
    checkDocument('文明\n\t2023年\t2024年\n', [[0, 8], [0, 13]]);
  });

  it('holds on generated Taiwan-phrased text', () => {
    const taiwanPrefix = '在服務視窗釋出資訊，開通網路銀行。';
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(2000), fc.nat(2000)), { minLength: 1, maxLength: 20 }),
        (parts, spans) => checkDocument(taiwanPrefix + parts.join(''), spans),
      ),
      { numRuns: 200 },
    );
  });

  it('holds on every span boundary pair sampled from the corpus texts', () => {
    const dir = new URL('../../corpus/expected/', import.meta.url);
    for (const name of readdirSync(dir)) {
      const original = readFileSync(new URL(name, dir), 'utf8');
      const spans: [number, number][] = [];
      for (let i = 0; i < 300; i++) spans.push([(i * 7919) % original.length, (i * 104729 + 13) % original.length]);
      checkDocument(original, spans);
    }
  });
});

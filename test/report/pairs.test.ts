import { describe, expect, it } from 'vitest';
import type { ReusePassage } from '../../src/report/index.js';
import { PAIR_PAGES_PER_DOCUMENT, pairsOf } from '../../src/report/pairs.js';
import { record } from './fixture.js';

/** A passage of `length` characters at `start` copied from batch document `source`. */
function passage(start: number, length: number, source: number): ReusePassage {
  const text = 'x'.repeat(length);
  return { start, end: start + length, text, similarity: 0.9, source: { kind: 'batch', id: `s${source}`, path: `units/${source}.docx`, start: 0, end: length, text } };
}

describe('pairsOf', () => {
  it('gives pages to the strongest sources above the pair threshold, at most a few, and lists the rest', () => {
    const text = 'x'.repeat(1000);
    // Twelve sources covering 100, 90, … 10 characters and one of 40 more: the 5 % threshold is 50 characters.
    const passages = Array.from({ length: 10 }, (_, i) => passage(i * 100, 100 - i * 10, i));
    passages.push(passage(950, 40, 3));
    const doc = record('doc0000000000001', 'a.docx', text, { reuse: { ratio: 0.6, ratioBySource: { batch: 0.6, templates: 0, history: 0, self: 0 }, maxSingleSource: null, passages } });
    const pairs = pairsOf(doc, text.length);
    expect(pairs.map((p) => [p.sourceId, p.chars])).toEqual([
      ['s3', 110], ['s0', 100], ['s1', 90], ['s2', 80], ['s4', 60], ['s5', 50], ['s6', 40], ['s7', 30], ['s8', 20], ['s9', 10],
    ]);
    expect(pairs.filter((p) => p.name !== null).map((p) => p.name)).toEqual(Array.from({ length: PAIR_PAGES_PER_DOCUMENT }, (_, i) => `doc0000000000001-${i + 1}`));
    // s5 is above the threshold but past the cap; s6 and weaker are under it.
    expect(pairs.slice(PAIR_PAGES_PER_DOCUMENT).every((p) => p.name === null)).toBe(true);
    expect(pairs[0]!.passages.map((p) => p.start)).toEqual([300, 950]);
  });
});

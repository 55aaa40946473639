import { describe, expect, it } from 'vitest';
import { alignPair, DEFAULT_REUSE_PARAMS, frequencyOf, type AlignedPassage, type AlignSide } from '../../src/reuse/index.js';
import type { Frequency } from '../../src/reuse/align.js';
import { rankPassages } from '../../src/reuse/detect.js';
import { prepareEntry, POSITION_SPACE, type ReuseParams } from '../../src/reuse/entry.js';
import { reuseTextOf } from '../../src/reuse/reuse-text.js';
import { normalize } from '../../src/normalize/index.js';
import { IndependentText } from '../../scripts/lib/independent-text.js';

// The alignment as it was written first: every seed packed in one number and sorted natively, and each run
// compared with every passage opened so far. The faster alignment (seeds taken in position order, with where the
// last run of each diagonal ends kept in an array; passages out of reach left out of the search) must give the
// same passages, run for run.
function referenceAlign(a: AlignSide, b: AlignSide, params: ReuseParams, frequency: Frequency): AlignedPassage[] {
  const seeds: number[] = [];
  const { hashes: A, positions: positionsA } = a.byHash;
  const { hashes: B, positions: positionsB } = b.byHash;
  for (let i = 0, j = 0; i < A.length && j < B.length; ) {
    if (A[i]! < B[j]!) i++;
    else if (A[i]! > B[j]!) j++;
    else {
      const hash = A[i]!;
      let i2 = i;
      while (i2 < A.length && A[i2] === hash) i2++;
      let j2 = j;
      while (j2 < B.length && B[j2] === hash) j2++;
      if (!frequency.isFormula(hash)) {
        for (let x = i; x < Math.min(i2, i + 4); x++) {
          const at = positionsA[x]!;
          if (a.mask[at] === 1 && a.mask[at + params.k - 1] === 1) continue;
          for (let y = j; y < Math.min(j2, j + 4); y++) seeds.push((at - positionsB[y]! + POSITION_SPACE) * POSITION_SPACE + at);
        }
      }
      i = i2;
      j = j2;
    }
  }
  const sorted = Float64Array.from(seeds).sort();
  const runs: { aStart: number; bStart: number; length: number; evidence: number }[] = [];
  let lastDiagonal = NaN;
  let lastEnd = -1;
  const fingerprintAt = (at: number) => a.fingerprints.hashes[a.fingerprints.positions.indexOf(at)]!;
  for (const seed of sorted) {
    const pa = seed % POSITION_SPACE;
    const diagonal = Math.floor(seed / POSITION_SPACE) - POSITION_SPACE;
    const pb = pa - diagonal;
    if (diagonal === lastDiagonal && pa < lastEnd) continue;
    let k = 0;
    while (k < params.k && a.text.chars[pa + k] === b.text.chars[pb + k]) k++;
    if (k < params.k) continue;
    let aStart = pa;
    let bStart = pb;
    while (aStart > 0 && bStart > 0 && a.text.chars[aStart - 1] === b.text.chars[bStart - 1]) (aStart--, bStart--);
    let aEnd = pa + params.k;
    let bEnd = pb + params.k;
    while (aEnd < a.text.chars.length && bEnd < b.text.chars.length && a.text.chars[aEnd] === b.text.chars[bEnd]) (aEnd++, bEnd++);
    const length = aEnd - aStart;
    let evidence = 0;
    if (!(length < params.commonRunLength && frequency.isCommon(fingerprintAt(pa)))) for (let i = 0; i < length; i++) if (a.mask[aStart + i] === 0 && b.mask[bStart + i] === 0) evidence++;
    runs.push({ aStart, bStart, length, evidence });
    lastDiagonal = diagonal;
    lastEnd = aEnd;
  }
  runs.sort((x, y) => x.aStart - y.aStart || x.bStart - y.bStart);
  const open: AlignedPassage[] = [];
  for (const run of runs) {
    const aEnd = run.aStart + run.length;
    const bEnd = run.bStart + run.length;
    let best: AlignedPassage | undefined;
    let bestGap = Infinity;
    for (const p of open) {
      const gapA = run.aStart - p.aEnd;
      const gapB = run.bStart - p.bEnd;
      if (gapA < -params.k || gapB < -params.k || gapA > params.maxGap || gapB > params.maxGap) continue;
      if (aEnd <= p.aEnd || bEnd <= p.bEnd) continue;
      if (Math.max(gapA, gapB) < bestGap) (best = p), (bestGap = Math.max(gapA, gapB));
    }
    if (best) {
      const overlap = Math.max(0, best.aEnd - run.aStart, best.bEnd - run.bStart);
      const share = run.length > 0 ? (run.length - overlap) / run.length : 0;
      best.aEnd = aEnd;
      best.bEnd = Math.max(best.bEnd, bEnd);
      best.matched += run.length - overlap;
      best.evidence += Math.round(run.evidence * share);
      best.runs.push(run);
    } else open.push({ aStart: run.aStart, aEnd, bStart: run.bStart, bEnd, matched: run.length, evidence: run.evidence, runs: [run] });
  }
  return open.filter(
    (p) =>
      p.evidence >= params.minEvidence &&
      p.aEnd - p.aStart >= params.minLength &&
      p.matched >= params.minCoverage * Math.min(p.aEnd - p.aStart, p.bEnd - p.bStart) &&
      p.runs.some((r) => r.evidence >= params.minAnchor),
  );
}

const params = DEFAULT_REUSE_PARAMS;

function side(text: string, number: number, masked: (at: number) => boolean = () => false): AlignSide {
  const reuseText = reuseTextOf(normalize(text));
  const mask = Uint8Array.from(reuseText.chars, (_, at) => (masked(at) ? 1 : 0));
  return prepareEntry({ id: `d${number}`, path: `d${number}.txt`, kind: 'batch', unit: null }, number, reuseText, text, mask, params);
}

describe('reuse: alignment of a pair', () => {
  const words = new IndependentText(23);
  const pieces = Array.from({ length: 12 }, () => words.text(700));
  const refrain = words.text(60);
  // Long copies edited here and there, pieces moved, a phrase repeated many times on both sides.
  const a = pieces.slice(0, 8).join(refrain) + refrain.repeat(5);
  // Every 90th character swapped: runs on one diagonal with a character between them.
  const edited = (text: string) => Array.from(text, (ch, i) => (i % 90 === 45 ? '某' : ch)).join('');
  const b = [pieces[3]!, edited(pieces[0]!), words.text(300), pieces[1]!, pieces[2]!.slice(200), pieces[7]!, refrain.repeat(7), pieces[5]!].join(words.text(40));
  // One short shared passage in two long texts: few seeds for the length.
  const c = words.text(20000) + pieces[9]!.slice(0, 250) + words.text(9000);
  const d = words.text(15000) + pieces[9]!.slice(0, 250) + words.text(12000);
  const cases: [string, AlignSide, AlignSide][] = [
    ['long edited copies with repeats', side(a, 0), side(b, 1)],
    ['the same, masked here and there', side(a, 0, (at) => at % 97 < 30), side(b, 1, (at) => at % 89 < 10)],
    ['a short passage shared by long texts', side(c, 2), side(d, 3)],
    ['a text with itself', side(a, 0), side(a, 4)],
  ];

  it.each(cases)('gives the passages of the first written alignment: %s', (_, x, y) => {
    const frequency = frequencyOf({ formula: x.fingerprints.hashes.filter((_, i) => i % 31 === 0), common: x.fingerprints.hashes.filter((_, i) => i % 7 === 0) });
    const found = alignPair(x, y, params, frequency);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(referenceAlign(x, y, params, frequency));
    expect(alignPair(y, x, params, frequency)).toEqual(referenceAlign(y, x, params, frequency));
  });
});

describe('reuse: ranking the candidate passages of a document', () => {
  it('orders by score (highest first), then source number, then index, as a comparison sort does', () => {
    let seed = 5;
    const next = (m: number) => ((seed = (seed * 48271) % 2147483647), seed % m);
    for (const n of [0, 1, 7, 500, 5000]) {
      // Few distinct scores and sources: many ties to break.
      const scores = Float64Array.from({ length: n }, () => next(40) * [1, 1.1, 1.15, 1.25][next(4)]!);
      const numbers = Int32Array.from({ length: n }, () => next(30));
      const expected = new Uint32Array(n).map((_, i) => i).sort((x, y) => scores[y]! - scores[x]! || numbers[x]! - numbers[y]! || x - y);
      expect(rankPassages(scores, numbers, 30)).toEqual(expected);
      // Sources numbered so high that the packed numbers would not fit: the comparison sort itself.
      expect(rankPassages(scores, numbers, 2 ** 40)).toEqual(expected);
    }
  });
});

// Turns a candidate pair of documents into aligned passages: seeds are the fingerprints they share, each
// extended to a maximal exact run, and runs are chained along the diagonal across gaps (a swapped name, a
// changed clause, an inserted or dropped sentence), so one copied stretch is one passage.
import type { ReuseEntry, ReuseParams } from './entry.js';
import type { ReuseText } from './reuse-text.js';

export interface Run {
  aStart: number;
  bStart: number;
  length: number;
  /** Matching characters that count as evidence: not formula, not a common short phrase. */
  evidence: number;
}

/** A passage in reuse-char coordinates of both documents. */
export interface AlignedPassage {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  matched: number;
  evidence: number;
  runs: Run[];
}

// Repeated fingerprints (a phrase used ten times in both texts) would give m × n seeds; a few suffice.
const MAX_SEEDS_PER_HASH = 4;

export interface Frequency {
  /** Formula by the background's document frequency: never a seed. */
  isFormula(hash: number): boolean;
  /** Common across the collection: a short run through it is no evidence. */
  isCommon(hash: number): boolean;
}

/** The hashes that are formula and those that are common, as typed arrays: how a frequency goes to another thread. */
export interface FrequencyHashes {
  formula: Uint32Array;
  common: Uint32Array;
}

/** A frequency made again from its hashes. */
export function frequencyOf(hashes: FrequencyHashes): Frequency {
  const formula = new Set(hashes.formula);
  const common = new Set(hashes.common);
  return { isFormula: (hash) => formula.has(hash), isCommon: (hash) => common.has(hash) };
}

/** What alignment reads of an entry: a thread that aligns needs no more of it. */
export type AlignSide = Pick<ReuseEntry, 'mask' | 'fingerprints' | 'byHash'> & { text: Pick<ReuseText, 'chars'> };

/**
 * A pair's seeds in order of position in `a` (seeds at one position in any order), each with its diagonal
 * (position in `a` minus position in `b`) plus the length of `b`, so that it indexes an array.
 */
interface Seeds {
  count: number;
  diagonals: Int32Array;
  positions: Int32Array;
}

/**
 * The seeds of a pair: positions where `a` and `b` share a fingerprint that is not formula, in order of position.
 * Pairs of long copies have tens of thousands of seeds, most inside a run found from an earlier one: ordering them
 * was the biggest cost of alignment, so they are ordered by counting when there are many.
 */
function sharedSeeds(a: AlignSide, b: AlignSide, k: number, frequency: Frequency): Seeds {
  let n = 0;
  const { hashes: A, positions: positionsA } = a.byHash;
  const { hashes: B, positions: positionsB } = b.byHash;
  // Diagonals are kept as diagonal + the length of b (never negative), as indexing needs.
  const lengthB = b.text.chars.length;
  let i = 0;
  let j = 0;
  while (i < A.length && j < B.length) {
    const ha = A[i]!;
    const hb = B[j]!;
    if (ha < hb) i++;
    else if (ha > hb) j++;
    else {
      let i2 = i;
      while (i2 < A.length && A[i2] === ha) i2++;
      let j2 = j;
      while (j2 < B.length && B[j2] === ha) j2++;
      if (frequency.isFormula(ha)) {
        i = i2;
        j = j2;
        continue;
      }
      for (let x = i; x < Math.min(i2, i + MAX_SEEDS_PER_HASH); x++) {
        const at = positionsA[x]!;
        if (a.mask[at] === 1 && a.mask[at + k - 1] === 1) continue; // a formula of the curated list
        for (let y = j; y < Math.min(j2, j + MAX_SEEDS_PER_HASH); y++) {
          if (n === seedPositions.length) growSeeds();
          seedDiagonals[n] = at - positionsB[y]! + lengthB;
          seedPositions[n++] = at;
        }
      }
      i = i2;
      j = j2;
    }
  }
  return sortSeeds(n, a.text.chars.length + 1, a.text.chars.length + lengthB + 1);
}

// Buffers shared by every pair (alignment runs one pair at a time in a thread): the seeds as made, then sorted,
// and where the last run found on each diagonal ends.
let seedDiagonals = new Int32Array(4096);
let seedPositions = new Int32Array(4096);
let sortedDiagonals = new Int32Array(4096);
let sortedPositions = new Int32Array(4096);
let counts = new Int32Array(4096);
let packed = new Float64Array(4096);
let runEnds = new Int32Array(4096);

function growSeeds(): void {
  const grow = (array: Int32Array) => {
    const grown = new Int32Array(2 * array.length);
    grown.set(array);
    return grown;
  };
  seedDiagonals = grow(seedDiagonals);
  seedPositions = grow(seedPositions);
}

/**
 * The `n` seeds made, ordered by position. Many seeds are sorted by counting; few by a native sort of packed
 * numbers, where clearing the counts would cost more.
 */
function sortSeeds(n: number, positionSpace: number, diagonalSpace: number): Seeds {
  if (sortedPositions.length < n) {
    sortedPositions = new Int32Array(seedPositions.length);
    sortedDiagonals = new Int32Array(seedPositions.length);
  }
  if (64 * n < positionSpace) {
    if (packed.length < n) packed = new Float64Array(seedPositions.length);
    for (let s = 0; s < n; s++) packed[s] = seedPositions[s]! * diagonalSpace + seedDiagonals[s]!;
    const order = packed.subarray(0, n).sort();
    for (let s = 0; s < n; s++) {
      sortedDiagonals[s] = order[s]! % diagonalSpace;
      sortedPositions[s] = Math.floor(order[s]! / diagonalSpace);
    }
    return { count: n, diagonals: sortedDiagonals, positions: sortedPositions };
  }
  if (counts.length < positionSpace + 1) counts = new Int32Array(positionSpace + 1);
  counts.fill(0, 0, positionSpace + 1);
  for (let s = 0; s < n; s++) counts[seedPositions[s]! + 1]!++;
  for (let v = 1; v <= positionSpace; v++) counts[v]! += counts[v - 1]!;
  for (let s = 0; s < n; s++) {
    const at = counts[seedPositions[s]!]!++;
    sortedPositions[at] = seedPositions[s]!;
    sortedDiagonals[at] = seedDiagonals[s]!;
  }
  return { count: n, diagonals: sortedDiagonals, positions: sortedPositions };
}

/** The hash of `entry`'s fingerprint at reuse position `at` (a seed's position, so there is one). */
function fingerprintAt(entry: AlignSide, at: number): number {
  const { positions, hashes } = entry.fingerprints;
  let lo = 0;
  let hi = positions.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (positions[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return hashes[lo]!;
}

/** Each mask's counts of masked characters before each position, made once per mask (a thread keeps its entries). */
const maskedCounts = new WeakMap<Uint8Array, Int32Array>();

/** How many characters of `mask` before each position are masked (not 0): a run's count is a difference. */
function maskedBefore(mask: Uint8Array): Int32Array {
  let counts = maskedCounts.get(mask);
  if (!counts) {
    counts = new Int32Array(mask.length + 1);
    for (let i = 0; i < mask.length; i++) counts[i + 1] = counts[i]! + (mask[i] === 0 ? 0 : 1);
    maskedCounts.set(mask, counts);
  }
  return counts;
}

/** Maximal exact runs through the seeds, one per seed that is not inside a run already found. */
export function exactRuns(a: AlignSide, b: AlignSide, params: ReuseParams, frequency: Frequency): Run[] {
  const seeds = sharedSeeds(a, b, params.k, frequency);
  const A = a.text.chars;
  const B = b.text.chars;
  const runs: Run[] = [];
  const maskedInA = maskedBefore(a.mask);
  const maskedInB = maskedBefore(b.mask);
  // Seeds come by position: on each diagonal, one inside the last run found there is skipped.
  const diagonalSpace = A.length + B.length + 1;
  if (runEnds.length < diagonalSpace) runEnds = new Int32Array(diagonalSpace);
  runEnds.fill(-1, 0, diagonalSpace);
  for (let s = 0; s < seeds.count; s++) {
    const pa = seeds.positions[s]!;
    const diagonal = seeds.diagonals[s]!;
    const pb = pa - diagonal + B.length;
    if (pa < runEnds[diagonal]!) continue;
    let aStart = pa;
    let bStart = pb;
    let k = 0;
    while (k < params.k && A[aStart + k] === B[bStart + k]) k++;
    if (k < params.k) continue; // a hash collision, not a match
    while (aStart > 0 && bStart > 0 && A[aStart - 1] === B[bStart - 1]) {
      aStart--;
      bStart--;
    }
    let aEnd = pa + params.k;
    let bEnd = pb + params.k;
    while (aEnd < A.length && bEnd < B.length && A[aEnd] === B[bEnd]) {
      aEnd++;
      bEnd++;
    }
    const length = aEnd - aStart;
    let evidence = 0;
    if (!(length < params.commonRunLength && frequency.isCommon(fingerprintAt(a, pa)))) {
      // Where one side has no formula at all (most runs), the other side's count says it; else both are read.
      const maskedA = maskedInA[aEnd]! - maskedInA[aStart]!;
      const maskedB = maskedInB[bEnd]! - maskedInB[bStart]!;
      if (maskedB === 0) evidence = length - maskedA;
      else if (maskedA === 0) evidence = length - maskedB;
      else for (let i = 0; i < length; i++) if (a.mask[aStart + i] === 0 && b.mask[bStart + i] === 0) evidence++;
    }
    runs.push({ aStart, bStart, length, evidence });
    runEnds[diagonal] = aEnd;
  }
  // One run at most starts at each pair of positions: the order is the same whatever order the seeds came in.
  return runs.sort((x, y) => x.aStart - y.aStart || x.bStart - y.bStart);
}

/** Chains runs into passages: each run joins the open passage it continues with the smallest gap. */
export function chainRuns(runs: Run[], params: ReuseParams): AlignedPassage[] {
  const open: AlignedPassage[] = [];
  // The passages a later run may still join, in the order they were opened. Runs come by their start in `a`, and
  // a passage ends only where a run joining it ends: once a run starts more than maxGap past a passage's end, so
  // do all later ones, and the passage is dropped from the search (never from the result).
  const reachable: AlignedPassage[] = [];
  for (const run of runs) {
    const aEnd = run.aStart + run.length;
    const bEnd = run.bStart + run.length;
    let best: AlignedPassage | undefined;
    let bestGap = Infinity;
    let kept = 0;
    for (let at = 0; at < reachable.length; at++) {
      const p = reachable[at]!;
      if (run.aStart - p.aEnd > params.maxGap) continue;
      reachable[kept++] = p;
      const gapA = run.aStart - p.aEnd;
      const gapB = run.bStart - p.bEnd;
      // Runs may overlap a little where repeated characters let two diagonals match the same stretch.
      if (gapA < -params.k || gapB < -params.k || gapA > params.maxGap || gapB > params.maxGap) continue;
      if (aEnd <= p.aEnd || bEnd <= p.bEnd) continue;
      const gap = Math.max(gapA, gapB);
      if (gap < bestGap) {
        best = p;
        bestGap = gap;
      }
    }
    if (best) {
      const overlap = Math.max(0, best.aEnd - run.aStart, best.bEnd - run.bStart);
      const share = run.length > 0 ? (run.length - overlap) / run.length : 0;
      best.aEnd = aEnd;
      best.bEnd = Math.max(best.bEnd, bEnd);
      best.matched += run.length - overlap;
      best.evidence += Math.round(run.evidence * share);
      best.runs.push(run);
    } else {
      const passage = { aStart: run.aStart, aEnd, bStart: run.bStart, bEnd, matched: run.length, evidence: run.evidence, runs: [run] };
      open.push(passage);
      reachable[kept++] = passage;
    }
    reachable.length = kept;
  }
  return open.filter(
    (p) =>
      p.evidence >= params.minEvidence &&
      p.aEnd - p.aStart >= params.minLength &&
      p.matched >= params.minCoverage * Math.min(p.aEnd - p.aStart, p.bEnd - p.bStart) &&
      p.runs.some((r) => r.evidence >= params.minAnchor),
  );
}

export function alignPair(a: AlignSide, b: AlignSide, params: ReuseParams, frequency: Frequency): AlignedPassage[] {
  return chainRuns(exactRuns(a, b, params, frequency), params);
}

/** Where reuse position `at` of `a` falls in `b`, along the diagonal of the nearest run of the passage. */
export function sourcePosition(passage: AlignedPassage, at: number): number {
  let nearest = passage.runs[0]!;
  for (const run of passage.runs) {
    if (run.aStart <= at) nearest = run;
    else break;
  }
  return Math.min(passage.bEnd, Math.max(passage.bStart, at - nearest.aStart + nearest.bStart));
}

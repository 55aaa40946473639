// Turns one document's reuse text into what detection works on: its fingerprints in position order and in hash
// order, its formulaic mask, and who it is (id, path, kind of source, unit, year).
import type { ReuseText } from './reuse-text.js';
import { kgramHashes } from './rolling-hash.js';
import { winnow, type Fingerprints } from './winnow.js';

export type SourceKind = 'batch' | 'templates' | 'history' | 'self';

/** Positions are packed under hashes in one float for a native numeric sort: texts up to 2M reuse chars. */
export const POSITION_SPACE = 2 ** 21;

export interface ReuseParams {
  /** Characters per k-gram. */
  k: number;
  /** Winnowing window in k-grams; any shared run of k + w - 1 characters yields a shared fingerprint. */
  w: number;
  /** Longest stretch bridged between two matching runs, on either side (a swapped name, a dropped sentence). */
  maxGap: number;
  /** A passage needs at least this many matching characters that are not formula. */
  minEvidence: number;
  /** A passage holds at least one matching run with this much evidence: short shared phrases never make one. */
  minAnchor: number;
  /** Matching characters over the shorter side: chains of scattered short matches fall below it. */
  minCoverage: number;
  /** A passage is at least this long on the document's side. */
  minLength: number;
  /** Fingerprints held by more documents than this are not used to find candidates (formulae, mass copies). */
  postingsCap: number;
  /** A pair is aligned when it shares at least this many usable fingerprints. */
  minShared: number;
  /**
   * Pairs of batch documents aligned in one run: at most this many per batch document, but never fewer than
   * `minBatchPairs`. Every aligned pair's passages are held until both its documents are resolved, so a batch
   * in which nearly every pair shares text would otherwise exhaust the heap; past the budget, submissions are
   * no longer compared with each other (templates and history still are) and the run says so.
   */
  batchPairsPerDocument: number;
  minBatchPairs: number;
  /** A matching run shorter than this whose fingerprint is common across the collection is formula. */
  commonRunLength: number;
}

/** Chosen by measurement on the reuse bench (README, "Reuse detection"): guarantee k + w - 1 = 17 characters. */
export const DEFAULT_REUSE_PARAMS: ReuseParams = {
  k: 10,
  w: 8,
  maxGap: 80,
  minEvidence: 30,
  minAnchor: 20,
  minCoverage: 0.65,
  minLength: 40,
  postingsCap: 256,
  minShared: 2,
  batchPairsPerDocument: 10,
  minBatchPairs: 10_000,
  commonRunLength: 24,
};

export interface ReuseSourceInfo {
  id: string;
  path: string;
  kind: Exclude<SourceKind, 'self'>;
  /** The reporting unit's name as written, to tell a unit's own earlier reports from others'. */
  unit: string | null;
}

export interface ReuseEntry extends ReuseSourceInfo {
  /** Dense number in the fingerprint index. */
  number: number;
  text: ReuseText;
  original: string;
  mask: Uint8Array;
  fingerprints: Fingerprints;
  /** The fingerprints in (hash, position) order, hashes and positions apart: for merge-joining two documents'. */
  byHash: { hashes: Uint32Array; positions: Uint32Array };
}

/** `mask` is the text's formulaic mask (formulaic.ts). */
export function prepareEntry(info: ReuseSourceInfo, number: number, text: ReuseText, original: string, mask: Uint8Array, params: ReuseParams): ReuseEntry {
  const fingerprints = winnow(kgramHashes(text.chars, params.k), params.w);
  const byHash = new Float64Array(fingerprints.hashes.length);
  let n = 0;
  for (let i = 0; i < byHash.length; i++) {
    const position = fingerprints.positions[i]!;
    if (position < POSITION_SPACE) byHash[n++] = fingerprints.hashes[i]! * POSITION_SPACE + position;
  }
  const sorted = byHash.slice(0, n).sort();
  const hashes = new Uint32Array(n);
  const positions = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    hashes[i] = Math.floor(sorted[i]! / POSITION_SPACE);
    positions[i] = sorted[i]! % POSITION_SPACE;
  }
  return { ...info, number, text, original, mask, fingerprints, byHash: { hashes, positions } };
}

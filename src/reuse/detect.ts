// Turns a batch of reuse texts, a template collection and the documents of earlier runs into each batch
// document's copied passages: containment-based candidates from the fingerprint index, alignment of each
// candidate pair, then one source per copied character.
import { alignPair, sourcePosition, type AlignedPassage } from './align.js';
import { prepareEntry, type ReuseEntry, type ReuseParams, type ReuseSourceInfo, type SourceKind } from './entry.js';
import { MemoryFingerprintIndex, type FingerprintIndex } from './fingerprint-index.js';
import type { FormulaicPhrases } from './formulaic.js';
import type { ReuseText } from './reuse-text.js';

export interface ReuseInput {
  info: ReuseSourceInfo;
  text: ReuseText;
  /** The text of record, for quoting. */
  original: string;
}

/** A passage of a batch document, resolved to one source. */
export interface DetectedPassage {
  kind: SourceKind;
  source: ReuseEntry;
  /** Reuse-char spans on both sides, after overlaps with better passages were cut away. */
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  similarity: number;
  aligned: AlignedPassage;
}

export interface SourceCoverage {
  source: ReuseEntry;
  kind: SourceKind;
  /** Reuse chars of the document inside any passage from this source, before sources are resolved. */
  chars: number;
  passages: number;
}

export interface DetectedReuse {
  entry: ReuseEntry;
  passages: DetectedPassage[];
  /** Reuse chars of the document covered by a passage, by kind. */
  covered: Record<SourceKind, number>;
  total: number;
  sources: SourceCoverage[];
}

function sameUnit(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.replace(/\s/g, '') === b.replace(/\s/g, '');
}

// When two sources explain the same stretch about as well, the more telling one is kept: a template page over
// another submission that copied it too (and may match a little better, having been edited the same way).
const KIND_WEIGHT: Record<SourceKind, number> = { templates: 1.25, self: 1.15, history: 1.1, batch: 1 };

/**
 * How common a fingerprint is. Formula is what the background (templates and earlier reports, written
 * independently) shares widely; what only tonight's submissions share widely is a mass copy, still reuse.
 */
export class FingerprintFrequency {
  private readonly formula = new Set<number>();
  private readonly common = new Set<number>();

  constructor(index: FingerprintIndex, batchCount: number, backgroundCount: number) {
    const backgroundLimit = Math.max(3, Math.ceil(0.02 * backgroundCount));
    const commonLimit = Math.max(10, Math.ceil(0.05 * (batchCount + backgroundCount)));
    // One pass over the index; the few frequent hashes are kept, so lookups are in small sets.
    index.forEachHash((hash, { documents }) => {
      if (documents.length < Math.min(backgroundLimit, commonLimit)) return;
      let distinct = 0;
      let background = 0;
      for (let p = 0; p < documents.length; p++) {
        if (p > 0 && documents[p] === documents[p - 1]) continue;
        distinct++;
        if (documents[p]! >= batchCount) background++;
      }
      if (background >= backgroundLimit) this.formula.add(hash);
      if (distinct >= commonLimit) this.common.add(hash);
    });
  }

  /** Held by many background documents: a formula the curated list does not know. */
  isFormula(hash: number): boolean {
    return this.formula.has(hash);
  }

  /** Held by many documents of any kind. */
  isCommon(hash: number): boolean {
    return this.common.has(hash);
  }
}

export function detectReuse(
  inputs: { batch: ReuseInput[]; templates: ReuseInput[]; history: ReuseInput[] },
  phrases: FormulaicPhrases,
  params: ReuseParams,
  index: FingerprintIndex = new MemoryFingerprintIndex(),
): DetectedReuse[] {
  const entries: ReuseEntry[] = [];
  for (const input of [...inputs.batch, ...inputs.templates, ...inputs.history]) {
    const entry = prepareEntry(input.info, entries.length, input.text, input.original, phrases, params);
    entries.push(entry);
    index.add(entry.number, entry.fingerprints);
  }
  const batchCount = inputs.batch.length;
  const frequency = new FingerprintFrequency(index, batchCount, entries.length - batchCount);

  const found: { passage: AlignedPassage; source: ReuseEntry; mirrored: boolean }[][] = Array.from({ length: batchCount }, () => []);
  const counts = new Int32Array(entries.length);
  for (let a = 0; a < batchCount; a++) {
    const A = entries[a]!;
    const touched: number[] = [];
    const { hashes, positions } = A.fingerprints;
    for (let f = 0; f < hashes.length; f++) {
      if (A.mask[positions[f]!] === 1 && A.mask[positions[f]! + params.k - 1] === 1) continue;
      const hash = hashes[f]!;
      if (frequency.isFormula(hash)) continue;
      const documents = index.lookup(hash).documents;
      // A fingerprint a template or an earlier report holds leads to them only (they are numbered after the
      // batch, so last in its postings): they explain the stretch better than the other submissions that copied
      // it too, and so a passage copied by hundreds costs hundreds of alignments, not hundreds squared. A
      // fingerprint many submissions hold is a mass copy or a formula; it does not pair submissions either.
      const massCopied = documents.length > params.postingsCap || documents[documents.length - 1]! >= batchCount || frequency.isCommon(hash);
      for (let p = documents.length - 1; p >= 0; p--) {
        const b = documents[p]!;
        if (massCopied && b < batchCount) break;
        // Each pair of batch documents is aligned once, from its lower number.
        if (b <= a) continue;
        if (counts[b]!++ === 0) touched.push(b);
      }
    }
    for (const b of touched) {
      if (counts[b]! >= params.minShared) {
        const B = entries[b]!;
        for (const passage of alignPair(A, B, params, frequency)) {
          found[a]!.push({ passage, source: B, mirrored: false });
          if (b < batchCount) found[b]!.push({ passage: mirror(passage), source: A, mirrored: true });
        }
      }
      counts[b] = 0;
    }
  }
  return found.map((list, a) => resolve(entries[a]!, list));
}

function mirror(p: AlignedPassage): AlignedPassage {
  return {
    aStart: p.bStart,
    aEnd: p.bEnd,
    bStart: p.aStart,
    bEnd: p.aEnd,
    matched: p.matched,
    evidence: p.evidence,
    runs: p.runs.map((r) => ({ aStart: r.bStart, bStart: r.aStart, length: r.length, evidence: r.evidence })).sort((x, y) => x.aStart - y.aStart),
  };
}

function kindOf(document: ReuseEntry, source: ReuseEntry): SourceKind {
  if (source.kind === 'history' && sameUnit(document.unit, source.unit)) return 'self';
  return source.kind;
}

/** Gives each copied character one source: the passages with the most evidence first, later ones trimmed. */
function resolve(entry: ReuseEntry, list: { passage: AlignedPassage; source: ReuseEntry }[]): DetectedReuse {
  const total = entry.text.chars.length;
  const bySource = new Map<number, { source: ReuseEntry; covered: Uint8Array; passages: number }>();
  for (const { passage, source } of list) {
    let s = bySource.get(source.number);
    if (!s) bySource.set(source.number, (s = { source, covered: new Uint8Array(total), passages: 0 }));
    s.covered.fill(1, passage.aStart, passage.aEnd);
    s.passages++;
  }
  const sources: SourceCoverage[] = [...bySource.values()].map((s) => ({
    source: s.source,
    kind: kindOf(entry, s.source),
    chars: s.covered.reduce((n, c) => n + c, 0),
    passages: s.passages,
  }));

  const ranked = list
    .map((item) => ({ ...item, kind: kindOf(entry, item.source) }))
    .sort((x, y) => y.passage.evidence * KIND_WEIGHT[y.kind] - x.passage.evidence * KIND_WEIGHT[x.kind] || x.source.number - y.source.number);
  const owner = new Uint8Array(total);
  const passages: DetectedPassage[] = [];
  const covered: Record<SourceKind, number> = { batch: 0, templates: 0, history: 0, self: 0 };
  for (const { passage, source, kind } of ranked) {
    let aStart = passage.aStart;
    let aEnd = passage.aEnd;
    while (aStart < aEnd && owner[aStart] === 1) aStart++;
    while (aEnd > aStart && owner[aEnd - 1] === 1) aEnd--;
    let free = 0;
    for (let i = aStart; i < aEnd; i++) if (owner[i] === 0) free++;
    // What is left must still be a passage of its own, not a sliver between two better ones.
    if (free < Math.max(20, 0.5 * (aEnd - aStart)) || free < 0.2 * (passage.aEnd - passage.aStart)) continue;
    const bStart = aStart === passage.aStart ? passage.bStart : sourcePosition(passage, aStart);
    const bEnd = aEnd === passage.aEnd ? passage.bEnd : Math.max(bStart, sourcePosition(passage, aEnd));
    // A trimmed passage whose two sides no longer correspond is dropped rather than misquoted.
    if (bEnd - bStart < 0.5 * (aEnd - aStart) || aEnd - aStart < 0.5 * (bEnd - bStart)) continue;
    for (let i = aStart; i < aEnd; i++) {
      if (owner[i] === 0) {
        owner[i] = 1;
        covered[kind]++;
      }
    }
    const similarity = Math.min(1, passage.matched / Math.max(passage.aEnd - passage.aStart, passage.bEnd - passage.bStart));
    passages.push({ kind, source, aStart, aEnd, bStart, bEnd, similarity, aligned: passage });
  }
  passages.sort((x, y) => x.aStart - y.aStart);
  return { entry, passages, covered, total, sources: sources.sort((x, y) => y.chars - x.chars) };
}

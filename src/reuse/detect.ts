// Turns a batch of reuse texts, a template collection and the documents of earlier runs into each batch
// document's copied passages: containment-based candidates from the fingerprint index, alignment of each
// candidate pair, then one source per copied character.
import { alignPair, sourcePosition, type AlignedPassage, type FrequencyHashes } from './align.js';
import { packPassages, PASSAGE_FIELDS, unpackPassage, type PackedPairs, type PassageBlock } from './passage-block.js';
import { prepareEntry, type ReuseEntry, type ReuseParams, type ReuseSourceInfo, type SourceKind } from './entry.js';
import { MemoryFingerprintIndex, type FingerprintIndex } from './fingerprint-index.js';
import { formulaicMask, type FormulaicPhrases } from './formulaic.js';
import type { ReuseText } from './reuse-text.js';

export interface ReuseInput {
  info: ReuseSourceInfo;
  text: ReuseText;
  /** The text of record, for quoting. */
  original: string;
  /** The formulaic mask of `text`, when the thread that made the input had the phrases at hand. */
  mask?: Uint8Array;
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

  hashes(): FrequencyHashes {
    return { formula: Uint32Array.from(this.formula), common: Uint32Array.from(this.common) };
  }
}

/** What a detection left undone: pairs of batch documents not aligned once the pair budget was spent. */
export interface DetectionStats {
  skippedBatchPairs: number;
  batchPairBudget: number;
}

/** Entries numbered batch first, then templates, then history, all in the index, and the frequency over them. */
interface Prepared {
  entries: ReuseEntry[];
  batchCount: number;
  frequency: FingerprintFrequency;
}

function prepare(
  inputs: { batch: ReuseInput[]; templates: ReuseInput[]; history: ReuseInput[] },
  phrases: () => FormulaicPhrases,
  params: ReuseParams,
  index: FingerprintIndex,
): Prepared {
  const entries: ReuseEntry[] = [];
  for (const input of [...inputs.batch, ...inputs.templates, ...inputs.history]) {
    const entry = prepareEntry(input.info, entries.length, input.text, input.original, input.mask ?? formulaicMask(input.text, phrases()), params);
    entries.push(entry);
    index.add(entry.number, entry.fingerprints);
  }
  const batchCount = inputs.batch.length;
  return { entries, batchCount, frequency: new FingerprintFrequency(index, batchCount, entries.length - batchCount) };
}

/**
 * Chooses, batch document by batch document in number order, the entries each is aligned with. What it chooses
 * depends on the index alone, never on an alignment, so the pairs can be aligned anywhere and in any order.
 */
class PairPlanner {
  private readonly counts: Int32Array;
  private batchPairs = 0;

  constructor(
    private readonly prepared: Prepared,
    private readonly index: FingerprintIndex,
    private readonly params: ReuseParams,
    private readonly stats: DetectionStats,
  ) {
    this.counts = new Int32Array(prepared.entries.length);
    stats.batchPairBudget = Math.max(params.minBatchPairs, params.batchPairsPerDocument * prepared.batchCount);
  }

  /** The entries batch document `a` is aligned with, in the order their passages are listed. */
  partners(a: number): number[] {
    const { entries, batchCount, frequency } = this.prepared;
    const { params, counts, stats } = this;
    const A = entries[a]!;
    const touched: number[] = [];
    const { hashes, positions } = A.fingerprints;
    for (let f = 0; f < hashes.length; f++) {
      if (A.mask[positions[f]!] === 1 && A.mask[positions[f]! + params.k - 1] === 1) continue;
      const hash = hashes[f]!;
      if (frequency.isFormula(hash)) continue;
      // The postings in the index's own array: a view per lookup cost more than the rest of the loop.
      const { all: documents, from, to } = this.index.lookupDocuments(hash);
      // A fingerprint a template or an earlier report holds leads to them only (they are numbered after the
      // batch, so last in its postings): they explain the stretch better than the other submissions that copied
      // it too, and so a passage copied by hundreds costs hundreds of alignments, not hundreds squared. A
      // fingerprint many submissions hold is a mass copy or a formula; it does not pair submissions either.
      const massCopied = to - from > params.postingsCap || documents[to - 1]! >= batchCount || frequency.isCommon(hash);
      for (let p = to - 1; p >= from; p--) {
        const b = documents[p]!;
        if (massCopied && b < batchCount) break;
        // Each pair of batch documents is aligned once, from its lower number; the postings are in ascending
        // document order, so the rest are at or below `a` too.
        if (b <= a) break;
        if (counts[b]!++ === 0) touched.push(b);
      }
    }
    const partners: number[] = [];
    for (const b of touched) {
      if (counts[b]! >= params.minShared && b < batchCount && this.batchPairs++ >= stats.batchPairBudget) {
        stats.skippedBatchPairs++;
      } else if (counts[b]! >= params.minShared) {
        partners.push(b);
      }
      counts[b] = 0;
    }
    return partners;
  }
}

/**
 * The passages found for one document, as ranges of blocks: one entry per aligned pair, not per passage (a
 * self-similar batch has millions of candidate passages), nor an object per passage.
 */
class FoundList {
  readonly blocks: PassageBlock[] = [];
  readonly firsts: number[] = [];
  readonly counts: number[] = [];
  readonly sources: number[] = [];
  /** 1 when the passages were aligned from their source's side and are read through their other side. */
  readonly mirrored: number[] = [];
  /** Passages in all ranges. */
  length = 0;

  /** Passages `first` to `first + count - 1` of `block`, found with `source`. */
  pushRange(block: PassageBlock, first: number, count: number, source: number, mirrored: boolean): void {
    if (count === 0) return;
    this.blocks.push(block);
    this.firsts.push(first);
    this.counts.push(count);
    this.sources.push(source);
    this.mirrored.push(mirrored ? 1 : 0);
    this.length += count;
  }
}

/**
 * Takes the aligned pairs document by document in number order and resolves each document once its own turn is
 * over (pairs with lower numbers came before): only the lists of documents still to come are held. A pair's
 * passages are kept once; the later document's side is mirrored when that document is resolved.
 */
class PassageLists {
  private found: (FoundList | undefined)[];

  constructor(private readonly prepared: Prepared) {
    this.found = Array.from({ length: prepared.batchCount }, () => new FoundList());
  }

  /** Adds the pairs of batch document `a` with `partners`, whose passages are `packed` from pair `firstPair` on. */
  addRow(a: number, partners: number[], packed: PackedPairs, firstPair: number, firstPassage: number): number {
    const { batchCount } = this.prepared;
    let at = firstPassage;
    partners.forEach((b, i) => {
      const count = packed.counts[firstPair + i]!;
      this.found[a]!.pushRange(packed.block, at, count, b, false);
      if (b < batchCount) this.found[b]!.pushRange(packed.block, at, count, a, true);
      at += count;
    });
    return at;
  }

  /** Document `a`'s reuse, once its row has been added; its list is dropped. */
  resolve(a: number): DetectedReuse {
    const list = this.found[a]!;
    this.found[a] = undefined;
    return resolve(this.prepared.entries[a]!, list, this.prepared.entries);
  }
}

export function detectReuse(
  inputs: { batch: ReuseInput[]; templates: ReuseInput[]; history: ReuseInput[] },
  /** Called only when an input comes without its mask: loading the phrases costs the thread a second. */
  phrases: () => FormulaicPhrases,
  params: ReuseParams,
  index: FingerprintIndex = new MemoryFingerprintIndex(),
  stats: DetectionStats = { skippedBatchPairs: 0, batchPairBudget: 0 },
): DetectedReuse[] {
  const prepared = prepare(inputs, phrases, params, index);
  const { entries, batchCount, frequency } = prepared;
  const planner = new PairPlanner(prepared, index, params, stats);
  const lists = new PassageLists(prepared);
  const detected: DetectedReuse[] = [];
  for (let a = 0; a < batchCount; a++) {
    const partners = planner.partners(a);
    lists.addRow(a, partners, packPassages(partners.map((b) => alignPair(entries[a]!, entries[b]!, params, frequency))), 0, 0);
    detected.push(lists.resolve(a));
  }
  return detected;
}

/** Aligns pairs of entries elsewhere (worker threads), as alignPair would here. */
export interface PairAligner {
  /** The passages of each pair, packed in the order of `pairs`. */
  align(pairs: [ReuseEntry, ReuseEntry][], frequency: FingerprintFrequency, params: ReuseParams): Promise<PackedPairs>;
  /** How many requests it works on at once: the detection keeps a few more waiting so that none idles. */
  readonly parallelism: number;
}

/** Pairs handed to the aligner in one request: enough to outweigh a message, few enough to spread the work. */
const PAIRS_PER_REQUEST = 48;
/**
 * Requests in flight per aligning thread. They are taken in the order sent, so while this thread waits for the
 * oldest, the others must have enough to go on: with 2, the threads idled a quarter of the time.
 */
const REQUESTS_PER_THREAD = 4;

/**
 * detectReuse with the pairs aligned by `aligner`: the same results, byte for byte, in the same order. With
 * `onDetected`, each document's result is handed to it as soon as it is resolved (in number order, while later
 * pairs are still being aligned) instead of being returned.
 */
export async function detectReuseWith(
  aligner: PairAligner,
  inputs: { batch: ReuseInput[]; templates: ReuseInput[]; history: ReuseInput[] },
  phrases: () => FormulaicPhrases,
  params: ReuseParams,
  index: FingerprintIndex = new MemoryFingerprintIndex(),
  stats: DetectionStats = { skippedBatchPairs: 0, batchPairBudget: 0 },
  onDetected?: (detected: DetectedReuse) => void,
): Promise<DetectedReuse[]> {
  const prepared = prepare(inputs, phrases, params, index);
  const { entries, batchCount, frequency } = prepared;
  const planner = new PairPlanner(prepared, index, params, stats);
  const lists = new PassageLists(prepared);
  const detected: DetectedReuse[] = [];
  type Row = { a: number; partners: number[] };
  const resolveRows = (rows: Row[], packed: PackedPairs) => {
    let pair = 0;
    let passage = 0;
    for (const { a, partners } of rows) {
      passage = lists.addRow(a, partners, packed, pair, passage);
      pair += partners.length;
      const resolved = lists.resolve(a);
      if (onDetected) onDetected(resolved);
      else detected.push(resolved);
    }
  };
  // Requests are answered in any order but taken in the order sent, so documents are resolved in number order;
  // a bounded number in flight bounds the passages held.
  const inFlight: { rows: Row[]; aligned: Promise<PackedPairs> }[] = [];
  const takeOldest = async () => {
    const { rows, aligned } = inFlight.shift()!;
    resolveRows(rows, await aligned);
  };
  let rows: Row[] = [];
  let pairs: [ReuseEntry, ReuseEntry][] = [];
  let sent = false;
  const send = () => {
    sent = true;
    const aligned = pairs.length > 0 ? aligner.align(pairs, frequency, params) : Promise.resolve(packPassages([]));
    // Settled here too: a failure surfaces where the request is taken, not as an unhandled rejection.
    aligned.catch(() => undefined);
    inFlight.push({ rows, aligned });
    rows = [];
    pairs = [];
  };
  try {
    for (let a = 0; a < batchCount; a++) {
      const partners = planner.partners(a);
      rows.push({ a, partners });
      for (const b of partners) pairs.push([entries[a]!, entries[b]!]);
      if (pairs.length >= PAIRS_PER_REQUEST) send();
      while (inFlight.length > REQUESTS_PER_THREAD * aligner.parallelism) await takeOldest();
    }
    if (!sent) {
      // Every pair fits in one request: aligning them here costs less than starting a thread.
      resolveRows(rows, packPassages(pairs.map(([A, B]) => alignPair(A, B, params, frequency))));
      return detected;
    }
    if (rows.length > 0) send();
    while (inFlight.length > 0) await takeOldest();
  } finally {
    inFlight.length = 0;
  }
  return detected;
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

/** How many characters of `[0, total)` the half-open spans (start, end, start, end…) cover together. */
function unionLength(spans: number[], total: number): number {
  // By start, through a native sort of start × count + index (the order a stable sort by start gives).
  const count = spans.length / 2;
  let lowest = 0;
  for (let i = 0; i < count; i++) lowest = Math.min(lowest, spans[2 * i]!);
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) keys[i] = (spans[2 * i]! - lowest) * count + i;
  keys.sort();
  let length = 0;
  let reached = 0;
  for (let k = 0; k < count; k++) {
    const i = keys[k]! % count;
    const start = Math.max(reached, spans[2 * i]!, 0);
    const end = Math.min(spans[2 * i + 1]!, total);
    if (end > start) {
      length += end - start;
      reached = end;
    }
  }
  return length;
}

/**
 * The characters already given a source, as sorted disjoint spans with touching ones merged: a document's
 * candidate passages can number tens of thousands, most of them inside stretches already owned.
 */
class OwnedSpans {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** The index of the first span ending after `at`. */
  private after(at: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ends[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The first character at or after `at` that is not owned (at most `limit`). */
  firstFree(at: number, limit: number): number {
    const i = this.after(at);
    return i < this.starts.length && this.starts[i]! <= at ? Math.min(this.ends[i]!, limit) : at;
  }

  /** One past the last character before `end` that is not owned (at least `limit`). */
  lastFreeEnd(end: number, limit: number): number {
    if (end <= limit) return end;
    const i = this.after(end - 1);
    return i < this.starts.length && this.starts[i]! <= end - 1 ? Math.max(this.starts[i]!, limit) : end;
  }

  /** Characters of `[start, end)` not owned. */
  free(start: number, end: number): number {
    let free = end - start;
    for (let i = this.after(start); i < this.starts.length && this.starts[i]! < end; i++) free -= Math.min(end, this.ends[i]!) - Math.max(start, this.starts[i]!);
    return free;
  }

  add(start: number, end: number): void {
    const i = this.after(start - 1);
    let j = i;
    let s = start;
    let e = end;
    while (j < this.starts.length && this.starts[j]! <= end) {
      s = Math.min(s, this.starts[j]!);
      e = Math.max(e, this.ends[j]!);
      j++;
    }
    this.starts.splice(i, j - i, s);
    this.ends.splice(i, j - i, e);
  }
}

/**
 * Passage indexes by score (highest first), then source number, then index. A document of a self-similar batch
 * has tens of thousands of candidate passages: they are put in that order by two counting sorts (by source
 * number, then by the score's rank among the distinct scores) when the sources are not many more than the
 * passages, else each is given one number whose native sort is that order (rank, source number, index); when
 * those numbers would not fit a float's 53 bits, a sort with a comparison function gives the same order, slower.
 */
export function rankPassages(scores: Float64Array, numbers: Int32Array, sourceSpace: number): Uint32Array {
  const n = scores.length;
  // The distinct scores ascending (few: evidence counts times four weights); a score's rank, highest first, is
  // found by binary search.
  const distinct = Float64Array.from(new Set(scores)).sort();
  const d = distinct.length;
  if (d * sourceSpace * n >= 2 ** 53) {
    return new Uint32Array(n).map((_, i) => i).sort((x, y) => scores[y]! - scores[x]! || numbers[x]! - numbers[y]! || x - y);
  }
  const ranks = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const score = scores[i]!;
    let lo = 0;
    let hi = d - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (distinct[mid]! < score) lo = mid + 1;
      else hi = mid;
    }
    ranks[i] = d - 1 - lo;
  }
  if (sourceSpace + d <= 4 * n) {
    // Two stable counting sorts, by source number and then by rank: no comparisons at all.
    const bySource = countingOrder(new Uint32Array(n).map((_, i) => i), numbers, sourceSpace);
    return countingOrder(bySource, ranks, d);
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (ranks[i]! * sourceSpace + numbers[i]!) * n + i;
  keys.sort();
  const ranked = new Uint32Array(n);
  for (let i = 0; i < n; i++) ranked[i] = keys[i]! % n;
  return ranked;
}

/** `order` stably sorted by `key` of each index (keys in [0, space)). */
function countingOrder(order: Uint32Array, key: Int32Array | Uint32Array, space: number): Uint32Array {
  const starts = new Uint32Array(space + 1);
  for (let i = 0; i < order.length; i++) starts[key[order[i]!]! + 1]!++;
  for (let k = 1; k <= space; k++) starts[k]! += starts[k - 1]!;
  const sorted = new Uint32Array(order.length);
  for (let i = 0; i < order.length; i++) sorted[starts[key[order[i]!]!]!++] = order[i]!;
  return sorted;
}

/** Gives each copied character one source: the passages with the most evidence first, later ones trimmed. */
function resolve(entry: ReuseEntry, list: FoundList, entries: ReuseEntry[]): DetectedReuse {
  const total = entry.text.chars.length;
  // A mirrored passage is read through its other side; it is unpacked (and mirrored) only if it is kept.
  const n = list.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const evidence = new Int32Array(n);
  /** Each passage's range in the list, its index in its block and its source's number. */
  const rangeOf = new Uint32Array(n);
  const indexes = new Int32Array(n);
  const numbers = new Int32Array(n);
  for (let r = 0, i = 0; r < list.blocks.length; r++) {
    const fields = list.blocks[r]!.passages;
    const [from, to] = list.mirrored[r] ? [2, 3] : [0, 1];
    for (let p = list.firsts[r]!, last = p + list.counts[r]!; p < last; p++, i++) {
      const at = p * PASSAGE_FIELDS;
      starts[i] = fields[at + from]!;
      ends[i] = fields[at + to]!;
      evidence[i] = fields[at + 5]!;
      rangeOf[i] = r;
      indexes[i] = p;
      numbers[i] = list.sources[r]!;
    }
  }
  const bySource = new Map<number, { source: ReuseEntry; spans: number[]; passages: number }>();
  for (let i = 0; i < n; i++) {
    let s = bySource.get(numbers[i]!);
    if (!s) bySource.set(numbers[i]!, (s = { source: entries[numbers[i]!]!, spans: [], passages: 0 }));
    s.spans.push(starts[i]!, ends[i]!);
    s.passages++;
  }
  const sources: SourceCoverage[] = [...bySource.values()].map((s) => ({
    source: s.source,
    kind: kindOf(entry, s.source),
    chars: unionLength(s.spans, total),
    passages: s.passages,
  }));

  // Ranked by weighted evidence, then source number, then list order (what a stable sort of the list gives).
  const rangeKinds = list.sources.map((number) => kindOf(entry, entries[number]!));
  const rangeWeights = Float64Array.from(rangeKinds, (kind) => KIND_WEIGHT[kind]);
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) scores[i] = evidence[i]! * rangeWeights[rangeOf[i]!]!;
  const ranked = rankPassages(scores, numbers, entries.length);
  const owner = new OwnedSpans();
  const passages: DetectedPassage[] = [];
  const covered: Record<SourceKind, number> = { batch: 0, templates: 0, history: 0, self: 0 };
  for (const r of ranked) {
    const source = entries[numbers[r]!]!;
    const kind = rangeKinds[rangeOf[r]!]!;
    const aStart = owner.firstFree(starts[r]!, ends[r]!);
    const aEnd = owner.lastFreeEnd(ends[r]!, aStart);
    const free = aEnd > aStart ? owner.free(aStart, aEnd) : 0;
    // What is left must still be a passage of its own, not a sliver between two better ones.
    if (free < Math.max(20, 0.5 * (aEnd - aStart)) || free < 0.2 * (ends[r]! - starts[r]!)) continue;
    const unpacked = unpackPassage(list.blocks[rangeOf[r]!]!, indexes[r]!);
    const passage = list.mirrored[rangeOf[r]!] ? mirror(unpacked) : unpacked;
    const bStart = aStart === passage.aStart ? passage.bStart : sourcePosition(passage, aStart);
    const bEnd = aEnd === passage.aEnd ? passage.bEnd : Math.max(bStart, sourcePosition(passage, aEnd));
    // A trimmed passage whose two sides no longer correspond is dropped rather than misquoted.
    if (bEnd - bStart < 0.5 * (aEnd - aStart) || aEnd - aStart < 0.5 * (bEnd - bStart)) continue;
    owner.add(aStart, aEnd);
    covered[kind] += free;
    const similarity = Math.min(1, passage.matched / Math.max(passage.aEnd - passage.aStart, passage.bEnd - passage.bStart));
    passages.push({ kind, source, aStart, aEnd, bStart, bEnd, similarity, aligned: passage });
  }
  passages.sort((x, y) => x.aStart - y.aStart);
  return { entry, passages, covered, total, sources: sources.sort((x, y) => y.chars - x.chars) };
}

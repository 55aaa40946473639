// Turns detected reuse into what is published: the document's reuse record with spans in the texts of record,
// the rows of reuse-pairs.csv, and the copied mark of a figure or honor inside a passage.
import type { Span } from '../model/document.js';
import type { Copied, DocumentReuse } from '../model/reuse.js';
import { sourcePosition } from './align.js';
import type { DetectedPassage, DetectedReuse } from './detect.js';
import type { ReuseEntry, SourceKind } from './entry.js';
import { originalSpan } from './reuse-text.js';

/** A pair appears in reuse-pairs.csv when its source covers at least this share of the document. */
export const PAIR_THRESHOLD = 0.05;

const round = (x: number) => Math.round(x * 10000) / 10000;

// Punctuation closing the last copied sentence belongs to the passage a reader sees.
const CLOSING = /^[。！？；，、：”’」』）》】.!?;,:")\]]{1,2}/u;

function quote(entry: ReuseEntry, start: number, end: number, closing = true) {
  const span = end > start ? originalSpan(entry.text, start, end) : { start: 0, end: 0 };
  if (closing && end > start) span.end += CLOSING.exec(entry.original.slice(span.end, span.end + 2))?.[0].length ?? 0;
  return { ...span, text: entry.original.slice(span.start, span.end) };
}

export function reuseRecord(d: DetectedReuse): DocumentReuse {
  const share = (n: number) => (d.total > 0 ? round(n / d.total) : 0);
  const top = d.sources[0];
  const ratio = share(d.covered.batch + d.covered.templates + d.covered.history + d.covered.self);
  return {
    ratio,
    ratioBySource: { batch: share(d.covered.batch), templates: share(d.covered.templates), history: share(d.covered.history), self: share(d.covered.self) },
    maxSingleSource: top && ratio > 0 ? { id: top.source.id, path: top.source.path, ratio: share(top.chars) } : null,
    passages: d.passages.map((p) => ({
      ...quote(d.entry, p.aStart, p.aEnd),
      source: { kind: p.kind, id: p.source.id, path: p.source.path, ...quote(p.source, p.bStart, p.bEnd) },
      similarity: round(p.similarity),
    })),
  };
}

export interface ReusePair {
  id: string;
  path: string;
  sourceKind: SourceKind;
  sourceId: string;
  sourcePath: string;
  /** Share of the document inside passages from this source, before each character is given one source. */
  ratio: number;
  passages: number;
}

export function reusePairs(d: DetectedReuse, threshold = PAIR_THRESHOLD): ReusePair[] {
  return d.sources
    .filter((s) => d.total > 0 && s.chars / d.total >= threshold)
    .map((s) => ({ id: d.entry.id, path: d.entry.path, sourceKind: s.kind, sourceId: s.source.id, sourcePath: s.source.path, ratio: round(s.chars / d.total), passages: s.passages }));
}

/** The first reuse char whose original span starts at or after `offset`. */
function reuseIndexAt(entry: ReuseEntry, offset: number): number {
  const origin = entry.text.origin;
  let lo = 0;
  let hi = origin.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (origin[2 * mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The passage a span of the document's text of record lies inside, if any. */
function passageAround(d: DetectedReuse, span: Span): { passage: DetectedPassage; start: number; end: number } | null {
  const start = reuseIndexAt(d.entry, span.start);
  const end = reuseIndexAt(d.entry, span.end);
  if (end <= start) return null;
  const passage = d.passages.find((p) => p.aStart <= start && end <= p.aEnd);
  return passage ? { passage, start, end } : null;
}

/** `copied` for a figure or honor at `span`: the source and the words it has at that place. */
export function copiedAt(d: DetectedReuse, span: Span): Copied | null {
  const hit = passageAround(d, span);
  if (!hit) return null;
  const { passage, start, end } = hit;
  const bStart = sourcePosition(passage.aligned, start);
  const bEnd = Math.max(bStart, sourcePosition(passage.aligned, end - 1) + 1);
  return { sourceId: passage.source.id, sourceText: quote(passage.source, bStart, Math.min(bEnd, passage.source.text.chars.length), false).text };
}

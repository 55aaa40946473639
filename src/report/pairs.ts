// Groups a document's copied passages by the source they came from, strongest source first, and picks the few
// that get a side-by-side page: above the reuse-pairs threshold, at most PAIR_PAGES_PER_DOCUMENT of them.
import { PAIR_THRESHOLD } from '../reuse/report.js';
import { pageName } from './html.js';
import type { ReportDocument, ReusePassage, SourceKind } from './input.js';
import { sourceKindClass } from './labels.js';

/**
 * Side-by-side pages per document. A self-similar batch gives a document dozens of sources; beyond the strongest
 * few a reviewer reads the list, and the report stays linear in the batch's size.
 */
export const PAIR_PAGES_PER_DOCUMENT = 5;

export interface ReusePairGroup {
  /** The pair page's file name (without .html), safe whatever the ids hold; null when the pair has no page. */
  name: string | null;
  kind: SourceKind;
  sourceId: string;
  sourcePath: string;
  /** In the order of the document's text. */
  passages: ReusePassage[];
  /** Characters of the document inside passages from this source. */
  chars: number;
  /** chars over the document's length. */
  ratio: number;
}

/** Every source of the document, strongest first; those with a page have a name. */
export function pairsOf(doc: ReportDocument, textLength: number): ReusePairGroup[] {
  const groups = new Map<string, Omit<ReusePairGroup, 'name' | 'ratio'>>();
  for (const p of doc.reuse?.passages ?? []) {
    const kind = sourceKindClass(p.source.kind);
    const key = `${kind}\u0000${p.source.id}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { kind, sourceId: p.source.id, sourcePath: p.source.path, passages: [], chars: 0 }));
    group.passages.push(p);
    group.chars += Math.max(0, p.end - p.start);
  }
  let pages = 0;
  return [...groups.values()]
    .sort((a, b) => b.chars - a.chars || (a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0))
    .map((g) => {
      const ratio = g.chars / Math.max(1, textLength);
      const paged = ratio >= PAIR_THRESHOLD && pages < PAIR_PAGES_PER_DOCUMENT;
      if (paged) pages++;
      return { ...g, ratio, passages: [...g.passages].sort((a, b) => a.start - b.start), name: paged ? `${pageName(doc.id)}-${pages}` : null };
    });
}

// Groups a document's copied passages by the source they came from: one side-by-side page per pair.
import { pageName } from './html.js';
import type { ReportDocument, ReusePassage, SourceKind } from './input.js';
import { sourceKindClass } from './labels.js';

export interface ReusePairGroup {
  /** The pair page's file name (without .html), safe whatever the ids hold. */
  name: string;
  kind: SourceKind;
  sourceId: string;
  sourcePath: string;
  /** In the order of the document's text. */
  passages: ReusePassage[];
  /** Characters of the document inside passages from this source. */
  chars: number;
}

export function pairsOf(doc: ReportDocument): ReusePairGroup[] {
  const groups = new Map<string, Omit<ReusePairGroup, 'name'>>();
  for (const p of doc.reuse?.passages ?? []) {
    const kind = sourceKindClass(p.source.kind);
    const key = `${kind}\u0000${p.source.id}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { kind, sourceId: p.source.id, sourcePath: p.source.path, passages: [], chars: 0 }));
    group.passages.push(p);
    group.chars += Math.max(0, p.end - p.start);
  }
  return [...groups.values()]
    .sort((a, b) => b.chars - a.chars || (a.sourcePath < b.sourcePath ? -1 : 1))
    .map((g, i) => ({ ...g, passages: [...g.passages].sort((a, b) => a.start - b.start), name: `${pageName(doc.id)}-${i + 1}` }));
}

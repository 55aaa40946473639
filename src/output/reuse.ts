// Writes the reuse stage's files: reuse.jsonl (one copied passage a line), reuse-pairs.csv (one row per
// document and source above the pair threshold), and sources/<id>.txt, the text of each template or earlier
// report a passage was copied from (the batch's own texts are in texts/), so the report can show both sides.
import { join } from 'node:path';
import { reusePairs, reuseRecord, type DetectedReuse } from '../reuse/index.js';
import { writeFileAtomic } from './atomic.js';
import { csvRow } from './csv.js';

const PAIR_COLUMNS = ['id', 'path', 'sourceKind', 'sourceId', 'sourcePath', 'ratio', 'passages'];

export async function writeReuseOutputs(outDir: string, detected: DetectedReuse[]): Promise<void> {
  const sorted = [...detected].sort((a, b) => (a.entry.path < b.entry.path ? -1 : a.entry.path > b.entry.path ? 1 : 0));
  const passages = sorted.flatMap((d) => reuseRecord(d).passages.map((p) => JSON.stringify({ id: d.entry.id, path: d.entry.path, ...p }) + '\n'));
  await writeFileAtomic(join(outDir, 'reuse.jsonl'), passages.join(''));
  const rows = sorted.flatMap((d) => reusePairs(d).map((r) => csvRow([r.id, r.path, r.sourceKind, r.sourceId, r.sourcePath, r.ratio, r.passages])));
  await writeFileAtomic(join(outDir, 'reuse-pairs.csv'), '\ufeff' + csvRow(PAIR_COLUMNS) + rows.join(''));
  await writeSourceTexts(outDir, sorted);
}

/** Each cited template or earlier report once, whatever number of documents copied from it. */
async function writeSourceTexts(outDir: string, detected: DetectedReuse[]): Promise<void> {
  const texts = new Map<string, string>();
  for (const d of detected) {
    for (const p of d.passages) if (p.kind !== 'batch' && /^[A-Za-z0-9_-]{1,128}$/.test(p.source.id)) texts.set(p.source.id, p.source.original);
  }
  for (const [id, text] of texts) await writeFileAtomic(join(outDir, 'sources', `${id}.txt`), text);
}

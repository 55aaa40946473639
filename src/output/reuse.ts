// Writes the reuse stage's files: reuse.jsonl (one copied passage a line), reuse-pairs.csv (one row per
// document and source above the pair threshold), and sources/<id>.txt, the text of each template or earlier
// report a passage was copied from (the batch's own texts are in texts/), so the report can show both sides.
import { closeSync, openSync, writeSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReusePassage } from '../model/reuse.js';
import { reusePairs, reuseRecord, type DetectedReuse } from '../reuse/index.js';
import { writeFileAtomic } from './atomic.js';
import { csvRow } from './csv.js';

const PAIR_COLUMNS = ['id', 'path', 'sourceKind', 'sourceId', 'sourcePath', 'ratio', 'passages'];

export async function writeReuseOutputs(outDir: string, detected: DetectedReuse[]): Promise<void> {
  const writer = new ReuseOutputWriter(outDir);
  for (const d of [...detected].sort((a, b) => (a.entry.path < b.entry.path ? -1 : a.entry.path > b.entry.path ? 1 : 0))) writer.add(d);
  await writer.finish();
}

/**
 * The same files written as the documents' results come (in path order): each result can be dropped once added.
 * Nothing replaces the files until `finish`.
 */
export class ReuseOutputWriter {
  private readonly passages: number;
  private readonly pairs: number;
  /** Each cited template or earlier report once, whatever number of documents copied from it. */
  private readonly sources = new Map<string, string>();
  private readonly temp = `${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;

  constructor(private readonly outDir: string) {
    this.passages = openSync(join(outDir, `reuse.jsonl.${this.temp}`), 'w');
    this.pairs = openSync(join(outDir, `reuse-pairs.csv.${this.temp}`), 'w');
    writeSync(this.pairs, '\ufeff' + csvRow(PAIR_COLUMNS));
  }

  /** `reuse` is the document's reuse record, when the caller made it already. */
  add(d: DetectedReuse, reuse = reuseRecord(d)): void {
    const passages = reuse.passages.map((p) => JSON.stringify({ id: d.entry.id, path: d.entry.path, ...p }) + '\n');
    if (passages.length) writeSync(this.passages, passages.join(''));
    const rows = reusePairs(d).map((r) => csvRow([r.id, r.path, r.sourceKind, r.sourceId, r.sourcePath, r.ratio, r.passages]));
    if (rows.length) writeSync(this.pairs, rows.join(''));
    for (const p of d.passages) if (citedSource(p.kind, p.source.id)) this.sources.set(p.source.id, p.source.original);
  }

  async finish(): Promise<void> {
    closeSync(this.passages);
    closeSync(this.pairs);
    await rename(join(this.outDir, `reuse.jsonl.${this.temp}`), join(this.outDir, 'reuse.jsonl'));
    await rename(join(this.outDir, `reuse-pairs.csv.${this.temp}`), join(this.outDir, 'reuse-pairs.csv'));
    await writeSourceTexts(this.outDir, this.sources);
  }
}

/** A passage whose source gets a file in sources/: a template or earlier report, with an id fit for a file name. */
export function citedSource(kind: string, id: string): boolean {
  return kind !== 'batch' && /^[A-Za-z0-9_-]{1,128}$/.test(id);
}

/** Each cited template or earlier report once, whatever number of documents copied from it. */
async function writeSourceTexts(outDir: string, texts: Map<string, string>): Promise<void> {
  for (const [id, text] of texts) await writeFileAtomic(join(outDir, 'sources', `${id}.txt`), text);
}

/** One document's part of the reuse files, as the store keeps it. */
export interface KeptReuse {
  id: string;
  path: string;
  passages: ReusePassage[];
  pairs: { sourceKind: string; sourceId: string; sourcePath: string; ratio: number; passages: number }[];
}

/**
 * The same files from kept results, when a re-run skips the reuse stage: byte for byte what it wrote, the cited
 * sources' texts (`sourceTexts`, by source id, from the store) included.
 */
export async function writeKeptReuseOutputs(outDir: string, kept: KeptReuse[], sourceTexts: Map<string, string> = new Map()): Promise<void> {
  const sorted = [...kept].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const passages = sorted.flatMap((d) => d.passages.map((p) => JSON.stringify({ id: d.id, path: d.path, ...p }) + '\n'));
  await writeFileAtomic(join(outDir, 'reuse.jsonl'), passages.join(''));
  const rows = sorted.flatMap((d) => d.pairs.map((r) => csvRow([d.id, d.path, r.sourceKind, r.sourceId, r.sourcePath, r.ratio, r.passages])));
  await writeFileAtomic(join(outDir, 'reuse-pairs.csv'), '\ufeff' + csvRow(PAIR_COLUMNS) + rows.join(''));
  const cited = new Map<string, string>();
  for (const d of sorted) {
    for (const p of d.passages) if (citedSource(p.source.kind, p.source.id) && sourceTexts.has(p.source.id)) cited.set(p.source.id, sourceTexts.get(p.source.id)!);
  }
  await writeSourceTexts(outDir, cited);
}

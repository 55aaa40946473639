// The shapes the report reads: documents.jsonl records (with the optional reuse record of the reuse stage and
// the copied marks on figures and honors) and a unit's history from the store, and reading them from a run's
// output folder.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentRecord, Evidence, FigureRecord, HonorRecord } from '../model/document.js';
import { fileLines } from '../output/file-lines.js';

export type SourceKind = 'batch' | 'templates' | 'history' | 'self';
export const SOURCE_KINDS: readonly SourceKind[] = ['templates', 'batch', 'history', 'self'];

/** Where a copied passage came from: the source document and the words at that place of its text of record. */
export interface ReuseSource extends Evidence {
  kind: SourceKind;
  id: string;
  path: string;
}

export interface ReusePassage extends Evidence {
  source: ReuseSource;
  /** 0–1, matching characters over the longer side. */
  similarity: number;
}

/** A document's reuse record, as the reuse stage writes it on documents.jsonl lines. */
export interface DocumentReuse {
  ratio: number;
  ratioBySource?: Partial<Record<SourceKind, number>>;
  maxSingleSource?: { id: string; path: string; ratio: number } | null;
  passages: ReusePassage[];
}

/** Marks a figure or honor inside a copied passage, with the words the source has there. */
export interface Copied {
  sourceId: string;
  sourceText: string;
}

/** One documents.jsonl line as the report reads it: the record, and what later stages add when they ran. */
export type ReportDocument = Omit<DocumentRecord, 'figures' | 'honors'> & {
  figures: (FigureRecord & { copied?: Copied | null })[];
  honors: (HonorRecord & { copied?: Copied | null })[];
  reuse?: DocumentReuse | null;
};

/** A unit's submission as the store keeps it. */
export interface Submission {
  path: string;
  unit: string | null;
  period: string | null;
  year: number | null;
  figures: { category: string; metric: string | null; value: number | null; unit: string | null; text: string }[];
}

/** A unit's submissions over the years and the implausible changes the store found (`wenshen history --json`). */
export interface UnitHistory {
  unit: string;
  submissions: Submission[];
  implausible: { rule: string; years: number[]; message: string }[];
}

/** Where the report finds the history of a document's unit (the store, or a run's history.jsonl). */
export interface HistorySource {
  historyOf(doc: ReportDocument): Promise<UnitHistory | null>;
}

/** The histories of a run's history.jsonl, found by a submission's path or by the unit's name. */
export function historiesFrom(histories: UnitHistory[]): HistorySource {
  const byPath = new Map<string, UnitHistory>();
  const byUnit = new Map<string, UnitHistory>();
  for (const h of histories) {
    byUnit.set(h.unit, h);
    for (const s of h.submissions) byPath.set(s.path, h);
  }
  return { historyOf: async (doc) => byPath.get(doc.path) ?? (doc.unit ? byUnit.get(doc.unit.text) : undefined) ?? null };
}

/** The documents.jsonl records of a run, one at a time, so a 10k-document run is never held in memory. */
export async function* readDocuments(outDir: string): AsyncGenerator<ReportDocument> {
  for await (const { doc } of readDocumentLines(outDir)) yield doc;
}

/** readDocuments with each record's line as it is in documents.jsonl (the page threads parse it themselves). */
export async function* readDocumentLines(outDir: string): AsyncGenerator<{ line: string; doc: ReportDocument }> {
  for await (const line of fileLines(join(outDir, 'documents.jsonl'))) if (line.trim()) yield { line, doc: JSON.parse(line) as ReportDocument };
}

/** A document's text of record, or null when the run wrote none (failed documents, sources outside the run). */
export async function readText(outDir: string, id: string): Promise<string | null> {
  return readIn(join(outDir, 'texts'), id);
}

/**
 * The text of a copied passage's source: a document of the batch (texts/), or a template or earlier report the
 * reuse stage cited (sources/); null when the run has none.
 */
export async function readSourceText(outDir: string, kind: SourceKind, id: string): Promise<string | null> {
  return kind === 'batch' ? readIn(join(outDir, 'texts'), id) : ((await readIn(join(outDir, 'sources'), id)) ?? readIn(join(outDir, 'texts'), id));
}

async function readIn(folder: string, id: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const path = join(folder, `${id}.txt`);
  return existsSync(path) ? readFile(path, 'utf8') : null;
}

/** `<out>/history.jsonl`, one UnitHistory a line, when the store wrote it. */
export async function readHistories(outDir: string): Promise<UnitHistory[]> {
  const path = join(outDir, 'history.jsonl');
  if (!existsSync(path)) return [];
  return (await readFile(path, 'utf8')).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as UnitHistory);
}

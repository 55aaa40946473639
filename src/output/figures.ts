// Writes figures.jsonl, honors.jsonl (one record a line with its document) and figures.csv (one row a figure).
import { join } from 'node:path';
import type { DocumentRecord } from '../model/document.js';
import { writeFileAtomic } from './atomic.js';
import { toCsv } from './csv.js';

const jsonl = (rows: unknown[]) => rows.map((r) => JSON.stringify(r) + '\n').join('');

export async function writeFiguresJsonl(outDir: string, records: DocumentRecord[]): Promise<void> {
  await writeFileAtomic(join(outDir, 'figures.jsonl'), jsonl(records.flatMap((r) => r.figures.map((f) => ({ id: r.id, path: r.path, ...f })))));
}

export async function writeHonorsJsonl(outDir: string, records: DocumentRecord[]): Promise<void> {
  await writeFileAtomic(join(outDir, 'honors.jsonl'), jsonl(records.flatMap((r) => r.honors.map((h) => ({ id: r.id, path: r.path, ...h })))));
}

const FIGURE_COLUMNS = ['id', 'path', 'category', 'metric', 'subject', 'value', 'valueMax', 'unit', 'qualifier', 'period', 'placeholder', 'text', 'start', 'end', 'sentence'];

export async function writeFiguresCsv(outDir: string, records: DocumentRecord[]): Promise<void> {
  const rows = records.flatMap((r) =>
    r.figures.map((f) => [r.id, r.path, f.category, f.metric, f.subject, f.value, f.valueMax, f.unit, f.qualifier, f.period, f.placeholder, f.text, f.start, f.end, f.sentence.text]),
  );
  await writeFileAtomic(join(outDir, 'figures.csv'), toCsv(FIGURE_COLUMNS, rows));
}

// Takes the last complete run's output files into a new run's folder when nothing they are made of has changed
// (same output key): hard links where the file system allows, copies otherwise. An unchanged night then costs
// hashing the files, not rendering every output again.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentSummary } from '../model/document.js';
import type { RunSummary } from '../model/run.js';
import { writeFileAtomicSync } from '../output/atomic.js';
import { RUN_SUMMARY_FILE } from '../output/run-folder.js';
import { GENERATED_AT, generatedAtText } from '../report/generated-at.js';

/**
 * Every document's summary (a record without its long lists), one JSON line each in path order: what a run
 * needs of its documents for run.json and the command line's summary, kept beside the files it carries over.
 */
export const SUMMARIES_FILE = '.summaries.jsonl';
/** The one file of the outputs that says when it was written: the report's overview. */
const REPORT_INDEX = join('report', 'index.html');

// The report's stylesheet and script are copied from the sources (see report/index.ts), which the code fingerprint
// of a built wenshen (dist/) does not cover.
const REPORT_ASSETS = new URL('../../src/report/assets/', import.meta.url);

/** The options beside the analysis and the documents that change what a run's files hold, for its output key. */
export function outputShape(options: { outputs?: readonly string[]; report?: boolean; allFigures?: boolean }): string[] {
  const assets = createHash('sha256');
  for (const name of readdirSync(REPORT_ASSETS).sort()) assets.update(`${name}\0`).update(readFileSync(new URL(name, REPORT_ASSETS)));
  return [`outputs=${options.outputs?.join(',') ?? 'all'}`, `report=${options.report !== false}`, `allFigures=${options.allFigures === true}`, `assets=${assets.digest('hex')}`];
}

export interface CarrySource {
  runId: string;
  folder: string;
}

/** The run `<out>/current` shows, when it completed under this output key and kept its summaries. */
export function carrySource(outDir: string, outputKey: string): CarrySource | null {
  let folder: string;
  let summary: Partial<RunSummary>;
  try {
    folder = realpathSync(join(outDir, 'current'));
    summary = JSON.parse(readFileSync(join(folder, RUN_SUMMARY_FILE), 'utf8')) as Partial<RunSummary>;
  } catch {
    return null;
  }
  if (summary.status !== 'complete' || summary.outputKey !== outputKey || !summary.runId || !existsSync(join(folder, SUMMARIES_FILE))) return null;
  return { runId: summary.runId, folder };
}

/** Hard-links `from` into `to`, or copies it where links cannot be made (another file system, no link support). */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw e;
    copyFileSync(from, to);
  }
}

function carryTree(from: string, to: string, relative: string, now: Date): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [source, target, path] = [join(from, entry.name), join(to, entry.name), join(relative, entry.name)];
    if (entry.isDirectory()) carryTree(source, target, path, now);
    else if (path === REPORT_INDEX) {
      // A new file, not a link: the earlier run's page must keep its own time.
      writeFileSync(target, readFileSync(source, 'utf8').replace(GENERATED_AT, generatedAtText(now)));
    } else if (entry.isFile() && path !== RUN_SUMMARY_FILE) linkOrCopy(source, target);
  }
}

/**
 * Takes every output file of the earlier run into this run's folder (all but run.json, which the run writes
 * itself) and returns its documents' summaries. Nothing is ever written into a linked file afterwards: every
 * writer replaces files through a rename, so the earlier run's files stay as they were.
 */
export function carryOver(source: CarrySource, runFolder: string, now = new Date()): DocumentSummary[] {
  carryTree(source.folder, runFolder, '', now);
  return readFileSync(join(runFolder, SUMMARIES_FILE), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as DocumentSummary);
}

/** Keeps the run's summaries beside its files, for a later run that carries them over. */
export function writeSummaries(runFolder: string, records: DocumentSummary[]): void {
  // Through a rename, like every output: a file of the folder may be a link into an earlier run's.
  writeFileAtomicSync(join(runFolder, SUMMARIES_FILE), records.map((r) => JSON.stringify(r) + '\n').join(''));
}

// The report's public face: writes <out>/report/ (index.html, one page per document, per reuse pair and per unit
// with history, and the shared assets) from what a run wrote, swapping the new folder in whole at the end.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { availableParallelism } from 'node:os';
import { documentHref, writeDocumentPages } from './document-pages.js';
import { generatedAtText } from './generated-at.js';
import { historiesFrom, readDocumentLines, readHistories, type HistorySource, type ReportDocument, type UnitHistory } from './input.js';
import { Overview } from './overview.js';
import { PageThreads } from './page-threads.js';
import { unitPage, unitPageName } from './unit-page.js';

export type { DocumentReuse, HistorySource, ReportDocument, ReusePassage, UnitHistory } from './input.js';
export { storeHistory } from './store-history.js';

const ASSETS = ['report.css', 'report.js'];
// The stylesheet and script are plain files beside this module's source; the compiled dist/report/ has none, so
// both src/report/ and dist/report/ reach them through the package root.
const ASSET_FOLDER = new URL('../../src/report/assets/', import.meta.url);

export interface ReportOptions {
  /**
   * Where units' histories come from: the store (`storeHistory(store)`, whose histories are then also written to
   * `<out>/history.jsonl`, so that `wenshen report` rebuilds the same pages), or a list.
   * @default the histories of `<out>/history.jsonl` when it is there
   */
  histories?: HistorySource | UnitHistory[];
  /** The time printed on the overview. @default now */
  generatedAt?: Date;
  /**
   * Threads that write the document and pair pages while this one reads the records; 0 writes them all here.
   * Started only for a report of more than PAGES_HERE documents. @default os.availableParallelism()
   */
  threads?: number;
  /**
   * Called with each documents.jsonl record and its line (without the newline) once its pages are on their way:
   * the batch's store keeps the records the report has read already, rather than reading them again.
   */
  onDocument?: (line: string, doc: ReportDocument) => Promise<void>;
}

/** Documents whose pages are written in this thread before the page threads start (a small report starts none). */
const PAGES_HERE = 8;

export interface ReportResult {
  path: string;
  documents: number;
  pairs: number;
  units: number;
}

/**
 * The folder of the run an output folder shows: <out>/documents.jsonl links into <out>/runs/<id>/, where the
 * report belongs (and where <out>/report points).
 */
export async function runFolderOf(outDir: string): Promise<string> {
  return dirname(await realpath(join(outDir, 'documents.jsonl')));
}

export async function writeReport(outDir: string, options: ReportOptions = {}): Promise<ReportResult> {
  const final = join(outDir, 'report');
  const staging = join(outDir, `report.tmp-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  for (const folder of ['d', 'p', 'u', 'assets']) await mkdir(join(staging, folder), { recursive: true });
  for (const asset of ASSETS) await copyFile(new URL(asset, ASSET_FOLDER), join(staging, 'assets', asset));

  const fromStore = options.histories !== undefined && !Array.isArray(options.histories);
  const histories: HistorySource = Array.isArray(options.histories) ? historiesFrom(options.histories) : (options.histories ?? historiesFrom(await readHistories(outDir)));
  const units = new Map<string, UnitHistory>();
  const overview = new Overview();
  // Pages are written a few at a time: the file system's latency, not the rendering, is most of the cost.
  const pending = new Set<Promise<void>>();
  const failures: unknown[] = [];
  const write = async (path: string, content: string) => {
    const done: Promise<void> = writeFile(join(staging, path), content)
      .catch((e: unknown) => void failures.push(e))
      .finally(() => pending.delete(done));
    pending.add(done);
    if (pending.size >= 16) await Promise.race(pending);
  };
  const documentHrefs = new Map<string, string>();
  // The first few documents' pages are written here; a larger report starts the page threads for the rest.
  const threadCount = options.threads ?? availableParallelism();
  let threads: PageThreads | undefined;
  const written: Promise<number>[] = [];
  const writing = new Set<Promise<number>>();
  let documents = 0;
  try {
    for await (const { line, doc } of readDocumentLines(outDir)) {
      const href = documentHref(doc.id);
      documentHrefs.set(doc.path, href);
      const history = await histories.historyOf(doc);
      if (history) units.set(history.unit, history);
      const job = { outDir, staging, href, unitHref: history ? unitPageName(history.unit) : undefined };
      if (++documents > PAGES_HERE && threadCount > 0) threads ??= new PageThreads(threadCount, failures);
      if (threads) written.push((await threads.send(line, job)).written);
      else {
        const done = writeDocumentPages(doc, job, failures);
        written.push(done);
        writing.add(done);
        const over = () => void writing.delete(done);
        done.then(over, over);
        if (writing.size >= 4) await Promise.race(writing);
      }
      overview.add(doc, href);
      await options.onDocument?.(line, doc);
    }
    await Promise.all(written);
  } finally {
    await threads?.close();
  }
  let pairs = 0;
  for (const done of written) pairs += await done;
  for (const history of units.values()) {
    await write(unitPageName(history.unit), unitPage(history, (path) => documentHrefs.get(path) ?? null));
  }
  if (fromStore) await writeFile(join(outDir, 'history.jsonl'), [...units.values()].map((h) => JSON.stringify(h) + '\n').join(''));
  await Promise.all(pending);
  if (failures.length) throw failures[0];
  const generatedAt = generatedAtText(options.generatedAt ?? new Date());
  await writeFile(join(staging, 'index.html'), overview.render(generatedAt));

  // Swap the whole folder: a reader never sees half of one run's pages and half of another's.
  const old = join(outDir, `report.old-${process.pid}`);
  if (existsSync(final)) await rename(final, old);
  await rename(staging, final);
  await rm(old, { recursive: true, force: true });
  return { path: join(final, 'index.html'), documents: overview.rows.length, pairs, units: units.size };
}

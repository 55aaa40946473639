// The report's public face: writes <out>/report/ (index.html, one page per document, per reuse pair and per unit
// with history, and the shared assets) from what a run wrote, swapping the new folder in whole at the end.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { documentPage } from './document-page.js';
import { pageName } from './html.js';
import { readDocuments, readHistories, readText, type ReportDocument, type UnitHistory } from './input.js';
import { Overview } from './overview.js';
import { pairPage } from './pair-page.js';
import { pairsOf } from './pairs.js';
import { unitPage, unitPageName } from './unit-page.js';

export type { DocumentReuse, ReportDocument, ReusePassage, UnitHistory } from './input.js';

const ASSETS = ['report.css', 'report.js'];
// The stylesheet and script are plain files beside this module's source; the compiled dist/report/ has none, so
// both src/report/ and dist/report/ reach them through the package root.
const ASSET_FOLDER = new URL('../../src/report/assets/', import.meta.url);

export interface ReportOptions {
  /** Units' histories from the store; by default `<out>/history.jsonl` when it is there. */
  histories?: UnitHistory[];
  /** The time printed on the overview. @default now */
  generatedAt?: Date;
}

export interface ReportResult {
  path: string;
  documents: number;
  pairs: number;
  units: number;
}

function historyFinder(histories: UnitHistory[]): (doc: ReportDocument) => UnitHistory | undefined {
  const byPath = new Map<string, UnitHistory>();
  const byUnit = new Map<string, UnitHistory>();
  for (const h of histories) {
    byUnit.set(h.unit, h);
    for (const s of h.submissions) byPath.set(s.path, h);
  }
  return (doc) => byPath.get(doc.path) ?? (doc.unit ? byUnit.get(doc.unit.text) : undefined);
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

  const histories = options.histories ?? (await readHistories(outDir));
  const historyOf = historyFinder(histories);
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
  let pairs = 0;
  for await (const doc of readDocuments(outDir)) {
    const name = pageName(doc.id);
    const href = `d/${name}.html`;
    documentHrefs.set(doc.path, href);
    const text = doc.status === 'ok' ? await readText(outDir, doc.id) : null;
    const history = historyOf(doc);
    await write(href, documentPage(doc, text, { unitHref: history ? unitPageName(history.unit) : undefined }));
    overview.add(doc, href);
    if (text === null) continue;
    for (const group of pairsOf(doc)) {
      const sourceText = await readText(outDir, group.sourceId);
      const sourceHref = sourceText !== null && group.kind === 'batch' ? `../d/${pageName(group.sourceId)}.html` : null;
      await write(`p/${group.name}.html`, pairPage(doc, text, group, sourceText, sourceHref));
      pairs++;
    }
  }
  for (const history of histories) {
    await write(unitPageName(history.unit), unitPage(history, (path) => documentHrefs.get(path) ?? null));
  }
  await Promise.all(pending);
  if (failures.length) throw failures[0];
  const generatedAt = (options.generatedAt ?? new Date()).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  await writeFile(join(staging, 'index.html'), overview.render(generatedAt));

  // Swap the whole folder: a reader never sees half of one run's pages and half of another's.
  const old = join(outDir, `report.old-${process.pid}`);
  if (existsSync(final)) await rename(final, old);
  await rename(staging, final);
  await rm(old, { recursive: true, force: true });
  return { path: join(final, 'index.html'), documents: overview.rows.length, pairs, units: histories.length };
}

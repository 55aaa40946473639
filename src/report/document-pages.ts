// Turns one documents.jsonl line into its report pages (the document's page and its side-by-side pair pages),
// written into the staging folder: the same work in the main thread and in a page thread (page-threads.ts).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { documentPage } from './document-page.js';
import { pageName } from './html.js';
import { readSourceText, readText, type ReportDocument } from './input.js';
import { pairPage } from './pair-page.js';
import { pairsOf } from './pairs.js';

/** What the pages of one document need besides its record: where they go and what they link to. */
export interface PagesJob {
  /** The run's output folder (texts/ and sources/ are read from it). */
  outDir: string;
  /** The report's staging folder, where the pages are written. */
  staging: string;
  /** The document's page, relative to the report folder (`d/<name>.html`). */
  href: string;
  /** The document's unit page, when its unit has a history. */
  unitHref?: string;
}

/** A document's page in the report folder, from its id. */
export function documentHref(id: string): string {
  return `d/${pageName(id)}.html`;
}

/**
 * Writes the document's pages; returns how many pair pages it wrote. Writes that fail are collected in
 * `failures` (the report throws the first once every page is done), so one full disk never leaves pages half-sent.
 */
export async function writeDocumentPages(doc: ReportDocument, job: PagesJob, failures: unknown[]): Promise<number> {
  const write = (path: string, content: string) => writeFile(join(job.staging, path), content).catch((e: unknown) => void failures.push(e));
  const text = doc.status === 'ok' ? await readText(job.outDir, doc.id) : null;
  const groups = text === null ? [] : pairsOf(doc, text.length);
  const writes = [write(job.href, documentPage(doc, text, groups, { unitHref: job.unitHref }))];
  let pairs = 0;
  if (text !== null) {
    for (const group of groups) {
      if (group.name === null) continue;
      const sourceText = await readSourceText(job.outDir, group.kind, group.sourceId);
      const sourceHref = sourceText !== null && group.kind === 'batch' ? `../d/${pageName(group.sourceId)}.html` : null;
      writes.push(write(`p/${group.name}.html`, pairPage(doc, text, group, sourceText, sourceHref)));
      pairs++;
    }
  }
  await Promise.all(writes);
  return pairs;
}

// One batch run's dealings with the store: which files can reuse stored results, saving each analysed file in
// its own transaction, and closing the run.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { InputFile } from '../batch/discover.js';
import type { DocumentRecord, ErrorCode } from '../model/document.js';
import { documentId } from '../pipeline.js';
import type { RunInfo, Store, StoredDocument } from './store.js';

/** Failures that the same bytes and the same analysis always give again; others (timeouts, crashes) are retried. */
const LASTING_FAILURES = new Set<ErrorCode>(['E_CORRUPT', 'E_ENCRYPTED', 'E_EMPTY', 'E_NO_TEXT_LAYER', 'E_UNSUPPORTED', 'E_UNREADABLE']);

export interface StoredPart {
  record: DocumentRecord;
  text: string;
}

/** A stored record as it reads under the path this run found its file at (a renamed file is the same document). */
export function atPath(stored: StoredDocument, path: string): StoredPart {
  const record = { ...stored.record, path, id: documentId(path, stored.record.sha256) };
  if (record.error && stored.record.path !== path) record.error = { ...record.error, message: record.error.message.split(stored.record.path).join(path) };
  return { record, text: stored.text };
}

function reusable(parts: StoredDocument[]): boolean {
  return parts.every((p) => p.record.status === 'ok' || (p.record.error !== null && LASTING_FAILURES.has(p.record.error.code)));
}

export interface SessionOptions {
  analysisVersion: string;
  /** Analyse every file again, whatever the store holds. */
  force: boolean;
  /** Files over this size are not read for hashing: they fail anyway. */
  maxBytes: number;
  /** What the run was asked, kept with it. */
  options: Record<string, unknown>;
}

export class RunSession {
  private constructor(
    readonly store: Store,
    readonly run: RunInfo,
    private readonly options: SessionOptions,
  ) {}

  /** Starts a run on the store; throws StoreError when another run holds it. */
  static async start(store: Store, options: SessionOptions): Promise<RunSession> {
    return new RunSession(store, await store.beginRun(options.analysisVersion, options.options), options);
  }

  /**
   * Hashes every file and takes the stored results of those whose content was analysed with this analysis
   * version, linking them to the run; the rest are to be analysed.
   */
  async sortOut(files: InputFile[]): Promise<{ reused: { path: string; parts: StoredPart[] }[]; fresh: InputFile[] }> {
    const reused: { path: string; parts: StoredPart[] }[] = [];
    const fresh: InputFile[] = [];
    if (this.options.force) return { reused, fresh: files };
    const links: { docKey: number; path: string }[] = [];
    for (const file of files) {
      const size = (await stat(file.file).catch(() => undefined))?.size;
      if (size === undefined || size > this.options.maxBytes) {
        fresh.push(file);
        continue;
      }
      const sha256 = createHash('sha256').update(await readFile(file.file)).digest('hex');
      const stored = await this.store.lookup(sha256, this.options.analysisVersion);
      if (!stored || !reusable(stored)) {
        fresh.push(file);
        continue;
      }
      const paths = stored.length > 1 ? stored.map((s) => `${file.path}#${s.part + 1}`) : [file.path];
      reused.push({ path: file.path, parts: stored.map((s, k) => atPath(s, paths[k]!)) });
      stored.forEach((s, k) => links.push({ docKey: s.docKey, path: paths[k]! }));
    }
    await this.store.linkReused(this.run.id, links);
    return { reused, fresh };
  }

  /** Commits one file's analysed parts in one transaction. */
  async save(parts: StoredPart[]): Promise<void> {
    await this.store.saveAnalysis(this.run.id, this.options.analysisVersion, parts);
  }

  async end(interrupted: boolean): Promise<RunInfo> {
    return this.store.endRun(this.run.id, interrupted ? 'interrupted' : 'finished');
  }
}

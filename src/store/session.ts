// One batch run's dealings with the store: which files can reuse stored results, saving each analysed file in
// its own transaction, and closing the run.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { InputFile } from '../batch/discover.js';
import type { DocumentRecord, ErrorCode } from '../model/document.js';
import { documentId } from '../pipeline.js';
import type { ReuseInput } from '../reuse/detect.js';
import type { ReuseHistory, TemplateCache } from '../reuse/history.js';
import { reuseContextKey, StoreReuseHistory, StoreTemplateCache, type RunDocumentIdentity } from './reuse-history.js';
import { ReuseSources } from './reuse-sources.js';
import type { RunInfo, RunLockWait, Store, StoredDocument, StoredPair } from './store.js';

/** Failures that the same bytes and the same analysis always give again; others (timeouts, crashes) are retried. */
const LASTING_FAILURES = new Set<ErrorCode>(['E_CORRUPT', 'E_ENCRYPTED', 'E_EMPTY', 'E_NO_TEXT_LAYER', 'E_UNSUPPORTED', 'E_UNREADABLE']);

export interface StoredPart {
  record: DocumentRecord;
  text: string;
  /** The stored document (reused parts only). */
  docKey?: number;
  reuseKey?: string | null;
}

/** A stored record as it reads under the path this run found its file at (a renamed file is the same document). */
export function atPath(stored: StoredDocument, path: string): StoredPart {
  const record = { ...stored.record, path, id: documentId(path, stored.record.sha256) };
  if (record.error && stored.record.path !== path) record.error = { ...record.error, message: record.error.message.split(stored.record.path).join(path) };
  return { record, text: stored.text, docKey: stored.docKey, reuseKey: stored.reuseKey ?? null };
}

/** A record as the analysis left it, before any reuse stage amended it: the stage runs again over it. */
export function withoutReuse(record: DocumentRecord): DocumentRecord {
  if (!record.reuse) return record;
  const { reuse: _, ...rest } = record;
  return {
    ...rest,
    figures: record.figures.map(({ copied: __, ...f }) => f),
    honors: record.honors.map(({ copied: __, ...h }) => h),
    findings: record.findings.filter((f) => f.ruleId !== 'reuse/foreign-unit'),
  };
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
  /** How long to wait for another run on the same database. */
  wait?: RunLockWait;
  /** The reuse stage's dictionaries' fingerprint (analysis-version.ts); stored reuse results stand only under it. */
  reuseDictionaryVersion?: string;
}

export class RunSession {
  /** Every document of the run by id: the stored document it is and its content. */
  private readonly documents = new Map<string, RunDocumentIdentity>();
  private readonly sources: ReuseSources;
  readonly templates: StoreTemplateCache;
  readonly history: ReuseHistory;
  private allReused = false;
  /** Whether this run took every reuse result from the store and skipped the reuse stage. */
  reuseKept = false;

  private constructor(
    readonly store: Store,
    readonly run: RunInfo,
    private readonly options: SessionOptions,
  ) {
    this.sources = new ReuseSources(store);
    this.templates = new StoreTemplateCache(this.sources, options.analysisVersion);
    this.history = new StoreReuseHistory(this.sources, options.analysisVersion, (id) => this.documents.get(id));
  }

  /** Starts a run on the store; throws StoreError when another run holds it. */
  static async start(store: Store, options: SessionOptions): Promise<RunSession> {
    return new RunSession(store, await store.beginRun(options.analysisVersion, options.options, options.wait), options);
  }

  /**
   * Hashes every file and takes the stored results of those whose content was analysed with this analysis
   * version, linking them to the run; the rest are to be analysed.
   */
  async sortOut(files: InputFile[]): Promise<{ reused: { path: string; parts: StoredPart[] }[]; fresh: InputFile[] }> {
    const reused: { path: string; parts: StoredPart[] }[] = [];
    const fresh: InputFile[] = [];
    if (this.options.force) return { reused, fresh: files };
    this.allReused = true;
    const links: { docKey: number; path: string }[] = [];
    for (const file of files) {
      const size = (await stat(file.file).catch(() => undefined))?.size;
      if (size === undefined || size > this.options.maxBytes) {
        fresh.push(file);
        this.allReused = false;
        continue;
      }
      const sha256 = createHash('sha256').update(await readFile(file.file)).digest('hex');
      const stored = await this.store.lookup(sha256, this.options.analysisVersion);
      if (!stored || !reusable(stored)) {
        fresh.push(file);
        this.allReused = false;
        continue;
      }
      const paths = stored.length > 1 ? stored.map((s) => `${file.path}#${s.part + 1}`) : [file.path];
      const parts = stored.map((s, k) => atPath(s, paths[k]!));
      reused.push({ path: file.path, parts });
      stored.forEach((s, k) => links.push({ docKey: s.docKey, path: paths[k]! }));
      parts.forEach((p, k) => this.remember(p.record, stored[k]!.docKey, stored[k]!.part));
    }
    await this.store.linkReused(this.run.id, links);
    return { reused, fresh };
  }

  private remember(record: DocumentRecord, docKey: number, part: number): void {
    this.documents.set(record.id, { docKey, sha256: record.sha256, part, path: record.path });
  }

  /** Commits one file's analysed parts in one transaction. */
  async save(parts: StoredPart[]): Promise<void> {
    const docKeys = await this.store.saveAnalysis(this.run.id, this.options.analysisVersion, parts);
    parts.forEach((p, k) => this.remember(p.record, docKeys[k]!, k));
  }

  /** What every reuse result of this run depends on besides the code: see reuseContextKey. */
  private async reuseKey(templates: string[] | undefined): Promise<string> {
    return reuseContextKey({
      analysisVersion: this.options.analysisVersion,
      reuseDictionaryVersion: this.options.reuseDictionaryVersion ?? '',
      documents: [...this.documents.values()],
      templates: await this.templates.identity(templates ?? []),
      history: await this.sources.documentSources(),
    });
  }

  /**
   * Whether the reuse stage can be skipped: every document of the run was reused from the store, and each one's
   * stored reuse was found among the same documents, templates, history and reuse dictionaries as tonight's.
   * Then the stored records (reuse and copied marks included) are the results. Call after sortOut.
   */
  async reuseUnchanged(reused: { parts: StoredPart[] }[], templates: string[] | undefined): Promise<boolean> {
    if (!this.allReused || reused.length === 0) return false;
    const key = await this.reuseKey(templates);
    this.reuseKept = reused.every(({ parts }) => parts.every((p) => p.record.status !== 'ok' || p.reuseKey === key));
    return this.reuseKept;
  }

  /** The reuse inputs of stored documents, from their kept reuse texts; undefined for those not kept. */
  async reuseInputs(parts: StoredPart[]): Promise<(ReuseInput | undefined)[]> {
    const keys: (number | undefined)[] = [];
    for (const p of parts) {
      keys.push(p.record.status === 'ok' && p.record.sha256 ? await this.sources.find({ kind: 'document', sha256: p.record.sha256, part: this.documents.get(p.record.id)?.part ?? 0, version: this.options.analysisVersion }) : undefined);
    }
    const loaded = await this.sources.load(keys.filter((k): k is number => k !== undefined), 'batch');
    return parts.map((p, i) => {
      const input = keys[i] === undefined ? undefined : loaded.get(keys[i]!);
      return input && { ...input, info: { ...input.info, id: p.record.id, path: p.record.path, unit: p.record.unit?.text ?? null } };
    });
  }

  /** The stored pair rows of the run's reused documents, by id: reuse-pairs.csv when the stage is skipped. */
  async storedPairs(parts: StoredPart[]): Promise<Map<string, StoredPair[]>> {
    const byKey = await this.store.pairs(parts.map((p) => p.docKey!).filter((k) => k !== undefined));
    return new Map(parts.map((p) => [p.record.id, byKey.get(p.docKey!) ?? []]));
  }

  /**
   * After the reuse stage: each document's amended record replaces the stored one, with its pair rows and the
   * reuse context, all in one transaction. The store's record is then the documents.jsonl line.
   */
  async saveReuse(records: Iterable<DocumentRecord>, pairs: Map<string, StoredPair[]>, templates: string[] | undefined): Promise<void> {
    const key = await this.reuseKey(templates);
    await this.store.transaction(async () => {
      for (const record of records) {
        const known = this.documents.get(record.id);
        if (known) await this.store.saveReuse(known.docKey, record, record.status === 'ok' ? key : null, pairs.get(record.id) ?? []);
      }
    });
  }

  async end(interrupted: boolean): Promise<RunInfo> {
    return this.store.endRun(this.run.id, interrupted ? 'interrupted' : 'finished');
  }
}

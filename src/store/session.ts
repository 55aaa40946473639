// One batch run's dealings with the store: which files can reuse stored results, saving each analysed file in
// its own transaction, and closing the run.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { InputFile } from '../batch/discover.js';
import type { DocumentRecord, ErrorCode } from '../model/document.js';
import { documentId } from '../model/document-id.js';
import type { ReuseInput } from '../reuse/detect.js';
import type { ReuseHistory, TemplateCache } from '../reuse/history.js';
import { reuseContextKey, StoreReuseHistory, StoreTemplateCache, type RunDocumentIdentity } from './reuse-history.js';
import { ReuseSources } from './reuse-sources.js';
import type { RunInfo, RunLockWait, Store, StoredDocument, StoredPair, StoredRef } from './store.js';

/** Failures that the same bytes and the same analysis always give again; others (timeouts, crashes) are retried. */
const LASTING_FAILURES = new Set<ErrorCode>(['E_CORRUPT', 'E_ENCRYPTED', 'E_EMPTY', 'E_NO_TEXT_LAYER', 'E_UNSUPPORTED', 'E_UNREADABLE']);

export interface StoredPart {
  record: DocumentRecord;
  text: string;
  /** The record's JSON as documents.jsonl has it (JSON.stringify(record)), when the caller has it already. */
  json?: string;
  /** The stored document (reused parts only). */
  docKey?: number;
  reuseKey?: string | null;
}

/** A documents.jsonl record as the reuse stage amended it, with that line (without its newline) when at hand. */
export interface AmendedRecord {
  record: DocumentRecord;
  json?: string;
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

function reusable(parts: StoredRef[]): boolean {
  return parts.every((p) => p.status === 'ok' || (p.errorCode !== null && LASTING_FAILURES.has(p.errorCode as ErrorCode)));
}

/** A stored part a run takes as it is, under the path the run found its file at; its record is read only if needed. */
export interface ReusedRef extends StoredRef {
  /** The part's path in this run (`#2` after the file's path for the essays of a split compilation). */
  path: string;
  id: string;
  sha256: string;
}

/** A file whose stored analysis stands. */
export interface ReusedFile {
  path: string;
  refs: ReusedRef[];
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
   * Hashes every file and takes the stored analyses of those whose content was analysed with this analysis
   * version, linking them to the run; the rest are to be analysed. `onFresh` is called with each file to analyse
   * as soon as it is known (the caller's pool starts on the first while the rest are hashed, and never starts
   * when every file is stored).
   */
  async sortOut(files: InputFile[], onFresh?: (file: InputFile) => void): Promise<{ reused: ReusedFile[]; fresh: InputFile[] }> {
    const reused: ReusedFile[] = [];
    const fresh: InputFile[] = [];
    const toAnalyse = (file: InputFile) => {
      onFresh?.(file);
      fresh.push(file);
      this.allReused = false;
    };
    if (this.options.force) {
      files.forEach(toAnalyse);
      return { reused, fresh };
    }
    this.allReused = true;
    const links: { docKey: number; path: string }[] = [];
    for (const file of files) {
      const size = (await stat(file.file).catch(() => undefined))?.size;
      if (size === undefined || size > this.options.maxBytes) {
        toAnalyse(file);
        continue;
      }
      const sha256 = createHash('sha256').update(await readFile(file.file)).digest('hex');
      const stored = await this.store.lookupRefs(sha256, this.options.analysisVersion);
      if (!stored || !reusable(stored)) {
        toAnalyse(file);
        continue;
      }
      const paths = stored.length > 1 ? stored.map((s) => `${file.path}#${s.part + 1}`) : [file.path];
      const refs = stored.map((s, k) => ({ ...s, path: paths[k]!, sha256, id: documentId(paths[k]!, sha256) }));
      reused.push({ path: file.path, refs });
      for (const ref of refs) {
        links.push({ docKey: ref.docKey, path: ref.path });
        this.documents.set(ref.id, { docKey: ref.docKey, sha256, part: ref.part, path: ref.path });
      }
    }
    await this.store.linkReused(this.run.id, links);
    return { reused, fresh };
  }

  /** The stored records and texts of reused files, as they read under tonight's paths. */
  async load(reused: ReusedFile[]): Promise<{ path: string; parts: StoredPart[] }[]> {
    const stored = await this.store.documents(reused.flatMap((f) => f.refs.map((r) => r.docKey)));
    return reused.map((f) => ({ path: f.path, parts: f.refs.map((r) => atPath(stored.get(r.docKey)!, r.path)) }));
  }

  /** Commits one file's analysed parts in one transaction. */
  async save(parts: StoredPart[]): Promise<void> {
    const docKeys = await this.store.saveAnalysis(this.run.id, this.options.analysisVersion, parts);
    parts.forEach((p, k) => this.documents.set(p.record.id, { docKey: docKeys[k]!, sha256: p.record.sha256, part: k, path: p.record.path }));
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
  async reuseUnchanged(reused: ReusedFile[], templates: string[] | undefined): Promise<boolean> {
    if (!this.allReused || reused.length === 0) return false;
    const key = await this.reuseKey(templates);
    this.reuseKept = reused.every(({ refs }) => refs.every((r) => r.status !== 'ok' || r.reuseKey === key));
    return this.reuseKept;
  }

  /**
   * Fingerprints everything a run's output files are made of: the analysis version, every document of the run
   * (path, content, stored analysis), the reuse context when the reuse stage is on, the store's documents (units'
   * histories in the report come from all of them) and `shape`, the caller's options that change the files. Two
   * runs with the same key write the same bytes (apart from the report's time), so the later one can take the
   * earlier one's files. Call after sortOut, or at the end of a run.
   */
  async outputKey(reuse: { templates?: string[] } | false, shape: string[]): Promise<string> {
    const hash = createHash('sha256');
    hash.update(`outputs\0${this.options.analysisVersion}\0${shape.join('\0')}\0${await this.store.documentsStamp()}\0`);
    hash.update(reuse === false ? 'reuse off\0' : `reuse ${await this.reuseKey(reuse.templates)}\0`);
    for (const line of [...this.documents.values()].map((d) => `${d.path}\0${d.sha256 ?? ''}\0${d.part}\0${d.docKey}`).sort()) hash.update(line + '\n');
    return hash.digest('hex').slice(0, 32);
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

  /** The original texts of the reuse sources with these ids, for sources/ when the reuse stage is skipped. */
  async sourceTexts(sourceIds: string[]): Promise<Map<string, string>> {
    return this.sources.originals(sourceIds);
  }

  /**
   * After the reuse stage: each document's amended record replaces the stored one, with its pair rows and the
   * reuse context, all in one transaction. The store's record is then the documents.jsonl line.
   */
  async saveReuse(records: Iterable<AmendedRecord> | AsyncIterable<AmendedRecord>, pairs: Map<string, StoredPair[]>, templates: string[] | undefined): Promise<void> {
    const key = await this.reuseKey(templates);
    await this.store.transaction(async () => {
      for await (const { record, json } of records) {
        const known = this.documents.get(record.id);
        if (known) await this.store.saveReuse(known.docKey, record, record.status === 'ok' ? key : null, pairs.get(record.id) ?? [], json);
      }
    });
  }

  async end(interrupted: boolean): Promise<RunInfo> {
    return this.store.endRun(this.run.id, interrupted ? 'interrupted' : 'finished');
  }
}

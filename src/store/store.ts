// The store: runs, each analysed document with its results, and what history and exports read back, in plain SQL
// over either database connection.
import { hostname } from 'node:os';
import type { DocumentRecord } from '../model/document.js';
import type { RunRecord } from '../model/run.js';
import type { Connection, Row, SqlValue } from './connection.js';
import { StoreError } from './connection.js';
import { migrate } from './migrate.js';
import { normalizeUnitName, yearOf } from './unit-name.js';

/** Rows per multi-row insert: 64 figures are 896 parameters, under SQLite's oldest limit of 999. */
const ROWS_PER_INSERT = 64;

export type RunInfo = RunRecord;

/** How long a run waits for another run on the same database to finish, and whom it tells that it waits. */
export interface RunLockWait {
  seconds: number;
  onWait?: (message: string) => void;
  pollMs?: number;
}

/** One analysed part of a file (the file itself, or one essay of a split compilation), as stored. */
export interface StoredDocument {
  docKey: number;
  part: number;
  record: DocumentRecord;
  text: string;
  /** The reuse context the record's reuse field was found in; null when the reuse stage has not amended it. */
  reuseKey?: string | null;
}

/** A stored part of a file, without its record and text: enough to decide whether it can be reused. */
export interface StoredRef {
  docKey: number;
  part: number;
  status: string;
  errorCode: string | null;
  reuseKey: string | null;
}

/** A row of reuse-pairs.csv as the store keeps it with the document. */
export interface StoredPair {
  sourceKind: string;
  sourceId: string;
  sourcePath: string;
  ratio: number;
  passages: number;
}

/** A run's document as it appeared in that run: the stored analysis under the path the run saw. */
export interface RunDocument extends StoredDocument {
  path: string;
}

/** One submission of a unit, for `wenshen history`. */
export interface Submission {
  docKey: number;
  path: string;
  unit: string | null;
  period: string | null;
  year: number | null;
  analysedAt: string;
  figures: { category: string; metric: string | null; value: number | null; unit: string | null; text: string }[];
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

function runInfo(row: Row): RunInfo {
  return {
    id: Number(row.id),
    startedAt: String(row.started_at),
    finishedAt: str(row.finished_at),
    status: String(row.status) as RunInfo['status'],
    pid: num(row.pid),
    host: str(row.host),
    analysisVersion: String(row.analysis_version),
    options: JSON.parse(String(row.options)) as Record<string, unknown>,
    documents: num(row.documents),
    failed: num(row.failed),
    reused: num(row.reused),
  };
}

export class Store {
  private constructor(private readonly db: Connection) {}

  /** Opens a store on a connection, migrating an older schema; a newer schema is refused. */
  static async open(db: Connection): Promise<Store> {
    try {
      await migrate(db);
    } catch (e) {
      await db.close();
      throw e;
    }
    return new Store(db);
  }

  get location(): string {
    return this.db.location;
  }

  get dialect(): Connection['dialect'] {
    return this.db.dialect;
  }

  /**
   * Starts a run: takes the one-run-at-a-time lock (another run on the same database makes this throw a
   * StoreError naming it), marks runs left `running` by a killed process as interrupted, and records the new one.
   */
  async beginRun(analysisVersion: string, options: Record<string, unknown>, wait: RunLockWait = { seconds: 0 }): Promise<RunInfo> {
    const deadline = Date.now() + wait.seconds * 1000;
    let told = false;
    while (!(await this.db.tryLockRun())) {
      const who = await this.runningRun();
      if (Date.now() >= deadline) {
        const waited = wait.seconds > 0 ? `still after waiting ${wait.seconds} s; ` : '';
        throw new StoreError(`${who} is using ${this.db.location}; ${waited}wait for it to finish (--wait <seconds>), or give another --db`);
      }
      if (!told) wait.onWait?.(`${who} is using ${this.db.location}; waiting up to ${wait.seconds} s for it to finish`);
      told = true;
      await new Promise((resolve) => setTimeout(resolve, Math.min(wait.pollMs ?? 500, Math.max(1, deadline - Date.now()))));
    }
    return this.db.transaction(async () => {
      await this.db.query("update runs set status = 'interrupted' where status = 'running'");
      const [row] = await this.db.query(
        "insert into runs (started_at, status, pid, host, analysis_version, options) values (?, 'running', ?, ?, ?, ?) returning *",
        [new Date().toISOString(), process.pid, hostname(), analysisVersion, JSON.stringify(options)],
      );
      return runInfo(row!);
    });
  }

  private async runningRun(): Promise<string> {
    const [other] = await this.db.query("select * from runs where status = 'running' order by id desc limit 1");
    return other ? `run ${other.id} (pid ${other.pid} on ${other.host}, started ${other.started_at})` : 'another wenshen run';
  }

  async endRun(runId: number, status: 'finished' | 'interrupted'): Promise<RunInfo> {
    const [row] = await this.db.query(
      `update runs set status = ?, finished_at = ?,
         documents = (select count(*) from run_documents where run_id = ?),
         failed = (select count(*) from run_documents r join documents d on d.doc_key = r.doc_key where r.run_id = ? and d.status = 'failed'),
         reused = (select count(*) from run_documents where run_id = ? and reused = 1)
       where id = ? returning *`,
      [status, new Date().toISOString(), runId, runId, runId, runId],
    );
    return runInfo(row!);
  }

  /** A run by number, or the last one for `latest`. */
  async run(ref: string): Promise<RunInfo | undefined> {
    const rows =
      ref === 'latest'
        ? await this.db.query('select * from runs order by id desc limit 1')
        : /^\d+$/.test(ref)
          ? await this.db.query('select * from runs where id = ?', [Number(ref)])
          : [];
    return rows[0] ? runInfo(rows[0]) : undefined;
  }

  /** The stored parts of a file with this content, analysed with this analysis version; undefined if none. */
  async lookup(sha256: string, analysisVersion: string): Promise<StoredDocument[] | undefined> {
    const rows = await this.db.query('select doc_key, part, record, text, reuse_key from documents where sha256 = ? and analysis_version = ? order by part', [
      sha256,
      analysisVersion,
    ]);
    if (rows.length === 0) return undefined;
    return rows.map((row) => ({
      docKey: Number(row.doc_key),
      part: Number(row.part),
      record: JSON.parse(String(row.record)) as DocumentRecord,
      text: String(row.text),
      reuseKey: str(row.reuse_key),
    }));
  }

  /**
   * What decides whether a file's stored analysis can stand, without its record and text (reading those for every
   * file was most of an unchanged re-run): each part's key, status and reuse context; undefined if none.
   */
  async lookupRefs(sha256: string, analysisVersion: string): Promise<StoredRef[] | undefined> {
    const rows = await this.db.query('select doc_key, part, status, error_code, reuse_key from documents where sha256 = ? and analysis_version = ? order by part', [
      sha256,
      analysisVersion,
    ]);
    if (rows.length === 0) return undefined;
    return rows.map((row) => ({ docKey: Number(row.doc_key), part: Number(row.part), status: String(row.status), errorCode: str(row.error_code), reuseKey: str(row.reuse_key) }));
  }

  /** The stored documents of these keys, with their records and texts. */
  async documents(docKeys: number[]): Promise<Map<number, StoredDocument>> {
    const found = new Map<number, StoredDocument>();
    for (let from = 0; from < docKeys.length; from += 500) {
      const keys = docKeys.slice(from, from + 500);
      const rows = await this.db.query(`select doc_key, part, record, text, reuse_key from documents where doc_key in (${keys.map(() => '?').join(', ')})`, keys);
      for (const row of rows) {
        found.set(Number(row.doc_key), { docKey: Number(row.doc_key), part: Number(row.part), record: JSON.parse(String(row.record)) as DocumentRecord, text: String(row.text), reuseKey: str(row.reuse_key) });
      }
    }
    return found;
  }

  /**
   * Changes whenever a document is added to the store, analysed again or forgotten, and from one store to another:
   * units' histories in the report, read from every stored submission, can differ only when it does.
   */
  async documentsStamp(): Promise<string> {
    // A document is only (re-)analysed by a run that links it unreused; max(analysed_at) would read every row.
    const [count] = await this.db.query('select count(*) as n, max(doc_key) as last_key from documents');
    const [analysing] = await this.db.query('select id from runs r where exists (select 1 from run_documents d where d.run_id = r.id and d.reused = 0) order by id desc limit 1');
    // The first run's start tells this store from another one, made again from nothing, with as many documents.
    const [first] = await this.db.query('select started_at from runs order by id limit 1');
    return `${count?.n ?? 0}/${count?.last_key ?? ''}/${analysing?.id ?? ''}/${first?.started_at ?? ''}`;
  }

  /** Records stored documents as part of a run under the paths it saw them, in one transaction. */
  async linkReused(runId: number, documents: { docKey: number; path: string }[]): Promise<void> {
    await this.db.transaction(async () => {
      for (const d of documents) await this.link(runId, d.docKey, d.path, true);
    });
  }

  /**
   * Saves the analysed parts of one file with their results and links them to the run, in one transaction:
   * after a crash either all of the file is in the store or none of it.
   */
  async saveAnalysis(runId: number, analysisVersion: string, parts: { record: DocumentRecord; text: string; json?: string }[]): Promise<number[]> {
    return this.db.transaction(async () => {
      const docKeys: number[] = [];
      for (const [part, { record, text, json }] of parts.entries()) {
        const docKey = await this.upsertDocument(analysisVersion, part, record, text, json);
        await this.link(runId, docKey, record.path, false);
        docKeys.push(docKey);
      }
      return docKeys;
    });
  }

  private async link(runId: number, docKey: number, path: string, reused: boolean): Promise<void> {
    await this.db.query(
      `insert into run_documents (run_id, doc_key, path, reused) values (?, ?, ?, ?)
       on conflict (run_id, path) do update set doc_key = excluded.doc_key, reused = excluded.reused`,
      [runId, docKey, path, reused ? 1 : 0],
    );
  }

  private async upsertDocument(analysisVersion: string, part: number, record: DocumentRecord, text: string, json = JSON.stringify(record)): Promise<number> {
    const [row] = await this.db.query(
      `insert into documents (sha256, part, analysis_version, path, unit, unit_key, period, year, genre, status, error_code, record, text, analysed_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (sha256, analysis_version, part) do update set
         path = excluded.path, unit = excluded.unit, unit_key = excluded.unit_key, period = excluded.period, year = excluded.year,
         genre = excluded.genre, status = excluded.status, error_code = excluded.error_code, record = excluded.record,
         text = excluded.text, analysed_at = excluded.analysed_at, reuse_key = null
       returning doc_key`,
      [
        record.sha256,
        part,
        analysisVersion,
        record.path,
        record.unit?.text ?? null,
        record.unit ? normalizeUnitName(record.unit.text) : null,
        record.period?.text ?? null,
        yearOf(record),
        record.genre,
        record.status,
        record.error?.code ?? null,
        json,
        text,
        new Date().toISOString(),
      ],
    );
    const docKey = Number(row!.doc_key);
    // A re-analysis (--force) replaces the results derived from the record, and what the reuse detector kept.
    for (const table of ['figures', 'honors', 'checklist_statuses', 'reuse_passages', 'reuse_pairs']) {
      await this.db.query(`delete from ${table} where doc_key = ?`, [docKey]);
    }
    await this.insertRows(
      'figures (doc_key, seq, category, metric, subject, value, value_max, unit, qualifier, period, placeholder, text, start_offset, end_offset)',
      record.figures.map((f, seq) => [docKey, seq, f.category, f.metric, f.subject, f.value, f.valueMax, f.unit, f.qualifier, f.period, f.placeholder ? 1 : 0, f.text, f.start, f.end]),
    );
    await this.insertRows(
      'honors (doc_key, seq, title, awarder, level, year, recipient, people_count, text, start_offset, end_offset)',
      record.honors.map((h, seq) => [docKey, seq, h.title, h.awarder, h.level, h.year, h.recipient, h.count ?? null, h.text, h.start, h.end]),
    );
    await this.insertRows('checklist_statuses (doc_key, section_id, label, level, status)', record.checklist.map((c) => [docKey, c.id, c.label, c.level, c.status]));
    return docKey;
  }

  /**
   * Inserts rows in statements of up to ROWS_PER_INSERT rows each, in order: a document's 300 figures were 300
   * statements, the main thread's largest cost while the workers ran.
   */
  private async insertRows(tableAndColumns: string, rows: SqlValue[][]): Promise<void> {
    if (rows.length === 0) return;
    const row = `(${rows[0]!.map(() => '?').join(', ')})`;
    for (let from = 0; from < rows.length; from += ROWS_PER_INSERT) {
      const chunk = rows.slice(from, from + ROWS_PER_INSERT);
      await this.db.query(`insert into ${tableAndColumns} values ${chunk.map(() => row).join(', ')}`, chunk.flat());
    }
  }

  /**
   * Replaces a document's record with the one the reuse stage amended (so the store holds what documents.jsonl
   * says), with its passages and pair rows and the reuse context they were found in. `json` is the record as JSON
   * when the caller has it already (its documents.jsonl line).
   */
  async saveReuse(docKey: number, record: DocumentRecord, reuseKey: string | null, pairs: StoredPair[], json = JSON.stringify(record)): Promise<void> {
    await this.db.query('update documents set record = ?, reuse_key = ? where doc_key = ?', [json, reuseKey, docKey]);
    await this.db.query('delete from reuse_passages where doc_key = ?', [docKey]);
    await this.db.query('delete from reuse_pairs where doc_key = ?', [docKey]);
    await this.insertRows(
      'reuse_passages (doc_key, seq, start_offset, end_offset, source_kind, source_id, source_path, source_start, source_end, similarity, text, source_text)',
      (record.reuse?.passages ?? []).map((p, seq) => [docKey, seq, p.start, p.end, p.source.kind, p.source.id, p.source.path, p.source.start, p.source.end, p.similarity, p.text, p.source.text]),
    );
    await this.insertRows(
      'reuse_pairs (doc_key, seq, source_kind, source_id, source_path, ratio, passages)',
      pairs.map((p, seq) => [docKey, seq, p.sourceKind, p.sourceId, p.sourcePath, p.ratio, p.passages]),
    );
  }

  /** The pair rows kept with each of these documents. */
  async pairs(docKeys: number[]): Promise<Map<number, StoredPair[]>> {
    const byDoc = new Map<number, StoredPair[]>(docKeys.map((k) => [k, []]));
    for (let from = 0; from < docKeys.length; from += 500) {
      const keys = docKeys.slice(from, from + 500);
      const rows = await this.db.query(`select * from reuse_pairs where doc_key in (${keys.map(() => '?').join(', ')}) order by doc_key, seq`, keys);
      for (const row of rows) {
        byDoc.get(Number(row.doc_key))?.push({
          sourceKind: String(row.source_kind),
          sourceId: String(row.source_id),
          sourcePath: String(row.source_path),
          ratio: Number(row.ratio),
          passages: Number(row.passages),
        });
      }
    }
    return byDoc;
  }

  /** Every document of a run, in path order, under the paths that run saw. */
  async runDocuments(runId: number): Promise<RunDocument[]> {
    const rows = await this.db.query(
      'select r.path, d.doc_key, d.part, d.record, d.text from run_documents r join documents d on d.doc_key = r.doc_key where r.run_id = ? order by r.path',
      [runId],
    );
    return rows
      .map((row) => ({ path: String(row.path), docKey: Number(row.doc_key), part: Number(row.part), record: JSON.parse(String(row.record)) as DocumentRecord, text: String(row.text) }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** The normalized unit names of the documents last seen at a path (as a run recorded it). */
  async unitKeysAtPath(path: string): Promise<string[]> {
    const rows = await this.db.query(
      `select distinct d.unit_key from run_documents r join documents d on d.doc_key = r.doc_key
       where (r.path = ? or r.path like ?) and d.unit_key is not null`,
      [path, `${path.replace(/[%_]/g, '')}#%`],
    );
    return rows.map((r) => String(r.unit_key));
  }

  /** Every distinct submission of a unit (one per content, the latest analysis of each), oldest year first. */
  async submissions(unitKey: string): Promise<Submission[]> {
    const rows = await this.db.query(
      `select d.doc_key, d.sha256, d.part, d.path, d.unit, d.period, d.year, d.analysed_at from documents d
       where d.unit_key = ? and d.status = 'ok' order by d.analysed_at desc, d.doc_key desc`,
      [unitKey],
    );
    const seen = new Set<string>();
    const latest = rows.filter((row) => {
      const key = `${row.sha256 ?? row.doc_key}#${row.part}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const submissions: Submission[] = [];
    for (const row of latest) {
      const figures = await this.db.query('select category, metric, value, unit, text from figures where doc_key = ? and placeholder = 0 order by seq', [Number(row.doc_key)]);
      submissions.push({
        docKey: Number(row.doc_key),
        path: String(row.path),
        unit: str(row.unit),
        period: str(row.period),
        year: num(row.year),
        analysedAt: String(row.analysed_at),
        figures: figures.map((f) => ({ category: String(f.category), metric: str(f.metric), value: num(f.value), unit: str(f.unit), text: String(f.text) })),
      });
    }
    return submissions.sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || (a.path < b.path ? -1 : 1));
  }

  /**
   * Forgets all but the last `keepRuns` finished runs, and the analyses no kept run uses that a newer analysis of
   * the same content replaces (with their figures, reuse passages and fingerprints). What history needs stays: every
   * content's latest analysis, with its reuse source, whatever run saw it. Refused while a run holds the store.
   */
  async prune(keepRuns: number): Promise<{ runs: number; documents: number }> {
    if (!(await this.db.tryLockRun())) throw new StoreError(`${await this.runningRun()} is using ${this.db.location}; prune when it has finished`);
    return this.db.transaction(async () => {
      const runs = await this.db.query("select id from runs where status <> 'running' order by id desc");
      const dropped = runs.slice(keepRuns).map((r) => Number(r.id));
      for (let from = 0; from < dropped.length; from += 500) {
        const ids = dropped.slice(from, from + 500);
        const list = ids.map(() => '?').join(', ');
        await this.db.query(`delete from run_documents where run_id in (${list})`, ids);
        await this.db.query(`delete from runs where id in (${list})`, ids);
      }
      const superseded = await this.db.query(
        `select d.doc_key from documents d
         where not exists (select 1 from run_documents r where r.doc_key = d.doc_key)
           and exists (select 1 from documents n where n.sha256 = d.sha256 and n.part = d.part and n.doc_key > d.doc_key
             and (not exists (select 1 from reuse_sources s where s.doc_key = d.doc_key) or exists (select 1 from reuse_sources s where s.doc_key = n.doc_key)))`,
      );
      const keys = superseded.map((r) => Number(r.doc_key));
      for (let from = 0; from < keys.length; from += 500) {
        const chunk = keys.slice(from, from + 500);
        await this.db.query(`delete from documents where doc_key in (${chunk.map(() => '?').join(', ')})`, chunk);
      }
      return { runs: dropped.length, documents: keys.length };
    });
  }

  /** Raw access for the reuse detector's tables (reuse_fingerprints, reuse_passages) and for tests. */
  async query(sql: string, params?: SqlValue[]): Promise<Row[]> {
    return this.db.query(sql, params);
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

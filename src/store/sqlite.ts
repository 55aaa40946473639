// Connection to an embedded SQLite database file through libsql (WAL, full sync, one writer at a time).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'libsql';
import type { Connection, Row, SqlValue } from './connection.js';
import { StoreError } from './connection.js';

type Db = InstanceType<typeof Database>;
type Statement = { reader: boolean; all(...params: unknown[]): unknown[]; run(...params: unknown[]): unknown };

const MEMORY = ':memory:';

/** How long a statement waits for another process's short write before failing. */
const BUSY_TIMEOUT_MS = 10_000;

export class SqliteConnection implements Connection {
  readonly dialect = 'sqlite' as const;
  private readonly db: Db;
  private lockDb: Db | undefined;
  private depth = 0;

  constructor(readonly location: string) {
    if (location !== MEMORY) mkdirSync(dirname(location), { recursive: true });
    try {
      this.db = new Database(location);
      this.db.exec(`pragma busy_timeout = ${BUSY_TIMEOUT_MS}`);
      // WAL: readers never block the writer, and a killed process leaves committed data whole.
      this.db.exec('pragma journal_mode = wal');
      // FULL syncs the WAL at each commit, so a committed document survives a power cut too.
      this.db.exec('pragma synchronous = full');
      this.db.exec('pragma foreign_keys = on');
      // 64 MB of page cache: the fingerprint index takes its postings at random places, and a small cache makes
      // each insert a page read (measured: 300k postings 5.1 s CPU with the default cache, 1.0 s with this).
      this.db.exec('pragma cache_size = -65536');
    } catch (e) {
      throw new StoreError(`cannot open the database ${location}: ${(e as Error).message}; give another --db`);
    }
  }

  /** Prepared statements by SQL text: the store runs the same few statements thousands of times a run. */
  private readonly statements = new Map<string, Statement>();

  async query(sql: string, params: SqlValue[] = []): Promise<Row[]> {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql) as unknown as Statement;
      if (this.statements.size < 256) this.statements.set(sql, statement);
    }
    if (statement.reader) return statement.all(...(params as unknown[])) as Row[];
    statement.run(...(params as unknown[]));
    return [];
  }

  async exec(sql: string): Promise<void> {
    // A schema change invalidates prepared statements.
    this.statements.clear();
    this.db.exec(sql);
  }

  /** `begin immediate` takes SQLite's write lock, which already serializes migrating processes. */
  async withMigrationLock<T>(work: () => Promise<T>): Promise<T> {
    return work();
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.depth > 0) return work();
    this.db.exec('begin immediate');
    this.depth++;
    try {
      const result = await work();
      this.db.exec('commit');
      return result;
    } catch (e) {
      this.db.exec('rollback');
      throw e;
    } finally {
      this.depth--;
    }
  }

  /**
   * The run lock is an exclusive lock on a small side file (`<db>.lock`), held by a connection of its own until
   * the run ends. The operating system drops it when the process dies, even by SIGKILL, so a lock never goes stale,
   * and the main database stays open to readers (`wenshen history`, `wenshen export`) meanwhile.
   */
  async tryLockRun(): Promise<boolean> {
    if (this.lockDb || this.location === MEMORY) return true;
    const lockDb = new Database(`${this.location}.lock`);
    lockDb.exec('pragma busy_timeout = 0');
    try {
      lockDb.exec('begin exclusive');
    } catch {
      lockDb.close();
      return false;
    }
    this.lockDb = lockDb;
    return true;
  }

  async close(): Promise<void> {
    if (this.lockDb) {
      this.lockDb.exec('rollback');
      this.lockDb.close();
      this.lockDb = undefined;
    }
    this.db.close();
  }
}

// Connection to an embedded SQLite database file through libsql (WAL, full sync, one writer at a time).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'libsql';
import type { Connection, Row, SqlValue } from './connection.js';
import { StoreError } from './connection.js';

type Db = InstanceType<typeof Database>;

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
    } catch (e) {
      throw new StoreError(`cannot open the database ${location}: ${(e as Error).message}; give another --db`);
    }
  }

  async query(sql: string, params: SqlValue[] = []): Promise<Row[]> {
    const statement = this.db.prepare(sql);
    if (statement.reader) return statement.all(...params) as Row[];
    statement.run(...params);
    return [];
  }

  async exec(sql: string): Promise<void> {
    this.db.exec(sql);
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

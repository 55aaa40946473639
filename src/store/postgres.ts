// Connection to a PostgreSQL server through node-postgres: one session per process, the run lock an advisory lock.
import pg from 'pg';
import type { Connection, Row, SqlValue } from './connection.js';
import { StoreError } from './connection.js';

/** Any fixed number: the advisory lock key every wenshen run takes on the database. */
const RUN_LOCK_KEY = 0x77656e73;
/** Another fixed number: the advisory lock that lets one process at a time migrate the schema. */
const MIGRATION_LOCK_KEY = 0x77656e6d;

/** `?` placeholders to `$1, $2 …` (the store's SQL never has a question mark in a string literal). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export function redactedUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}

export class PostgresConnection implements Connection {
  readonly dialect = 'postgres' as const;
  readonly location: string;
  private depth = 0;

  private constructor(private readonly client: pg.Client, url: string) {
    this.location = redactedUrl(url);
  }

  static async open(url: string): Promise<PostgresConnection> {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
    } catch (e) {
      throw new StoreError(`cannot connect to ${redactedUrl(url)}: ${(e as Error).message}; check the server and the --db URL`);
    }
    // Lower the noise: `create table if not exists` and friends would print notices.
    await client.query('set client_min_messages = warning');
    return new PostgresConnection(client, url);
  }

  async query(sql: string, params: SqlValue[] = []): Promise<Row[]> {
    const result = await this.client.query(numbered(sql), params);
    return result.rows as Row[];
  }

  async exec(sql: string): Promise<void> {
    await this.client.query(sql);
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.depth > 0) return work();
    await this.client.query('begin');
    this.depth++;
    try {
      const result = await work();
      await this.client.query('commit');
      return result;
    } catch (e) {
      await this.client.query('rollback');
      throw e;
    } finally {
      this.depth--;
    }
  }

  /** A session-level advisory lock: the server drops it when this connection ends, however the process ends. */
  async tryLockRun(): Promise<boolean> {
    const rows = await this.query('select pg_try_advisory_lock(?) as locked', [RUN_LOCK_KEY]);
    return rows[0]!.locked === true;
  }

  /**
   * Two processes opening a new database at once would both create the tables (and one fail on PostgreSQL's
   * catalog): the second waits on a session advisory lock until the first has migrated, then finds nothing to do.
   */
  async withMigrationLock<T>(work: () => Promise<T>): Promise<T> {
    await this.query('select pg_advisory_lock(?)', [MIGRATION_LOCK_KEY]);
    try {
      return await work();
    } finally {
      await this.query('select pg_advisory_unlock(?)', [MIGRATION_LOCK_KEY]);
    }
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

// The few things the store asks of a database connection, so one store serves SQLite and PostgreSQL alike.

export type SqlValue = string | number | null | Uint8Array;
export type Row = Record<string, unknown>;

export interface Connection {
  readonly dialect: 'sqlite' | 'postgres';
  /** Where the data lives, as the user named it (a file path or a URL without its password). */
  readonly location: string;
  /** Runs statements with `?` placeholders and returns the rows. */
  query(sql: string, params?: SqlValue[]): Promise<Row[]>;
  /** Runs several statements, no parameters. */
  exec(sql: string): Promise<void>;
  /** Runs `work` in one transaction: all of it is committed, or none. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /** Takes the one-run-at-a-time lock without waiting; false when another process holds it. */
  tryLockRun(): Promise<boolean>;
  /** Runs `work` holding the lock that serializes schema migrations across processes. */
  withMigrationLock<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A store problem the user can act on (a newer database, a busy one); printed as one line, exit 2. */
export class StoreError extends Error {
  override name = 'StoreError';
}

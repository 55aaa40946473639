// Opens the store a `--db` value names: a postgres:// URL, or a SQLite file path.
import { existsSync } from 'node:fs';
import { StoreError } from './connection.js';
import { SqliteConnection } from './sqlite.js';
import { Store } from './store.js';

/** `--db` when neither the command line nor the configuration names one: $WENSHEN_DB, else ./wenshen.db. */
export const DEFAULT_DB = process.env.WENSHEN_DB || 'wenshen.db';

/** A store that lives as long as the process: every run analyses everything and nothing is kept. */
export const MEMORY_DB = ':memory:';

export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//.test(db);
}

/** Opens (and migrates) a store; with `create: false` a SQLite file that is not there is an error, not a new store. */
export async function openStore(db = DEFAULT_DB, { create = true } = {}): Promise<Store> {
  if (!create && !isPostgresUrl(db) && db !== MEMORY_DB && !existsSync(db)) throw new StoreError(`no store at ${db}: run \`wenshen analyze\` first, or give --db`);
  // The PostgreSQL client is loaded only for a postgres:// store: it costs every start a fifth of a second.
  return Store.open(isPostgresUrl(db) ? await (await import('./postgres.js')).PostgresConnection.open(db) : new SqliteConnection(db));
}

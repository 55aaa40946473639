// Opens the store a `--db` value names: a postgres:// URL, or a SQLite file path.
import { existsSync } from 'node:fs';
import { StoreError } from './connection.js';
import { PostgresConnection } from './postgres.js';
import { SqliteConnection } from './sqlite.js';
import { Store } from './store.js';

export const DEFAULT_DB = 'wenshen.db';

export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//.test(db);
}

/** Opens (and migrates) a store; with `create: false` a SQLite file that is not there is an error, not a new store. */
export async function openStore(db = DEFAULT_DB, { create = true } = {}): Promise<Store> {
  if (!create && !isPostgresUrl(db) && !existsSync(db)) throw new StoreError(`no store at ${db}: run \`wenshen analyze\` first, or give --db`);
  return Store.open(isPostgresUrl(db) ? await PostgresConnection.open(db) : new SqliteConnection(db));
}

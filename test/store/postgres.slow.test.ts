// The store against a real PostgreSQL server: the same migrations, run lock and results as SQLite, and the same
// exports byte for byte. Skips with one line when no server is reachable, fails under CI=true.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRun } from '../../src/commands/export.js';
import { OUTPUT_KINDS } from '../../src/output/index.js';
import { analyzeDocument, DEFAULT_ANALYZE_OPTIONS, loadResources } from '../../src/pipeline.js';
import { migrate, schemaVersion } from '../../src/store/migrate.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/store/migrations.js';
import { StoreReuseHistory } from '../../src/store/reuse-history.js';
import { ReuseSources } from '../../src/store/reuse-sources.js';
import { FILLER_A, FILLER_C, input, TEMPLATE_PASSAGE } from '../reuse/texts.js';
import { PostgresConnection } from '../../src/store/postgres.js';
import { SqliteConnection } from '../../src/store/sqlite.js';
import { Store } from '../../src/store/store.js';
import { sampleRecord } from './fixtures.js';

const BASE_URL = process.env.WENSHEN_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:55432/wenshen_test';
const CORPUS = new URL('../../corpus/', import.meta.url).pathname;

async function reachable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: BASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

const problem = await reachable();
if (problem && process.env.CI === 'true') throw new Error(`PostgreSQL is not reachable at ${BASE_URL} under CI: ${problem}`);
if (problem) console.log(`skipping the PostgreSQL store tests: no server at ${BASE_URL} (${problem}); .ci/postgres.sh starts one`);

/** A fresh database on the server for each test, dropped at the end. */
const created: string[] = [];
async function freshDatabase(): Promise<string> {
  const name = `wenshen_t_${process.pid}_${created.length}_${Date.now() % 100000}`;
  const admin = new pg.Client({ connectionString: BASE_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  created.push(name);
  const url = new URL(BASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

afterAll(async () => {
  if (problem) return;
  const admin = new pg.Client({ connectionString: BASE_URL });
  await admin.connect();
  for (const name of created) await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
});

/** Every file under a folder, by relative path; for xlsx the sheets' XML, which holds no timestamps. */
async function folderContents(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const rel = full.slice(dir.length + 1);
    if (rel.endsWith('.xlsx')) {
      const zip = await JSZip.loadAsync(readFileSync(full));
      for (const name of Object.keys(zip.files).filter((n) => n.startsWith('xl/worksheets/')).sort()) files.set(`${rel}:${name}`, await zip.file(name)!.async('string'));
    } else files.set(rel, readFileSync(full, 'utf8'));
  }
  return files;
}

describe.skipIf(problem !== undefined)('PostgreSQL store', () => {
  beforeAll(() => loadResources());

  it(`migrates a version 1 database up to ${SCHEMA_VERSION} and refuses a newer one`, async () => {
    const url = await freshDatabase();
    const old = await PostgresConnection.open(url);
    await migrate(old, 1);
    expect(await schemaVersion(old)).toBe(1);
    await old.close();
    const store = await Store.open(await PostgresConnection.open(url));
    expect(Number((await store.query('select max(version) as v from schema_version'))[0]!.v)).toBe(SCHEMA_VERSION);
    await store.query('insert into schema_version (version) values (?)', [SCHEMA_VERSION + 1]);
    await store.close();
    await expect(Store.open(await PostgresConnection.open(url))).rejects.toThrow('newer than this wenshen knows');
  });

  it('lets one run at a time write', async () => {
    const url = await freshDatabase();
    const first = await Store.open(await PostgresConnection.open(url));
    const run = await first.beginRun('v1', {});
    const second = await Store.open(await PostgresConnection.open(url));
    await expect(second.beginRun('v1', {})).rejects.toThrow(`run ${run.id} (pid ${process.pid}`);
    await first.close();
    expect((await second.beginRun('v1', {})).id).toBe(run.id + 1);
    await second.close();
  });

  it('lets two processes open a new database at once: one migrates, the other waits and finds nothing to do', async () => {
    const url = await freshDatabase();
    const opened = await Promise.all(Array.from({ length: 4 }, async () => Store.open(await PostgresConnection.open(url))));
    expect((await opened[0]!.query('select version from schema_version order by version')).map((r) => Number(r.version))).toEqual(MIGRATIONS.map((m) => m.version));
    await Promise.all(opened.map((s) => s.close()));
  });

  it('keeps reuse sources, their fingerprints and history candidates as SQLite does', async () => {
    const store = await Store.open(await PostgresConnection.open(await freshDatabase()));
    const run = await store.beginRun('v1', {});
    const [docKey] = await store.saveAnalysis(run.id, 'v1', [{ record: sampleRecord('old.txt', 'h-old'), text: 'x' }]);
    const sources = new ReuseSources(store);
    const old = input('old', FILLER_C + TEMPLATE_PASSAGE, 'batch', '东城区图书馆');
    await sources.save({ kind: 'document', sha256: 'h-old', part: 0, version: 'v1', docKey: docKey! }, old);
    const history = new StoreReuseHistory(sources, 'v1', () => undefined);
    const [found] = await history.documents([input('tonight', FILLER_A + TEMPLATE_PASSAGE)]);
    expect(found).toMatchObject({ info: { id: 'old', kind: 'history', unit: '东城区图书馆' }, original: 'x' });
    expect(found!.text.chars).toEqual(old.text.chars);
    expect(found!.text.origin).toEqual(old.text.origin);
    await store.close();
  });

  it('keeps the same results as SQLite', async () => {
    const store = await Store.open(await PostgresConnection.open(await freshDatabase()));
    const run = await store.beginRun('v1', {});
    await store.saveAnalysis(run.id, 'v1', [{ record: sampleRecord('a.txt', 'h1'), text: 't' }]);
    expect((await store.lookup('h1', 'v1'))?.[0]?.record).toEqual(sampleRecord('a.txt', 'h1'));
    const [ref] = (await store.lookupRefs('h1', 'v1'))!;
    expect(ref).toMatchObject({ part: 0, status: 'ok', errorCode: null, reuseKey: null });
    expect((await store.documents([ref!.docKey])).get(ref!.docKey)?.record).toEqual(sampleRecord('a.txt', 'h1'));
    expect(await store.documentsStamp()).toMatch(new RegExp(`^1/${ref!.docKey}/${run.id}/\\d{4}-`));
    expect(await store.query('select category, value, unit from figures')).toEqual([{ category: 'satisfaction', value: 98.6, unit: '%' }]);
    expect(await store.endRun(run.id, 'finished')).toMatchObject({ documents: 1, failed: 0, reused: 0, status: 'finished' });
    await store.close();
  });

  it('gives exports identical to SQLite for the same run', async () => {
    const files = ['samples/01-tax-bureau.docx', 'samples/08-middle-school.txt', 'samples/11-template-page.html', 'broken/truncated.pdf'];
    const analysed = [];
    for (const f of files) analysed.push(await analyzeDocument(join(CORPUS, f), f, { ...DEFAULT_ANALYZE_OPTIONS, ocr: false }));
    const exports: Map<string, string>[] = [];
    const dir = mkdtempSync(join(tmpdir(), 'wenshen-pg-'));
    const stores = [await Store.open(new SqliteConnection(join(dir, 'wenshen.db'))), await Store.open(await PostgresConnection.open(await freshDatabase()))];
    for (const [k, store] of stores.entries()) {
      const run = await store.beginRun('v1', {});
      for (const parts of analysed) await store.saveAnalysis(run.id, 'v1', parts.map((p) => ({ record: p.record, text: p.text })));
      await store.endRun(run.id, 'finished');
      const out = join(dir, `out-${k}`);
      expect(await exportRun(store, 'latest', OUTPUT_KINDS, out)).toBe(files.length);
      exports.push(await folderContents(out));
      await store.close();
    }
    expect([...exports[0]!.keys()].sort()).toContain('documents.jsonl');
    expect(exports[1]).toEqual(exports[0]);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { afterEach, describe, expect, it } from 'vitest';
import { runSchema } from '../../src/model/run.js';
import { StoreError } from '../../src/store/connection.js';
import { migrate, schemaVersion } from '../../src/store/migrate.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/store/migrations.js';
import { SqliteConnection } from '../../src/store/sqlite.js';
import { implausibleChanges } from '../../src/history/implausible.js';
import { Store } from '../../src/store/store.js';
import { normalizeUnitName } from '../../src/store/unit-name.js';
import { sampleRecord } from './fixtures.js';

const dirs: string[] = [];
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wenshen-store-'));
  dirs.push(dir);
  return join(dir, 'wenshen.db');
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('migrations', () => {
  it('has versions 1, 2, … in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  for (const from of MIGRATIONS.map((m) => m.version).filter((v) => v < SCHEMA_VERSION)) {
    it(`brings a version ${from} database up to ${SCHEMA_VERSION}, keeping its documents`, async () => {
      const path = tempDb();
      const old = new SqliteConnection(path);
      await migrate(old, from);
      expect(await schemaVersion(old)).toBe(from);
      // What a store of that version held: a run with one document.
      await old.query("insert into runs (started_at, status, analysis_version, options) values ('2025-01-01T00:00:00.000Z', 'finished', 'v-old', '{}')");
      await old.query("insert into documents (sha256, part, analysis_version, path, status, record, text, analysed_at) values ('abc', 0, 'v-old', 'a.txt', 'ok', ?, 'x', '2025-01-01')", [
        JSON.stringify(sampleRecord('a.txt', 'abc')),
      ]);
      await old.query('insert into run_documents (run_id, doc_key, path, reused) values (1, 1, ?, 0)', ['a.txt']);
      await old.close();

      const store = await Store.open(new SqliteConnection(path));
      expect(Number((await store.query('select max(version) as v from schema_version'))[0]!.v)).toBe(SCHEMA_VERSION);
      expect((await store.runDocuments(1)).map((d) => d.path)).toEqual(['a.txt']);
      // The reuse tables are there and take rows.
      await store.query(
        "insert into reuse_sources (kind, sha256, part, version, doc_key, source_id, path, chars, origin, added_at) values ('document', 'abc', 0, 'v-old', 1, 'x', 'a.txt', ?, ?, '2025')",
        [Buffer.from([1]), Buffer.from([2])],
      );
      await store.query('insert into reuse_fingerprints (hash, source_key, position) values (?, ?, ?)', [4123456789, 1, 0]);
      expect((await store.query('select hash from reuse_fingerprints'))[0]!.hash).toBe(4123456789);
      expect(((await store.query('select reuse_key from documents'))[0]!.reuse_key)).toBeNull();
      await store.close();
    });
  }

  it('refuses a database of a newer schema with a message saying what to do', async () => {
    const path = tempDb();
    const db = new SqliteConnection(path);
    await migrate(db);
    await db.query('insert into schema_version (version) values (?)', [SCHEMA_VERSION + 1]);
    await db.close();
    const opening = Store.open(new SqliteConnection(path));
    await expect(opening).rejects.toThrow(StoreError);
    await expect(Store.open(new SqliteConnection(path))).rejects.toThrow(`newer than this wenshen knows (${SCHEMA_VERSION}); upgrade wenshen`);
  });

  it('is in WAL mode', async () => {
    const path = tempDb();
    const store = await Store.open(new SqliteConnection(path));
    expect((await store.query('pragma journal_mode'))[0]!.journal_mode).toBe('wal');
    await store.close();
  });
});

describe('store', () => {
  it('prunes old runs and superseded analyses, keeping every content\'s latest analysis', async () => {
    const store = await Store.open(new SqliteConnection(tempDb()));
    const night = async (version: string, docs: [string, string][]) => {
      const run = await store.beginRun(version, {});
      for (const [path, sha] of docs) await store.saveAnalysis(run.id, version, [{ record: sampleRecord(path, sha), text: 't' }]);
      await store.endRun(run.id, 'finished');
    };
    await night('v1', [['a.txt', 'a'], ['old.txt', 'old']]);
    await night('v2', [['a.txt', 'a']]);
    await night('v2', [['a.txt', 'a'], ['b.txt', 'b']]);
    expect(await store.prune(1)).toEqual({ runs: 2, documents: 1 });
    const left = await store.query('select sha256, analysis_version from documents order by doc_key');
    // a's v1 analysis is replaced by its v2 one; old.txt, seen by no kept run, is still the latest of its content.
    expect(left).toEqual([
      { sha256: 'old', analysis_version: 'v1' },
      { sha256: 'a', analysis_version: 'v2' },
      { sha256: 'b', analysis_version: 'v2' },
    ]);
    expect((await store.run('latest'))!.id).toBe(3);
    expect(await store.run('1')).toBeUndefined();
    expect((await store.submissions('东川市税务局')).map((s) => s.path).sort()).toEqual(['a.txt', 'b.txt', 'old.txt']);
    await store.close();
  });

  it('finds a stored analysis by content hash and analysis version only', async () => {
    const store = await Store.open(new SqliteConnection(tempDb()));
    const run = await store.beginRun('v1', {});
    await store.saveAnalysis(run.id, 'v1', [{ record: sampleRecord('a.txt', 'h1'), text: 'text a' }]);
    expect((await store.lookup('h1', 'v1'))?.map((d) => d.record.path)).toEqual(['a.txt']);
    expect(await store.lookup('h1', 'v2')).toBeUndefined();
    expect(await store.lookup('h2', 'v1')).toBeUndefined();
    const ended = await store.endRun(run.id, 'finished');
    expect(runSchema.parse(ended)).toMatchObject({ status: 'finished', documents: 1, failed: 0, reused: 0 });
    await store.close();
  });

  it('keeps every figure of a document with more figures than one insert takes, in order, and the record JSON as given', async () => {
    const store = await Store.open(new SqliteConnection(tempDb()));
    const run = await store.beginRun('v1', {});
    const base = sampleRecord('a.txt', 'h1');
    const figures = Array.from({ length: 150 }, (_, i) => ({ ...base.figures[0]!, value: i, text: `满意率${i}%` }));
    const record = { ...base, figures };
    const [key] = await store.saveAnalysis(run.id, 'v1', [{ record, text: 't', json: JSON.stringify(record) }]);
    const rows = await store.query('select seq, value, text from figures where doc_key = ? order by rowid', [key!]);
    expect(rows.map((r) => [Number(r.seq), Number(r.value), r.text])).toEqual(figures.map((f, i) => [i, i, f.text]));
    const [stored] = await store.query('select record from documents where doc_key = ?', [key!]);
    expect(stored!.record).toBe(JSON.stringify(record));
    await store.close();
  });

  it('looks a stored analysis up without its record, and reads records by key when asked', async () => {
    const store = await Store.open(new SqliteConnection(tempDb()));
    const run = await store.beginRun('v1', {});
    const [key] = await store.saveAnalysis(run.id, 'v1', [{ record: sampleRecord('a.txt', 'h1'), text: 'text a' }]);
    expect(await store.lookupRefs('h1', 'v1')).toEqual([{ docKey: key, part: 0, status: 'ok', errorCode: null, reuseKey: null }]);
    expect(await store.lookupRefs('h1', 'v2')).toBeUndefined();
    // The lookup is answered from the covering index, never from the rows that hold records and texts.
    const plan = await store.query('explain query plan select doc_key, part, status, error_code, reuse_key from documents where sha256 = ? and analysis_version = ? order by part', ['h1', 'v1']);
    expect(plan.map((r) => String(r.detail)).join(' ')).toContain('COVERING INDEX documents_refs');
    expect((await store.documents([key!])).get(key!)).toMatchObject({ docKey: key, part: 0, text: 'text a', record: { path: 'a.txt' } });
    await store.close();
  });

  it('stamps the stored documents: an analysis changes the stamp, a run that reuses them does not', async () => {
    const store = await Store.open(new SqliteConnection(tempDb()));
    const first = await store.beginRun('v1', {});
    const [key] = await store.saveAnalysis(first.id, 'v1', [{ record: sampleRecord('a.txt', 'h1'), text: 't' }]);
    await store.endRun(first.id, 'finished');
    const stamp = await store.documentsStamp();
    const second = await store.beginRun('v1', {});
    await store.linkReused(second.id, [{ docKey: key!, path: 'a.txt' }]);
    await store.endRun(second.id, 'finished');
    expect(await store.documentsStamp()).toBe(stamp);
    const third = await store.beginRun('v1', {});
    await store.saveAnalysis(third.id, 'v1', [{ record: sampleRecord('a.txt', 'h1'), text: 't' }]);
    expect(await store.documentsStamp()).not.toBe(stamp);
    await store.close();
  });

  it('keeps figures, honors and checklist statuses as rows, replaced on re-analysis', async () => {
    const store = await Store.open(new SqliteConnection(tempDb()));
    const run = await store.beginRun('v1', {});
    await store.saveAnalysis(run.id, 'v1', [{ record: sampleRecord('a.txt', 'h1'), text: 't' }]);
    await store.saveAnalysis(run.id, 'v1', [{ record: sampleRecord('a.txt', 'h1'), text: 't' }]);
    expect(await store.query('select category, value, unit from figures')).toEqual([{ category: 'satisfaction', value: 98.6, unit: '%' }]);
    expect(await store.query('select level from honors')).toEqual([{ level: 'city' }]);
    expect(await store.query('select section_id, status from checklist_statuses')).toEqual([{ section_id: 'results', status: 'missing' }]);
    await store.close();
  });

  it('lets one run at a time write, naming the run that holds the database', async () => {
    const path = tempDb();
    const first = await Store.open(new SqliteConnection(path));
    const run = await first.beginRun('v1', {});
    const second = await Store.open(new SqliteConnection(path));
    await expect(second.beginRun('v1', {})).rejects.toThrow(new RegExp(`run ${run.id} \\(pid ${process.pid} .*\\) is using .*wenshen.db; wait for it to finish \\(--wait <seconds>\\), or give another --db`));
    await first.endRun(run.id, 'finished');
    await first.close();
    // Once the first has closed, the second can start; the first run is not marked interrupted.
    const next = await second.beginRun('v1', {});
    expect(next.id).toBe(run.id + 1);
    expect((await second.run(String(run.id)))?.status).toBe('finished');
    await second.close();
  });

  it('marks a run left running by a killed process as interrupted', async () => {
    const path = tempDb();
    const raw = new Database(path);
    raw.close();
    const a = await Store.open(new SqliteConnection(path));
    const run = await a.beginRun('v1', {});
    await a.close(); // closing without endRun: what a killed process leaves
    const b = await Store.open(new SqliteConnection(path));
    await b.beginRun('v1', {});
    expect((await b.run(String(run.id)))?.status).toBe('interrupted');
    expect((await b.run('latest'))?.status).toBe('running');
    await b.close();
  });

  it('matches a unit across years by its normalized name, for history', async () => {
    const store = await Store.open(new SqliteConnection(tempDb()));
    const run = await store.beginRun('v1', {});
    const names = ['东川市税务局', '中共东川市税务局', '东川市 税务局（盖章）'];
    for (const [k, year] of [2021, 2022, 2023].entries()) {
      const record = sampleRecord(`${year}.docx`, `h${year}`, { unit: { start: 0, end: 6, text: names[k]! }, period: { start: 6, end: 12, text: `${year}年度` } });
      await store.saveAnalysis(run.id, 'v1', [{ record, text: 't' }]);
    }
    const other = sampleRecord('x.docx', 'hx', { unit: { start: 0, end: 6, text: '西山区图书馆' } });
    await store.saveAnalysis(run.id, 'v1', [{ record: other, text: 't' }]);
    expect(await store.unitKeysAtPath('2022.docx')).toEqual(['东川市税务局']);
    const submissions = await store.submissions(normalizeUnitName('东川市税务局'));
    expect(submissions.map((s) => s.year)).toEqual([2021, 2022, 2023]);
    expect(implausibleChanges(submissions).map((c) => c.rule)).toEqual(['satisfaction-repeated']);
    await store.close();
  });
});

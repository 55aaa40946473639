// The store's side of reuse detection: reuse texts kept and read back whole, earlier documents found as history
// through the stored fingerprint index, template pages kept once, and the reuse context key.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FORMULAIC_FILE } from '../../src/reuse/formulaic.js';
import { findReuse, loadReuseResources, reuseRecord } from '../../src/reuse/index.js';
import { REUSE_STAGE_DICTIONARY, reuseDictionaryVersion } from '../../src/store/analysis-version.js';
import { reuseContextKey, StoreReuseHistory, StoreTemplateCache, type RunDocumentIdentity } from '../../src/store/reuse-history.js';
import { decodeReuseText, encodeReuseText, fingerprintsOf, ReuseSources } from '../../src/store/reuse-sources.js';
import { SqliteConnection } from '../../src/store/sqlite.js';
import { Store } from '../../src/store/store.js';
import { FILLER_A, FILLER_B, FILLER_C, FILLER_D, input, SECOND_PASSAGE, TEMPLATE_PASSAGE } from '../reuse/texts.js';
import { sampleRecord } from './fixtures.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wenshen-reuse-store-'));
  dirs.push(dir);
  return dir;
}

/** A store holding one analysed document per (id, sha256), as a run would have saved them. */
async function storeWith(docs: { id: string; sha256: string }[]): Promise<{ store: Store; identities: Map<string, RunDocumentIdentity> }> {
  const store = await Store.open(new SqliteConnection(join(tempDir(), 'wenshen.db')));
  const run = await store.beginRun('v1', {});
  const identities = new Map<string, RunDocumentIdentity>();
  for (const d of docs) {
    const [docKey] = await store.saveAnalysis(run.id, 'v1', [{ record: sampleRecord(`${d.id}.txt`, d.sha256), text: 'x' }]);
    identities.set(d.id, { docKey: docKey!, sha256: d.sha256, part: 0, path: `${d.id}.txt` });
  }
  return { store, identities };
}

describe('reuse sources in the store', () => {
  it('keeps a reuse text compressed and reads it back unchanged', () => {
    const text = input('a', FILLER_A + TEMPLATE_PASSAGE).text;
    const { chars, origin } = encodeReuseText(text);
    expect(chars.byteLength + origin.byteLength).toBeLessThan((text.chars.byteLength + text.origin.byteLength) / 2);
    const back = decodeReuseText(chars, origin);
    expect(back.chars).toEqual(text.chars);
    expect(back.origin).toEqual(text.origin);
  });

  it('writes each fingerprint of a source into the index once, and finds them by hash', async () => {
    const { store, identities } = await storeWith([{ id: 'old', sha256: 'sha-old' }]);
    const sources = new ReuseSources(store);
    const old = input('old', FILLER_C + TEMPLATE_PASSAGE);
    const key = await sources.save({ kind: 'document', sha256: 'sha-old', part: 0, version: 'v1', docKey: identities.get('old')!.docKey }, old);
    expect(await sources.save({ kind: 'document', sha256: 'sha-old', part: 0, version: 'v1', docKey: identities.get('old')!.docKey }, old)).toBe(key);
    const fingerprints = fingerprintsOf(old.text);
    expect(Number((await store.query('select count(*) as n from reuse_fingerprints'))[0]!.n)).toBe(fingerprints.hashes.length);
    const postings = await sources.postings([fingerprints.hashes[0]!, 12345]);
    expect(postings.get(fingerprints.hashes[0]!)).toEqual([key]);
    expect(postings.has(12345)).toBe(false);
    const loaded = (await sources.load([key], 'history')).get(key)!;
    // A document's text of record is read from its stored document.
    expect(loaded).toMatchObject({ info: { id: 'old', path: 'old.txt', kind: 'history' }, original: 'x' });
    expect(loaded.text.chars).toEqual(old.text.chars);
    await store.close();
  });
});

describe('history from the store', () => {
  it("serves an earlier night's documents as history (and the same unit's as self), not tonight's own", async () => {
    const { store, identities } = await storeWith([
      { id: 'own-2022', sha256: 'sha-1' },
      { id: 'other-2022', sha256: 'sha-2' },
      { id: 'unrelated', sha256: 'sha-3' },
      { id: 'tonight', sha256: 'sha-4' },
    ]);
    const sources = new ReuseSources(store);
    const history = new StoreReuseHistory(sources, 'v1', (id) => identities.get(id));
    // Last year's batch, kept by the history as a run's reuse stage keeps it.
    await history.save([
      input('own-2022', FILLER_C + '\n' + SECOND_PASSAGE, 'batch', '河滨街道办事处'),
      input('other-2022', FILLER_D + '\n' + TEMPLATE_PASSAGE, 'batch', '东城区图书馆'),
      input('unrelated', FILLER_B, 'batch', '西城区文化馆'),
    ]);
    const tonight = input('tonight', FILLER_A + '\n' + TEMPLATE_PASSAGE + '\n' + SECOND_PASSAGE, 'batch', '河滨街道办事处');
    const earlier = await history.documents([tonight]);
    expect(earlier.map((e) => e.info.id).sort()).toEqual(['other-2022', 'own-2022']);
    const [detected] = findReuse({ batch: [tonight], history: earlier }, loadReuseResources());
    const record = reuseRecord(detected!);
    expect(record.passages.map((p) => [p.source.kind, p.source.id]).sort()).toEqual([
      ['history', 'other-2022'],
      ['self', 'own-2022'],
    ]);
    // Once tonight's document is kept too, it is still not its own history.
    await history.save([tonight]);
    expect((await history.documents([tonight])).map((e) => e.info.id)).not.toContain('tonight');
    await store.close();
  });
});

describe('template pages kept in the store', () => {
  it('reads a template file once; a later night finds its pages under the name the file has then', async () => {
    const { store } = await storeWith([]);
    const dir = tempDir();
    writeFileSync(join(dir, 'page.txt'), TEMPLATE_PASSAGE);
    writeFileSync(join(dir, 'new.txt'), SECOND_PASSAGE);
    const cache = new StoreTemplateCache(new ReuseSources(store), 'v1');
    const page = { file: join(dir, 'page.txt'), path: 'page.txt' };
    const first = await cache.lookup([page]);
    expect(first).toEqual({ kept: [], missing: [page] });
    await cache.save(page, [input('page', TEMPLATE_PASSAGE, 'templates')]);

    const later = new StoreTemplateCache(new ReuseSources(store), 'v1');
    const renamed = { file: join(dir, 'page.txt'), path: 'renamed.txt' };
    const fresh = { file: join(dir, 'new.txt'), path: 'new.txt' };
    const { kept, missing } = await later.lookup([renamed, fresh]);
    expect(missing).toEqual([fresh]);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ info: { kind: 'templates', path: 'renamed.txt' }, original: TEMPLATE_PASSAGE });
    // Another analysis version reads the file again.
    expect((await new StoreTemplateCache(new ReuseSources(store), 'v2').lookup([renamed])).missing).toEqual([renamed]);
    await store.close();
  });
});

describe('analysis version', () => {
  it('leaves out the one dictionary only the reuse stage reads, and the reuse dictionary version is its hash', () => {
    expect(REUSE_STAGE_DICTIONARY).toBe(FORMULAIC_FILE);
    expect(reuseDictionaryVersion()).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('reuse context key', () => {
  const base = {
    analysisVersion: 'v1',
    reuseDictionaryVersion: 'r1',
    documents: [
      { docKey: 1, sha256: 'a', part: 0, path: 'a.txt' },
      { docKey: 2, sha256: 'b', part: 0, path: 'b.txt' },
    ],
    templates: ['t.txt\0t'],
    history: [
      { sourceKey: 1, sha256: 'a', part: 0 },
      { sourceKey: 7, sha256: 'old', part: 0 },
    ],
  };

  it('is the same for the same context, whatever the order, and tonight’s own documents are not history', () => {
    const key = reuseContextKey(base);
    expect(reuseContextKey({ ...base, documents: [...base.documents].reverse(), history: [base.history[1]!] })).toBe(key);
  });

  it.each([
    ['a document renamed', { documents: [base.documents[0]!, { ...base.documents[1]!, path: 'c.txt' }] }],
    ['a document changed', { documents: [base.documents[0]!, { ...base.documents[1]!, sha256: 'b2' }] }],
    ['a template changed', { templates: ['t.txt\0t2'] }],
    ['an earlier document added', { history: [...base.history, { sourceKey: 9, sha256: 'older', part: 0 }] }],
    ['the reuse dictionaries', { reuseDictionaryVersion: 'r2' }],
    ['the analysis', { analysisVersion: 'v2' }],
  ])('changes with %s', (_name, change) => {
    expect(reuseContextKey({ ...base, ...change })).not.toBe(reuseContextKey(base));
  });
});

describe('one run at a time', () => {
  it('a second run waits for the first, within a bounded wait, then refuses with what to do', async () => {
    const path = join(tempDir(), 'wenshen.db');
    const first = await Store.open(new SqliteConnection(path));
    await first.beginRun('v1', {});
    const second = await Store.open(new SqliteConnection(path));
    const told: string[] = [];
    const started = Date.now();
    await expect(second.beginRun('v1', {}, { seconds: 1, pollMs: 50, onWait: (m) => told.push(m) })).rejects.toThrow(
      /^run 1 \(pid \d+ on .*\) is using .*wenshen\.db; still after waiting 1 s; wait for it to finish \(--wait <seconds>\), or give another --db$/,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(told).toEqual([expect.stringMatching(/^run 1 .* is using .*; waiting up to 1 s for it to finish$/)]);

    // When the first run ends while the second waits, the second goes ahead.
    const waiting = second.beginRun('v1', {}, { seconds: 30, pollMs: 50 });
    await new Promise((r) => setTimeout(r, 200));
    await first.endRun(1, 'finished');
    await first.close();
    expect((await waiting).id).toBe(2);
    await second.close();
  });
});

// Store fingerprint-index benchmark: fills a SQLite store with synthetic documents' fingerprints (random 32-bit
// hashes, as winnowing gives), then times what a night's reuse stage asks of it: one document's fingerprints
// looked up, and the history candidates of a document that copied from a stored one.
//   npx tsx scripts/bench-store-index.ts [--docs 100000] [--per-doc 1500] [--db .bench/index-<docs>.db]
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { ReuseSources } from '../src/store/reuse-sources.js';
import { SqliteConnection } from '../src/store/sqlite.js';
import { Store } from '../src/store/store.js';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '100000' }, 'per-doc': { type: 'string', default: '1500' }, db: { type: 'string' } } });
const DOCS = Number(values.docs);
const PER_DOC = Number(values['per-doc']);
const ROOT = new URL('../', import.meta.url).pathname;
const DB = values.db ?? join(ROOT, '.bench', `index-${DOCS}x${PER_DOC}.db`);

function seeded(seed: number) {
  return () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0);
}
const hashesOf = (doc: number) => {
  const next = seeded(doc + 1);
  return Uint32Array.from({ length: PER_DOC }, () => next());
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const fresh = !existsSync(DB);
const store = await Store.open(new SqliteConnection(DB));
const sources = new ReuseSources(store);
if (fresh) {
  const started = performance.now();
  // A bulk fill: the indexes are built once at the end (sorted), not posting by posting.
  await store.query('drop index reuse_fingerprints_hash');
  await store.query('drop index reuse_fingerprints_source');
  const empty = Buffer.alloc(0);
  const positions = Uint32Array.from({ length: PER_DOC }, (_, i) => i * 4);
  for (let from = 0; from < DOCS; from += 1000) {
    await store.transaction(async () => {
      for (let doc = from; doc < Math.min(DOCS, from + 1000); doc++) {
        const [row] = await store.query(
          "insert into reuse_sources (kind, sha256, part, version, source_id, path, chars, origin, added_at) values ('document', ?, 0, 'bench', ?, ?, ?, ?, '') returning source_key",
          [`sha-${doc}`, `id-${doc}`, `units/${doc}.docx`, empty, empty],
        );
        await sources.insertFingerprints(Number(row!.source_key), { hashes: hashesOf(doc), positions });
      }
    });
    if (from % 10000 === 0) process.stderr.write(`\r${from} documents stored, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  await store.query('create index reuse_fingerprints_hash on reuse_fingerprints (hash)');
  await store.query('create index reuse_fingerprints_source on reuse_fingerprints (source_key)');
  process.stderr.write(`\rfilled and indexed in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

// A document tonight: one stored document's fingerprints (a copy) among fresh ones of its own.
const lookups: number[] = [];
const candidates: number[] = [];
for (let trial = 0; trial < 7; trial++) {
  const copiedFrom = Math.floor(DOCS / 7) * trial + 3;
  const own = hashesOf(DOCS + 1000 + trial);
  const tonight = new Set([...hashesOf(copiedFrom).subarray(0, PER_DOC / 2), ...own.subarray(0, PER_DOC / 2)]);
  let started = performance.now();
  const postings = await sources.postings(tonight);
  lookups.push(performance.now() - started);
  started = performance.now();
  const shared = new Map<number, number>();
  for (const keys of postings.values()) for (const k of keys) shared.set(k, (shared.get(k) ?? 0) + 1);
  const best = [...shared].sort((a, b) => b[1] - a[1])[0];
  candidates.push(performance.now() - started);
  if (!best || best[0] !== copiedFrom + 1) throw new Error(`the copied document ${copiedFrom} was not found (best ${best?.[0]})`);
}
const postingsCount = Number((await store.query('select count(*) as n from reuse_fingerprints'))[0]!.n);
await store.close();
const bytes = [DB, `${DB}-wal`].filter(existsSync).reduce((n, f) => n + statSync(f).size, 0);
console.log(`store index bench: ${DOCS} stored documents × ${PER_DOC} fingerprints = ${postingsCount} postings in ${DB} (${(bytes / 1e9).toFixed(2)} GB)`);
console.log(`one document's ${PER_DOC} fingerprints looked up: median ${median(lookups).toFixed(1)} ms (${((median(lookups) * 1000) / PER_DOC).toFixed(1)} µs a fingerprint) over 7 documents; the copied source found every time`);
console.log(`counting shared fingerprints per candidate: median ${median(candidates).toFixed(2)} ms`);
if (process.argv.includes('--clean')) rmSync(DB, { force: true });

// Keeps reuse sources in the store: each document's and template page's reuse text (compressed), its winnowing
// fingerprints as an inverted index (reuse_fingerprints, indexed by hash), and the candidate search over them.
import { deflateSync, inflateSync } from 'node:zlib';
import type { ReuseInput } from '../reuse/detect.js';
import { DEFAULT_REUSE_PARAMS, type ReuseParams, type ReuseSourceInfo } from '../reuse/entry.js';
import type { ReuseText } from '../reuse/reuse-text.js';
import { kgramHashes } from '../reuse/rolling-hash.js';
import { winnow, type Fingerprints } from '../reuse/winnow.js';
import type { Row, SqlValue } from './connection.js';
import type { Store } from './store.js';

export type StoredSourceKind = 'document' | 'template';

/** Postings inserted per statement: 3 parameters each, well under both databases' parameter limits. */
const INSERT_CHUNK = 500;
/** Hashes looked up per statement. */
const LOOKUP_CHUNK = 500;

/** Reuse chars as UTF-16 bytes, and origin spans delta-coded (they mostly step by one), both deflated. */
export function encodeReuseText(text: ReuseText): { chars: Buffer; origin: Buffer } {
  const deltas = new Int32Array(text.origin.length);
  for (let i = 0; i < deltas.length; i++) deltas[i] = text.origin[i]! - (i > 0 ? text.origin[i - 1]! : 0);
  return {
    chars: deflateSync(Buffer.from(text.chars.buffer, text.chars.byteOffset, text.chars.byteLength), { level: 1 }),
    origin: deflateSync(Buffer.from(deltas.buffer, deltas.byteOffset, deltas.byteLength), { level: 1 }),
  };
}

export function decodeReuseText(chars: Uint8Array, origin: Uint8Array): ReuseText {
  const c = inflateSync(chars);
  const o = inflateSync(origin);
  const text: ReuseText = { chars: new Uint16Array(c.byteLength / 2), origin: new Int32Array(o.byteLength / 4) };
  new Uint8Array(text.chars.buffer).set(c);
  new Uint8Array(text.origin.buffer).set(o);
  for (let i = 1; i < text.origin.length; i++) text.origin[i]! += text.origin[i - 1]!;
  return text;
}

export function fingerprintsOf(text: ReuseText, params: ReuseParams = DEFAULT_REUSE_PARAMS): Fingerprints {
  return winnow(kgramHashes(text.chars, params.k), params.w);
}

/**
 * Indexes of `hashes` by hash, then index: a native sort of hash × count + index, when those numbers are exact
 * (fewer than 2^21 fingerprints), else a sort with a comparison function, slower.
 */
function hashOrder(hashes: Uint32Array): Uint32Array {
  const n = hashes.length;
  if (n >= 2 ** 21) return new Uint32Array(n).map((_, i) => i).sort((a, b) => hashes[a]! - hashes[b]! || a - b);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = hashes[i]! * n + i;
  keys.sort();
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = keys[i]! % n;
  return order;
}

const bytes = (v: unknown): Uint8Array => (v instanceof Uint8Array ? v : Buffer.from(v as ArrayBuffer));

export interface SourceIdentity {
  kind: StoredSourceKind;
  sha256: string;
  part: number;
  /** The analysis version the reuse text was made under. */
  version: string;
  /** The stored document it belongs to (documents only). */
  docKey: number | null;
}

/** One stored source as the candidate search sees it. */
export interface StoredSource {
  sourceKey: number;
  sha256: string;
  part: number;
}

export class ReuseSources {
  constructor(private readonly store: Store) {}

  /** The source key of a stored source, undefined when not kept. */
  async find(identity: Omit<SourceIdentity, 'docKey'>): Promise<number | undefined> {
    const [row] = await this.store.query('select source_key from reuse_sources where kind = ? and sha256 = ? and part = ? and version = ?', [
      identity.kind,
      identity.sha256,
      identity.part,
      identity.version,
    ]);
    return row ? Number(row.source_key) : undefined;
  }

  /** Keeps a source's reuse text and fingerprints once; a source already kept is left as it is. */
  async save(identity: SourceIdentity, input: ReuseInput): Promise<number> {
    return this.store.transaction(async () => {
      const existing = await this.find(identity);
      if (existing !== undefined) return existing;
      const { chars, origin } = encodeReuseText(input.text);
      const [row] = await this.store.query(
        `insert into reuse_sources (kind, sha256, part, version, doc_key, source_id, path, unit, original, chars, origin, added_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning source_key`,
        [
          identity.kind,
          identity.sha256,
          identity.part,
          identity.version,
          identity.docKey,
          input.info.id,
          input.info.path,
          input.info.unit,
          // A document's text of record is in `documents` already.
          identity.docKey === null ? input.original : null,
          chars,
          origin,
          new Date().toISOString(),
        ],
      );
      const sourceKey = Number(row!.source_key);
      await this.insertFingerprints(sourceKey, fingerprintsOf(input.text));
      return sourceKey;
    });
  }

  async insertFingerprints(sourceKey: number, fingerprints: Fingerprints): Promise<void> {
    const n = fingerprints.hashes.length;
    // In hash order: each insert into the hash index lands next to the last one, not at a random page (a third
    // less CPU for SQLite). The postings read back are the same sets, whatever order the rows went in.
    const { hashes, positions } = fingerprints;
    const order = hashOrder(hashes);
    for (let from = 0; from < n; from += INSERT_CHUNK) {
      const to = Math.min(n, from + INSERT_CHUNK);
      const params: SqlValue[] = [];
      for (let i = from; i < to; i++) params.push(hashes[order[i]!]!, sourceKey, positions[order[i]!]!);
      await this.store.query(`insert into reuse_fingerprints (hash, source_key, position) values ${'(?, ?, ?), '.repeat(to - from - 1)}(?, ?, ?)`, params);
    }
  }

  /** Reads stored sources back as reuse inputs of the given kind (no file is read, nothing normalized again). */
  async load(sourceKeys: number[], kind: ReuseSourceInfo['kind']): Promise<Map<number, ReuseInput>> {
    const loaded = new Map<number, ReuseInput>();
    for (let from = 0; from < sourceKeys.length; from += LOOKUP_CHUNK) {
      const keys = sourceKeys.slice(from, from + LOOKUP_CHUNK);
      const rows = await this.store.query(
        `select s.source_key, s.source_id, s.path, s.unit, coalesce(s.original, d.text) as original, s.chars, s.origin
         from reuse_sources s left join documents d on d.doc_key = s.doc_key where s.source_key in (${keys.map(() => '?').join(', ')})`,
        keys,
      );
      for (const row of rows) loaded.set(Number(row.source_key), inputOf(row, kind));
    }
    return loaded;
  }

  /**
   * The original texts of the sources with these ids (templates' pages, earlier documents), the latest kept of
   * each: what the reuse stage writes to sources/<id>.txt for the report.
   */
  async originals(sourceIds: string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (let from = 0; from < sourceIds.length; from += LOOKUP_CHUNK) {
      const ids = sourceIds.slice(from, from + LOOKUP_CHUNK);
      const rows = await this.store.query(
        `select s.source_id, coalesce(s.original, d.text) as original from reuse_sources s left join documents d on d.doc_key = s.doc_key
         where s.source_id in (${ids.map(() => '?').join(', ')}) order by s.source_key`,
        ids,
      );
      for (const row of rows) found.set(String(row.source_id), String(row.original ?? ''));
    }
    return found;
  }

  /** The kept pages of a template file, in page order. */
  async templatePages(sha256: string, version: string): Promise<{ sourceKey: number; part: number }[]> {
    const rows = await this.store.query("select source_key, part from reuse_sources where kind = 'template' and sha256 = ? and version = ? order by part", [sha256, version]);
    return rows.map((r) => ({ sourceKey: Number(r.source_key), part: Number(r.part) }));
  }

  /** Every stored document source, the latest kept for each content: the history candidates come from these. */
  async documentSources(): Promise<StoredSource[]> {
    const rows = await this.store.query("select source_key, sha256, part from reuse_sources where kind = 'document' order by source_key");
    const latest = new Map<string, StoredSource>();
    for (const row of rows) latest.set(`${row.sha256}#${row.part}`, { sourceKey: Number(row.source_key), sha256: String(row.sha256), part: Number(row.part) });
    return [...latest.values()];
  }

  /** The postings of these hashes: hash → source keys holding it (each key once). */
  async postings(hashes: Iterable<number>): Promise<Map<number, number[]>> {
    const all = [...hashes];
    const found = new Map<number, number[]>();
    for (let from = 0; from < all.length; from += LOOKUP_CHUNK) {
      const chunk = all.slice(from, from + LOOKUP_CHUNK);
      const rows = await this.store.query(`select distinct hash, source_key from reuse_fingerprints where hash in (${chunk.map(() => '?').join(', ')})`, chunk);
      for (const row of rows) {
        const hash = Number(row.hash);
        const list = found.get(hash);
        if (list) list.push(Number(row.source_key));
        else found.set(hash, [Number(row.source_key)]);
      }
    }
    return found;
  }
}

function inputOf(row: Row, kind: ReuseSourceInfo['kind']): ReuseInput {
  return {
    info: { id: String(row.source_id), path: String(row.path), kind, unit: row.unit === null || row.unit === undefined ? null : String(row.unit) },
    text: decodeReuseText(bytes(row.chars), bytes(row.origin)),
    original: String(row.original ?? ''),
  };
}

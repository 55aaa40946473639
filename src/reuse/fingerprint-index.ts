// Turns documents' winnowing fingerprints into an inverted index (fingerprint hash → document, position) that
// can be searched, counted and written to bytes for a store to keep.
//
// A database keeps the same postings as a table `reuse_fingerprints(hash INTEGER NOT NULL, document INTEGER NOT
// NULL, position INTEGER NOT NULL)` with an index on `hash` (document numbers map to document ids in a
// `reuse_documents` table); `toBytes`/`fromBytes` is the compact form of that table (12 bytes a posting).
import type { Fingerprints } from './winnow.js';

/** The postings of one hash: parallel views, documents ascending. */
export interface Postings {
  documents: Uint32Array;
  positions: Uint32Array;
}

/** A hash's documents inside the index's own array (see FingerprintIndex.lookupDocuments). */
export interface DocumentRange {
  all: Uint32Array;
  from: number;
  to: number;
}

export interface FingerprintIndex {
  /** Adds one document's fingerprints; documents are numbered densely by the caller, added in ascending order. */
  add(document: number, fingerprints: Fingerprints): void;
  lookup(hash: number): Postings;
  /**
   * The documents holding `hash` as `all[from]` to `all[to - 1]` (ascending): lookup without making views, for
   * loops over hundreds of thousands of hashes. `all` is valid until the next `add`.
   */
  lookupDocuments(hash: number): DocumentRange;
  /** How many distinct documents hold `hash`. */
  documentFrequency(hash: number): number;
  /** Calls `visit` once per distinct hash, in hash order, with its postings. */
  forEachHash(visit: (hash: number, postings: Postings) => void): void;
  readonly size: number;
}

const MAGIC = 0x49465357; // 'WSFI' little-endian
const VERSION = 1;

/** Sorted typed arrays searched by binary search: 12 bytes a posting, no per-entry objects. */
export class MemoryFingerprintIndex implements FingerprintIndex {
  private hashes = new Uint32Array(1024);
  private documents = new Uint32Array(1024);
  private positions = new Uint32Array(1024);
  private count = 0;
  private sorted = 0; // postings [0, sorted) are in hash order

  get size(): number {
    return this.count;
  }

  add(document: number, fingerprints: Fingerprints): void {
    const n = fingerprints.hashes.length;
    if (this.count + n > this.hashes.length) this.reserve(Math.max(this.hashes.length * 2, this.count + n));
    this.hashes.set(fingerprints.hashes, this.count);
    this.positions.set(fingerprints.positions, this.count);
    this.documents.fill(document, this.count, this.count + n);
    this.count += n;
  }

  lookup(hash: number): Postings {
    this.seal();
    const [lo, hi] = this.range(hash);
    return { documents: this.documents.subarray(lo, hi), positions: this.positions.subarray(lo, hi) };
  }

  lookupDocuments(hash: number): DocumentRange {
    this.seal();
    const [from, to] = this.range(hash);
    return { all: this.documents, from, to };
  }

  documentFrequency(hash: number): number {
    this.seal();
    const [lo, hi] = this.range(hash);
    let distinct = 0;
    for (let i = lo; i < hi; i++) if (i === lo || this.documents[i] !== this.documents[i - 1]) distinct++;
    return distinct;
  }

  forEachHash(visit: (hash: number, postings: Postings) => void): void {
    this.seal();
    for (let lo = 0; lo < this.count; ) {
      let hi = lo + 1;
      while (hi < this.count && this.hashes[hi] === this.hashes[lo]) hi++;
      visit(this.hashes[lo]!, { documents: this.documents.subarray(lo, hi), positions: this.positions.subarray(lo, hi) });
      lo = hi;
    }
  }

  toBytes(): Uint8Array {
    this.seal();
    const out = new Uint32Array(3 + 3 * this.count);
    out[0] = MAGIC;
    out[1] = VERSION;
    out[2] = this.count;
    out.set(this.hashes.subarray(0, this.count), 3);
    out.set(this.documents.subarray(0, this.count), 3 + this.count);
    out.set(this.positions.subarray(0, this.count), 3 + 2 * this.count);
    return new Uint8Array(out.buffer);
  }

  static fromBytes(bytes: Uint8Array): MemoryFingerprintIndex {
    const words = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    if (words[0] !== MAGIC || words[1] !== VERSION) throw new Error('not a wenshen fingerprint index (bad magic or version)');
    const count = words[2]!;
    if (words.length !== 3 + 3 * count) throw new Error(`fingerprint index truncated: ${words.length} words for ${count} postings`);
    const index = new MemoryFingerprintIndex();
    index.hashes = words.slice(3, 3 + count);
    index.documents = words.slice(3 + count, 3 + 2 * count);
    index.positions = words.slice(3 + 2 * count, 3 + 3 * count);
    index.count = index.sorted = count;
    return index;
  }

  private reserve(capacity: number): void {
    const grow = (a: Uint32Array) => {
      const b = new Uint32Array(capacity);
      b.set(a.subarray(0, this.count));
      return b;
    };
    this.hashes = grow(this.hashes);
    this.documents = grow(this.documents);
    this.positions = grow(this.positions);
  }

  private range(hash: number): [number, number] {
    const h = hash >>> 0;
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.hashes[mid]! < h) lo = mid + 1;
      else hi = mid;
    }
    // The end by binary search too: a phrase every document repeats has tens of thousands of postings.
    let end = lo;
    hi = this.count;
    while (end < hi) {
      const mid = (end + hi) >>> 1;
      if (this.hashes[mid]! <= h) end = mid + 1;
      else hi = mid;
    }
    return [lo, end];
  }

  /** Sorts by hash with a stable two-pass radix sort, so each hash's postings keep document order. */
  private seal(): void {
    if (this.sorted === this.count) return;
    const n = this.count;
    let perm = new Uint32Array(n);
    let next = new Uint32Array(n);
    for (let i = 0; i < n; i++) perm[i] = i;
    const keys = this.hashes;
    for (const shift of [0, 16]) {
      const counts = new Uint32Array(65537);
      for (let i = 0; i < n; i++) counts[((keys[perm[i]!]! >>> shift) & 0xffff) + 1]!++;
      for (let b = 1; b <= 65536; b++) counts[b]! += counts[b - 1]!;
      for (let i = 0; i < n; i++) {
        const p = perm[i]!;
        next[counts[(keys[p]! >>> shift) & 0xffff]!++] = p;
      }
      [perm, next] = [next, perm];
    }
    const apply = (a: Uint32Array) => {
      const b = new Uint32Array(Math.max(n, 1024));
      for (let i = 0; i < n; i++) b[i] = a[perm[i]!]!;
      return b;
    };
    this.hashes = apply(this.hashes);
    this.documents = apply(this.documents);
    this.positions = apply(this.positions);
    this.sorted = n;
  }
}

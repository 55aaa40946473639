// Turns k-gram hashes into winnowing fingerprints (Schleimer, Wilkerson, Aiken 2003): the minimum of every
// window of w consecutive hashes, the rightmost on ties, each selected position once. Any run of at least
// k + w - 1 characters shared by two texts yields at least one fingerprint they share, at the same k-gram.

export interface Fingerprints {
  /** Fingerprint hashes in position order. */
  hashes: Uint32Array;
  /** Start of each fingerprint's k-gram in the reuse text. */
  positions: Uint32Array;
}

export function winnow(hashes: Uint32Array, w: number): Fingerprints {
  const n = hashes.length;
  if (n === 0) return { hashes: new Uint32Array(0), positions: new Uint32Array(0) };
  if (n < w) {
    // A text shorter than one window still gets its minimum, so short documents are indexed too.
    let best = 0;
    for (let i = 1; i < n; i++) if (hashes[i]! <= hashes[best]!) best = i;
    return { hashes: Uint32Array.of(hashes[best]!), positions: Uint32Array.of(best) };
  }
  // Monotone deque of positions whose hashes increase strictly from front to back: the front is the window's
  // rightmost minimum.
  const deque = new Uint32Array(n);
  let head = 0;
  let tail = 0;
  const outHashes = new Uint32Array(Math.ceil((2 * n) / (w + 1)) + w + 1);
  const outPositions = new Uint32Array(outHashes.length);
  let count = 0;
  let last = -1;
  let out: Fingerprints = { hashes: outHashes, positions: outPositions };
  for (let i = 0; i < n; i++) {
    const h = hashes[i]!;
    while (tail > head && hashes[deque[tail - 1]!]! >= h) tail--;
    deque[tail++] = i;
    if (deque[head]! <= i - w) head++;
    if (i >= w - 1) {
      const selected = deque[head]!;
      if (selected !== last) {
        if (count === out.hashes.length) out = grow(out);
        out.hashes[count] = hashes[selected]!;
        out.positions[count] = selected;
        count++;
        last = selected;
      }
    }
  }
  return { hashes: out.hashes.slice(0, count), positions: out.positions.slice(0, count) };
}

function grow(fp: Fingerprints): Fingerprints {
  const hashes = new Uint32Array(fp.hashes.length * 2);
  const positions = new Uint32Array(fp.positions.length * 2);
  hashes.set(fp.hashes);
  positions.set(fp.positions);
  return { hashes, positions };
}

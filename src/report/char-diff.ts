// Turns two strings into the edits between them (Myers' O((N+M)D) diff over UTF-16 units), to show what was
// changed inside a copied passage.

export interface Edit {
  kind: 'same' | 'left' | 'right';
  /** Range in the left string (empty for `right`) and in the right string (empty for `left`). */
  left: { start: number; end: number };
  right: { start: number; end: number };
}

/** Edits turning `a` into `b`, or null when they differ in more than `maxEdits` characters (no longer a copy). */
export function charDiff(a: string, b: string, maxEdits = 2000): Edit[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a.charCodeAt(x) === b.charCodeAt(y)) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return null;
  // Walk the trace back from (n, m), one edit per step of d.
  const steps: { kind: Edit['kind']; x: number; y: number }[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const vd = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && vd[offset + k - 1]! < vd[offset + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = vd[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) steps.push({ kind: 'same', x: --x, y: --y });
    if (down) steps.push({ kind: 'right', x, y: --y });
    else steps.push({ kind: 'left', x: --x, y });
  }
  while (x > 0 && y > 0) steps.push({ kind: 'same', x: --x, y: --y });
  steps.reverse();
  const edits: Edit[] = [];
  for (const s of steps) {
    const last = edits[edits.length - 1];
    const dx = s.kind === 'right' ? 0 : 1;
    const dy = s.kind === 'left' ? 0 : 1;
    if (last && last.kind === s.kind) {
      last.left.end += dx;
      last.right.end += dy;
    } else {
      edits.push({ kind: s.kind, left: { start: s.x, end: s.x + dx }, right: { start: s.y, end: s.y + dy } });
    }
  }
  return edits;
}

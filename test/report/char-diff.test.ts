import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charDiff, type Edit } from '../../src/report/char-diff.js';

function rebuild(a: string, b: string, edits: Edit[]) {
  let left = '';
  let right = '';
  for (const e of edits) {
    left += a.slice(e.left.start, e.left.end);
    right += b.slice(e.right.start, e.right.end);
    if (e.kind === 'same') expect(a.slice(e.left.start, e.left.end)).toBe(b.slice(e.right.start, e.right.end));
  }
  return { left, right };
}

describe('charDiff', () => {
  it('shows a swapped unit name and a changed number as edits', () => {
    const a = '局党委把文明单位创建作为一把手工程，全年活动56次';
    const b = '院党委把文明单位创建作为一把手工程，全年活动48次';
    const edits = charDiff(a, b)!;
    const changed = edits.filter((e) => e.kind !== 'same');
    expect(changed.map((e) => [e.kind, a.slice(e.left.start, e.left.end) || b.slice(e.right.start, e.right.end)])).toEqual([
      ['left', '局'], ['right', '院'], ['left', '56'], ['right', '48'],
    ]);
  });

  it('gives up past the edit limit', () => {
    expect(charDiff('甲'.repeat(50), '乙'.repeat(50), 10)).toBeNull();
    expect(charDiff('', '')).toEqual([]);
  });

  it('always rebuilds both sides (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('文', '明', 'a', '1'), maxLength: 30 }), fc.string({ unit: fc.constantFrom('文', '明', 'a', '1'), maxLength: 30 }), (a, b) => {
        const edits = charDiff(a, b)!;
        expect(rebuild(a, b, edits)).toEqual({ left: a, right: b });
      }),
    );
  });
});

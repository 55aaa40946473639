// Removes the spaces that PDF layout and OCR put into Chinese text ("2023 年", "文 明"), and line indents,
// while keeping real spaces between Latin words and inside numbers.
import { replaceMatches, type Replacement } from './rewrite.js';

const CJK = String.raw`\p{Script=Han}\u3000-\u303f\u2014\u2026\u201c\u201d\u2018\u2019\u00b7\uff01-\uff65`;

// A run of spaces with a CJK character or CJK punctuation on at least one side.
const SPACES_BY_CJK = new RegExp(String.raw`(?<=[${CJK}]) +| +(?=[${CJK}])`, 'gu');
const LINE_EDGE_SPACES = /^[ \t]+(?=\S)|(?<=\S)[ \t]+$|^ +$/gm;

export function spacingReplacements(text: string): Replacement[] {
  const edits = new Map<number, Replacement>();
  for (const pattern of [LINE_EDGE_SPACES, SPACES_BY_CJK]) {
    for (const r of replaceMatches(text, pattern, (m) => ({ start: m.index, end: m.index + m[0].length, text: '' }))) {
      edits.set(r.start, r);
    }
  }
  return mergeDeletions([...edits.values()]);
}

/** Overlapping deletions (an indent that is also before a CJK character) become one. */
function mergeDeletions(deletions: Replacement[]): Replacement[] {
  deletions.sort((a, b) => a.start - b.start);
  const out: Replacement[] = [];
  for (const d of deletions) {
    const last = out[out.length - 1];
    if (last && d.start <= last.end) last.end = Math.max(last.end, d.end);
    else out.push({ ...d });
  }
  return out;
}

/** The text without spaces next to CJK characters; readers of PDF and OCR output use it on their own lines. */
export function stripCjkSpaces(text: string): string {
  return text.replace(SPACES_BY_CJK, '');
}

// Finds a table of contents (目录/提纲 then numbered entry lines) so that neither it nor its entries give a title or unit.
import { labelOf, type LineInfo } from './headings.js';
import { loadStructureData } from './metadata.js';

/** A table of contents opens among a text's first lines. */
const CONTENTS_WITHIN = 10;
/** An entry is a short numbered line without a sentence end; a line of dots or an ellipsis may close the list. */
const MAX_ENTRY = 40;
const DOTS = /^[…。.·\s]+$/u;

/**
 * The indices of the lines of a table of contents: the marker line (目录, 目录/提纲:……) and the numbered entries after
 * it, up to the first line that is no entry (the report's title, or prose). Empty when the text opens with none.
 */
export function contentsLines(text: string, lines: LineInfo[]): Set<number> {
  const marker = loadStructureData().contentsMarker;
  const found = new Set<number>();
  const first = lines.slice(0, CONTENTS_WITHIN).findIndex((l) => marker.test(text.slice(l.start, l.end).trim()));
  if (first < 0) return found;
  found.add(first);
  for (let i = first + 1; i < lines.length; i++) {
    const line = text.slice(lines[i]!.start, lines[i]!.end).trim();
    if (line === '' || DOTS.test(line)) {
      found.add(i);
      continue;
    }
    const entry = line.length <= MAX_ENTRY && !/[。；;]/u.test(line) && labelOf(line) !== null;
    if (!entry) break;
    found.add(i);
  }
  // A marker with no entry after it is a word of the text, not a table.
  return found.size > 1 ? found : new Set();
}

// Joins lines a web page hard-wrapped mid-sentence, with a stand-in character that keeps offsets unchanged.
import { HEADING_LABEL } from '../heading-label.js';

/**
 * Reports copied from web pages are often hard-wrapped mid-sentence; such a line break (no sentence end before
 * it, no heading after it) is read as a continuation. The stand-in keeps offsets unchanged.
 */
export const WRAP_JOINER = '\u2060';
const HEADING = new RegExp(String.raw`^\s*${HEADING_LABEL}`, 'u');

/** A first line this short may be the page's headline. */
const HEADLINE = 40;

/** A short line opening with a year is an item of a dated list (2023年　市级“五好”村党组织), not a wrapped sentence. */
const SHORT_DATED_LINE = /^\s*(?:19|20)\d{2}年.{0,30}$/u;

/** How many lines a page's headline may take. */
const TITLE_BLOCK = 3;

/** The index of the first line after the page's opening run of short lines that end no sentence. */
function titleBlockEnd(lines: string[]): number {
  let words = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    if (++words > TITLE_BLOCK || line.length > HEADLINE || /[。！？!?；;]$/u.test(line)) return i;
  }
  return lines.length;
}

export function joinHardWraps(text: string): string {
  const lines = text.split('\n');
  // Lines before this one are all blank only up to the first line with words (found once: a long text has many).
  const firstWords = lines.findIndex((l) => l.trim() !== '');
  const allBlankBefore = (i: number) => firstWords < 0 || i <= firstWords;
  // A headline may take two or three short lines (the unit on one, 喜获…称号 on the next): the page's opening lines up
  // to the first long one or one ending a sentence, at most TITLE_BLOCK of them.
  const block = titleBlockEnd(lines);
  return lines
    .map((line, i) => {
      const next = lines[i + 1];
      // A short line is a title or heading; a line ending a sentence is no wrap.
      // A line ending in a title word (…荣誉称号) is a whole statement, as in pages of one short line each.
      // A table row (cells split by tabs) is never a wrap, nor a line ending in brackets (…先进单位(2020年)) or one
      // before a line opening with a year, or a short one opening with a year: lines of a list.
      // The page's first line shorter than the one after it is its headline: hard-wrapped lines share one width.
      const headline = (allBlankBefore(i) || i < block) && next !== undefined && line.trim().length < next.trim().length && line.trim().length <= HEADLINE;
      const wrapped = next !== undefined && !headline && line.length >= 15 && !line.includes('\t') && !next.includes('\t') && !/(?:[。！？!?；;：:”…)）]|称号|殊荣)\s*$/u.test(line) && !/^\s*(?:19|20)\d{2}年/u.test(next) && !SHORT_DATED_LINE.test(line) && !HEADING.test(line) && !HEADING.test(next) && next.trim() !== '';
      return wrapped ? line + WRAP_JOINER : line + (i < lines.length - 1 ? '\n' : '');
    })
    .join('');
}

// Reads a global pattern over a stretch of text: its matches as spans of the whole text, or whether it holds one,
// leaving the pattern's lastIndex as it found it for the next reader.

/** The matches of a global pattern in text[from, to), as offsets into the text. */
export function matchesIn(pattern: RegExp, text: string, from: number, to: number): { start: number; end: number }[] {
  const slice = text.slice(from, to);
  const out: { start: number; end: number }[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    out.push({ start: from + m.index, end: from + m.index + m[0].length });
    if (m[0].length === 0) pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return out;
}

/** Whether a pattern, global or not, matches somewhere in `text`. */
export function holds(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

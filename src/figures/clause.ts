// The one definition of where a clause and a sentence break in normalized text (NFKC turns ，；into , ;), and
// where a clause starts.

/** Characters that end a clause inside a sentence. */
export const CLAUSE_BREAK_CHARS = '，,；;';
/** Any clause or sentence break, or a line end. */
export const CLAUSE_OR_SENTENCE_BREAK = /[，,；;。！？!?\n]/;
/** The characters of CLAUSE_OR_SENTENCE_BREAK, to test one character at a time. */
export const CLAUSE_OR_SENTENCE_BREAK_CHARS = '，,；;。！？!?\n';
export const CLAUSE_BREAKS = /[，,；;]/g;
/** A clause break, to test or search for one. */
export const CLAUSE_BREAK = /[，,；;]/u;
/** A sentence break or a line end. */
export const SENTENCE_BREAK = /[。！？!?\n]/u;
/** Characters that end a sentence. */
export const SENTENCE_END_CHARS = '。！？!?';
/** Quote marks that open and close a quoted name or slogan inside a clause (“四个100”, 「一窗受理」). */
export const OPEN_QUOTES = '“"「『';
export const CLOSE_QUOTES = '”"」』';

/** Where the last of any of `chars` stands in `s`, or -1. */
export function lastIndexOfAny(s: string, chars: Iterable<string>): number {
  let at = -1;
  for (const c of chars) at = Math.max(at, s.lastIndexOf(c));
  return at;
}

/** A table of the UTF-16 code units of `chars`, to test a character by its code without making a string of it. */
function codeSet(chars: string): Uint8Array {
  const set = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) set[chars.charCodeAt(i)] = 1;
  return set;
}
// Walking back and forth by character code: clauseStart and clauseEnd run for every figure and cue, and a string
// per character made them a few percent of the figure stage.
const ENDS_CLAUSE_OR_SENTENCE = codeSet(CLAUSE_OR_SENTENCE_BREAK_CHARS);
const STARTS_CLAUSE = codeSet(`${CLAUSE_BREAK_CHARS}\n`);

/** Where the clause from `at` on ends: its clause or sentence break, or a line end; no later than `ceiling` or the text's end. */
export function clauseEnd(text: string, at: number, ceiling = text.length): number {
  const stop = Math.min(ceiling, text.length);
  let i = at;
  while (i < stop && ENDS_CLAUSE_OR_SENTENCE[text.charCodeAt(i)] === 0) i++;
  return i;
}

/** Where the clause holding `at` starts, no earlier than `floor`. */
export function clauseStart(text: string, at: number, floor = 0): number {
  let i = at;
  while (i > floor && STARTS_CLAUSE[text.charCodeAt(i - 1)] === 0) i--;
  return i;
}

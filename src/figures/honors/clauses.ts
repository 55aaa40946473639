// Finds where clauses and sentences start and end in a report's text, quotation marks respected.
import { CLAUSE_BREAK, QUOTES } from './patterns.js';

export const QUOTED = new RegExp(`[${QUOTES}][^${QUOTES}]*[${QUOTES}]`, 'gu');
export const ANY_QUOTE = new RegExp(`[${QUOTES}]`, 'u');
export const ALL_QUOTES = new RegExp(`[${QUOTES}]`, 'gu');
export const EDGE_QUOTES = new RegExp(`^[${QUOTES}]|[${QUOTES}]$`, 'gu');
export const openQuote = (c: string) => c === '“' || c === '「' || c === '《' || c === '『';
export const closeQuote = (c: string) => c === '”' || c === '」' || c === '》' || c === '』';

/** Where the clause holding `at` starts; commas inside quotation marks do not end a clause. */
export function clauseStartBefore(text: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i]!;
    if (closeQuote(c)) depth = 1;
    else if (openQuote(c)) depth = 0;
    // CLAUSE_BREAK spells the line break as a pattern escape (\\n), so the character itself is named here.
    else if (c === '\n' || (depth === 0 && CLAUSE_BREAK.includes(c))) return i + 1;
  }
  return 0;
}

/** Where the sentence holding `at` starts; scans back only over that sentence (lastIndexOf of a mark the text lacks would scan it all). */
export function sentenceStartBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && !SENTENCE_END.has(text[i - 1]!)) i--;
  return i;
}
// Normalized text holds only the half-width ! and ?; the full-width ones stand for honors read from raw text.
const SENTENCE_END = new Set(['。', '\n', '!', '?', '！', '？']);

/** Whether a clause's mark ends its sentence ('' is the text's end). */
export const endsSentence = (mark: string): boolean => mark === '' || SENTENCE_END.has(mark);

/** Where the sentence holding `at` ends (at its mark, or the text's end). */
export function sentenceEndAfter(text: string, at: number): number {
  let i = at;
  while (i < text.length && !SENTENCE_END.has(text[i]!)) i++;
  return i;
}

export interface Clause {
  start: number;
  end: number;
  /** The mark that ends it ('' at the end of the text). */
  mark: string;
}

/** What each character is to clausesOf: 0 nothing, 1 a clause end, 2 an opening quote, 3 a closing quote, 4 ". */
const CLAUSE_MARK_KIND = (() => {
  const kinds = new Uint8Array(0x10000);
  for (const c of ',，。;；!?！？…\n:：') kinds[c.charCodeAt(0)] = 1;
  for (const c of '“「《『') kinds[c.charCodeAt(0)] = 2;
  for (const c of '”」》』') kinds[c.charCodeAt(0)] = 3;
  kinds['"'.charCodeAt(0)] = 4;
  return kinds;
})();

/** The clauses of a text, split at clause breaks and colons outside quotation marks; a line break ends any quote. */
export function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = CLAUSE_MARK_KIND[text.charCodeAt(i)]!;
    if (kind === 0) continue;
    if (kind === 2) depth = 1;
    else if (kind === 3) depth = 0;
    else if (kind === 4) depth = depth > 0 ? 0 : 1;
    else if (text[i] === '\n') depth = 0;
    if (kind !== 1 || depth > 0) continue;
    out.push({ start, end: i, mark: text[i]! });
    start = i + 1;
  }
  out.push({ start, end: text.length, mark: '' });
  return out;
}

// Turns the curated list of formulaic official phrases into a mask over a reuse text: the characters that are
// formula, never evidence of copying on their own.
import { DictionaryError, loadWordList } from '../dictionary/index.js';
import { normalize } from '../normalize/index.js';
import { reuseTextOf, type ReuseText } from './reuse-text.js';

export const FORMULAIC_FILE = 'reuse/formulaic-phrases.txt';
const MIN_PART = 3;

/** Each phrase as the reuse-text parts it matches, longest first. */
export interface FormulaicPhrases {
  parts: Uint16Array[];
}

function reuseChars(text: string): Uint16Array {
  const normalized = normalize(text);
  return reuseTextOf(normalized).chars;
}

export function loadFormulaicPhrases(file = FORMULAIC_FILE): FormulaicPhrases {
  const seen = new Map<string, number>();
  const parts: Uint16Array[] = [];
  for (const entry of loadWordList(file)) {
    const pieces = entry.text.split('…').map(reuseChars);
    if (!pieces.some((chars) => chars.length >= MIN_PART)) {
      throw new DictionaryError(`${file}:${entry.line}: "${entry.text}" has no part of at least ${MIN_PART} characters after normalization`);
    }
    // A short part around … (the 在 of 在…的正确领导下) would mask every 在: only the long parts are matched.
    for (const chars of pieces.filter((c) => c.length >= MIN_PART)) {
      const key = String.fromCharCode(...chars);
      const previous = seen.get(key);
      if (previous !== undefined && !entry.text.includes('…')) throw new DictionaryError(`${file}:${entry.line}: "${entry.text}" repeats line ${previous}`);
      if (previous === undefined) {
        seen.set(key, entry.line);
        parts.push(chars);
      }
    }
  }
  parts.sort((a, b) => b.length - a.length);
  return { parts };
}

/** 1 where a character belongs to a formulaic phrase. */
export function formulaicMask(text: ReuseText, phrases: FormulaicPhrases): Uint8Array {
  const mask = new Uint8Array(text.chars.length);
  const chars = text.chars;
  // Index phrase parts by their first character so each position tries only the parts that can start there.
  const byFirst = new Map<number, Uint16Array[]>();
  for (const part of phrases.parts) {
    const list = byFirst.get(part[0]!) ?? [];
    list.push(part);
    byFirst.set(part[0]!, list);
  }
  for (let i = 0; i < chars.length; i++) {
    const candidates = byFirst.get(chars[i]!);
    if (!candidates) continue;
    for (const part of candidates) {
      if (i + part.length > chars.length) continue;
      let j = 1;
      while (j < part.length && chars[i + j] === part[j]) j++;
      if (j === part.length) {
        mask.fill(1, i, i + part.length);
        break;
      }
    }
  }
  return mask;
}

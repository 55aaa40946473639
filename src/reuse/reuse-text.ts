// Turns a normalized text into the text reuse is detected on: Han characters, letters and digits only, every
// digit run and template blank masked to one placeholder, with each kept character's span in the original.
import type { OffsetMap } from '../normalize/index.js';

/** The placeholder a digit run, a year or a template blank (XX, ××, 某某) becomes: edits to them are not evidence. */
export const NUMBER_MARK = 0x23; // '#'

/**
 * Reuse text: `chars[i]` is a UTF-16 code unit; `origin[2i]..origin[2i+1]` is the original span it stands for.
 * A masked run stands for the whole run.
 */
export interface ReuseText {
  chars: Uint16Array;
  origin: Int32Array;
}

function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xd800 && code <= 0xdfff);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

// Chinese digits count as a number only in a run holding 〇 (二〇一九年): 十九大, 三个代表 stay words.
const CHINESE_DIGITS = new Set([...'〇零一二三四五六七八九'].map((c) => c.charCodeAt(0)));
const ZERO = 0x3007;
const BLANK = new Set([0x78, 0x58, 0xd7]); // x X ×
const MOU = 0x67d0; // 某

/** Where a masked run starts in `text` at `i`, and how long it is; 0 when none starts there. */
function maskedRunLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (isDigit(code)) {
    let j = i + 1;
    // 98.5 and 1,203 are one number: a separator between digits stays inside the run.
    while (j < text.length && (isDigit(text.charCodeAt(j)) || ((text[j] === '.' || text[j] === ',') && isDigit(text.charCodeAt(j + 1))))) j++;
    return j - i;
  }
  if (CHINESE_DIGITS.has(code)) {
    let j = i;
    let zero = false;
    for (; j < text.length && CHINESE_DIGITS.has(text.charCodeAt(j)); j++) if (text.charCodeAt(j) === ZERO) zero = true;
    return zero && j - i >= 2 ? j - i : 0;
  }
  if (BLANK.has(code)) {
    let j = i;
    while (j < text.length && BLANK.has(text.charCodeAt(j))) j++;
    return j - i >= 2 && !isLetter(text.charCodeAt(j)) && !isLetter(text.charCodeAt(i - 1)) ? j - i : 0;
  }
  if (code === MOU && text.charCodeAt(i + 1) === MOU) return 2;
  return 0;
}

export function reuseTextOf(normalized: { text: string; map: OffsetMap }): ReuseText {
  const { text, map } = normalized;
  const chars = new Uint16Array(text.length);
  const origin = new Int32Array(text.length * 2);
  let n = 0;
  const emit = (code: number, from: number, to: number) => {
    // Masks with only dropped characters between them read as one: 2019-2020 and 2021 match.
    if (code === NUMBER_MARK && n > 0 && chars[n - 1] === NUMBER_MARK) {
      origin[2 * n - 1] = map.endOf(to - 1);
      return;
    }
    chars[n] = code;
    origin[2 * n] = map.startOf(from);
    origin[2 * n + 1] = map.endOf(to - 1);
    n++;
  };
  for (let i = 0; i < text.length; ) {
    const masked = maskedRunLength(text, i);
    if (masked > 0) {
      emit(NUMBER_MARK, i, i + masked);
      i += masked;
      continue;
    }
    const code = text.charCodeAt(i);
    if (isHan(code)) emit(code, i, i + 1);
    else if (isLetter(code)) emit(code | 0x20, i, i + 1);
    i++;
  }
  return { chars: chars.slice(0, n), origin: origin.slice(0, 2 * n) };
}

/** The original span reuse chars `[start, end)` stand for. */
export function originalSpan(text: ReuseText, start: number, end: number): { start: number; end: number } {
  return { start: text.origin[2 * start]!, end: text.origin[2 * (end - 1) + 1]! };
}

const decoder = new TextDecoder('utf-16le');

/** The reuse chars `[start, end)` as a string (for tests and messages). */
export function reuseString(text: ReuseText, start = 0, end = text.chars.length): string {
  const part = text.chars.subarray(start, end);
  return decoder.decode(new Uint8Array(part.buffer, part.byteOffset, part.byteLength));
}

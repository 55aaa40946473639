// Rewrites single characters to their plain forms: full-width to half-width, enclosed numerals to digits,
// radicals to ideographs, odd spaces to spaces, a stray Cyrillic Р (a pilcrow some sites print) to a line break, and
// drops zero-width characters.
import type { Replacement } from './rewrite.js';

const CHINESE_DIGITS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const DELETED = new Set([0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff, 0x00ad]);

function isOddSpace(code: number): boolean {
  return code === 0x00a0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
}

/**
 * Enclosed numerals become bracketed forms rather than bare digits: `①30人` must not read as `130人`.
 * `⒈` keeps its full stop, as a list label does.
 */
function enclosedNumeral(code: number): string | null {
  const inRange = (from: number, to: number) => code >= from && code <= to;
  if (inRange(0x2460, 0x2473)) return `(${code - 0x2460 + 1})`; // ①–⑳
  if (inRange(0x2474, 0x2487)) return `(${code - 0x2474 + 1})`; // ⑴–⒇
  if (inRange(0x2488, 0x249b)) return `${code - 0x2488 + 1}.`; // ⒈–⒛
  if (inRange(0x24f5, 0x24fe)) return `(${code - 0x24f5 + 1})`; // ⓵–⓾
  if (inRange(0x2776, 0x277f)) return `(${code - 0x2776 + 1})`; // ❶–❿
  if (inRange(0x2780, 0x2789)) return `(${code - 0x2780 + 1})`; // ➀–➉
  if (inRange(0x278a, 0x2793)) return `(${code - 0x278a + 1})`; // ➊–➓
  if (inRange(0x3220, 0x3229)) return `(${CHINESE_DIGITS[code - 0x3220]})`; // ㈠–㈩
  if (inRange(0x3280, 0x3289)) return `(${CHINESE_DIGITS[code - 0x3280]})`; // ㊀–㊉
  return null;
}

/** PDF fonts often map hanzi to Kangxi radicals or compatibility ideographs (`⼀` for `一`); NFKC undoes that. */
function ideographVariant(char: string, code: number): string | null {
  const radical = (code >= 0x2e80 && code <= 0x2fdf) || (code >= 0xf900 && code <= 0xfaff);
  if (!radical) return null;
  const plain = char.normalize('NFKC');
  return plain !== char && [...plain].length === 1 ? plain : null;
}

/**
 * Document-sharing sites print Word's paragraph mark ¶ as the Cyrillic letter Р (`…活动。Р  1、组织…`): outside
 * Cyrillic words it is a paragraph break.
 */
function paragraphMark(text: string, i: number): string | null {
  const cyrillic = /[\u0400-\u04ff]/u;
  return cyrillic.test(text[i - 1] ?? '') || cyrillic.test(text[i + 1] ?? '') ? null : '\n';
}

// Every character any rule below may rewrite; the scan visits only these.
const CANDIDATES =
  /[\u0420\u00a0\u00ad\u2000-\u200f\u202f\u205f\u2060\u2460-\u24ff\u2776-\u2793\u2e80-\u2fdf\u3000\u3220-\u3229\u3280-\u3289\uf900-\ufaff\ufeff\uff01-\uff5e]/g;

export function characterReplacements(text: string): Replacement[] {
  const out: Replacement[] = [];
  CANDIDATES.lastIndex = 0;
  for (let m = CANDIDATES.exec(text); m; m = CANDIDATES.exec(text)) {
    const i = m.index;
    const code = text.charCodeAt(i);
    const char = m[0];
    let replacement: string | null = null;
    if (DELETED.has(code)) replacement = '';
    else if (code === 0x0420) replacement = paragraphMark(text, i);
    else if (isOddSpace(code)) replacement = ' ';
    else if (code >= 0xff01 && code <= 0xff5e) replacement = String.fromCharCode(code - 0xfee0);
    else replacement = enclosedNumeral(code) ?? ideographVariant(char, code);
    if (replacement !== null) out.push({ start: i, end: i + 1, text: replacement });
  }
  return out;
}

// Decodes the bytes of a text file: BOM, then strict UTF-8, then GB18030 or Big5, whichever reads as Chinese.
import { DictionaryError, loadWordList } from '../dictionary/index.js';
import { loadOpenCC } from '../normalize/chinese-script.js';
import { IngestError } from './errors.js';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';
  /** What was repaired while decoding (a last character cut in half). */
  warnings?: string[];
}

/** Where a UTF-8 sequence cut short by the end of the file starts, or -1 when the end is whole. */
function cutUtf8Tail(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: keep looking for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? bytes.length - back : -1;
  }
  return -1;
}

let commonChars: string | undefined;
let commonSets: { simplified: Set<string>; traditional: Set<string> } | undefined;

/** Reads the common-character list; the sets built from it wait for the first file whose encoding is in doubt. */
export function loadCommonCharacters(): string {
  commonChars ??= loadWordList('common-hanzi.txt').map((entry) => entry.text).join('');
  return commonChars;
}

export const COMMON_TRADITIONAL_FILE = 'common-hanzi-traditional.txt';

/**
 * The common characters' traditional forms as OpenCC (cn → tw) writes them: what
 * dictionaries/common-hanzi-traditional.txt holds (scripts/make-script-characters.ts writes it from here).
 */
export function commonTraditionalFromOpenCC(): string {
  return [...new Set(loadOpenCC().Converter({ from: 'cn', to: 'tw' })(loadCommonCharacters()))].join('');
}

/** Reads common-hanzi-traditional.txt: lines of Han characters. Building OpenCC's cn → tw converter takes a second. */
export function readCommonTraditional(nameOrPath = COMMON_TRADITIONAL_FILE): string {
  const lines = loadWordList(nameOrPath);
  for (const { line, text } of lines) {
    if (!/^\p{Script=Han}+$/u.test(text)) throw new DictionaryError(`${nameOrPath}:${line}: expected Han characters only, got \`${text.slice(0, 20)}\``);
  }
  return lines.map((l) => l.text).join('');
}

function commonCharacterSets() {
  commonSets ??= { simplified: new Set(loadCommonCharacters()), traditional: new Set(readCommonTraditional()) };
  return commonSets;
}

function decodeStrict(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of Han characters that are common ones; Big5 bytes read as GB18030 (or the reverse) score low. */
function commonShare(text: string, common: Set<string>): number {
  let han = 0;
  let hits = 0;
  for (const char of text) {
    if (/\p{Script=Han}/u.test(char)) {
      han++;
      if (common.has(char)) hits++;
    }
  }
  return han === 0 ? 0 : hits / han;
}

export function decodeText(bytes: Uint8Array, path: string): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  // A file cut in the middle of its last character (a truncated copy or upload): read the rest.
  const cut = cutUtf8Tail(bytes);
  const whole = cut > 0 ? decodeStrict(bytes.subarray(0, cut), 'utf-8') : null;
  if (whole !== null && /[^\x00-\x7f]/.test(whole)) {
    return { text: whole + '\ufffd', encoding: 'utf-8', warnings: [`the file ends in the middle of a character (${bytes.length - cut} of its bytes); it was replaced by \ufffd`] };
  }
  // Never the `gbk` decoder: it breaks GB18030's four-byte characters.
  const gb = decodeStrict(bytes, 'gb18030');
  const big5 = decodeStrict(bytes, 'big5');
  if (gb === null && big5 === null) {
    throw new IngestError('E_UNREADABLE', `${path} is in no encoding wenshen reads (UTF-8, UTF-16, GB18030, Big5); save it as UTF-8 and run again.`);
  }
  if (gb === null) return { text: big5!, encoding: 'big5' };
  if (big5 === null) return { text: gb, encoding: 'gb18030' };
  const { simplified, traditional } = commonCharacterSets();
  const gbScore = Math.max(commonShare(gb, simplified), commonShare(gb, traditional));
  const big5Score = Math.max(commonShare(big5, traditional), commonShare(big5, simplified));
  return big5Score > gbScore ? { text: big5, encoding: 'big5' } : { text: gb, encoding: 'gb18030' };
}

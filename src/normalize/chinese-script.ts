// Converts traditional characters to simplified ones (OpenCC, character variants only) and tells which
// script a text is written in.
import { createRequire } from 'node:module';
import type * as OpenCCModule from 'opencc-js';
import { DictionaryError, loadWordList } from '../dictionary/index.js';
import type { Replacement } from './rewrite.js';

// OpenCC (a megabyte of tables, most of a worker's start-up once built) loads only for a text with traditional
// characters; which characters those are comes from dictionaries/script-characters.txt.
let openCC: typeof OpenCCModule | undefined;
export const loadOpenCC = () => (openCC ??= createRequire(import.meta.url)('opencc-js') as typeof OpenCCModule);

// `t → cn` folds traditional characters and their variants (爲/為, 羣/群) but reverses no phrases: a phrase reversal
// (`twp`) maps 建立→创建 and 资料→数据 everywhere, corrupting mainland words. `tw → cn` is not used either: its
// variant table turns the simplified 显著 into 显着.
// Built at first use: building a converter costs a large part of a worker's start-up.
let simplify: ((text: string) => string) | undefined;
let traditionalize: ((text: string) => string) | undefined;
const toSimplified = (text: string) => (simplify ??= loadOpenCC().Converter({ from: 't', to: 'cn' }))(text);
const toTraditional = (text: string) => (traditionalize ??= loadOpenCC().Converter({ from: 'cn', to: 't' }))(text);

/** Per-unit replacements that turn `text` into simplified characters. */
export function simplifiedReplacements(text: string): Replacement[] {
  const converted = toSimplified(text);
  if (converted.length === text.length) return diffUnits(text, converted);
  // A phrase changed length: convert line by line, and character by character where a line still does.
  const out: Replacement[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineConverted = toSimplified(line);
    if (lineConverted.length === line.length) {
      for (const r of diffUnits(line, lineConverted)) out.push({ ...r, start: r.start + offset, end: r.end + offset });
    } else {
      let i = 0;
      for (const char of line) {
        const c = toSimplified(char);
        if (c !== char) out.push({ start: offset + i, end: offset + i + char.length, text: c });
        i += char.length;
      }
    }
    offset += line.length + 1;
  }
  return out;
}

function diffUnits(before: string, after: string): Replacement[] {
  const out: Replacement[] = [];
  for (let i = 0; i < before.length; i++) {
    if (before.charCodeAt(i) !== after.charCodeAt(i)) out.push({ start: i, end: i + 1, text: after[i]! });
  }
  return out;
}

export interface ScriptCounts {
  /** Characters that only traditional text uses (they change when simplified). */
  traditional: number;
  /** Characters that only simplified text uses (they change when made traditional). */
  simplified: number;
}

export interface ScriptSets {
  traditionalOnly: Set<string>;
  simplifiedOnly: Set<string>;
}

/**
 * The ideographs each script alone uses, as OpenCC sees them: every ideograph converted on its own line. This is
 * what dictionaries/script-characters.txt holds (scripts/make-script-characters.ts writes it from here).
 */
export function scriptSetsFromOpenCC(): ScriptSets {
  const all: string[] = [];
  for (let code = 0x3400; code <= 0x9fff; code++) if (code < 0x4dc0 || code >= 0x4e00) all.push(String.fromCharCode(code));
  const simplifiedForms = toSimplified(all.join('\n')).split('\n');
  const traditionalForms = toTraditional(all.join('\n')).split('\n');
  const sets: ScriptSets = { traditionalOnly: new Set(), simplifiedOnly: new Set() };
  all.forEach((char, i) => {
    if (simplifiedForms[i] !== char) sets.traditionalOnly.add(char);
    if (traditionalForms[i] !== char) sets.simplifiedOnly.add(char);
  });
  return sets;
}

export const SCRIPT_CHARACTERS_FILE = 'script-characters.txt';
const IDEOGRAPHS = /^[\u3400-\u4dbf\u4e00-\u9fff]+$/u;

/** Reads script-characters.txt: a `traditional` and a `simplified` line, each the script's own ideographs. */
export function readScriptSets(nameOrPath = SCRIPT_CHARACTERS_FILE): ScriptSets {
  const found = new Map<string, Set<string>>();
  for (const { line, text } of loadWordList(nameOrPath)) {
    const [key, chars = ''] = text.split(/\s+/, 2);
    if ((key !== 'traditional' && key !== 'simplified') || found.has(key)) {
      throw new DictionaryError(`${nameOrPath}:${line}: expected one \`traditional <characters>\` and one \`simplified <characters>\` line, got \`${text.slice(0, 20)}\``);
    }
    if (!IDEOGRAPHS.test(chars)) throw new DictionaryError(`${nameOrPath}:${line}: expected CJK ideographs (U+3400–U+9FFF) after \`${key}\``);
    found.set(key, new Set(chars));
  }
  const traditionalOnly = found.get('traditional');
  const simplifiedOnly = found.get('simplified');
  if (!traditionalOnly || !simplifiedOnly) throw new DictionaryError(`${nameOrPath}:1: missing the \`${traditionalOnly ? 'simplified' : 'traditional'}\` line`);
  return { traditionalOnly, simplifiedOnly };
}

let scriptSets: ScriptSets | undefined;

/** The ideographs each script alone uses (dictionaries/script-characters.txt), read once. */
export function loadScriptSets(): ScriptSets {
  return (scriptSets ??= readScriptSets());
}

export function countScriptCharacters(text: string): ScriptCounts {
  const { traditionalOnly, simplifiedOnly } = loadScriptSets();
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400) continue;
    const char = text[i]!;
    if (traditionalOnly.has(char)) traditional++;
    else if (simplifiedOnly.has(char)) simplified++;
  }
  return { traditional, simplified };
}

/** `simplified` / `traditional` when one script has over 90% of the script-specific characters, else `mixed`. */
export function classifyScript(counts: ScriptCounts): 'simplified' | 'traditional' | 'mixed' {
  const total = counts.traditional + counts.simplified;
  if (total < 5) return 'simplified';
  const share = counts.traditional / total;
  if (share >= 0.9) return 'traditional';
  if (share <= 0.1) return 'simplified';
  return 'mixed';
}

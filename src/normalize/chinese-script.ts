// Converts traditional characters to simplified ones (OpenCC, character variants only) and tells which
// script a text is written in.
import * as OpenCC from 'opencc-js';
import type { Replacement } from './rewrite.js';

// `t → cn` folds traditional characters and their variants (爲/為, 羣/群) but reverses no phrases: a phrase reversal
// (`twp`) maps 建立→创建 and 资料→数据 everywhere, corrupting mainland words. `tw → cn` is not used either: its
// variant table turns the simplified 显著 into 显着.
// Built at first use: building a converter costs a large part of a worker's start-up.
let simplify: ((text: string) => string) | undefined;
let traditionalize: ((text: string) => string) | undefined;
const toSimplified = (text: string) => (simplify ??= OpenCC.Converter({ from: 't', to: 'cn' }))(text);
const toTraditional = (text: string) => (traditionalize ??= OpenCC.Converter({ from: 'cn', to: 't' }))(text);

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

let scriptSets: { traditionalOnly: Set<string>; simplifiedOnly: Set<string> } | undefined;

/** The ideographs each script alone uses, found once by converting every ideograph on its own line. */
export function loadScriptSets() {
  if (!scriptSets) {
    const all: string[] = [];
    for (let code = 0x3400; code <= 0x9fff; code++) if (code < 0x4dc0 || code >= 0x4e00) all.push(String.fromCharCode(code));
    const simplifiedForms = toSimplified(all.join('\n')).split('\n');
    const traditionalForms = toTraditional(all.join('\n')).split('\n');
    scriptSets = { traditionalOnly: new Set(), simplifiedOnly: new Set() };
    all.forEach((char, i) => {
      if (simplifiedForms[i] !== char) scriptSets!.traditionalOnly.add(char);
      if (traditionalForms[i] !== char) scriptSets!.simplifiedOnly.add(char);
    });
  }
  return scriptSets;
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

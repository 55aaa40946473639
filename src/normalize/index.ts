// Turns the original extracted text into normalized text (simplified, half-width, mainland phrasing, no layout
// spaces) with an offset map back to the original, the detected script and site-residue findings.
import type { Evidence, Finding, Script, Span } from '../model/document.js';
import { characterReplacements } from './characters.js';
import { classifyScript, countScriptCharacters, simplifiedReplacements } from './chinese-script.js';
import { OffsetMap } from './offset-map.js';
import { rewrite, type Replacement } from './rewrite.js';
import { findSiteResidue, loadSiteResidueRules, pinyinAnnotationReplacements, type SiteResidueRules } from './site-residue.js';
import { spacingReplacements } from './spacing.js';
import {
  loadTaiwanPhraseRules,
  taiwanFingerprints,
  taiwanPhraseReplacements,
  type TaiwanPhraseRules,
} from './taiwan-phrases.js';

export { OffsetMap } from './offset-map.js';
export { loadScriptSets as loadScriptTables } from './chinese-script.js';
export { stripCjkSpaces } from './spacing.js';

export interface NormalizeOptions {
  /** Undo Taiwan phrasing: `auto` when the text shows enough fingerprints. @default 'auto' */
  taiwanPhrases?: 'auto' | 'on' | 'off';
}

export interface NormalizedText {
  text: string;
  /** Maps spans of `text` to spans of the original. */
  map: OffsetMap;
  script: Script;
  /** Whether Taiwan phrasing was rewritten, and which fingerprints decided it. */
  taiwanPhrased: boolean;
  fingerprints: string[];
  /** Original spans of lines that are template-site residue, not body text. */
  nonBody: Span[];
  findings: Finding[];
}

let rules: { taiwan: TaiwanPhraseRules; residue: SiteResidueRules } | undefined;

/** Loads and validates the normalization dictionaries; throws DictionaryError on a bad entry. */
export function loadNormalizeRules() {
  rules ??= { taiwan: loadTaiwanPhraseRules(), residue: loadSiteResidueRules() };
  return rules;
}

export function normalize(original: string, options: NormalizeOptions = {}): NormalizedText {
  const { taiwan, residue } = loadNormalizeRules();
  let text = original;
  let map = OffsetMap.identity(original.length);
  const step = (replacements: Replacement[]) => {
    if (replacements.length === 0) return;
    const next = rewrite(text, replacements);
    text = next.text;
    map = map.compose(next.map);
  };

  step(characterReplacements(text));
  step(pinyinAnnotationReplacements(text, residue));
  const counts = countScriptCharacters(text);
  const script = classifyScript(counts);
  if (counts.traditional > 0) step(simplifiedReplacements(text));
  const fingerprints = taiwanFingerprints(text, taiwan);
  const mode = options.taiwanPhrases ?? 'auto';
  const taiwanPhrased = mode === 'on' || (mode === 'auto' && fingerprints.length >= taiwan.minFingerprints);
  if (taiwanPhrased) step(taiwanPhraseReplacements(text, taiwan));
  step(spacingReplacements(text));

  const findings: Finding[] = [];
  const nonBody: Span[] = [];
  for (const line of findSiteResidue(text, residue)) {
    const words = originalEvidence(original, { map }, line.start, line.end);
    nonBody.push({ start: words.start, end: words.end });
    findings.push({
      ruleId: `normalize/site-residue/${line.id}`,
      severity: 'info',
      message: `Template-site residue (${line.note}); not counted as body text.`,
      ...words,
    });
  }
  return { text, map, script: taiwanPhrased ? 'taiwan-phrased' : script, taiwanPhrased, fingerprints, nonBody, findings };
}

/** The original words that normalized `[start, end)` came from: their span and exact text. */
export function originalEvidence(original: string, norm: Pick<NormalizedText, 'map'>, start: number, end: number): Evidence {
  const span = norm.map.toOriginal(start, end);
  // Written out: a spread that adds a key costs many times more, and the figure stage calls this for every figure.
  return { start: span.start, end: span.end, text: original.slice(span.start, span.end) };
}

/** Whether an original span touches a line marked as site residue. */
export function overlapsNonBody(norm: Pick<NormalizedText, 'nonBody'>, span: Span): boolean {
  // nonBody holds whole lines in text order, so a binary search finds the one line that can touch the span.
  const { nonBody } = norm;
  let low = 0;
  let high = nonBody.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (nonBody[mid]!.end <= span.start) low = mid + 1;
    else high = mid;
  }
  const first = nonBody[low];
  return first !== undefined && span.start < first.end && span.end > first.start;
}

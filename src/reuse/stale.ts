// Turns a report's text and period into stale-template tells, each a finding with its words: campaign terms
// used after their era (dictionaries/eras.yaml), and 今年 next to a year other than the report's.
import { loadYamlDictionary, type Zod } from '../dictionary/index.js';
import { oncePerFile } from '../dictionary/once-per-file.js';
import { escapeRegExp } from '../dictionary/word-pattern.js';
import type { Evidence, Finding } from '../model/document.js';
import { originalEvidence, type NormalizedText } from '../normalize/index.js';

const fileSchema = (z: Zod) =>
  z.strictObject({
    terms: z
      .array(
        z
          .strictObject({ term: z.string().min(2), from: z.number().int().min(1949).max(2100), until: z.number().int().min(1949).max(2100), grace: z.number().int().min(0).max(10).optional() })
          .refine((t) => t.from <= t.until, { message: '`from` must not be after `until`' }),
      )
      .min(1),
  });

interface EraTerm {
  term: string;
  pattern: RegExp;
  from: number;
  until: number;
  grace: number;
}

const QUOTES = /["“”‘’「」『』]/g;

const erasOnce = oncePerFile(readEras);

/** Loads and validates dictionaries/eras.yaml (or `file`) once per file. */
export function loadEras(file = 'eras.yaml'): EraTerm[] {
  return erasOnce(file);
}

function readEras(file: string): EraTerm[] {
  return loadYamlDictionary(file, fileSchema).terms.map((t) => {
    const chars = [...t.term.replace(QUOTES, '')].map(escapeRegExp);
    // Quote marks may stand anywhere or nowhere: "四五"普法, “四五”普法, 四五普法.
    const pattern = new RegExp(`["“”‘’「」『』]?${chars.join(`["“”‘’「」『』]?`)}["“”‘’「」『』]?`, 'gu');
    return { term: t.term, pattern, from: t.from, until: t.until, grace: t.grace ?? 1 };
  });
}

/** The year a report covers: the last four-digit year in its period (2022—2023学年度 → 2023). */
export function reportYear(period: Evidence | null): number | null {
  const years = period?.text.match(/(?:19|20)\d\d/g);
  return years ? Number(years[years.length - 1]) : null;
}

const THIS_YEAR = /今年|本年度/gu;
const YEAR = /(?<!\d)((?:19|20)\d\d)年(?!度?[—\-至到~]|以来|起)/gu;
const SENTENCE_END = /[。！？\n]/u;
const NEAR = 3; // 今年(2016年), 今年即2016年

export function staleFindings(original: string, norm: NormalizedText, period: Evidence | null, eras: EraTerm[]): Finding[] {
  const year = reportYear(period);
  if (year === null) return [];
  const findings: Finding[] = [];
  const text = norm.text;
  for (const era of eras) {
    if (year <= era.until + era.grace) continue;
    era.pattern.lastIndex = 0;
    for (let m = era.pattern.exec(text); m; m = era.pattern.exec(text)) {
      findings.push({
        ruleId: 'reuse/stale/era',
        severity: 'warning',
        message: `"${era.term}" belongs to ${era.from}–${era.until}, but this report covers ${year}: an old template?`,
        ...originalEvidence(original, norm, m.index, m.index + m[0].length),
      });
    }
  }
  THIS_YEAR.lastIndex = 0;
  for (let m = THIS_YEAR.exec(text); m; m = THIS_YEAR.exec(text)) {
    let start = m.index;
    while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
    let end = m.index;
    while (end < text.length && !SENTENCE_END.test(text[end]!)) end++;
    YEAR.lastIndex = 0;
    const sentence = text.slice(start, end);
    for (let y = YEAR.exec(sentence); y; y = YEAR.exec(sentence)) {
      const said = Number(y[1]);
      // Only a year right by 今年 claims to be this year; one further off in the sentence may be a look back.
      const yearStart = start + y.index;
      const yearEnd = yearStart + y[0].length;
      const gap = yearStart >= m.index ? yearStart - (m.index + m[0].length) : m.index - yearEnd;
      if (Math.abs(said - year) < 2 || gap > NEAR) continue;
      findings.push({
        ruleId: 'reuse/stale/year',
        severity: 'warning',
        message: `"${m[0]}" next to ${said} in a report covering ${year}: a year left from an old template?`,
        ...originalEvidence(original, norm, start + y.index, start + y.index + y[0].length),
      });
    }
  }
  return findings;
}

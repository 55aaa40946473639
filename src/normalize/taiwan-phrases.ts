// Detects text written with Taiwan phrasing (OpenCC s2twp) and rewrites its phrases back to mainland usage,
// using the context-gated rule list in dictionaries/taiwan-phrases.yaml.
import { loadYamlDictionary, regexSource, type Zod } from '../dictionary/index.js';
import { replaceMatches, type Replacement } from './rewrite.js';
import { escapeRegExp } from '../dictionary/word-pattern.js';

const fileSchema = (z: Zod) => {
  const ruleSchema = z.strictObject({
    word: z.string().min(1),
    to: z.string().min(1),
    before: regexSource(z).optional(),
    after: regexSource(z).optional(),
    notBefore: regexSource(z).optional(),
    notAfter: regexSource(z).optional(),
  });

  return z.strictObject({
    minFingerprints: z.number().int().min(1),
    fingerprints: z.array(z.string().min(1)).min(1),
    rules: z.array(ruleSchema).min(1),
  });
};

export interface TaiwanPhraseRules {
  minFingerprints: number;
  fingerprints: string[];
  rules: { pattern: RegExp; to: string }[];
}

export function loadTaiwanPhraseRules(file = 'taiwan-phrases.yaml'): TaiwanPhraseRules {
  const data = loadYamlDictionary(file, fileSchema);
  return {
    minFingerprints: data.minFingerprints,
    fingerprints: data.fingerprints,
    rules: data.rules.map((rule) => ({
      pattern: new RegExp(
        `${rule.notBefore ? `(?<!${rule.notBefore})` : ''}(${rule.before ?? ''})${escapeRegExp(rule.word)}(${rule.after ?? ''})` +
          (rule.notAfter ? `(?!${rule.notAfter})` : ''),
        'gu',
      ),
      to: rule.to,
    })),
  };
}

/** The distinct fingerprints found in simplified text. */
export function taiwanFingerprints(text: string, rules: TaiwanPhraseRules): string[] {
  return rules.fingerprints.filter((word) => text.includes(word));
}

/**
 * Replacements for every rule match; earlier rules win where matches overlap. The context is part of the
 * replaced range and the replacement is atomic, so a span never splits a rewritten phrase.
 */
export function taiwanPhraseReplacements(text: string, rules: TaiwanPhraseRules): Replacement[] {
  const taken = new Uint8Array(text.length);
  const out: Replacement[] = [];
  for (const rule of rules.rules) {
    out.push(
      ...replaceMatches(text, rule.pattern, (m) => {
        const start = m.index;
        const end = start + m[0].length;
        for (let i = start; i < end; i++) if (taken[i]) return null;
        taken.fill(1, start, end);
        return { start, end, text: `${m[1] ?? ''}${rule.to}${m[2] ?? ''}`, atomic: true };
      }),
    );
  }
  return out;
}

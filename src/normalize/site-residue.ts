// Finds template-site residue in normalized text: whole lines (navigation, view counters, "相关推荐" lists)
// and the pinyin annotations some sites print after rare characters.
import { loadYamlDictionary, regexSource, type Zod } from '../dictionary/index.js';
import type { Span } from '../model/document.js';
import { replaceMatches, type Replacement } from './rewrite.js';

const fileSchema = (z: Zod) =>
  z.strictObject({
    maxLineChars: z.number().int().positive(),
    pinyinAnnotation: regexSource(z),
    patterns: z
      .array(z.strictObject({ id: z.string().regex(/^[a-z-]+$/), pattern: regexSource(z), note: z.string() }))
      .min(1),
  });

export interface SiteResidueRules {
  maxLineChars: number;
  /** Global pattern of a pinyin annotation after a character (`社区(qū)`), removed from normalized text. */
  pinyinAnnotation: RegExp;
  patterns: { id: string; pattern: RegExp; note: string }[];
}

export function loadSiteResidueRules(file = 'site-residue.yaml'): SiteResidueRules {
  const data = loadYamlDictionary(file, fileSchema);
  return {
    maxLineChars: data.maxLineChars,
    pinyinAnnotation: new RegExp(data.pinyinAnnotation, 'gu'),
    patterns: data.patterns.map((p) => ({ id: p.id, pattern: new RegExp(p.pattern, 'u'), note: p.note })),
  };
}

/** Deletions of the pinyin annotations template sites print after rare characters. */
export function pinyinAnnotationReplacements(text: string, rules: SiteResidueRules): Replacement[] {
  return replaceMatches(text, rules.pinyinAnnotation, (m) => ({ start: m.index, end: m.index + m[0].length, text: '' }));
}

export interface ResidueLine extends Span {
  id: string;
  note: string;
}

/** Spans (in normalized text) of whole lines that are site residue rather than body text. */
export function findSiteResidue(text: string, rules: SiteResidueRules): ResidueLine[] {
  const out: ResidueLine[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim() !== '' && line.length <= rules.maxLineChars) {
      const hit = rules.patterns.find((p) => p.pattern.test(line));
      if (hit) out.push({ start, end, id: hit.id, note: hit.note });
    }
    start = end + 1;
  }
  return out;
}

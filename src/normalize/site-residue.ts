// Finds lines of template-site residue (navigation, view counters, "相关推荐" lists) in normalized text.
import { z } from 'zod';
import { loadYamlDictionary, regexSource } from '../dictionary/index.js';
import type { Span } from '../model/document.js';

const fileSchema = z.strictObject({
  maxLineChars: z.number().int().positive(),
  patterns: z
    .array(z.strictObject({ id: z.string().regex(/^[a-z-]+$/), pattern: regexSource, note: z.string() }))
    .min(1),
});

export interface SiteResidueRules {
  maxLineChars: number;
  patterns: { id: string; pattern: RegExp; note: string }[];
}

export function loadSiteResidueRules(file = 'site-residue.yaml'): SiteResidueRules {
  const data = loadYamlDictionary(file, fileSchema);
  return {
    maxLineChars: data.maxLineChars,
    patterns: data.patterns.map((p) => ({ id: p.id, pattern: new RegExp(p.pattern, 'u'), note: p.note })),
  };
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

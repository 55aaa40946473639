// Loads dictionaries/figures/cues.yaml: the cue words of each figure category and the period expressions.
import { z } from 'zod';
import { loadYamlDictionary, regexSource } from '../dictionary/index.js';
import type { FigureCategory } from './rules/rule.js';

const categorySchema = z.strictObject({
  cues: z.array(z.string().min(1)).min(1),
  vetoes: z.array(z.string().min(1)).optional(),
  weak: z.array(z.string().min(1)).optional(),
});

const fileSchema = z.strictObject({
  categories: z.record(z.string(), categorySchema),
  predicates: z.array(z.string().min(1)).min(1),
  periods: z.array(regexSource).min(1),
  'not-figure-units': z.array(z.string().min(1)),
  'counting-words': z.array(regexSource).min(1),
  'set-phrase-heads': z.array(z.string().min(1)),
});

export interface CategoryCues {
  category: FigureCategory;
  words: string[];
  vetoes: string[];
  weak: Set<string>;
}

export interface CueDictionary {
  categories: CategoryCues[];
  /** Verbs that open a clause of its own. */
  predicates: RegExp;
  periods: RegExp;
  /** Units of quantities that are never figures (3年, 60岁). */
  notFigureUnits: Set<string>;
  /** Words right before 一 that make 一次 a count (每月一次). */
  countingWords: RegExp;
  /** Words after a count that make it part of a set phrase (八个方面, 六个一). */
  setPhraseHeads: string[];
}

let cues: CueDictionary | undefined;

export function loadCues(known: readonly FigureCategory[], file = 'figures/cues.yaml'): CueDictionary {
  if (cues) return cues;
  const data = loadYamlDictionary(file, fileSchema);
  const categories = Object.entries(data.categories).map(([category, entry]) => {
    if (!known.includes(category as FigureCategory)) {
      throw new Error(`${file}: unknown figure category "${category}" (known: ${known.join(', ')})`);
    }
    return { category: category as FigureCategory, words: entry.cues, vetoes: entry.vetoes ?? [], weak: new Set(entry.weak ?? []) };
  });
  cues = {
    categories,
    predicates: new RegExp(data.predicates.join('|'), 'u'),
    periods: new RegExp(data.periods.join('|'), 'gu'),
    notFigureUnits: new Set(data['not-figure-units']),
    countingWords: new RegExp(`(?:${data['counting-words'].join('|')})$`, 'u'),
    setPhraseHeads: data['set-phrase-heads'],
  };
  return cues;
}

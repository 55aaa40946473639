// A figure rule: which quantities (by unit) a category can hold once its cue is near, built from the
// category's `unit-kinds`, `units` and `units-with-cue` in dictionaries/figures/cues.yaml.
import type { Quantity } from '../quantities.js';

import type { FigureCategory as AnyCategory } from '../../model/document.js';
import { FIGURE_CATEGORIES } from '../../model/vocabulary.js';

/** The categories a rule can give; `other` is what is left when none does. */
export type FigureCategory = Exclude<AnyCategory, 'other'>;

/** Every category a rule can give, in the model's order. */
export const CATEGORIES: readonly FigureCategory[] = FIGURE_CATEGORIES.filter((c): c is FigureCategory => c !== 'other');

export const UNIT_KINDS = ['percent', 'money', 'count', 'measure'] as const;
export type RuleUnitKind = (typeof UNIT_KINDS)[number];

export interface RuleUnits {
  kinds: readonly RuleUnitKind[];
  units: readonly string[];
  withCue: readonly { cue: string; units: readonly string[] }[];
  /** Cue words under which only a sum of money is the category's (a purpose word names no goods given). */
  moneyOnly?: readonly string[];
}

/** Whether a quantity of this unit can be a figure of a category, given the cue word when there is one. */
export type Accepts = (quantity: Quantity, cueWord?: string) => boolean;

/** The unit without its bracketed variant: 篇(次) → 篇. */
export function baseUnit(quantity: Quantity): string {
  return (quantity.unit ?? '').replace(/\(.*\)$/, '');
}

export const isPercent = (q: Quantity) => q.unitKind === 'percent' || baseUnit(q) === '个百分点' || baseUnit(q) === '百分点';

/** A share written with a percent sign or 成; a change in percentage points (提高1.6个百分点) is a count of points, no rate. */
export const isShare = (q: Quantity) => q.unitKind === 'percent';

function ofKind(q: Quantity, kind: RuleUnitKind): boolean {
  return kind === 'percent' ? isShare(q) : q.unitKind === kind;
}

export function ruleAccepts(data: RuleUnits): Accepts {
  const units = new Set(data.units);
  const moneyOnly = new Set(data.moneyOnly ?? []);
  return (q, cueWord) => {
    if (cueWord !== undefined && moneyOnly.has(cueWord)) return q.unitKind === 'money';
    return data.kinds.some((k) => ofKind(q, k)) || units.has(baseUnit(q)) || (cueWord !== undefined && data.withCue.some((w) => cueWord.includes(w.cue) && w.units.includes(baseUnit(q))));
  };
}

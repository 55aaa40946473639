// The shape of a figure rule: which quantities (by unit) a category can hold once its cue is near.
import type { Quantity } from '../quantities.js';

import type { FigureCategory as AnyCategory } from '../../model/document.js';

/** The categories a rule can give; `other` is what is left when none does. */
export type FigureCategory = Exclude<AnyCategory, 'other'>;

export interface FigureRule {
  category: FigureCategory;
  /** Whether a quantity of this unit can be a figure of this category, given the cue word when there is one. */
  accepts(quantity: Quantity, cueWord?: string): boolean;
}

/** The unit without its bracketed variant: 篇(次) → 篇. */
export function baseUnit(quantity: Quantity): string {
  return (quantity.unit ?? '').replace(/\(.*\)$/, '');
}

export const isPercent = (q: Quantity) => q.unitKind === 'percent' || baseUnit(q) === '个百分点' || baseUnit(q) === '百分点';

export function unitIn(units: string[]): (q: Quantity) => boolean {
  const set = new Set(units);
  return (q) => set.has(baseUnit(q));
}

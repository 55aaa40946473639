// The quantity being read, as each parser leaves it, and the resources parsers share.
import type { Qualifier } from '../../model/document.js';
import type { UnitKind, Units } from '../units.js';
import type { Core } from './numeral.js';
import type { QualifierDictionary } from './qualifiers.js';

export interface Draft {
  core: Core;
  /** Where the quantity starts: before a leading hedge (近5万元). */
  start: number;
  /** How far the parsers have read. */
  end: number;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  unitKind: UnitKind | 'percent' | null;
  qualifier: Qualifier;
  /** A hedge stood between the number and its scale (500余万元): no compound places follow. */
  hedgedBeforeScale: boolean;
}

export interface QuantityResources {
  units: Units;
  qualifiers: QualifierDictionary;
}

/** A parser reads on from the draft: the extended draft, or null when its form is not there. */
export type QuantityParser = (text: string, draft: Draft, resources: QuantityResources) => Draft | null;

/** The first hedge wins: 约500余人 is about. */
export function hedged(draft: Draft, qualifier: Qualifier): Qualifier {
  return draft.qualifier === 'exact' ? qualifier : draft.qualifier;
}

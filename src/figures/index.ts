// The figure stage's public face: quantities in a text, with spans mapped back to the original.
import type { Evidence } from '../model/document.js';
import { normalize, type NormalizedText } from '../normalize/index.js';
import { extractQuantities, type Qualifier, type Quantity } from './quantities.js';

export { extractQuantities, type Quantity, type Qualifier } from './quantities.js';

export interface QuantityRecord extends Evidence {
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  qualifier: Qualifier;
  placeholder: boolean;
}

/** Quantities of normalized text as records whose spans and text are in the original. */
export function mapQuantities(original: string, norm: NormalizedText, quantities: Quantity[]): QuantityRecord[] {
  return quantities.map((q) => {
    const span = norm.map.toOriginal(q.start, q.end);
    return {
      text: original.slice(span.start, span.end),
      ...span,
      value: q.value,
      valueMax: q.valueMax,
      unit: q.unit,
      qualifier: q.qualifier,
      placeholder: q.placeholder,
    };
  });
}

/** Every quantity of a piece of original text (normalized first, offsets into the original). */
export function quantitiesOf(original: string): QuantityRecord[] {
  const norm = normalize(original);
  return mapQuantities(original, norm, extractQuantities(norm.text));
}

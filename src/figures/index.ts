// The figure stage's public face: quantities in a text, with spans mapped back to the original.
import type { Evidence, FigureRecord, HonorRecord, PlaceholderRecord, Span } from '../model/document.js';
import { normalize, originalEvidence, overlapsNonBody, type NormalizedText } from '../normalize/index.js';
import type { Sentence } from '../segment/index.js';
import { extractFigures } from './figures.js';
import { loadClaims } from './claims.js';
import { loadCues } from './cues.js';
import { findHonors, loadHonorPatterns } from './honors/index.js';
import { findPlaceholders, loadPlaceholderPatterns } from './placeholders.js';
import { extractQuantities, notQuantityPattern, type Qualifier, type Quantity } from './quantities.js';
import { loadQuantityMasks } from './quantity/masks.js';
import { loadQualifiers } from './quantity/qualifiers.js';
import { loadHonoredParts } from './refiners/honored-parts.js';
import { CATEGORIES } from './rules/index.js';
import { loadTableWords } from './table-words.js';
import { loadUnits } from './units.js';

export { extractQuantities, type Quantity, type Qualifier } from './quantities.js';

/** Loads and validates every figure dictionary (units, qualifiers, quantity masks, cues, claims, honors, placeholders, not-quantities) now. */
export function loadFigureData(): void {
  loadUnits();
  loadQualifiers();
  loadQuantityMasks();
  loadCues(CATEGORIES);
  loadClaims();
  loadHonoredParts();
  loadHonorPatterns();
  loadPlaceholderPatterns();
  loadTableWords();
  notQuantityPattern();
}

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
    return {
      ...originalEvidence(original, norm, q.start, q.end),
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

export interface FigureFindings {
  figures: FigureRecord[];
  honors: HonorRecord[];
  placeholders: PlaceholderRecord[];
}

function evidence(original: string, norm: NormalizedText, start: number, end: number): Evidence & { span: Span } {
  const words = originalEvidence(original, norm, start, end);
  return { start: words.start, end: words.end, text: words.text, span: { start: words.start, end: words.end } };
}

/** Figures, honors and placeholders of a document; nothing on lines marked as site residue. */
export function extractFigureFindings(original: string, norm: NormalizedText, sentences: Sentence[]): FigureFindings {
  const inBody = (start: number, end: number) => !overlapsNonBody(norm, norm.map.toOriginal(start, end));
  const quantities = extractQuantities(norm.text).filter((q) => inBody(q.start, q.end));
  const marks = findPlaceholders(norm.text);
  const figures = extractFigures(original, norm, sentences, quantities, marks);
  const honors = findHonors(norm.text)
    .filter((h) => inBody(h.start, h.end))
    .map((h) => ({ title: h.title, awarder: h.awarder, level: h.level, year: h.year, recipient: h.recipientName ? `person:${originalEvidence(original, norm, h.recipientName.start, h.recipientName.end).text}` : h.recipient, ...(h.count !== null ? { count: h.count } : {}), ...evidence(original, norm, h.start, h.end) }));
  const placeholders = marks.map((p) => ({ ruleId: `figures/placeholder/${p.id}`, kind: p.kind, ...evidence(original, norm, p.start, p.end) }));
  return { figures, honors, placeholders };
}

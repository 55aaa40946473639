// Test helper: the figures of a short text, analysed as a whole document.
import { extractFigureFindings } from '../../src/figures/index.js';
import { normalize } from '../../src/normalize/index.js';
import { segment } from '../../src/segment/index.js';

export function analyse(text: string) {
  const norm = normalize(text);
  return extractFigureFindings(text, norm, segment(text, norm).sentences);
}

export const figuresOf = (text: string) => analyse(text).figures;

/** [category, value, unit, qualifier, evidence text] of each figure, for compact tables. */
export const summary = (text: string) => figuresOf(text).map((f) => [f.category, f.value, f.unit, f.qualifier, f.text]);

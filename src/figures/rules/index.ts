// The figure categories and their unit rules; the rules themselves are data (dictionaries/figures/cues.yaml).
export { CATEGORIES, type FigureCategory, type Accepts, isPercent, isShare, baseUnit } from './rule.js';

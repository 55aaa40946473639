// Names the report shows for the records' codes: figure categories, source kinds, error codes and what to do.
import type { ErrorCode, FigureCategory } from '../model/document.js';
import type { SourceKind } from './input.js';

export const FIGURE_CATEGORIES: readonly FigureCategory[] = [
  'satisfaction', 'rate', 'donation', 'investment', 'training', 'volunteer',
  'activity', 'publicity', 'assistance', 'personnel', 'workload', 'other',
];

/** A category as a CSS class suffix: only known names reach the markup. */
export function categoryClass(category: string): FigureCategory {
  return (FIGURE_CATEGORIES as readonly string[]).includes(category) ? (category as FigureCategory) : 'other';
}

export function sourceKindClass(kind: string): SourceKind {
  return kind === 'batch' || kind === 'templates' || kind === 'history' || kind === 'self' ? kind : 'templates';
}

export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  templates: 'template collection',
  batch: 'another submission in this batch',
  history: 'an earlier run (another unit)',
  self: "the unit's own earlier report",
};

/** What a reviewer does about each error code (the record's message says it for the one file). */
export const ERROR_ADVICE: Record<ErrorCode, string> = {
  E_CORRUPT: 'Damaged file or not what its name says: ask the unit to send it again.',
  E_ENCRYPTED: 'Password-protected: ask for an unprotected copy.',
  E_EMPTY: 'No text at all: ask for the real report.',
  E_NO_TEXT_LAYER: 'Scanned PDF and OCR was off: run again without --no-ocr.',
  E_UNSUPPORTED: 'A format wenshen does not read: ask for .docx, .pdf or .txt.',
  E_TOO_LARGE: 'Over the size or memory limit: raise --max-bytes or --memory-mb, or check the file.',
  E_TIMEOUT: 'Took too long: raise --timeout, or check the file.',
  E_UNREADABLE: 'Cannot be opened or decoded: ask for another copy.',
  E_INTERNAL: 'A bug in wenshen: report it with the file.',
};

export function errorAdvice(code: string): string {
  return (ERROR_ADVICE as Record<string, string>)[code] ?? 'See the message.';
}

export function percent(ratio: number | null | undefined): string {
  return ratio === null || ratio === undefined ? '—' : `${Math.round(ratio * 1000) / 10}%`;
}

/** A figure's value as written in the report: 20000 元, 99%, 1–2 次. */
export function figureValue(f: { value: number | null; valueMax?: number | null; unit: string | null }): string {
  if (f.value === null) return '(blank)';
  const value = f.valueMax !== null && f.valueMax !== undefined ? `${f.value.toLocaleString('en')}–${f.valueMax.toLocaleString('en')}` : f.value.toLocaleString('en');
  return f.unit ? `${value} ${f.unit}` : value;
}

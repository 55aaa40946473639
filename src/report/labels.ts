// Turns the records' codes and the report's own words into what a Chinese reviewer reads, from
// dictionaries/report-labels.yaml (validated on load), and holds the small formatting of numbers and figures.
import { loadYamlDictionary, type Zod } from '../dictionary/index.js';
import type { FigureCategory } from '../model/document.js';
import { ERROR_CODES, FIGURE_CATEGORIES as MODEL_CATEGORIES, GENRES } from '../model/vocabulary.js';
import { SOURCE_KINDS, type SourceKind } from './input.js';

export const FIGURE_CATEGORIES: readonly FigureCategory[] = MODEL_CATEGORIES;

export const LABELS_FILE = 'report-labels.yaml';

/** Keys every code of the records needs, so that no code reaches the page untranslated. */
const CODE_KEYS = [
  ...FIGURE_CATEGORIES.map((c) => `category.${c}`),
  ...SOURCE_KINDS.flatMap((k) => [`source.${k}`, `sourceLong.${k}`]),
  ...ERROR_CODES.map((c) => `error.${c}`),
  ...GENRES.map((g) => `genre.${g}`),
  ...['headed', 'inline', 'missing'].map((s) => `status.${s}`),
  ...['R', 'E', 'O'].flatMap((l) => [`level.${l}`, `levelName.${l}`]),
  ...['info', 'warning', 'error'].map((s) => `severity.${s}`),
];

const labelsSchema = (z: Zod) =>
  z
    .strictObject({
      labels: z.record(
        z.string().regex(/^[A-Za-z][\w.-]*$/, 'a key is letters, digits, `.`, `-` and `_`'),
        z.string().min(1, 'an empty text').refine((s) => !/\{(?![A-Za-z]\w*\})/.test(s), 'a `{` that does not open a {name}'),
      ),
    })
    .superRefine((file, context) => {
      for (const key of CODE_KEYS) if (!(key in file.labels)) context.addIssue({ code: 'custom', message: `missing the label \`${key}\``, path: ['labels'] });
    });

export type Labels = Readonly<Record<string, string>>;

let loaded: Labels | undefined;

/** Reads and checks a labels file (by name under dictionaries/, or a path). */
export function loadReportLabels(nameOrPath: string = LABELS_FILE): Labels {
  return loadYamlDictionary(nameOrPath, labelsSchema).labels;
}

/** The report's words, read and checked once per process (the file is part of the installation, not a run). */
export function reportLabels(): Labels {
  return (loaded ??= loadReportLabels());
}

/** A label with its `{name}`s filled in; an unknown key is a bug in the report, not a reviewer's problem. */
export function t(key: string, values: Record<string, string | number> = {}): string {
  const text = reportLabels()[key];
  if (text === undefined) throw new Error(`${LABELS_FILE} has no label \`${key}\``);
  if (!text.includes('{')) return text;
  return text.replace(/\{([A-Za-z]\w*)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The labels the page's script needs (`js.*`), handed to it in a data block. */
export function scriptLabels(): Record<string, string> {
  return Object.fromEntries(Object.entries(reportLabels()).filter(([key]) => key.startsWith('js.')));
}

/** A category as a CSS class suffix: only known names reach the markup. */
export function categoryClass(category: string): FigureCategory {
  return (FIGURE_CATEGORIES as readonly string[]).includes(category) ? (category as FigureCategory) : 'other';
}

export function categoryLabel(category: string): string {
  return t(`category.${categoryClass(category)}`);
}

export function sourceKindClass(kind: string): SourceKind {
  return kind === 'batch' || kind === 'templates' || kind === 'history' || kind === 'self' ? kind : 'templates';
}

/** Short name of a source kind (范文, 本批材料 …). */
export function sourceKindLabel(kind: SourceKind): string {
  return t(`source.${kind}`);
}

/** What a source of this kind is, in a sentence's words. */
export function sourceKindDescription(kind: SourceKind): string {
  return t(`sourceLong.${kind}`);
}

/** A code's label when the dictionary has one (genres, statuses …), else the code as it is. */
export function codeLabel(prefix: string, code: string | null | undefined): string {
  if (code === null || code === undefined || code === '') return '—';
  return reportLabels()[`${prefix}.${code}`] ?? code;
}

/** What a reviewer does about each error code (the record's message says it for the one file). */
export function errorAdvice(code: string): string {
  return reportLabels()[`error.${code}`] ?? t('error.unknown');
}

export function percent(ratio: number | null | undefined): string {
  return ratio === null || ratio === undefined ? '—' : `${Math.round(ratio * 1000) / 10}%`;
}

/** A number as Chinese readers write it in tables: 20,000 (grouped, no locale surprises). */
export function count(n: number): string {
  // toLocaleString is slow enough to show in a 10k-document report.
  const [whole, fraction] = String(n).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** A figure's value as written in the report: 20,000 元, 99%, 1–2 次. */
export function figureValue(f: { value: number | null; valueMax?: number | null; unit: string | null }): string {
  if (f.value === null) return t('figure.blank');
  const value = f.valueMax !== null && f.valueMax !== undefined ? `${count(f.value)}–${count(f.valueMax)}` : count(f.value);
  return f.unit ? `${value} ${f.unit}` : value;
}

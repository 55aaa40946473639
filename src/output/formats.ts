// The output formats, one per file, each with the same signature: a document's record in, its lines out.
// Lines are rendered where the document was analysed; the batch only orders and concatenates them.
import type { DocumentRecord } from '../model/document.js';
import { csvRow } from './csv.js';

/** The output formats a user chooses among (`outputs` in the configuration, `--format` of export). */
export const OUTPUT_KINDS = ['jsonl', 'csv', 'xlsx'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

export interface OutputFormat {
  file: string;
  kind: OutputKind;
  /** Written once at the top of the file (a CSV header with its byte-order mark). */
  header?: string;
  /** Whether the lines show what the reuse stage adds (its record, copied marks, its findings). */
  showsReuse: boolean;
  lines(record: DocumentRecord): string;
}

const jsonLines = (rows: unknown[]) => rows.map((r) => JSON.stringify(r) + '\n').join('');

// Figures are the bulk of the output and go into two files; each is serialized once and the JSON reused.
const figureJson = new WeakMap<DocumentRecord, string[]>();

/** What each figures.jsonl line of a record starts with, before the figure's own keys. */
export function figureLineHead(r: Pick<DocumentRecord, 'id' | 'path'>): string {
  return `{"id":${JSON.stringify(r.id)},"path":${JSON.stringify(r.path)},`;
}

function figuresAsJson(r: DocumentRecord): string[] {
  let json = figureJson.get(r);
  if (!json) {
    json = r.figures.map((f) => JSON.stringify(f));
    figureJson.set(r, json);
  }
  return json;
}

export const documentsJsonl: OutputFormat = {
  file: 'documents.jsonl',
  kind: 'jsonl',
  showsReuse: true,
  // The figures key is written last, from the JSON already made; the line is the same as JSON.stringify(r) but
  // for the order of keys.
  lines: (r) => documentLineHead(r) + figuresAsJson(r).join(',') + DOCUMENT_LINE_END,
};

/** What a documents.jsonl line holds before its figures' JSON (joined by commas), and what ends it. */
export function documentLineHead(r: DocumentRecord): string {
  const { figures, ...rest } = r;
  void figures;
  return JSON.stringify(rest).slice(0, -1) + ',"figures":[';
}
export const DOCUMENT_LINE_END = ']}\n';

export const figuresJsonl: OutputFormat = {
  file: 'figures.jsonl',
  kind: 'jsonl',
  showsReuse: true,
  lines: (r) => {
    const head = figureLineHead(r);
    return figuresAsJson(r).map((json) => head + json.slice(1) + '\n').join('');
  },
};

export const honorsJsonl: OutputFormat = {
  file: 'honors.jsonl',
  kind: 'jsonl',
  showsReuse: true,
  lines: (r) => jsonLines(r.honors.map((h) => ({ id: r.id, path: r.path, ...h }))),
};

const FIGURE_COLUMNS = ['id', 'path', 'category', 'claim', 'metric', 'subject', 'value', 'valueMax', 'unit', 'qualifier', 'period', 'placeholder', 'text', 'start', 'end', 'sentence'];

export const figuresCsv: OutputFormat = {
  file: 'figures.csv',
  kind: 'csv',
  // Excel and WPS read a CSV as UTF-8 only with a byte-order mark.
  header: '\ufeff' + csvRow(FIGURE_COLUMNS),
  showsReuse: false,
  lines: (r) =>
    r.figures
      .map((f) => csvRow([r.id, r.path, f.category, f.claim, f.metric, f.subject, f.value, f.valueMax, f.unit, f.qualifier, f.period, f.placeholder, f.text, f.start, f.end, f.sentence.text]))
      .join(''),
};

/** The default checklist's section ids, the columns of checklist.csv; other checklists fill what they share. */
const SECTION_COLUMNS = ['overview', 'profile', 'leadership', 'theory', 'morality', 'credit', 'volunteer', 'activities', 'culture', 'service', 'governance', 'environment', 'responsibility', 'results', 'highlights', 'problems', 'plans', 'signature'];

export const checklistCsv: OutputFormat = {
  file: 'checklist.csv',
  kind: 'csv',
  header: '\ufeff' + csvRow(['id', 'path', 'genre', 'checklist', 'missingRequired', ...SECTION_COLUMNS]),
  showsReuse: false,
  lines: (r) => {
    const status = new Map(r.checklist.map((item) => [item.id, item.status]));
    const missingRequired = r.checklist.filter((item) => item.level === 'R' && item.status === 'missing').map((item) => item.id).join(' ');
    return csvRow([r.id, r.path, r.genre, r.checklistName, missingRequired, ...SECTION_COLUMNS.map((id) => status.get(id) ?? '')]);
  },
};

export const FORMATS: OutputFormat[] = [documentsJsonl, figuresJsonl, honorsJsonl, figuresCsv, checklistCsv];

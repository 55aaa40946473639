// Types of what the pipeline produces for one document: spans, blocks, findings, the output record.

/** Half-open range in UTF-16 code units of the document's original extracted text. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the words it covers: `originalText.slice(start, end) === text`. */
export interface Evidence extends Span {
  text: string;
}

/** Stable error codes of a failed document; documented in README. */
export type ErrorCode =
  | 'E_CORRUPT'
  | 'E_ENCRYPTED'
  | 'E_EMPTY'
  | 'E_NO_TEXT_LAYER'
  | 'E_UNSUPPORTED'
  | 'E_TOO_LARGE'
  | 'E_TIMEOUT'
  | 'E_UNREADABLE'
  | 'E_INTERNAL';

export interface DocumentError {
  code: ErrorCode;
  message: string;
  /** Only for E_INTERNAL: a bug in wenshen, kept with its stack for the report. */
  stack?: string;
}

/** The real format, sniffed from the bytes rather than taken from the extension. */
export type Format = 'docx' | 'pdf' | 'ofd' | 'doc' | 'wps' | 'txt' | 'md' | 'html' | 'unknown';

export type Script = 'simplified' | 'traditional' | 'taiwan-phrased' | 'mixed';

export type BlockKind = 'paragraph' | 'heading' | 'table-row' | 'textbox' | 'footnote';

/** A paragraph-like unit of the extracted text, with what the source format said about it. */
export interface Block extends Span {
  kind: BlockKind;
  /** Paragraph style name from the source (Word: "heading 1", "标题 1"), a hint for structure. */
  style?: string;
  /** Outline level 0–8 from the source, where it gives one. */
  outlineLevel?: number;
  /** Auto-numbering label rebuilt from numbering.xml (`一、`, `(一)`), already part of the text. */
  label?: string;
  /** 1-based page for PDF sources. */
  page?: number;
}

export interface PageInfo extends Span {
  page: number;
  ocr: boolean;
  /** Mean OCR confidence 0–100 for OCR'd pages. */
  confidence?: number;
}

/** What ingest hands on: the text of record and how it was read. */
export interface Extraction {
  format: Format;
  text: string;
  blocks: Block[];
  pages?: PageInfo[];
  /** Character encoding of text formats, as detected. */
  encoding?: string;
  ocr: boolean;
  /** Non-fatal problems met while reading, one line each. */
  warnings: string[];
}

export type Severity = 'info' | 'warning' | 'error';

/** A message about a place in the document, in the manner of vfile-message. */
export interface Finding extends Evidence {
  ruleId: string;
  severity: Severity;
  message: string;
}

export type FigureCategory =
  | 'satisfaction' | 'rate' | 'donation' | 'investment' | 'training' | 'volunteer'
  | 'activity' | 'publicity' | 'assistance' | 'personnel' | 'workload' | 'other';

export type Qualifier = 'exact' | 'at_least' | 'more_than' | 'about' | 'nearly' | 'at_most' | 'range';

/** What a figure claims: done in the period, an outcome committed to, a future action, a rule or norm, a standing fact. */
export type Claim = 'achieved' | 'target' | 'plan' | 'rule' | 'background';

/** A claimed figure with the words it came from. Money is in 元, rates in percent. */
export interface FigureRecord extends Evidence {
  category: FigureCategory;
  claim: Claim;
  metric: string | null;
  subject: string | null;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  qualifier: Qualifier;
  period: string | null;
  placeholder: boolean;
  span: Span;
  sentence: Evidence;
  quantity: Evidence;
  /** For a table cell: the row's first cell and the column's header. */
  table: { row: string; col: string } | null;
}

export type HonorLevel = 'national' | 'provincial' | 'city' | 'county' | 'district' | 'internal' | 'unknown';

export interface HonorRecord extends Evidence {
  title: string;
  awarder: string | null;
  level: HonorLevel;
  year: string | null;
  /** `unit`, `person:<name>`, or `person` for people not named. */
  recipient: string;
  span: Span;
}

export interface PlaceholderRecord extends Evidence {
  ruleId: string;
  kind: 'blank' | 'deleted-name';
  span: Span;
}

export interface HeadingRecord extends Evidence {
  level: number;
  /** How it is numbered: cn-dun 一、, cn-paren (一), arabic-dun 1、, arabic-dot 1., arabic-paren (1),
   * ordinal-part 第一部分, run-in 抓…。, styled (a Word heading style), plain (a short title line). */
  style: string;
  label: string | null;
  /** The heading and its body, up to the next heading of the same or a higher level. */
  section: Span;
}

export type Genre = 'summary' | 'plan' | 'personal' | 'notice' | 'other';

export interface ChecklistItem {
  id: string;
  label: string;
  level: 'R' | 'E' | 'O';
  status: 'headed' | 'inline' | 'missing';
  span: Span | null;
  text: string | null;
}

/** One line of documents.jsonl. */
export interface DocumentRecord {
  schema: string;
  id: string;
  path: string;
  sha256: string | null;
  bytes: number | null;
  format: Format;
  status: 'ok' | 'failed';
  error: DocumentError | null;
  chars: number;
  script: Script | null;
  ocr: boolean;
  ocrPages: number[];
  pages: number | null;
  encoding: string | null;
  paragraphs: number;
  sentences: number;
  genre: Genre | null;
  title: Evidence | null;
  unit: Evidence | null;
  period: Evidence | null;
  structure: { headings: HeadingRecord[]; essays: Span[] };
  /** The checklist applied (none for genres it does not cover), and each section's status. */
  checklistName: string | null;
  checklist: ChecklistItem[];
  figures: FigureRecord[];
  honors: HonorRecord[];
  placeholders: PlaceholderRecord[];
  findings: Finding[];
  warnings: string[];
  ms: number;
}

/** A record without its lists, with their lengths: what a batch keeps of each document. */
export type DocumentSummary = Omit<DocumentRecord, 'figures' | 'honors' | 'placeholders' | 'findings' | 'structure'> & {
  counts: { figures: number; honors: number; placeholders: number; findings: number };
};

// The records the pipeline produces for one document, as zod schemas: the single source of every output record's
// shape. TypeScript types are inferred from them, dictionaries reuse their enums, `wenshen schema` writes them out.
import { z } from 'zod';
import { copiedSchema, documentReuseSchema } from './reuse.js';

const offset = z.number().int().min(0);

/** Half-open range in UTF-16 code units of the document's original extracted text. */
export const spanSchema = z.strictObject({ start: offset, end: offset });
export type Span = z.infer<typeof spanSchema>;

/** A span together with the words it covers: `originalText.slice(start, end) === text`. */
export const evidenceSchema = spanSchema.extend({ text: z.string() });
export type Evidence = z.infer<typeof evidenceSchema>;

/** Stable error codes of a failed document; documented in README. */
export const ERROR_CODES = ['E_CORRUPT', 'E_ENCRYPTED', 'E_EMPTY', 'E_NO_TEXT_LAYER', 'E_UNSUPPORTED', 'E_TOO_LARGE', 'E_TIMEOUT', 'E_UNREADABLE', 'E_INTERNAL'] as const;
export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const documentErrorSchema = z.strictObject({
  code: errorCodeSchema,
  message: z.string(),
  /** Only for E_INTERNAL: a bug in wenshen, kept with its stack for the report. */
  stack: z.string().optional(),
});
export type DocumentError = z.infer<typeof documentErrorSchema>;

/** The real format, sniffed from the bytes rather than taken from the extension. */
export const formatSchema = z.enum(['docx', 'pdf', 'ofd', 'doc', 'wps', 'txt', 'md', 'html', 'image', 'unknown']);
export type Format = z.infer<typeof formatSchema>;

export const scriptSchema = z.enum(['simplified', 'traditional', 'taiwan-phrased', 'mixed']);
export type Script = z.infer<typeof scriptSchema>;

export type BlockKind = 'paragraph' | 'heading' | 'table-row' | 'textbox' | 'footnote';

/** A paragraph-like unit of the extracted text, with what the source format said about it (internal, not output). */
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

/** What ingest hands on: the text of record and how it was read (internal, not output). */
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

export const severitySchema = z.enum(['info', 'warning', 'error']);
export type Severity = z.infer<typeof severitySchema>;

/** A message about a place in the document, in the manner of vfile-message. */
export const findingSchema = evidenceSchema.extend({ ruleId: z.string(), severity: severitySchema, message: z.string() });
export type Finding = z.infer<typeof findingSchema>;

export const FIGURE_CATEGORIES = ['satisfaction', 'rate', 'donation', 'investment', 'training', 'volunteer', 'activity', 'publicity', 'assistance', 'personnel', 'workload', 'other'] as const;
export const figureCategorySchema = z.enum(FIGURE_CATEGORIES);
export type FigureCategory = z.infer<typeof figureCategorySchema>;

export const qualifierSchema = z.enum(['exact', 'at_least', 'more_than', 'about', 'nearly', 'at_most', 'range']);
export type Qualifier = z.infer<typeof qualifierSchema>;

/** What a figure claims: done in the period, an outcome committed to, a future action, a rule or norm, a standing fact. */
/** What a figure claims: done (`achieved`), aimed at, planned, a rule (rewards, quotas), or a profile statistic. */
export const claimSchema = z.enum(['achieved', 'target', 'plan', 'rule', 'background']);
export type Claim = z.infer<typeof claimSchema>;

/** A claimed figure with the words it came from. Money is in 元, rates in percent. */
export const figureSchema = evidenceSchema.extend({
  category: figureCategorySchema,
  claim: claimSchema,
  metric: z.string().nullable(),
  subject: z.string().nullable(),
  value: z.number().nullable(),
  valueMax: z.number().nullable(),
  unit: z.string().nullable(),
  qualifier: qualifierSchema,
  period: z.string().nullable(),
  placeholder: z.boolean(),
  span: spanSchema,
  sentence: evidenceSchema,
  quantity: evidenceSchema,
  /** For a table cell: the row's first cell and the column's header. */
  table: z.strictObject({ row: z.string(), col: z.string() }).nullable(),
  /** Set when the figure sits inside a copied passage: the number may be the source's. */
  copied: copiedSchema.optional(),
});
export type FigureRecord = z.infer<typeof figureSchema>;

/** Levels an honor's awarder can have; dictionaries/figures/honors.yaml names the patterns of each but `unknown`. */
export const HONOR_LEVELS = ['national', 'provincial', 'city', 'county', 'district', 'internal', 'unknown'] as const;
export const honorLevelSchema = z.enum(HONOR_LEVELS);
export type HonorLevel = z.infer<typeof honorLevelSchema>;

export const honorSchema = evidenceSchema.extend({
  title: z.string(),
  awarder: z.string().nullable(),
  level: honorLevelSchema,
  year: z.string().nullable(),
  /** `unit`, `person:<name>`, or `person` for people not named. */
  recipient: z.string(),
  /** How many people received it, when the report counts them (7人获评全国道德模范 → 7); absent otherwise. */
  count: z.number().int().positive().optional(),
  span: spanSchema,
  /** Set when the honor sits inside a copied passage. */
  copied: copiedSchema.optional(),
});
export type HonorRecord = z.infer<typeof honorSchema>;

export const placeholderKindSchema = z.enum(['blank', 'deleted-name']);
export type PlaceholderKind = z.infer<typeof placeholderKindSchema>;

export const placeholderSchema = evidenceSchema.extend({ ruleId: z.string(), kind: placeholderKindSchema, span: spanSchema });
export type PlaceholderRecord = z.infer<typeof placeholderSchema>;

export const headingSchema = evidenceSchema.extend({
  level: z.number().int(),
  /** How it is numbered: cn-dun 一、, cn-paren (一), arabic-dun 1、, arabic-dot 1., arabic-paren (1),
   * ordinal-part 第一部分, run-in 抓…。, styled (a Word heading style), plain (a short title line). */
  style: z.string(),
  label: z.string().nullable(),
  /** The heading and its body, up to the next heading of the same or a higher level. */
  section: spanSchema,
});
export type HeadingRecord = z.infer<typeof headingSchema>;

export const GENRES = ['summary', 'plan', 'personal', 'notice', 'other'] as const;
export const genreSchema = z.enum(GENRES);
export type Genre = z.infer<typeof genreSchema>;

export const checklistLevelSchema = z.enum(['R', 'E', 'O']);
export const checklistStatusSchema = z.enum(['headed', 'inline', 'missing']);

export const checklistItemSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  level: checklistLevelSchema,
  status: checklistStatusSchema,
  span: spanSchema.nullable(),
  text: z.string().nullable(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/** One line of documents.jsonl. */
export const documentSchema = z.strictObject({
  schema: z.literal('wenshen/document@1'),
  id: z.string().regex(/^[0-9a-f]{16}$/),
  path: z.string(),
  sha256: z.string().nullable(),
  bytes: z.number().int().nullable(),
  format: formatSchema,
  status: z.enum(['ok', 'failed']),
  error: documentErrorSchema.nullable(),
  chars: z.number().int(),
  script: scriptSchema.nullable(),
  ocr: z.boolean(),
  ocrPages: z.array(z.number().int()),
  pages: z.number().int().nullable(),
  encoding: z.string().nullable(),
  paragraphs: z.number().int(),
  sentences: z.number().int(),
  genre: genreSchema.nullable(),
  title: evidenceSchema.nullable(),
  unit: evidenceSchema.nullable(),
  period: evidenceSchema.nullable(),
  structure: z.strictObject({ headings: z.array(headingSchema), essays: z.array(spanSchema) }),
  /** The checklist applied (none for genres it does not cover), and each section's status. */
  checklistName: z.string().nullable(),
  checklist: z.array(checklistItemSchema),
  figures: z.array(figureSchema),
  honors: z.array(honorSchema),
  placeholders: z.array(placeholderSchema),
  findings: z.array(findingSchema),
  warnings: z.array(z.string()),
  /** Copied passages and reused share; present once the batch's reuse stage ran. */
  reuse: documentReuseSchema.optional(),
  ms: z.number().int(),
});
export type DocumentRecord = z.infer<typeof documentSchema>;

const documentRef = { id: documentSchema.shape.id, path: documentSchema.shape.path };

/** One line of figures.jsonl: a figure with its document's id and path. */
export const figureLineSchema = z.strictObject(documentRef).extend(figureSchema.shape);
/** One line of honors.jsonl. */
export const honorLineSchema = z.strictObject(documentRef).extend(honorSchema.shape);

/** A record without its lists, with their lengths: what a batch keeps of each document. */
export type DocumentSummary = Omit<DocumentRecord, 'figures' | 'honors' | 'placeholders' | 'findings' | 'structure'> & {
  counts: { figures: number; honors: number; placeholders: number; findings: number };
};

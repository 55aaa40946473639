// The stages one document goes through, in order: read the file, ingest, normalize, segment, structure, figures,
// sections checklist, record.
import { performance } from 'node:perf_hooks';
import { extractFigureFindings, loadFigureData, type FigureFindings } from './figures/index.js';
import { extract, extractPageImages, IngestError, loadIngestData, readSource, sha256Of } from './ingest/index.js';
import type { DocumentRecord, Extraction, Finding, Format, Span } from './model/document.js';
import { loadNormalizeRules, loadScriptTables, normalize, type NormalizedText } from './normalize/index.js';
import { checkSections, DEFAULT_CHECKLIST, loadChecklist } from './sections/index.js';
import { loadTokenizer, loadUserWords, segment, type Segmented } from './segment/index.js';
import { analyzeStructure, loadStructureData, type Structure } from './structure/index.js';
import { loadEras, staleFindings } from './reuse/stale.js';
import { foreignNameFindings, loadForeignNameRules } from './reuse/foreign-names.js';
import { documentId } from './model/document-id.js';
import { failedRecord } from './model/failed-record.js';
import { DOCUMENT_SCHEMA } from './model/vocabulary.js';
import { DEFAULT_MAX_BYTES } from './batch/defaults.js';

export const SCHEMA = DOCUMENT_SCHEMA;
export { failedRecord };

export interface AnalyzeOptions {
  ocr: boolean;
  maxBytes: number;
  /** Section checklist: a name under dictionaries/sections/ or a path. @default 'wenming-summary' */
  checklist?: string;
  /** Analyse each essay of a compilation page as a document of its own. @default false */
  split?: boolean;
  /** Keep figures of every claim (target, plan, rule, background), not only achieved ones. @default false */
  allFigures?: boolean;
}

export const DEFAULT_ANALYZE_OPTIONS: AnalyzeOptions = { ocr: true, maxBytes: DEFAULT_MAX_BYTES, checklist: DEFAULT_CHECKLIST };

export interface AnalyzedDocument {
  record: DocumentRecord;
  /** The text of record every span points into; empty for failed documents. */
  text: string;
  /** Present for documents that were analysed. */
  stages?: { extraction: Extraction; normalized: NormalizedText; segmented: Segmented; structure: Structure; figures: FigureFindings };
}

/**
 * Reads and validates every dictionary the stages use, so a bad data file stops the run before any document is
 * read; does not build the engines (jieba), which only the threads that analyse need.
 */
export function checkResources(checklist = DEFAULT_CHECKLIST): void {
  loadIngestData();
  loadNormalizeRules();
  loadUserWords();
  loadStructureData();
  loadFigureData();
  loadChecklist(checklist);
  loadEras();
  loadForeignNameRules();
  loadScriptTables();
}

/** Every dictionary, validated, and the engines built from them: what a thread that analyses loads first. */
export function loadResources(checklist = DEFAULT_CHECKLIST): void {
  checkResources(checklist);
  loadTokenizer();
}

export { documentId };

/**
 * Analyses one file. With `split`, a compilation page (several essays on one template-site page) becomes one
 * document per essay, each with its essay as its text of record and `#1`, `#2` … after its path.
 */
export async function analyzeDocument(path: string | Buffer, displayPath: string, options: AnalyzeOptions, pages?: (string | Buffer)[]): Promise<AnalyzedDocument[]> {
  const started = performance.now();
  let bytes: Buffer | undefined;
  try {
    let extraction: Extraction;
    if (pages) {
      // A group of page images: one document whose identity is all its pages' bytes, in order.
      const files = await Promise.all(pages.map(async (page) => ({ bytes: await readSource(page, options.maxBytes), path: String(page) })));
      bytes = Buffer.concat(files.map((f) => f.bytes));
      extraction = await extractPageImages(files, options);
    } else {
      bytes = await readSource(path, options.maxBytes, displayPath);
      extraction = await extract(bytes, displayPath, options);
    }
    const whole = analyzeExtraction(extraction, displayPath, bytes, options, started);
    const essays = whole.stages!.structure.essays;
    if (!options.split || essays.length < 2) return [whole];
    return essays.map((span, k) => analyzeExtraction(essayOf(extraction, span), `${displayPath}#${k + 1}`, bytes!, options, performance.now()));
  } catch (e) {
    const error =
      e instanceof IngestError
        ? { code: e.code, message: e.message }
        : { code: 'E_INTERNAL' as const, message: `wenshen failed on ${displayPath}: ${(e as Error)?.message ?? e}; please report it with this file.`, stack: (e as Error)?.stack };
    return [{ record: failedRecord(displayPath, bytes, error, performance.now() - started), text: '' }];
  }
}

/** One essay of a compilation as an extraction of its own: its text, and the blocks inside it, shifted. */
function essayOf(extraction: Extraction, span: Span): Extraction {
  return {
    ...extraction,
    text: extraction.text.slice(span.start, span.end),
    blocks: extraction.blocks.filter((b) => b.start >= span.start && b.end <= span.end).map((b) => ({ ...b, start: b.start - span.start, end: b.end - span.start })),
    pages: undefined,
  };
}

/** The stages after ingest, in order. */
function analyzeExtraction(extraction: Extraction, displayPath: string, bytes: Buffer, options: AnalyzeOptions, started: number): AnalyzedDocument {
  const normalized = normalize(extraction.text);
  const segmented = segment(extraction.text, normalized);
  const structure = analyzeStructure(extraction.text, normalized, extraction.blocks);
  const figures = extractFigureFindings(extraction.text, normalized, segmented.sentences);
  const sections = checkSections(extraction.text, normalized, structure, segmented, figures.honors, loadChecklist(options.checklist ?? DEFAULT_CHECKLIST));
  return {
    record: documentRecord(displayPath, bytes, extraction.format, started, {
      chars: extraction.text.length,
      script: normalized.script,
      ocr: extraction.ocr,
      ocrPages: (extraction.pages ?? []).filter((p) => p.ocr).map((p) => p.page),
      pages: extraction.pages?.length ?? null,
      encoding: extraction.encoding ?? null,
      paragraphs: segmented.paragraphs.length,
      sentences: segmented.sentences.length,
      genre: structure.genre,
      title: structure.title,
      unit: structure.unit,
      period: structure.period,
      structure: { headings: structure.headings, essays: structure.essays },
      checklistName: sections.checklist,
      checklist: sections.items,
      figures: options.allFigures ? figures.figures : figures.figures.filter((f) => f.claim === 'achieved'),
      honors: figures.honors,
      placeholders: figures.placeholders,
      findings: [...normalized.findings, ...structure.findings, ...sections.findings, ...placeholderFindings(figures), ...staleFindings(extraction.text, normalized, structure.period, loadEras()), ...foreignNameFindings(extraction.text, normalized, structure.unit, loadForeignNameRules())],
      warnings: extraction.warnings,
    }),
    text: extraction.text,
    stages: { extraction, normalized, segmented, structure, figures },
  };
}

function documentRecord(
  path: string,
  bytes: Buffer,
  format: Format,
  started: number,
  fields: Pick<
    DocumentRecord,
    | 'chars' | 'script' | 'ocr' | 'ocrPages' | 'pages' | 'encoding' | 'paragraphs' | 'sentences' | 'genre' | 'title' | 'unit' | 'period'
    | 'structure' | 'checklistName' | 'checklist' | 'figures' | 'honors' | 'placeholders' | 'findings' | 'warnings'
  >,
): DocumentRecord {
  const sha256 = sha256Of(bytes);
  return {
    schema: SCHEMA,
    id: documentId(path, sha256),
    path,
    sha256,
    bytes: bytes.length,
    format,
    status: 'ok',
    error: null,
    ...fields,
    ms: Math.round(performance.now() - started),
  };
}

/** One warning per unfilled template blank or deleted-name trace, at its place. */
function placeholderFindings(found: FigureFindings): Finding[] {
  return found.placeholders.map((p) => ({
    ruleId: p.ruleId,
    severity: 'warning' as const,
    message: p.kind === 'blank' ? `Unfilled template placeholder "${p.text}".` : `A name seems cut out here ("${p.text}").`,
    start: p.start,
    end: p.end,
    text: p.text,
  }));
}

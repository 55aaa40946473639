// Reads legacy binary Word files (.doc, and Kingsoft .wps, which is the same format) with word-extractor:
// body paragraphs, tables as tab-separated rows, footnotes and text boxes after the body; Word's list labels and
// heading levels come from the file's own list tables and paragraph properties (doc-labels).
import WordExtractor from 'word-extractor';
import type { Block, Extraction } from '../model/document.js';
import { labelledParagraphs, type LabelledParagraph } from './doc-labels.js';
import { IngestError } from './errors.js';
import { unifyLineEndings } from './text-lines.js';

export async function readDoc(bytes: Buffer, path: string, format: 'doc' | 'wps'): Promise<Extraction> {
  let document: WordExtractor.Document;
  try {
    document = await new WordExtractor().extract(bytes);
  } catch (e) {
    throw new IngestError('E_CORRUPT', `${path} is a damaged Word file (${(e as Error).message}); ask for the file again.`);
  }
  // filterUnicode off: by default word-extractor turns “” into "" and — into -, which is not faithful.
  const raw = { filterUnicode: false };
  const sections = [
    joinCellParagraphs(document.getBody(raw)),
    document.getTextboxes({ ...raw, includeHeadersAndFooters: false, includeBody: true }),
    document.getFootnotes(raw),
    document.getEndnotes(raw),
  ];
  const lines = unifyLineEndings(sections.map((s) => s.trim()).filter(Boolean).join('\n'))
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .filter((line) => line !== '');
  const warnings: string[] = [];
  let paragraphs: LabelledParagraph[] = [];
  try {
    paragraphs = labelledParagraphs(bytes);
  } catch (e) {
    warnings.push(`auto-numbering labels could not be rebuilt (${(e as Error).message}); headings numbered by Word may lack their 一、`);
  }
  const matched = matchParagraphs(lines, paragraphs);
  const unplaced = paragraphs.filter((p) => p.label && !matched.has(p)).length;
  if (unplaced > 0) warnings.push(`${unplaced} auto-numbering label(s) could not be placed in the text`);
  const byLine = new Map([...matched].map(([p, line]) => [line, p]));
  const blocks: Block[] = [];
  let offset = 0;
  const text = lines
    .map((line, i) => {
      const p = byLine.get(i);
      const full = (p?.label ?? '') + line;
      const block: Block = { start: offset, end: offset + full.length, kind: full.includes('\t') ? 'table-row' : 'paragraph' };
      if (p) {
        if (p.heading) block.kind = 'heading';
        if (p.style) block.style = p.style;
        if (p.outlineLevel !== undefined) block.outlineLevel = p.outlineLevel;
        if (p.label) block.label = p.label.trimEnd();
      }
      if (full.trim() !== '') blocks.push(block);
      offset += full.length + 1;
      return full;
    })
    .join('\n');
  return { format, text, blocks, ocr: false, warnings };
}

/** How many paragraph marks one table cell may hold before a line is taken for body text after all. */
const MAX_CELL_PARAGRAPHS = 8;

/**
 * word-extractor ends every table row with a cell mark (a tab) before its line break, and a paragraph mark inside a
 * cell with a bare line break, which would part the row. A line holding a tab but not ending in one runs on to the
 * line that does: its cell's paragraphs are joined with a space, so each number stays under its header.
 */
function joinCellParagraphs(body: string): string {
  const lines = body.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.includes('\t') && !line.endsWith('\t')) {
      let end = i + 1;
      while (end < lines.length && end - i <= MAX_CELL_PARAGRAPHS && !lines[end]!.endsWith('\t')) end++;
      if (end < lines.length && end - i <= MAX_CELL_PARAGRAPHS) {
        out.push(lines.slice(i, end + 1).join(' '));
        i = end;
        continue;
      }
    }
    out.push(line);
  }
  return out.join('\n');
}

/**
 * Pairs the binary file's body paragraphs with word-extractor's lines, in order: a paragraph goes to the next
 * line with the same visible text. Paragraphs that match no line (text boxes, odd fields) are left out.
 */
function matchParagraphs(lines: string[], paragraphs: LabelledParagraph[]): Map<LabelledParagraph, number> {
  const matched = new Map<LabelledParagraph, number>();
  const key = (s: string) => s.replace(/\s+/g, '');
  let next = 0;
  for (const p of paragraphs) {
    const want = key(p.text);
    if (want === '') continue;
    for (let i = next; i < Math.min(lines.length, next + 50); i++) {
      if (key(lines[i]!) === want) {
        matched.set(p, i);
        next = i + 1;
        break;
      }
    }
  }
  return matched;
}

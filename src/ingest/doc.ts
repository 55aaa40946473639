// Reads legacy binary Word files (.doc, and Kingsoft .wps, which is the same format) with word-extractor:
// body paragraphs, tables as tab-separated rows, footnotes and text boxes after the body.
import WordExtractor from 'word-extractor';
import type { Extraction } from '../model/document.js';
import { IngestError } from './errors.js';
import { lineBlocks, unifyLineEndings } from './text-lines.js';

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
    document.getBody(raw),
    document.getTextboxes({ ...raw, includeHeadersAndFooters: false, includeBody: true }),
    document.getFootnotes(raw),
    document.getEndnotes(raw),
  ];
  const text = unifyLineEndings(sections.map((s) => s.trim()).filter(Boolean).join('\n'))
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{2,}/g, '\n');
  const blocks = lineBlocks(text).map((block) => ({ ...block, kind: text.slice(block.start, block.end).includes('\t') ? ('table-row' as const) : block.kind }));
  return {
    format,
    text,
    blocks,
    ocr: false,
    warnings: ['auto-numbering labels are not kept for .doc/.wps files; headings numbered by Word lose their 一、 (save as .docx to keep them)'],
  };
}

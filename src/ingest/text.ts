// Reads .txt and .md files: detected encoding, unified line endings, one block per line, tables lined up with
// spaces turned into tab-separated rows.
import type { Extraction } from '../model/document.js';
import { markTableRows, tabAlignedColumns } from './aligned-columns.js';
import { decodeText } from './encoding.js';
import { assertReadableText, lineBlocks, unifyLineEndings } from './text-lines.js';

export function readPlainText(bytes: Buffer, path: string, format: 'txt' | 'md'): Extraction {
  const decoded = decodeText(bytes, path);
  const text = tabAlignedColumns(unifyLineEndings(decoded.text));
  assertReadableText(text, path);
  return { format, text, blocks: markTableRows(text, lineBlocks(text)), encoding: decoded.encoding, ocr: false, warnings: decoded.warnings ?? [] };
}

// Reads .txt and .md files: detected encoding, unified line endings, one block per line.
import type { Extraction } from '../model/document.js';
import { decodeText } from './encoding.js';
import { assertReadableText, lineBlocks, unifyLineEndings } from './text-lines.js';

export function readPlainText(bytes: Buffer, path: string, format: 'txt' | 'md'): Extraction {
  const decoded = decodeText(bytes, path);
  const text = unifyLineEndings(decoded.text);
  assertReadableText(text, path);
  return { format, text, blocks: lineBlocks(text), encoding: decoded.encoding, ocr: false, warnings: decoded.warnings ?? [] };
}

// Turns plain text into the extraction shape: line endings unified, one paragraph block per non-empty line.
import type { Block } from '../model/document.js';
import { IngestError } from './errors.js';

export function unifyLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export function lineBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') blocks.push({ start, end: start + line.length, kind: 'paragraph' });
    start += line.length + 1;
  }
  return blocks;
}

/** Binary content read as text shows control characters or replacement characters; say so rather than go on. */
export function assertReadableText(text: string, path: string): void {
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c) || c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) odd++;
  }
  if (text.length > 0 && odd / text.length > 0.02) {
    throw new IngestError('E_UNREADABLE', `${path} reads as binary or garbled text (${odd} unreadable characters); save it as UTF-8 text, .docx or .pdf.`);
  }
}

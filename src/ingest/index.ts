// Turns a file on disk into its text of record: sniffs the real format, reads it with the matching reader and
// fails with a stable error code when that cannot be done.
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { Extraction } from '../model/document.js';
import { sha256Of } from '../model/document-id.js';
import { IngestError } from './errors.js';
import { readHtml } from './html.js';
import { sniff } from './sniff.js';
import { assertReadableText } from './text-lines.js';
import { readPlainText } from './text.js';

export { IngestError } from './errors.js';
export { loadCommonCharacters as loadIngestData } from './encoding.js';

export interface IngestOptions {
  /** OCR pages without a text layer. @default true */
  ocr?: boolean;
  /** Files larger than this fail with E_TOO_LARGE. @default 50_000_000 */
  maxBytes?: number;
}

export interface Ingested {
  extraction: Extraction;
  sha256: string;
  bytes: number;
}

/**
 * Reads the file's bytes with the size limit applied; shared by ingest and the record's identity. The size is
 * checked on the opened file and the read stops past the limit whatever the size claimed (/proc files say 0).
 */
export async function readSource(file: string | Buffer, maxBytes: number, path: string = String(file)): Promise<Buffer> {
  let handle: FileHandle;
  try {
    // Non-blocking, so a named pipe fails the regular-file test below instead of waiting for a writer.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new IngestError('E_UNREADABLE', `${path} cannot be opened (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); check that it exists and is readable.`);
  }
  const tooLarge = (size: string) => new IngestError('E_TOO_LARGE', `${path} is ${size} bytes, over the ${maxBytes}-byte limit; raise --max-bytes if it is a real report.`);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new IngestError('E_UNREADABLE', `${path} is not a regular file.`);
    if (info.size > maxBytes) throw tooLarge(String(info.size));
    const buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(info.size + 1, 65_536)));
    let length = 0;
    let target = buffer;
    for (;;) {
      if (length === target.length) {
        if (length > maxBytes) throw tooLarge(`more than ${maxBytes}`);
        const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, target.length * 2));
        target.copy(grown, 0, 0, length);
        target = grown;
      }
      const { bytesRead } = await handle.read(target, length, target.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw tooLarge(`more than ${maxBytes}`);
    return target.subarray(0, length);
  } catch (e) {
    if (e instanceof IngestError) throw e;
    throw new IngestError('E_UNREADABLE', `${path} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); check its permissions.`);
  } finally {
    await handle.close();
  }
}

export { sha256Of };

// The readers of container formats (pdf.js, word-extractor, the XML parser, the image decoders) load with the first
// file that needs them: a batch of .txt never pays for them, and a worker is ready sooner.
const loadPdfReader = () => import('./pdf.js');
const loadDocReader = () => import('./doc.js');
const loadDocxReader = () => import('./docx.js');
const loadOfdReader = () => import('./ofd.js');
const loadImageReader = () => import('./image.js');

export async function extract(bytes: Buffer, path: string, options: IngestOptions = {}): Promise<Extraction> {
  const sniffed = await sniff(bytes, path);
  let extraction: Extraction;
  switch (sniffed.format) {
    case 'docx':
      extraction = await (await loadDocxReader()).readDocx(sniffed.zip!, path, options.maxBytes ?? 50_000_000);
      break;
    case 'ofd':
      extraction = (await loadOfdReader()).readOfd(sniffed.zip!, path, options.maxBytes ?? 50_000_000);
      break;
    case 'pdf':
      extraction = await (await loadPdfReader()).readPdf(bytes, path, { ocr: options.ocr ?? true });
      break;
    case 'doc':
    case 'wps':
      extraction = await (await loadDocReader()).readDoc(bytes, path, sniffed.format);
      break;
    case 'image':
      extraction = await (await loadImageReader()).readImages([{ bytes, path }], { ocr: options.ocr ?? true });
      break;
    case 'html':
      extraction = readHtml(bytes, path);
      break;
    case 'txt':
    case 'md':
      extraction = readPlainText(bytes, path, sniffed.format);
      break;
    default:
      throw new IngestError('E_UNSUPPORTED', `${path} is in a format wenshen does not read; submit .docx, .pdf, .ofd, .doc, .wps, .txt or page images.`);
  }
  if (extraction.text.replace(/\s/g, '') === '') {
    throw new IngestError('E_EMPTY', `${path} contains no text; ask the unit for the filled-in report.`);
  }
  assertReadableText(extraction.text, path);
  return extraction;
}

/** Page images of one submission (--group-images), read as the pages of one document in the order given. */
export async function extractPageImages(files: { bytes: Buffer; path: string }[], options: IngestOptions = {}): Promise<Extraction> {
  for (const file of files) {
    if ((await sniff(file.bytes, file.path)).format !== 'image') {
      throw new IngestError('E_UNSUPPORTED', `${file.path} is grouped as a page image but is not one; rename it or run without --group-images.`);
    }
  }
  const extraction = await (await loadImageReader()).readImages(files, { ocr: options.ocr ?? true });
  if (extraction.text.replace(/\s/g, '') === '') {
    throw new IngestError('E_EMPTY', `${files[0]!.path} and its other pages contain no text; ask the unit for a legible copy.`);
  }
  return extraction;
}

export async function ingestFile(path: string, options: IngestOptions = {}): Promise<Ingested> {
  const bytes = await readSource(path, options.maxBytes ?? 50_000_000);
  const extraction = await extract(bytes, path, options);
  return { extraction, sha256: sha256Of(bytes), bytes: bytes.length };
}

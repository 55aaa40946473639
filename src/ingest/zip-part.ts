// Turns one part of a loaded zip into its text, refusing a part that unpacks past a limit: first by the size the
// zip declares, then by inflating with a cap, so a zip bomb costs at most the limit and never its full size.
import { inflateRawSync } from 'node:zlib';
import type JSZip from 'jszip';
import { IngestError } from './errors.js';

/** What jszip keeps of an entry after reading the central directory (its `_data`). */
interface CompressedEntry {
  uncompressedSize: number;
  compression: { magic: string };
  compressedContent: Uint8Array;
}

const STORED = '\x00\x00';
const DEFLATED = '\x08\x00';

function tooLarge(path: string, part: string, size: string, limit: number): IngestError {
  return new IngestError('E_TOO_LARGE', `${path} has a part ${part} of ${size} bytes once unpacked, over the ${limit}-byte limit; raise --max-bytes if it is a real report.`);
}

/** The part's bytes, or undefined when the zip has no such part. */
export function readZipPart(zip: JSZip, part: string, path: string, limit: number): Buffer | undefined {
  const file = zip.file(part);
  if (!file) return undefined;
  const entry = (file as unknown as { _data?: CompressedEntry })._data;
  if (!entry || !entry.compressedContent) throw new Error(`jszip entry ${part} has no compressed data to read`);
  if (entry.uncompressedSize > limit) throw tooLarge(path, part, String(entry.uncompressedSize), limit);
  const content = Buffer.from(entry.compressedContent.buffer, entry.compressedContent.byteOffset, entry.compressedContent.byteLength);
  if (entry.compression.magic === STORED) {
    if (content.length > limit) throw tooLarge(path, part, String(content.length), limit);
    return content;
  }
  if (entry.compression.magic !== DEFLATED) {
    throw new IngestError('E_CORRUPT', `${path} has a part ${part} packed with an unknown method; ask for the file again.`);
  }
  try {
    // The declared size can lie: the cap stops inflation at the limit whatever the header said.
    return inflateRawSync(content, { maxOutputLength: limit });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(path, part, `more than ${limit}`, limit);
    throw new IngestError('E_CORRUPT', `${path} has a damaged part ${part} (${(e as Error).message}); ask for the file again.`);
  }
}

export function readZipText(zip: JSZip, part: string, path: string, limit: number): string | undefined {
  return readZipPart(zip, part, path, limit)?.toString('utf8');
}

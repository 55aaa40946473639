// Turns a document's size into the heap limit of the worker that reads it: what documents of that size need, at
// least a floor, at most --memory-mb (the limit a document that runs out of memory under a lower one is retried at).
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { InputFile } from './discover.js';

/**
 * The least a worker starts with. A report of the usual size (up to 100k characters) peaks near 130 MB of heap;
 * a smaller limit than V8 would pick makes its garbage collector keep the heap near what is live.
 */
export const FLOOR_MB = 512;
/** What a worker holds before its document: code, dictionaries and their engines. */
const BASE_MB = 128;
/**
 * Heap per MB of content: a 16 MB text peaks at 1.06 GB (66 MB per MB, `node --trace-gc`), a .docx part's XML
 * tree at more than 70 MB per MB unpacked; twice the first is the estimate, the retry covers the rest.
 */
const PER_MB = 128;
/** Limits come in steps, so that documents of about the same size keep their worker. */
const STEP_MB = 256;

/** The heap limit, in MB, of a worker for a document whose content takes `bytes`. */
export function heapLimitFor(bytes: number, ceilingMb: number): number {
  const stepped = Math.ceil((BASE_MB + (PER_MB * bytes) / 1e6) / STEP_MB) * STEP_MB;
  return Math.min(ceilingMb, Math.max(FLOOR_MB, stepped));
}

const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;

/**
 * What a zip's parts take unpacked, as its central directory declares (a .docx or .ofd is read part by part:
 * its XML, not its compressed bytes, is what fills the heap); null when the file is not a zip the reader follows.
 */
async function unpackedZipBytes(file: string | Buffer, size: number): Promise<number | null> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const tailLength = Math.min(size, 65_557);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let at = tail.length - 22;
    while (at >= 0 && tail.readUInt32LE(at) !== EOCD) at--;
    if (at < 0) return null;
    const directorySize = tail.readUInt32LE(at + 12);
    const directoryOffset = tail.readUInt32LE(at + 16);
    if (directoryOffset + directorySize > size || directorySize > 16_000_000) return null;
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    let total = 0;
    for (let p = 0; p + 46 <= directory.length && directory.readUInt32LE(p) === CENTRAL_ENTRY; ) {
      const unpacked = directory.readUInt32LE(p + 24);
      if (unpacked === 0xffffffff) return Number.POSITIVE_INFINITY; // zip64: a part of 4 GB or more
      total += unpacked;
      p += 46 + directory.readUInt16LE(p + 28) + directory.readUInt16LE(p + 30) + directory.readUInt16LE(p + 32);
    }
    return total;
  } finally {
    await handle.close();
  }
}

/** How many bytes a document's content takes: its files' sizes, a zip's parts unpacked. 0 when it cannot be read. */
export async function contentBytes(input: InputFile): Promise<number> {
  let total = 0;
  for (const file of input.pages ?? [input.file]) {
    try {
      // Non-blocking, as the worker reads it: a file that became a named pipe must not hold the batch.
      const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
      let size: number;
      let zip: boolean;
      try {
        const info = await handle.stat();
        if (!info.isFile()) continue;
        size = info.size;
        const head = Buffer.alloc(4);
        await handle.read(head, 0, 4, 0);
        zip = head.readUInt32LE(0) === 0x04034b50;
      } finally {
        await handle.close();
      }
      total += (zip && (await unpackedZipBytes(file, size))) || size;
    } catch {
      // Unreadable here is unreadable in the worker too: it says so in the document's record.
    }
  }
  return total;
}

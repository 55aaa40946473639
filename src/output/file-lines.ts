// Turns a text file into its lines, one at a time, reading it in large slices: readline took seconds of a thread
// over a documents.jsonl of 50 MB, whose lines are hundreds of kilobytes each.
import { open } from 'node:fs/promises';

const SLICE = 1 << 20;
const NEWLINE = 0x0a;

/** The file's lines without their `\n` (or `\r\n`), the last one even without a newline; UTF-8. */
export async function* fileLines(path: string): AsyncGenerator<string> {
  const file = await open(path, 'r');
  try {
    let pending: Buffer[] = [];
    for (;;) {
      const slice = Buffer.allocUnsafe(SLICE);
      const { bytesRead } = await file.read(slice, 0, SLICE, null);
      if (bytesRead === 0) break;
      const bytes = slice.subarray(0, bytesRead);
      let from = 0;
      for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, from)) {
        const piece = bytes.subarray(from, at);
        yield lineOf(pending.length > 0 ? Buffer.concat([...pending, piece]) : piece);
        pending = [];
        from = at + 1;
      }
      // The rest begins the next line (each slice is a buffer of its own, so the piece stays valid).
      if (from < bytes.length) pending.push(bytes.subarray(from));
    }
    if (pending.length > 0) yield lineOf(Buffer.concat(pending));
  } finally {
    await file.close();
  }
}

function lineOf(bytes: Buffer): string {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
  return bytes.toString('utf8', 0, end);
}

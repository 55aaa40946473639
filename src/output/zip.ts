// Packs named files into a zip archive with Node's own deflate (far faster than a JavaScript deflate on large
// spreadsheets); enough of the format for xlsx: no zip64, so under 4 GB. A large member is deflated piece by piece
// as its text is produced, so no thread ever holds a whole spreadsheet.
import { once } from 'node:events';
import { closeSync, createWriteStream, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

/** A member's text deflated as it comes (into a temporary file): the same bytes as deflating it all at once. */
export class DeflatedMember {
  private crc = 0;
  private size = 0;
  private readonly deflate = createDeflateRaw({ level: 1 });
  private readonly finished: Promise<unknown>;

  constructor(
    readonly name: string,
    private readonly tempPath: string,
  ) {
    const file = createWriteStream(tempPath);
    this.deflate.pipe(file);
    this.finished = Promise.race([once(file, 'close'), once(file, 'error').then(([e]) => Promise.reject(e as Error)), once(this.deflate, 'error').then(([e]) => Promise.reject(e as Error))]);
    this.finished.catch(() => undefined);
  }

  async write(text: string): Promise<void> {
    const bytes = Buffer.from(text, 'utf8');
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    if (!this.deflate.write(bytes)) await once(this.deflate, 'drain');
  }

  /** Ends the member; its deflated bytes are then complete. */
  async end(): Promise<{ crc: number; size: number; packedSize: number; path: string }> {
    this.deflate.end();
    await this.finished;
    return { crc: this.crc >>> 0, size: this.size, packedSize: statSync(this.tempPath).size, path: this.tempPath };
  }

  remove(): void {
    this.deflate.destroy();
    rmSync(this.tempPath, { force: true });
  }
}

/** A member given whole, or one deflated piece by piece (ended). */
export type ZipMember = { name: string; content: string | Uint8Array } | { name: string; deflated: { crc: number; size: number; packedSize: number; path: string } };

function localHeader(crc: number, packedSize: number, size: number, nameLength: number): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4); // version needed
  header.writeUInt16LE(0x0800, 6); // UTF-8 names
  header.writeUInt16LE(8, 8); // deflate
  header.writeUInt32LE(0, 10); // time and date: none, so the same records give the same bytes
  header.writeUInt32LE(crc, 14);
  header.writeUInt32LE(packedSize, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(nameLength, 26);
  header.writeUInt16LE(0, 28);
  return header;
}

function centralEntry(crc: number, packedSize: number, size: number, nameLength: number, offset: number): Buffer {
  const entry = Buffer.alloc(46);
  entry.writeUInt32LE(0x02014b50, 0);
  entry.writeUInt16LE(20, 4);
  entry.writeUInt16LE(20, 6);
  entry.writeUInt16LE(0x0800, 8);
  entry.writeUInt16LE(8, 10);
  entry.writeUInt32LE(0, 12);
  entry.writeUInt32LE(crc, 16);
  entry.writeUInt32LE(packedSize, 20);
  entry.writeUInt32LE(size, 24);
  entry.writeUInt16LE(nameLength, 28);
  entry.writeUInt32LE(offset, 42);
  return entry;
}

const COPY_BLOCK = 1 << 20;

/** Writes the archive to `path`, member by member; a deflated member's bytes are copied from its temporary file. */
export function writeZip(path: string, members: ZipMember[]): void {
  const out = openSync(path, 'w');
  try {
    const central: Buffer[] = [];
    let offset = 0;
    const write = (bytes: Uint8Array) => {
      writeSync(out, bytes);
      offset += bytes.length;
    };
    for (const member of members) {
      const nameBytes = Buffer.from(member.name, 'utf8');
      const start = offset;
      if ('content' in member) {
        const data = typeof member.content === 'string' ? Buffer.from(member.content, 'utf8') : Buffer.from(member.content);
        const packed = deflateRawSync(data, { level: 1 });
        const crc = crc32(data);
        write(localHeader(crc, packed.length, data.length, nameBytes.length));
        write(nameBytes);
        write(packed);
        central.push(centralEntry(crc, packed.length, data.length, nameBytes.length, start), nameBytes);
      } else {
        const { crc, size, packedSize, path: packedPath } = member.deflated;
        write(localHeader(crc, packedSize, size, nameBytes.length));
        write(nameBytes);
        const from = openSync(packedPath, 'r');
        try {
          const buffer = Buffer.allocUnsafe(COPY_BLOCK);
          for (let done = 0; done < packedSize; ) {
            const n = readSync(from, buffer, 0, Math.min(COPY_BLOCK, packedSize - done), done);
            if (n === 0) throw new Error(`${packedPath} ended after ${done} of ${packedSize} bytes`);
            write(buffer.subarray(0, n));
            done += n;
          }
        } finally {
          closeSync(from);
        }
        central.push(centralEntry(crc, packedSize, size, nameBytes.length, start), nameBytes);
      }
    }
    const centralSize = central.reduce((n, b) => n + b.length, 0);
    const centralStart = offset;
    for (const b of central) write(b);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(members.length, 8);
    end.writeUInt16LE(members.length, 10);
    end.writeUInt32LE(centralSize, 12);
    end.writeUInt32LE(centralStart, 16);
    write(end);
  } finally {
    closeSync(out);
  }
}

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DeflatedMember, writeZip } from '../../src/output/zip.js';

describe('writeZip', () => {
  const rows = Array.from({ length: 3000 }, (_, i) => `<row r="${i}"><c><v>文明单位${i % 17}</v></c></row>`);

  it('writes a member deflated piece by piece byte for byte as the same member given whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    const member = new DeflatedMember('sheet.xml', join(dir, 'sheet.tmp'));
    for (let i = 0; i < rows.length; i += 7) await member.write(rows.slice(i, i + 7).join(''));
    writeZip(join(dir, 'pieces.zip'), [{ name: 'a.txt', content: 'α' }, { name: 'sheet.xml', deflated: await member.end() }]);
    writeZip(join(dir, 'whole.zip'), [{ name: 'a.txt', content: 'α' }, { name: 'sheet.xml', content: rows.join('') }]);
    const pieces = readFileSync(join(dir, 'pieces.zip'));
    expect(pieces.equals(readFileSync(join(dir, 'whole.zip')))).toBe(true);
    // The second member's data starts after the first's local header, name and data; it inflates to the rows.
    const firstData = pieces.readUInt32LE(18);
    const second = 30 + 5 + firstData;
    expect(pieces.readUInt32LE(second)).toBe(0x04034b50);
    const packed = pieces.readUInt32LE(second + 18);
    const start = second + 30 + pieces.readUInt16LE(second + 26);
    expect(inflateRawSync(pieces.subarray(start, start + packed)).toString('utf8')).toBe(rows.join(''));
    member.remove();
  });
});

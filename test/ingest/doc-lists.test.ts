// The .doc list tables (PlfLst, PlfLfo) read into numbering definitions: number formats, placeholders in the
// number text, and a list override that restarts a level.
import { describe, expect, it } from 'vitest';
import type { Fib } from '../../src/ingest/doc-binary.js';
import { readLists } from '../../src/ingest/doc-lists.js';
import { NumberingCounter } from '../../src/ingest/docx-numbering.js';

function lvl(start: number, nfc: number, xst: string, placeholderAt: number[]): Buffer {
  const lvlf = Buffer.alloc(28);
  lvlf.writeInt32LE(start, 0);
  lvlf[4] = nfc;
  placeholderAt.forEach((p, i) => (lvlf[6 + i] = p));
  lvlf[15] = 2; // ixchFollow: nothing
  const text = Buffer.alloc(2 + xst.length * 2);
  text.writeUInt16LE(xst.length, 0);
  text.write(xst, 2, 'utf16le');
  return Buffer.concat([lvlf, text]);
}

function tables(): { table: Buffer; fib: Fib } {
  // One simple list (lsid 77): chineseCounting "%1、" where the level placeholder is character 0 at position 1.
  const lstf = Buffer.alloc(28);
  lstf.writeInt32LE(77, 0);
  lstf.fill(0xff, 8, 26);
  lstf[26] = 0x01; // fSimpleList
  const plfLst = Buffer.concat([Buffer.from([1, 0]), lstf]);
  const lvls = lvl(1, 0x25, '\u0000、', [1]);
  // Two overrides of that list: the first plain, the second restarting level 0 at 5.
  const lfo = (clfolvl: number) => {
    const b = Buffer.alloc(16);
    b.writeInt32LE(77, 0);
    b[12] = clfolvl;
    return b;
  };
  const lfolvl = Buffer.alloc(8);
  lfolvl.writeInt32LE(5, 0);
  lfolvl.writeUInt32LE(0x10, 4); // ilvl 0, fStartAt
  const plfLfo = Buffer.concat([Buffer.from([2, 0, 0, 0]), lfo(0), lfo(1), Buffer.alloc(4), Buffer.alloc(4), lfolvl]);
  const table = Buffer.concat([plfLst, lvls, plfLfo]);
  const lstAt = 0;
  const lfoAt = plfLst.length + lvls.length;
  const fib: Fib = {
    tableStreamName: '1Table',
    ccpText: 0,
    pair: (name) => (name === 'plfLst' ? { fc: lstAt, lcb: plfLst.length } : name === 'plfLfo' ? { fc: lfoAt, lcb: plfLfo.length } : { fc: 0, lcb: 0 }),
  };
  return { table, fib };
}

describe('.doc list tables', () => {
  it('reads number format, number text and the start-at override', () => {
    const { table, fib } = tables();
    const lists = readLists(table, fib);
    expect(lists.abstracts.get('77')![0]).toMatchObject({ start: 1, format: 'chineseCounting', text: '%1、', suffix: 'nothing' });
    expect(lists.instances.get('2')!.overrides.get(0)).toEqual({ start: 5 });
    const counter = new NumberingCounter(lists);
    expect([counter.next('1', 0), counter.next('1', 0), counter.next('2', 0), counter.next('2', 0)]).toEqual(['一、', '二、', '五、', '六、']);
  });
});

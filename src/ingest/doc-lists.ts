// Turns a Word binary document's list tables ([MS-DOC] PlfLst: LSTF + LVL; PlfLfo: LFO + LFOLVL overrides) into
// the numbering definitions the .docx reader counts with, so both formats label paragraphs the same way.
import type { NumberingDefinitions, NumberingLevel } from './docx-numbering.js';
import type { Fib } from './doc-binary.js';

/** [MS-DOC] MSONFC number formats by value, as their ST_NumberFormat names. */
const NFC: Record<number, string> = {
  0x00: 'decimal', 0x01: 'upperRoman', 0x02: 'lowerRoman', 0x03: 'upperLetter', 0x04: 'lowerLetter',
  0x05: 'ordinal', 0x06: 'cardinalText', 0x07: 'ordinalText', 0x08: 'hex', 0x09: 'chicago',
  0x0a: 'ideographDigital', 0x0b: 'japaneseCounting', 0x0c: 'aiueo', 0x0d: 'iroha', 0x0e: 'decimalFullWidth',
  0x0f: 'decimalHalfWidth', 0x10: 'japaneseLegal', 0x11: 'japaneseDigitalTenThousand', 0x12: 'decimalEnclosedCircle',
  0x13: 'decimalFullWidth2', 0x14: 'aiueoFullWidth', 0x15: 'irohaFullWidth', 0x16: 'decimalZero', 0x17: 'bullet',
  0x18: 'ganada', 0x19: 'chosung', 0x1a: 'decimalEnclosedFullstop', 0x1b: 'decimalEnclosedParen',
  0x1c: 'decimalEnclosedCircleChinese', 0x1d: 'ideographEnclosedCircle', 0x1e: 'ideographTraditional',
  0x1f: 'ideographZodiac', 0x20: 'ideographZodiacTraditional', 0x21: 'taiwaneseCounting',
  0x22: 'ideographLegalTraditional', 0x23: 'taiwaneseCountingThousand', 0x24: 'taiwaneseDigital',
  0x25: 'chineseCounting', 0x26: 'chineseLegalSimplified', 0x27: 'chineseCountingThousand', 0x28: 'decimal',
  0xff: 'none',
};

const LSTF_SIZE = 28;
const LVLF_SIZE = 28;
const LFO_SIZE = 16;

export interface DocLists extends NumberingDefinitions {
  /** Per list (by lsid), the style index linked to each level (rgistdPara), for style-linked numbering. */
  linkedStyles: Map<string, number[]>;
}

/** One LVL: the LVLF, its paragraph and character property groups, and the xst number text. */
function readLvl(table: Buffer, at: number): { level: NumberingLevel; end: number } {
  const start = table.readInt32LE(at);
  const nfc = table[at + 4]!;
  const flags = table[at + 5]!;
  const rgbxchNums = [...table.subarray(at + 6, at + 15)];
  const ixchFollow = table[at + 15]!;
  const cbGrpprlChpx = table[at + 24]!;
  const cbGrpprlPapx = table[at + 25]!;
  let cursor = at + LVLF_SIZE + cbGrpprlPapx + cbGrpprlChpx;
  const cch = table.readUInt16LE(cursor);
  const xst = table.toString('utf16le', cursor + 2, cursor + 2 + cch * 2);
  cursor += 2 + cch * 2;
  // rgbxchNums holds the 1-based positions in xst of the level placeholders; the character there is the level.
  const placeholders = new Set(rgbxchNums.filter((p) => p > 0 && p <= cch).map((p) => p - 1));
  let text = '';
  for (let i = 0; i < xst.length; i++) {
    const code = xst.charCodeAt(i);
    text += placeholders.has(i) && code < 9 ? `%${code + 1}` : xst[i];
  }
  return {
    level: {
      start,
      format: NFC[nfc] ?? 'decimal',
      text,
      suffix: ixchFollow === 1 ? 'space' : ixchFollow === 2 ? 'nothing' : 'tab',
      legal: (flags & 0x04) !== 0,
    },
    end: cursor,
  };
}

export function readLists(table: Buffer, fib: Fib): DocLists {
  const defs: DocLists = { abstracts: new Map(), instances: new Map(), linkedStyles: new Map() };
  const lst = fib.pair('plfLst');
  if (lst.lcb < 2) return defs;
  const cLst = table.readInt16LE(lst.fc);
  // The LVLs of every list follow the PlfLst directly, in list order: 9 levels, or 1 for a simple list.
  let cursor = lst.fc + 2 + cLst * LSTF_SIZE;
  for (let i = 0; i < cLst; i++) {
    const at = lst.fc + 2 + i * LSTF_SIZE;
    const lsid = String(table.readInt32LE(at));
    const linked: number[] = [];
    for (let k = 0; k < 9; k++) linked.push(table.readUInt16LE(at + 8 + k * 2));
    const simple = (table[at + 26]! & 0x01) !== 0;
    const levels: NumberingLevel[] = [];
    for (let k = 0; k < (simple ? 1 : 9); k++) {
      const { level, end } = readLvl(table, cursor);
      levels.push(level);
      cursor = end;
    }
    defs.abstracts.set(lsid, levels);
    defs.linkedStyles.set(lsid, linked);
  }
  const lfo = fib.pair('plfLfo');
  if (lfo.lcb < 4) return defs;
  const lfoMac = table.readInt32LE(lfo.fc);
  // LFOData (a cp and the LFOLVLs) for every LFO follow the LFO array, in order.
  cursor = lfo.fc + 4 + lfoMac * LFO_SIZE;
  for (let i = 0; i < lfoMac; i++) {
    const at = lfo.fc + 4 + i * LFO_SIZE;
    const lsid = String(table.readInt32LE(at));
    const clfolvl = table[at + 12]!;
    const overrides = new Map<number, { start?: number; level?: NumberingLevel }>();
    cursor += 4; // LFOData.cp
    for (let k = 0; k < clfolvl; k++) {
      const iStartAt = table.readInt32LE(cursor);
      const bits = table.readUInt32LE(cursor + 4);
      cursor += 8;
      const ilvl = bits & 0x0f;
      const override: { start?: number; level?: NumberingLevel } = {};
      if (bits & 0x10) override.start = iStartAt;
      if (bits & 0x20) {
        const { level, end } = readLvl(table, cursor);
        override.level = level;
        cursor = end;
      }
      overrides.set(ilvl, override);
    }
    // ilfo (sprmPIlfo) is 1-based.
    defs.instances.set(String(i + 1), { abstractId: lsid, overrides });
  }
  return defs;
}

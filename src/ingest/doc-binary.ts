// Turns a Word binary document's streams into its main-document paragraphs with their paragraph properties
// (style, list, level, outline level, in-table), following the [MS-DOC] structures: FIB → table stream →
// piece table (Clx) for the text, PlcBtePapx → PAPX FKPs for the properties, and the style sheet (STSH).

export interface DocParagraph {
  /** Text of the paragraph without its paragraph mark, raw (field codes and control characters still in). */
  raw: string;
  /** 1-based index into the list-format overrides (PlfLfo); 0 for "not numbered"; -1 when the paragraph does not say (its style decides). */
  ilfo: number;
  /** List level 0–8; -1 when the paragraph does not say. */
  ilvl: number;
  /** Style index into the style sheet. */
  istd: number;
  outlineLevel?: number;
  inTable: boolean;
}

export interface DocStyle {
  /** Built-in style identifier: 1–9 are the built-in headings. */
  sti: number;
  name: string;
  istdBase: number;
  ilfo?: number;
  ilvl?: number;
  outlineLevel?: number;
}

/** Where a structure lives in the table stream (FibRgFcLcb97 pair index). */
const FIB_PAIR = { stshf: 1, plcfBtePapx: 13, clx: 33, plfLst: 73, plfLfo: 74 } as const;

export interface Fib {
  tableStreamName: '0Table' | '1Table';
  ccpText: number;
  pair(name: keyof typeof FIB_PAIR): { fc: number; lcb: number };
}

export function readFib(word: Buffer): Fib {
  if (word.length < 154 || word.readUInt16LE(0) !== 0xa5ec) throw new Error('WordDocument stream has no Word 97+ FIB');
  const flags = word.readUInt16LE(0x0a);
  const csw = word.readUInt16LE(32);
  const rgLw = 32 + 2 + csw * 2 + 2; // FibRgLw97 starts after csw, fibRgW and cslw
  const cslw = word.readUInt16LE(rgLw - 2);
  const ccpText = word.readInt32LE(rgLw + 12);
  const cbRgFcLcb = word.readUInt16LE(rgLw + cslw * 4);
  const rgFcLcb = rgLw + cslw * 4 + 2;
  return {
    tableStreamName: flags & 0x0200 ? '1Table' : '0Table',
    ccpText,
    pair(name) {
      const index = FIB_PAIR[name];
      if (index >= cbRgFcLcb) return { fc: 0, lcb: 0 };
      return { fc: word.readUInt32LE(rgFcLcb + index * 8), lcb: word.readUInt32LE(rgFcLcb + index * 8 + 4) };
    },
  };
}

/** Operand size of a property modifier (Prl) by its sprm's spra bits; -1 for variable-length operands. */
function operandSize(sprm: number): number {
  switch (sprm >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default:
      return -1;
  }
}

export interface Prl {
  sprm: number;
  operand: Buffer;
}

/** Splits a grpprl into its property modifiers. */
export function readPrls(grpprl: Buffer): Prl[] {
  const out: Prl[] = [];
  let at = 0;
  while (at + 2 <= grpprl.length) {
    const sprm = grpprl.readUInt16LE(at);
    at += 2;
    let size = operandSize(sprm);
    if (size < 0) {
      if (sprm === 0xd608 || sprm === 0xd606) {
        // sprmTDefTable and sprmTDefTable10 have a two-byte size that counts itself.
        size = at + 2 <= grpprl.length ? grpprl.readUInt16LE(at) - 1 : 0;
        at += 2;
      } else {
        size = grpprl[at] ?? 0;
        at += 1;
      }
    }
    if (at + size > grpprl.length) break;
    out.push({ sprm, operand: grpprl.subarray(at, at + size) });
    at += size;
  }
  return out;
}

const SPRM = {
  pIlfo: 0x460b,
  pIlvl: 0x260a,
  pOutLvl: 0x2640,
  pFInTable: 0x2416,
  pItap: 0x6649,
} as const;

interface ParagraphProps {
  istd: number;
  ilfo?: number;
  ilvl?: number;
  outlineLevel?: number;
  inTable: boolean;
}

function applyPrls(props: ParagraphProps, grpprl: Buffer): void {
  for (const { sprm, operand } of readPrls(grpprl)) {
    if (sprm === SPRM.pIlfo && operand.length >= 2) props.ilfo = operand.readInt16LE(0);
    else if (sprm === SPRM.pIlvl && operand.length >= 1) props.ilvl = operand[0]!;
    else if (sprm === SPRM.pOutLvl && operand.length >= 1) props.outlineLevel = operand[0]!;
    else if (sprm === SPRM.pFInTable && operand.length >= 1) props.inTable = operand[0] !== 0;
    else if (sprm === SPRM.pItap && operand.length >= 4) props.inTable = operand.readInt32LE(0) > 0;
  }
}

interface Piece {
  cpStart: number;
  cpEnd: number;
  /** Byte offset in the WordDocument stream. */
  fc: number;
  compressed: boolean;
}

/** The piece table: where each run of character positions is stored and how (8-bit cp1252 or UTF-16). */
function readPieces(table: Buffer, fib: Fib): Piece[] {
  const { fc, lcb } = fib.pair('clx');
  let at = fc;
  const end = fc + lcb;
  while (at < end && table[at] === 0x01) at += 3 + table.readUInt16LE(at + 1); // Prc: skip property groups
  if (table[at] !== 0x02) throw new Error('piece table (Pcdt) not found');
  const size = table.readUInt32LE(at + 1);
  const plc = at + 5;
  const n = (size - 4) / 12;
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const raw = table.readUInt32LE(plc + (n + 1) * 4 + i * 8 + 2);
    const compressed = (raw & 0x40000000) !== 0;
    const fcValue = raw & 0x3fffffff;
    pieces.push({
      cpStart: table.readUInt32LE(plc + i * 4),
      cpEnd: table.readUInt32LE(plc + (i + 1) * 4),
      fc: compressed ? fcValue / 2 : fcValue,
      compressed,
    });
  }
  return pieces;
}

const CP1252_HIGH: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6,
  0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c,
  0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a,
  0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

/** Main-document text with, for each character, the byte offset it is stored at (for property lookup). */
function mainText(word: Buffer, pieces: Piece[], ccpText: number): { text: string; fcOf: (cp: number) => number } {
  const chars: string[] = [];
  for (const piece of pieces) {
    if (piece.cpStart >= ccpText) break;
    const count = Math.min(piece.cpEnd, ccpText) - piece.cpStart;
    if (piece.compressed) {
      for (let i = 0; i < count; i++) {
        const b = word[piece.fc + i] ?? 0;
        chars.push(String.fromCharCode(CP1252_HIGH[b] ?? b));
      }
    } else {
      chars.push(word.toString('utf16le', piece.fc, piece.fc + count * 2));
    }
  }
  const fcOf = (cp: number) => {
    const piece = pieces.find((p) => cp >= p.cpStart && cp < p.cpEnd);
    if (!piece) return -1;
    return piece.fc + (cp - piece.cpStart) * (piece.compressed ? 1 : 2);
  };
  return { text: chars.join(''), fcOf };
}

interface PapxRun {
  fcStart: number;
  fcEnd: number;
  props: ParagraphProps;
}

/** Paragraph properties by stored byte range, from every PAPX FKP listed in the PlcBtePapx. */
function readPapxRuns(word: Buffer, table: Buffer, fib: Fib): PapxRun[] {
  const { fc, lcb } = fib.pair('plcfBtePapx');
  const n = (lcb - 4) / 8;
  const runs: PapxRun[] = [];
  for (let i = 0; i < n; i++) {
    const pn = table.readUInt32LE(fc + (n + 1) * 4 + i * 4) & 0x3fffff;
    const fkp = word.subarray(pn * 512, pn * 512 + 512);
    if (fkp.length < 512) continue;
    const crun = fkp[511]!;
    for (let k = 0; k < crun; k++) {
      const bOffset = fkp[(crun + 1) * 4 + k * 13]! * 2;
      const props: ParagraphProps = { istd: 0, inTable: false };
      if (bOffset !== 0) {
        const cb = fkp[bOffset]!;
        const start = cb === 0 ? bOffset + 2 : bOffset + 1;
        const size = cb === 0 ? fkp[bOffset + 1]! * 2 : cb * 2 - 1;
        const grp = fkp.subarray(start, start + size);
        if (grp.length >= 2) {
          props.istd = grp.readUInt16LE(0);
          applyPrls(props, grp.subarray(2));
        }
      }
      runs.push({ fcStart: fkp.readUInt32LE(k * 4), fcEnd: fkp.readUInt32LE((k + 1) * 4), props });
    }
  }
  return runs.sort((a, b) => a.fcStart - b.fcStart);
}

function findRun(runs: PapxRun[], fc: number): PapxRun | undefined {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = runs[mid]!;
    if (fc < run.fcStart) hi = mid - 1;
    else if (fc >= run.fcEnd) lo = mid + 1;
    else return run;
  }
  return undefined;
}

/** The style sheet: each style's built-in id, name, base style and paragraph list/outline properties. */
export function readStyles(table: Buffer, fib: Fib): DocStyle[] {
  const { fc, lcb } = fib.pair('stshf');
  if (lcb === 0) return [];
  const cbStshi = table.readUInt16LE(fc);
  const stshi = fc + 2;
  const cstd = table.readUInt16LE(stshi);
  const cbStdBase = table.readUInt16LE(stshi + 2);
  const styles: DocStyle[] = [];
  let at = stshi + cbStshi;
  for (let istd = 0; istd < cstd && at + 2 <= fc + lcb; istd++) {
    const cbStd = table.readUInt16LE(at);
    const std = table.subarray(at + 2, at + 2 + cbStd);
    at += 2 + cbStd;
    if (cbStd === 0 || std.length < cbStdBase + 2) {
      styles.push({ sti: 0x0ffe, name: '', istdBase: 0x0fff });
      continue;
    }
    const sti = std.readUInt16LE(0) & 0x0fff;
    const stk = std.readUInt16LE(2) & 0x000f;
    const istdBase = std.readUInt16LE(2) >> 4;
    const cupx = std.readUInt16LE(4) & 0x000f;
    const cch = std.readUInt16LE(cbStdBase);
    const name = std.toString('utf16le', cbStdBase + 2, cbStdBase + 2 + cch * 2);
    const style: DocStyle = { sti, name, istdBase };
    // The first UPX of a paragraph style (stk 1) is its UpxPapx: istd, then its grpprl.
    let upx = cbStdBase + 2 + (cch + 1) * 2;
    if (stk === 1 && cupx >= 1 && upx + 2 <= std.length) {
      const cbUpx = std.readUInt16LE(upx);
      const grp = std.subarray(upx + 2, upx + 2 + cbUpx);
      const props: ParagraphProps = { istd, inTable: false };
      if (grp.length >= 2) applyPrls(props, grp.subarray(2));
      if (props.ilfo !== undefined) style.ilfo = props.ilfo;
      if (props.ilvl !== undefined) style.ilvl = props.ilvl;
      if (props.outlineLevel !== undefined) style.outlineLevel = props.outlineLevel;
      upx += 2 + cbUpx + (cbUpx % 2);
    }
    styles.push(style);
  }
  return styles;
}

/** Splits the main document into paragraphs (ended by a paragraph mark or a cell mark) with their properties. */
export function readParagraphs(word: Buffer, table: Buffer, fib: Fib): DocParagraph[] {
  const pieces = readPieces(table, fib);
  const { text, fcOf } = mainText(word, pieces, fib.ccpText);
  const runs = readPapxRuns(word, table, fib);
  const paragraphs: DocParagraph[] = [];
  let start = 0;
  for (let cp = 0; cp < text.length; cp++) {
    const c = text.charCodeAt(cp);
    if (c !== 0x0d && c !== 0x07) continue;
    const props = findRun(runs, fcOf(cp))?.props ?? { istd: 0, inTable: false };
    paragraphs.push({
      raw: text.slice(start, cp),
      ilfo: props.ilfo ?? -1,
      ilvl: props.ilvl ?? -1,
      istd: props.istd,
      outlineLevel: props.outlineLevel,
      inTable: props.inTable || c === 0x07,
    });
    start = cp + 1;
  }
  return paragraphs;
}

// Reads .docx files into text in reading order: paragraphs with their rebuilt numbering labels, table rows with
// tab-separated cells, text boxes after their anchor paragraph, footnotes and endnotes after the body.
// Headers and footers are not body text and are left out.
import type { Element, Node } from '@xmldom/xmldom';
import type JSZip from 'jszip';
import type { Block, BlockKind, Extraction } from '../model/document.js';
import { IngestError } from './errors.js';
import { readXmlPart as readPart } from './xml-part.js';
import {
  NumberingCounter,
  type NumberingDefinitions,
  type NumberingLevel,
} from './docx-numbering.js';

interface StyleInfo {
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  numId?: string;
  ilvl?: number;
}

interface Paragraph {
  text: string;
  kind: BlockKind;
  style?: string;
  outlineLevel?: number;
  label?: string;
}

const ELEMENT_NODE = 1;

function elements(node: Node | null | undefined): Element[] {
  const out: Element[] = [];
  if (!node) return out;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE) out.push(child as Element);
  }
  return out;
}

function child(node: Node | null | undefined, name: string): Element | undefined {
  return elements(node).find((e) => e.nodeName === name);
}

function attr(node: Element | undefined, name: string): string | undefined {
  const value = node?.getAttribute(name);
  return value === null || value === undefined || value === '' ? undefined : value;
}

function intAttr(node: Element | undefined, name: string): number | undefined {
  const value = attr(node, name);
  if (value === undefined) return undefined;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
}

function isOn(node: Element | undefined): boolean {
  if (!node) return false;
  const value = attr(node, 'w:val');
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value);
}

/** Built-in heading styles carry their level in the name ("heading 2", WPS: "标题 2") when styles.xml omits it. */
function headingLevelOfName(name: string | undefined): number | undefined {
  const m = /^(?:heading|标题)\s*([1-9])$/i.exec(name ?? '');
  return m ? Number(m[1]) - 1 : undefined;
}

function readStyles(root: Element | undefined): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  for (const style of elements(root)) {
    if (style.nodeName !== 'w:style' || attr(style, 'w:type') !== 'paragraph') continue;
    const id = attr(style, 'w:styleId');
    if (!id) continue;
    const pPr = child(style, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    styles.set(id, {
      name: attr(child(style, 'w:name'), 'w:val') ?? id,
      basedOn: attr(child(style, 'w:basedOn'), 'w:val'),
      outlineLevel: intAttr(child(pPr, 'w:outlineLvl'), 'w:val'),
      numId: attr(child(numPr, 'w:numId'), 'w:val'),
      ilvl: intAttr(child(numPr, 'w:ilvl'), 'w:val'),
    });
  }
  return styles;
}

function readLevel(lvl: Element): NumberingLevel {
  const suffix = attr(child(lvl, 'w:suff'), 'w:val');
  return {
    start: intAttr(child(lvl, 'w:start'), 'w:val') ?? 0,
    format: attr(child(lvl, 'w:numFmt'), 'w:val') ?? 'decimal',
    text: attr(child(lvl, 'w:lvlText'), 'w:val') ?? '',
    suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
    legal: isOn(child(lvl, 'w:isLgl')),
    style: attr(child(lvl, 'w:pStyle'), 'w:val'),
  };
}

function readNumbering(root: Element | undefined): NumberingDefinitions {
  const defs: NumberingDefinitions = { abstracts: new Map(), instances: new Map() };
  for (const node of elements(root)) {
    if (node.nodeName === 'w:abstractNum') {
      const levels: NumberingLevel[] = [];
      for (const lvl of elements(node)) {
        if (lvl.nodeName === 'w:lvl') levels[intAttr(lvl, 'w:ilvl') ?? levels.length] = readLevel(lvl);
      }
      defs.abstracts.set(attr(node, 'w:abstractNumId') ?? '', levels);
    } else if (node.nodeName === 'w:num') {
      const overrides = new Map<number, { start?: number; level?: NumberingLevel }>();
      for (const o of elements(node)) {
        if (o.nodeName !== 'w:lvlOverride') continue;
        const lvl = child(o, 'w:lvl');
        overrides.set(intAttr(o, 'w:ilvl') ?? 0, {
          start: intAttr(child(o, 'w:startOverride'), 'w:val'),
          level: lvl ? readLevel(lvl) : undefined,
        });
      }
      defs.instances.set(attr(node, 'w:numId') ?? '', {
        abstractId: attr(child(node, 'w:abstractNumId'), 'w:val') ?? '',
        overrides,
      });
    }
  }
  return defs;
}

/** Walks WordprocessingML body content into paragraphs. */
/** Word allows 63 columns; a larger span is damage, not layout. */
const MAX_GRID_SPAN = 63;

class BodyWalker {
  readonly paragraphs: Paragraph[] = [];

  constructor(
    private readonly styles: Map<string, StyleInfo>,
    private readonly numbering: NumberingCounter,
    private readonly defs: NumberingDefinitions,
  ) {}

  /** Block-level content: paragraphs, tables, content controls. */
  blocks(container: Node, kind: BlockKind = 'paragraph'): void {
    for (const node of elements(container)) {
      switch (node.nodeName) {
        case 'w:p':
          this.paragraph(node, kind);
          break;
        case 'w:tbl':
          this.table(node);
          break;
        case 'w:sdt':
          this.blocks(child(node, 'w:sdtContent') ?? node, kind);
          break;
        case 'w:customXml':
        case 'w:ins':
        case 'w:moveTo':
          this.blocks(node, kind);
          break;
      }
    }
  }

  private styleChain(id: string | undefined): StyleInfo[] {
    const chain: StyleInfo[] = [];
    for (let current = id, depth = 0; current && depth < 20; depth++) {
      const style = this.styles.get(current);
      if (!style) break;
      chain.push(style);
      current = style.basedOn;
    }
    return chain;
  }

  private numberingOf(pPr: Element | undefined, styleId: string | undefined): { numId: string; ilvl: number } | undefined {
    const numPr = child(pPr, 'w:numPr');
    let numId = attr(child(numPr, 'w:numId'), 'w:val');
    let ilvl = intAttr(child(numPr, 'w:ilvl'), 'w:val');
    for (const style of this.styleChain(styleId)) {
      numId ??= style.numId;
      ilvl ??= style.ilvl;
    }
    if (!numId || numId === '0') return undefined;
    if (ilvl === undefined) {
      // Style-linked numbering: the level is the one whose w:pStyle names this paragraph's style.
      const abstractId = this.defs.instances.get(numId)?.abstractId;
      const levels = abstractId === undefined ? undefined : this.defs.abstracts.get(abstractId);
      const linked = levels?.findIndex((level) => level?.style !== undefined && level.style === styleId);
      ilvl = linked !== undefined && linked >= 0 ? linked : 0;
    }
    return { numId, ilvl };
  }

  private paragraph(p: Element, kind: BlockKind): void {
    const pPr = child(p, 'w:pPr');
    const styleId = attr(child(pPr, 'w:pStyle'), 'w:val');
    const chain = this.styleChain(styleId);
    const styleName = chain[0]?.name;
    const outlineLevel =
      intAttr(child(pPr, 'w:outlineLvl'), 'w:val') ??
      chain.find((s) => s.outlineLevel !== undefined)?.outlineLevel ??
      headingLevelOfName(styleName);
    const boxes: Element[] = [];
    const text = this.runs(p, boxes).join('');
    const numbering = this.numberingOf(pPr, styleId);
    const label = numbering ? this.numbering.next(numbering.numId, numbering.ilvl) : '';
    if (text.trim() !== '') {
      const isHeading =
        kind === 'paragraph' &&
        ((outlineLevel !== undefined && outlineLevel < 9) || /^(heading|标题|title)\s*\d*$/i.test(styleName ?? ''));
      this.paragraphs.push({
        text: label + text,
        kind: isHeading ? 'heading' : kind,
        style: styleName,
        outlineLevel: outlineLevel !== undefined && outlineLevel < 9 ? outlineLevel : undefined,
        label: label ? label.trimEnd() : undefined,
      });
    }
    for (const box of boxes) this.blocks(box, 'textbox');
  }

  /** Inline content of a paragraph; text-box contents are collected into `boxes` rather than inlined. */
  private runs(node: Node, boxes: Element[]): string[] {
    const out: string[] = [];
    for (const e of elements(node)) {
      switch (e.nodeName) {
        case 'w:r':
          if (isOn(child(child(e, 'w:rPr'), 'w:vanish'))) {
            this.collectBoxes(e, boxes);
            break;
          }
          out.push(...this.runContent(e, boxes));
          break;
        case 'w:hyperlink':
        case 'w:ins':
        case 'w:moveTo':
        case 'w:smartTag':
        case 'w:fldSimple':
        case 'w:customXml':
        case 'w:dir':
        case 'w:bdo':
          out.push(...this.runs(e, boxes));
          break;
        case 'w:sdt':
          out.push(...this.runs(child(e, 'w:sdtContent') ?? e, boxes));
          break;
        case 'mc:AlternateContent':
          out.push(...this.runs(child(e, 'mc:Choice') ?? child(e, 'mc:Fallback') ?? e, boxes));
          break;
      }
    }
    return out;
  }

  private runContent(run: Element, boxes: Element[]): string[] {
    const out: string[] = [];
    for (const e of elements(run)) {
      switch (e.nodeName) {
        case 'w:t':
          out.push(e.textContent ?? '');
          break;
        case 'w:tab':
        case 'w:ptab':
          out.push('\t');
          break;
        case 'w:br':
        case 'w:cr':
          out.push('\n');
          break;
        case 'w:noBreakHyphen':
          out.push('-');
          break;
        case 'w:softHyphen':
          break;
        case 'mc:AlternateContent':
          this.collectBoxes(child(e, 'mc:Choice') ?? child(e, 'mc:Fallback') ?? e, boxes);
          break;
        case 'w:drawing':
        case 'w:pict':
        case 'w:object':
          this.collectBoxes(e, boxes);
          break;
      }
    }
    return out;
  }

  /** Finds text-box contents below a drawing, taking one branch of each alternate-content pair. */
  private collectBoxes(node: Node, boxes: Element[]): void {
    for (const e of elements(node)) {
      if (e.nodeName === 'w:txbxContent') boxes.push(e);
      else if (e.nodeName === 'mc:AlternateContent') this.collectBoxes(child(e, 'mc:Choice') ?? child(e, 'mc:Fallback') ?? e, boxes);
      else this.collectBoxes(e, boxes);
    }
  }

  private table(tbl: Element): void {
    for (const tr of elements(tbl)) {
      const rows = tr.nodeName === 'w:tr' ? [tr] : tr.nodeName === 'w:sdt' || tr.nodeName === 'w:customXml' ? elements(child(tr, 'w:sdtContent') ?? tr).filter((r) => r.nodeName === 'w:tr') : [];
      for (const row of rows) {
        const cells = elements(row)
          .filter((c) => c.nodeName === 'w:tc')
          .flatMap((tc) => {
            // A cell merged across columns keeps the columns after it, empty, so later cells stay under their headers.
            const span = Math.max(1, Math.min(MAX_GRID_SPAN, intAttr(child(child(tc, 'w:tcPr'), 'w:gridSpan'), 'w:val') ?? 1));
            const after = Array<string>(span - 1).fill('');
            if (attr(child(child(tc, 'w:tcPr'), 'w:vMerge'), 'w:val') === undefined && child(child(tc, 'w:tcPr'), 'w:vMerge')) return ['', ...after];
            const inner = new BodyWalker(this.styles, this.numbering, this.defs);
            inner.blocks(tc);
            return [inner.paragraphs.map((p) => p.text.replace(/[\t\n]+/g, ' ')).join(' '), ...after];
          });
        if (cells.some((c) => c.trim() !== '')) this.paragraphs.push({ text: cells.join('\t'), kind: 'table-row' });
      }
    }
  }
}

function readNotes(zip: JSZip, part: string, path: string, limit: number, walker: BodyWalker): void {
  const root = readPart(zip, part, path, limit);
  for (const note of elements(root)) {
    const type = attr(note, 'w:type');
    if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
    walker.blocks(note, 'footnote');
  }
}

/** Reads the document; `limit` caps each XML part once unpacked (the --max-bytes of the run). */
export async function readDocx(zip: JSZip, path: string, limit = 50_000_000): Promise<Extraction> {
  try {
    return readParts(zip, path, limit);
  } catch (e) {
    // The depth check above stops crafted nesting; this is the backstop for whatever recursion remains.
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw new IngestError('E_CORRUPT', `${path} is nested too deeply to read (${e.message}); ask for the file again.`);
    }
    throw e;
  }
}

function readParts(zip: JSZip, path: string, limit: number): Extraction {
  const document = readPart(zip, 'word/document.xml', path, limit);
  const body = child(document, 'w:body');
  if (!body) throw new IngestError('E_CORRUPT', `${path} has no document body; ask for the file again.`);
  const styles = readStyles(readPart(zip, 'word/styles.xml', path, limit));
  const defs = readNumbering(readPart(zip, 'word/numbering.xml', path, limit));
  const numbering = new NumberingCounter(defs);
  const walker = new BodyWalker(styles, numbering, defs);
  walker.blocks(body);
  readNotes(zip, 'word/footnotes.xml', path, limit, walker);
  readNotes(zip, 'word/endnotes.xml', path, limit, walker);

  const blocks: Block[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const p of walker.paragraphs) {
    const block: Block = { start: offset, end: offset + p.text.length, kind: p.kind };
    if (p.style) block.style = p.style;
    if (p.outlineLevel !== undefined) block.outlineLevel = p.outlineLevel;
    if (p.label) block.label = p.label;
    blocks.push(block);
    parts.push(p.text);
    offset += p.text.length + 1;
  }
  return { format: 'docx', text: parts.join('\n'), blocks, ocr: false, warnings: [] };
}

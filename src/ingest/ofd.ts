// Turns an OFD package (GB/T 33190: a zip of XML pages) into the text of record: the text objects of every page
// in reading order, laid out into paragraphs like a PDF. Signatures and annotations are not body text.
import type { Element } from '@xmldom/xmldom';
import type JSZip from 'jszip';
import type { Extraction } from '../model/document.js';
import { IngestError } from './errors.js';
import { paragraphsFromLayout, textOfParagraphs, type LayoutLine, type LayoutPage } from './layout.js';
import { stripCjkSpaces } from '../normalize/index.js';
import { readXmlPart } from './xml-part.js';

/** A4, in millimetres: OFD's unit, used when a document names no page box. */
const DEFAULT_BOX = { width: 210, height: 297 };

interface Glyphs {
  text: string;
  x: number;
  /** Baseline, y growing downwards. */
  y: number;
  size: number;
  width: number;
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function children(parent: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === name) out.push(n as Element);
  return out;
}

function child(parent: Element, name: string): Element | undefined {
  return children(parent, name)[0];
}

function numbers(value: string | null | undefined): number[] {
  return (value ?? '').trim().split(/\s+/).filter(Boolean).map(Number);
}

function multiply(a: Matrix, b: Matrix): Matrix {
  return [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3], a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3], a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]];
}

/** OFD's DeltaX/DeltaY lists may abbreviate runs as `g count value`. */
export function expandDeltas(value: string | null): number[] {
  const tokens = (value ?? '').trim().split(/\s+/).filter(Boolean);
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'g') {
      const count = Number(tokens[i + 1]);
      const delta = Number(tokens[i + 2]);
      for (let k = 0; k < count; k++) out.push(delta);
      i += 2;
    } else out.push(Number(tokens[i]));
  }
  return out;
}

/** Resolves an OFD location: absolute from the package root, or relative to the part that names it. */
function resolve(base: string, location: string): string {
  const parts = (location.startsWith('/') ? location.slice(1) : `${base}${location}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

const folderOf = (part: string) => part.slice(0, part.lastIndexOf('/') + 1);

/** Every text code under a layer or page block, with positions in page millimetres. */
function collectGlyphs(node: Element, ctm: Matrix, out: Glyphs[]): void {
  for (let n = node.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (el.localName === 'PageBlock' || el.localName === 'Layer') collectGlyphs(el, ctm, out);
    else if (el.localName === 'CompositeObject') continue;
    else if (el.localName === 'TextObject') textObject(el, ctm, out);
  }
}

function textObject(el: Element, parent: Matrix, out: Glyphs[]): void {
  const [bx = 0, by = 0] = numbers(el.getAttribute('Boundary'));
  const own = numbers(el.getAttribute('CTM'));
  const local: Matrix = own.length === 6 ? (own as Matrix) : IDENTITY;
  const m = multiply(multiply(local, [1, 0, 0, 1, bx, by]), parent);
  const scale = Math.hypot(m[0], m[1]) || 1;
  const fontSize = Number(el.getAttribute('Size')) || 3.5;
  const size = fontSize * scale;
  let x = 0;
  let y = 0;
  for (const code of children(el, 'TextCode')) {
    const text = code.textContent ?? '';
    if (code.hasAttribute('X')) x = Number(code.getAttribute('X'));
    if (code.hasAttribute('Y')) y = Number(code.getAttribute('Y'));
    const deltas = expandDeltas(code.getAttribute('DeltaX'));
    const chars = [...text];
    let advance = 0;
    for (let i = 0; i < chars.length - 1; i++) advance += deltas[i] ?? fontSize;
    const width = (advance + fontSize) * scale;
    const px = m[0] * x + m[2] * y + m[4];
    const py = m[1] * x + m[3] * y + m[5];
    if (text.trim() !== '') out.push({ text, x: px, y: py, size, width });
    x += advance + fontSize;
  }
}

/** Text codes into lines: one baseline (within half a glyph height) is one line, read left to right. */
function linesOf(glyphs: Glyphs[]): LayoutLine[] {
  const sorted = [...glyphs].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: Glyphs[][] = [];
  for (const g of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.y - g.y) <= Math.max(row[0]!.size, g.size) * 0.5) row.push(g);
    else rows.push([g]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let x1 = row[0]!.x;
    for (const g of row) {
      if (text && /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(g.text) && g.x - x1 > g.size * 0.15) text += ' ';
      text += g.text;
      x1 = Math.max(x1, g.x + g.width);
    }
    const size = Math.max(...row.map((g) => g.size));
    return { text: stripCjkSpaces(text), x0: row[0]!.x, x1, y: Math.min(...row.map((g) => g.y)) - size * 0.85, size };
  });
}

function pageBox(area: Element | undefined, fallback: { width: number; height: number }) {
  const box = area && child(area, 'PhysicalBox');
  const [, , width, height] = numbers(box?.textContent);
  return width && height ? { width, height } : fallback;
}

/** `limit` caps each part's unpacked size, as for .docx. */
export function readOfd(zip: JSZip, path: string, limit: number): Extraction {
  const read = (part: string) => {
    const root = readXmlPart(zip, part, path, limit);
    if (!root) throw new IngestError('E_CORRUPT', `${path} is an OFD package without its part ${part}; ask for the file again.`);
    return root;
  };
  const root = read('OFD.xml');
  const layout: LayoutPage[] = [];
  for (const body of children(root, 'DocBody')) {
    const docRoot = child(body, 'DocRoot')?.textContent?.trim();
    if (!docRoot) continue;
    const docPart = resolve('', docRoot);
    const docBase = folderOf(docPart);
    const document = read(docPart);
    const common = child(document, 'CommonData');
    const box = pageBox(common && child(common, 'PageArea'), DEFAULT_BOX);
    const pages = child(document, 'Pages');
    for (const page of pages ? children(pages, 'Page') : []) {
      const loc = page.getAttribute('BaseLoc');
      if (!loc) continue;
      const pagePart = resolve(docBase, loc);
      const content = read(pagePart);
      const glyphs: Glyphs[] = [];
      // Template pages (ofd:Template) hold what repeats on every page, running heads and letterhead frames: like
      // a PDF's headers they are not read into the body.
      const body = child(content, 'Content');
      if (body) collectGlyphs(body, IDENTITY, glyphs);
      const size = pageBox(child(content, 'Area'), box);
      layout.push({ width: size.width, height: size.height, lines: linesOf(glyphs) });
    }
  }
  if (layout.length === 0) throw new IngestError('E_CORRUPT', `${path} is an OFD package with no pages; ask for the file again.`);
  const { text, blocks, pages } = textOfParagraphs(paragraphsFromLayout(layout), layout.length);
  return { format: 'ofd', text, blocks, pages, ocr: false, warnings: [] };
}

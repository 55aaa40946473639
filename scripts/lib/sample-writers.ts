// Makes report files from a logical sample document: .docx (auto-numbered or typed headings), text PDF,
// scanned (image-only) PDF, and encoded plain text.
import {
  AlignmentType,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  LevelFormat,
  LevelSuffix,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  Textbox,
  TextRun,
  WidthType,
} from 'docx';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { imagePdf, PAGE, textPdf, textWidthEm, type ImagePage, type TextRun as PdfRun } from './pdf-writer.js';
import { EXTRAS, labelled, type SampleSource, type SourceLine } from './sample-source.js';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];

export interface DocxOptions {
  /** Headings numbered by numbering.xml (Word's auto-numbering) rather than typed labels. */
  autoNumbered: boolean;
  /** Add a header, a page-number footer, a footnote and a text box (none of which is body text but the last two). */
  extras?: boolean;
}

export async function writeDocx(source: SampleSource, options: DocxOptions): Promise<Buffer> {
  const lines = options.autoNumbered ? source.lines : labelled(source);
  const children: (Paragraph | Table | Textbox)[] = [];
  let rows: TableRow[] = [];
  let footnoteUsed = false;
  const flushTable = () => {
    if (rows.length === 0) return;
    children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
    rows = [];
  };
  for (const line of lines) {
    if (line.kind !== 'row') flushTable();
    const level = line.kind === 'h1' ? 0 : line.kind === 'h2' ? 1 : line.kind === 'h3' ? 2 : -1;
    if (line.kind === 'row') {
      rows.push(new TableRow({ children: line.cells!.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) }));
    } else if (line.kind === 'title') {
      children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(line.text)] }));
    } else if (level >= 0) {
      children.push(
        new Paragraph({
          heading: HEADINGS[level],
          numbering: options.autoNumbered ? { reference: 'report-headings', level } : undefined,
          children: [new TextRun(line.text)],
        }),
      );
    } else if (line.kind === 'signature') {
      children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(line.text)] }));
    } else {
      const runs: (TextRun | FootnoteReferenceRun)[] = [new TextRun(line.text)];
      if (options.extras && !footnoteUsed && /万元/.test(line.text)) {
        runs.push(new FootnoteReferenceRun(1));
        footnoteUsed = true;
      }
      children.push(new Paragraph({ indent: { firstLine: 480 }, children: runs }));
    }
  }
  flushTable();
  if (options.extras) {
    children.push(
      new Textbox({
        alignment: AlignmentType.LEFT,
        style: { width: '300pt', height: '60pt' },
        children: [new Paragraph(EXTRAS.textbox)],
      }),
    );
  }
  const doc = new Document({
    creator: 'wenshen samples',
    numbering: {
      config: [
        {
          reference: 'report-headings',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', suffix: LevelSuffix.NOTHING, alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', suffix: LevelSuffix.NOTHING, alignment: AlignmentType.LEFT },
            { level: 2, format: LevelFormat.DECIMAL, text: '%3.', suffix: LevelSuffix.NOTHING, alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    footnotes: options.extras ? { 1: { children: [new Paragraph(EXTRAS.footnote)] } } : undefined,
    sections: [
      {
        headers: options.extras ? { default: new Header({ children: [new Paragraph(source.header ?? source.title)] }) } : undefined,
        footers: options.extras ? { default: new Footer({ children: [new Paragraph({ children: ['第 ', PageNumber.CURRENT, ' 页'] as never })] }) } : undefined,
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

interface PlacedLine {
  text: string;
  x: number;
  size: number;
  /** Space before the line, in points. */
  before: number;
}

const MARGIN = 72;
const BODY = 12;
const NO_LINE_START = /^[，。、；：！？）”》]/;

function wrap(text: string, width: number, size: number, firstIndent: number): { text: string; indent: number }[] {
  const out: { text: string; indent: number }[] = [];
  let current = '';
  let indent = firstIndent;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const next = current + chars[i];
    if (textWidthEm(next) * size + indent > width && current !== '' && !NO_LINE_START.test(chars[i]!)) {
      out.push({ text: current, indent });
      current = chars[i]!;
      indent = 0;
    } else {
      current = next;
    }
  }
  if (current) out.push({ text: current, indent });
  return out;
}

/** Lays a logical document out in lines of print, as a word processor would (A4 in points, y from the bottom). */
function placeLines(source: SampleSource): PlacedLine[] {
  const width = PAGE.width - 2 * MARGIN;
  const placed: PlacedLine[] = [];
  for (const line of labelled(source)) {
    if (line.kind === 'title') {
      const size = 16;
      for (const w of wrap(line.text, width, size, 0)) placed.push({ text: w.text, x: MARGIN + (width - textWidthEm(w.text) * size) / 2, size, before: 10 });
    } else if (line.kind === 'signature') {
      placed.push({ text: line.text, x: PAGE.width - MARGIN - textWidthEm(line.text) * BODY, size: BODY, before: 4 });
    } else {
      const heading = line.kind.startsWith('h');
      const indent = heading ? 0 : 2 * BODY;
      const size = line.kind === 'h1' ? 14 : BODY;
      wrap(line.text, width, size, indent).forEach((w, i) => placed.push({ text: w.text, x: MARGIN + w.indent, size, before: i === 0 ? 6 : 0 }));
    }
  }
  return placed;
}

export function paginate(source: SampleSource): { runs: PdfRun[] }[] {
  const pages: { runs: PdfRun[] }[] = [{ runs: [] }];
  let y = PAGE.height - MARGIN;
  for (const line of placeLines(source)) {
    y -= line.before + line.size * 1.6;
    if (y < MARGIN) {
      pages.push({ runs: [] });
      y = PAGE.height - MARGIN - line.size * 1.6;
    }
    pages[pages.length - 1]!.runs.push({ x: line.x, y, size: line.size, text: line.text });
  }
  return pages;
}

export function writeTextPdf(source: SampleSource, options: { footer?: boolean } = {}): Buffer {
  const pages = paginate(source);
  return textPdf(
    pages.map((page, i) => {
      const runs = [...page.runs];
      if (source.header) {
        const size = 9;
        runs.unshift({ x: (PAGE.width - textWidthEm(source.header) * size) / 2, y: PAGE.height - 40, size, text: source.header });
      }
      const footer = `第 ${i + 1} 页 共 ${pages.length} 页`;
      if (options.footer !== false) runs.push({ x: (PAGE.width - textWidthEm(footer) * 9) / 2, y: 36, size: 9, text: footer });
      return runs;
    }),
  );
}

let fontRegistered = false;

/** Renders each page at 150 dpi with a little scanner noise and stores them as images only. */
export function writeScannedPdf(source: SampleSource, fontPath = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'): Buffer {
  if (!fontRegistered) {
    if (!GlobalFonts.registerFromPath(fontPath, 'SampleSans')) throw new Error(`cannot load font ${fontPath}; apt-get install fonts-wqy-zenhei`);
    fontRegistered = true;
  }
  const scale = 150 / 72;
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const images: ImagePage[] = paginate(source).map((page) => {
    const width = Math.round(PAGE.width * scale);
    const height = Math.round(PAGE.height * scale);
    const canvas = createCanvas(width, height);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
    ctx.fillStyle = '#111';
    for (const run of page.runs) {
      ctx.font = `${run.size * scale}px SampleSans`;
      ctx.fillText(run.text, run.x * scale, (PAGE.height - run.y) * scale);
    }
    const rgba = ctx.getImageData(0, 0, width, height).data;
    const gray = new Uint8Array(width * height);
    for (let i = 0; i < gray.length; i++) {
      const value = 0.299 * rgba[i * 4]! + 0.587 * rgba[i * 4 + 1]! + 0.114 * rgba[i * 4 + 2]!;
      gray[i] = Math.max(0, Math.min(255, Math.round(value + (random() - 0.5) * 40)));
    }
    return { width, height, gray };
  });
  return imagePdf(images);
}

export function htmlPage(source: SampleSource): string {
  const body = source.lines
    .filter((l) => l.kind !== 'title')
    .map((l) => `<p>${l.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n');
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${source.title}</title>
<style>p { text-indent: 2em; }</style><script>var stat = 1;</script></head>
<body>
<nav><a href="/">范文大全</a> &gt; <a href="/zj/">工作总结</a></nav>
<h1>${source.title}</h1>
<div class="content">
${body}
</div>
<footer>Copyright 范文网 all rights reserved</footer>
</body></html>
`;
}

export type { SourceLine };

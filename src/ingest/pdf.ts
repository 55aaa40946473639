// Reads PDFs with pdf.js (legacy build, eval off, CJK CMaps from the installed package): positioned text
// items become lines and paragraphs; pages without a text layer are rendered and OCR'd when OCR is on.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import type { Extraction } from '../model/document.js';
import { stripCjkSpaces } from '../normalize/index.js';
import { IngestError } from './errors.js';
import { alignTableColumns, type CellExtent } from './table-columns.js';
import { paragraphsFromLayout, textOfParagraphs, type LayoutLine, type LayoutPage } from './layout.js';
import type { PageRecognizer } from './ocr.js';
import { loadPdfJs } from './pdfjs.js';

const pdfjs = await loadPdfJs();

const require = createRequire(import.meta.url);
const PDFJS_DIR = dirname(require.resolve('pdfjs-dist/package.json'));
// Plain paths, not file:// URLs: pdf.js in Node reads these with fs. Without the CMaps, Chinese PDFs with
// non-embedded fonts come back as empty text and no error.
const CMAP_DIR = join(PDFJS_DIR, 'cmaps') + '/';
const STANDARD_FONT_DIR = join(PDFJS_DIR, 'standard_fonts') + '/';

/** A page with fewer visible characters than this and an image on it is treated as scanned. */
const SCANNED_PAGE_MAX_CHARS = 20;
/** OCR renders at this many pixels per PDF point (about 216 dpi). */
const OCR_SCALE = 3;
/**
 * Most pixels a page render (or one decoded image) may have: 50 Mpx is 200 MB of canvas, an A0 sheet at 180 dpi;
 * an A4 page at OCR_SCALE is 4.5 Mpx. A larger page fails at once with E_TOO_LARGE instead of rendering.
 */
export const PIXEL_BUDGET = 50_000_000;

export interface PdfOptions {
  ocr: boolean;
}

const LATIN = /[A-Za-z0-9]$/;
/** A gap this many font sizes wide between two pieces of one line parts table cells: it becomes a tab. */
const CELL_GAP = 1.8;

function textLines(items: TextItem[], pageHeight: number): LayoutLine[] {
  const lines: (LayoutLine & { baseline: number; cells: CellExtent[] })[] = [];
  let current: (LayoutLine & { baseline: number; cells: CellExtent[] }) | undefined;
  let breakAfter = false;
  for (const item of items) {
    const [, , c, d, x, baseline] = item.transform as number[];
    const size = Math.hypot(c!, d!) || item.height || 10;
    const str = item.str;
    if (str.trim() === '') {
      if (item.hasEOL) breakAfter = true;
      continue;
    }
    const sameLine =
      current && !breakAfter && Math.abs(baseline! - current.baseline) <= size * 0.5 && x! >= current.x1 - size * 0.5;
    if (!sameLine) {
      current = { text: '', x0: x!, x1: x!, y: pageHeight - baseline! - size * 0.85, size, baseline: baseline!, cells: [{ x0: x!, x1: x! }] };
      lines.push(current);
    }
    const piece = stripCjkSpaces(str);
    const gap = x! - current!.x1;
    if (current!.text && gap > size * CELL_GAP) {
      current!.text += '\t';
      current!.cells.push({ x0: x!, x1: x! });
    }    else if (current!.text && LATIN.test(current!.text) && /^[A-Za-z0-9]/.test(piece) && gap > size * 0.15) current!.text += ' ';
    current!.text += piece;
    current!.x1 = Math.max(current!.x1, x! + item.width);
    current!.cells[current!.cells.length - 1]!.x1 = current!.x1;
    current!.size = Math.max(current!.size, size);
    breakAfter = item.hasEOL;
  }
  const laid = lines.map((line) => ({ text: stripCjkSpaces(line.text), x0: line.x0, x1: line.x1, y: line.y, size: line.size, cells: line.cells.length > 1 ? line.cells : undefined }));
  return alignTableColumns(laid).map((line) => ({ text: line.text, x0: line.x0, x1: line.x1, y: line.y, size: line.size }));
}

async function hasImages(page: PdfJs.PDFPageProxy): Promise<boolean> {
  const ops = await page.getOperatorList();
  const imageOps = new Set([pdfjs.OPS.paintImageXObject, pdfjs.OPS.paintInlineImageXObject, pdfjs.OPS.paintImageMaskXObject]);
  return ops.fnArray.some((op) => imageOps.has(op));
}

async function renderPage(page: PdfJs.PDFPageProxy, path: string): Promise<{ png: Buffer; width: number; height: number }> {
  const viewport = page.getViewport({ scale: OCR_SCALE });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  if (width * height > PIXEL_BUDGET) {
    throw new IngestError(
      'E_TOO_LARGE',
      `${path} has a scanned page ${page.pageNumber} of ${Math.round(viewport.width / OCR_SCALE)} × ${Math.round(viewport.height / OCR_SCALE)} pt, too large to render for OCR (${width} × ${height} pixels, over ${PIXEL_BUDGET}); split or shrink the page.`,
    );
  }
  // The canvas binding loads only when a scanned page is rendered.
  const { createCanvas } = await import('@napi-rs/canvas');
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  await page.render({ canvasContext: context as unknown as CanvasRenderingContext2D, canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
  return { png: canvas.toBuffer('image/png'), width, height };
}

function classifyError(e: unknown, path: string): IngestError {
  const name = (e as Error)?.name ?? '';
  const message = (e as Error)?.message ?? String(e);
  if (name === 'PasswordException') {
    return new IngestError('E_ENCRYPTED', `${path} is password-protected; ask the unit for a copy without a password.`);
  }
  if (name === 'InvalidPDFException' || name === 'UnknownErrorException' || name === 'FormatError') {
    return new IngestError('E_CORRUPT', `${path} is a damaged PDF (${message}); ask for the file again.`);
  }
  return new IngestError('E_CORRUPT', `${path} could not be read as a PDF (${message}); ask for the file again.`);
}

export async function readPdf(bytes: Buffer, path: string, options: PdfOptions): Promise<Extraction> {
  let doc: PdfJs.PDFDocumentProxy;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      cMapUrl: CMAP_DIR,
      cMapPacked: true,
      standardFontDataUrl: STANDARD_FONT_DIR,
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      verbosity: 0,
      // A larger embedded image is left out rather than decoded (it could take gigabytes).
      maxImageSize: PIXEL_BUDGET,
    }).promise;
  } catch (e) {
    throw classifyError(e, path);
  }
  // tesseract.js and its model load at the first page that needs OCR, not for every PDF.
  let recognizer: PageRecognizer | undefined;
  try {
    const layout: LayoutPage[] = [];
    const ocrPages = new Map<number, number>();
    const imageOnlyPages: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const width = x1 - x0;
      const height = y1 - y0;
      const content = await page.getTextContent();
      const items = content.items.filter((item): item is TextItem => 'str' in item);
      const lines = textLines(items, height);
      const visible = lines.reduce((sum, line) => sum + line.text.replace(/\s/g, '').length, 0);
      if (visible < SCANNED_PAGE_MAX_CHARS && (await hasImages(page))) {
        if (options.ocr) {
          recognizer ??= new (await import('./ocr.js')).PageRecognizer();
          const image = await renderPage(page, path);
          const ocr = await recognizer.recognize(image.png, image.width, image.height);
          layout.push(ocr);
          ocrPages.set(n, ocr.confidence);
        } else {
          imageOnlyPages.push(n);
          layout.push({ width, height, lines });
        }
      } else {
        layout.push({ width, height, lines });
      }
      page.cleanup();
    }
    const { text, blocks, pages } = textOfParagraphs(paragraphsFromLayout(layout), doc.numPages);
    for (const info of pages) {
      if (!ocrPages.has(info.page)) continue;
      info.ocr = true;
      info.confidence = Math.round(ocrPages.get(info.page)!);
    }
    const warnings: string[] = [];
    if (imageOnlyPages.length > 0) {
      if (text.replace(/\s/g, '') === '') {
        throw new IngestError('E_NO_TEXT_LAYER', `${path} is scanned (no text layer on ${imageOnlyPages.length} page(s)); run without --no-ocr to read it.`);
      }
      warnings.push(`pages ${imageOnlyPages.join(', ')} have no text layer and were skipped (OCR is off)`);
    }
    return { format: 'pdf', text, blocks, pages, ocr: ocrPages.size > 0, warnings };
  } catch (e) {
    if (e instanceof IngestError) throw e;
    throw classifyError(e, path);
  } finally {
    await recognizer?.close();
    await doc.destroy();
  }
}

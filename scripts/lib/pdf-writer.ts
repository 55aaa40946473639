// Writes small PDFs by hand: text pages in the non-embedded STSong-Light CID font (as many Chinese office PDFs
// are, so reading them needs the CJK CMaps), and image-only pages (as a scanner makes).
import { deflateSync } from 'node:zlib';

export interface TextRun {
  x: number;
  y: number;
  size: number;
  text: string;
}

export interface ImagePage {
  width: number;
  height: number;
  /** 8-bit gray pixels, row by row. */
  gray: Uint8Array;
}

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;

class PdfBuilder {
  private readonly objects: (string | Buffer)[] = [];

  reserve(): number {
    this.objects.push('');
    return this.objects.length;
  }

  set(id: number, body: string | Buffer): void {
    this.objects[id - 1] = body;
  }

  add(body: string | Buffer): number {
    this.objects.push(body);
    return this.objects.length;
  }

  stream(dict: string, data: Buffer): number {
    return this.add(Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]));
  }

  build(rootId: number): Buffer {
    const chunks: Buffer[] = [Buffer.from('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
    let offset = chunks[0]!.length;
    const offsets: number[] = [];
    this.objects.forEach((body, i) => {
      const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n', 'latin1')]);
      offsets.push(offset);
      offset += chunk.length;
      chunks.push(chunk);
    });
    const xref = [`xref\n0 ${this.objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
    chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${this.objects.length + 1} /Root ${rootId} 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
    return Buffer.concat(chunks);
  }
}

function ucs2Hex(text: string): string {
  let hex = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code > 0xffff) throw new Error(`character ${char} is outside the BMP`);
    hex += code.toString(16).padStart(4, '0');
  }
  return hex;
}

/** Width of text in em as STSong-Light draws it: half an em for ASCII, a full em otherwise. */
export function textWidthEm(text: string): number {
  let w = 0;
  for (const char of text) w += char.codePointAt(0)! < 0x80 ? 0.5 : 1;
  return w;
}

function textContent(runs: TextRun[]): Buffer {
  const ops: string[] = [];
  for (const run of runs) {
    // Latin and digit runs are drawn as separate text objects, as producers do when they switch fonts;
    // readers then see "2023" and "年" as separate items and must not put a space between them.
    let x = run.x;
    for (const piece of run.text.match(/[\x20-\x7e]+|[^\x20-\x7e]+/g) ?? []) {
      ops.push(`BT /F1 ${run.size} Tf 1 0 0 1 ${x.toFixed(2)} ${run.y.toFixed(2)} Tm <${ucs2Hex(piece)}> Tj ET`);
      x += textWidthEm(piece) * run.size;
    }
  }
  return Buffer.from(ops.join('\n'), 'latin1');
}

export function textPdf(pages: TextRun[][]): Buffer {
  const pdf = new PdfBuilder();
  const catalog = pdf.reserve();
  const pagesId = pdf.reserve();
  const descriptor = pdf.add('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>');
  const cidFont = pdf.add(`<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /W [1 95 500 814 939 500] >>`);
  const font = pdf.add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [${cidFont} 0 R] >>`);
  const kids = pages.map((runs) => {
    const content = pdf.stream('/Filter /FlateDecode', deflateSync(textContent(runs)));
    return pdf.add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`);
  });
  pdf.set(pagesId, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  pdf.set(catalog, `<< /Type /Catalog /Pages ${pagesId} 0 R >>`);
  return pdf.build(catalog);
}

export function imagePdf(pages: ImagePage[]): Buffer {
  const pdf = new PdfBuilder();
  const catalog = pdf.reserve();
  const pagesId = pdf.reserve();
  const kids = pages.map((page) => {
    const image = pdf.stream(`/Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`, deflateSync(page.gray));
    const content = pdf.stream('', Buffer.from(`q ${PAGE_WIDTH} 0 0 ${PAGE_HEIGHT} 0 0 cm /Im1 Do Q`, 'latin1'));
    return pdf.add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /XObject << /Im1 ${image} 0 R >> >> /Contents ${content} 0 R >>`);
  });
  pdf.set(pagesId, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  pdf.set(catalog, `<< /Type /Catalog /Pages ${pagesId} 0 R >>`);
  return pdf.build(catalog);
}

export const PAGE = { width: PAGE_WIDTH, height: PAGE_HEIGHT };

// Hostile and damaged inputs get their own error code quickly, within bounded memory; the fixtures are made here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { extract, readSource } from '../../src/ingest/index.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

async function docx(documentXml: string | Buffer, parts: Record<string, string> = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', documentXml);
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** A document.xml of `mb` megabytes of one repeated report sentence: a few hundred KB once compressed. */
function bigDocumentXml(mb: number): Buffer {
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body><w:p><w:r><w:t>`);
  const tail = Buffer.from('</w:t></w:r></w:p></w:body></w:document>');
  return Buffer.concat([head, Buffer.alloc(mb * 1024 * 1024, '全年开展志愿服务活动。'), tail]);
}

/** Rewrites the sizes a zip declares for `part` (local header and central directory) to `size`: a lying bomb. */
function declareSize(zip: Buffer, part: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const name = Buffer.from(part);
  for (let i = 0; i < out.length - 46; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50 && out.subarray(i + 30, i + 30 + name.length).equals(name)) out.writeUInt32LE(size, i + 22);
    if (sig === 0x02014b50 && out.subarray(i + 46, i + 46 + name.length).equals(name)) out.writeUInt32LE(size, i + 24);
  }
  return out;
}

/** A one-page PDF of `pt` × `pt` points whose only content is a scaled-up image: a scan that asks for OCR. */
function scannedPagePdf(pt: number): Buffer {
  const image = deflateSync(Buffer.alloc(64, 128));
  const objects: (string | Buffer)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pt} ${pt}] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>`,
    `<< /Length ${`q ${pt} 0 0 ${pt} 0 0 cm /Im1 Do Q`.length} >>\nstream\nq ${pt} 0 0 ${pt} 0 0 cm /Im1 Do Q\nendstream`,
    Buffer.concat([
      Buffer.from(`<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${image.length} >>\nstream\n`),
      image,
      Buffer.from('\nendstream'),
    ]),
  ];
  let pdf = Buffer.from('%PDF-1.4\n');
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf = Buffer.concat([pdf, Buffer.from(`${i + 1} 0 obj\n`), Buffer.from(body), Buffer.from('\nendobj\n')]);
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  return Buffer.concat([pdf, Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${pdf.length}\n%%EOF\n`)]);
}

describe('hostile documents', () => {
  it('fails a docx whose XML is malformed with E_CORRUPT', async () => {
    const bytes = await docx(`<?xml version="1.0"?><w:document ${W}><w:body>${paragraph('一、加强组织领导')}<w:p><w:r></w:body>`);
    await expect(extract(bytes, 'broken.docx')).rejects.toMatchObject({ code: 'E_CORRUPT' });
  });

  it('fails a docx with a malformed styles part with E_CORRUPT', async () => {
    const bytes = await docx(`<?xml version="1.0"?><w:document ${W}><w:body>${paragraph('一、加强组织领导')}</w:body></w:document>`, {
      'word/styles.xml': `<w:styles ${W}><w:style w:styleId="a"><<</w:styles>`,
    });
    await expect(extract(bytes, 'styles.docx')).rejects.toMatchObject({ code: 'E_CORRUPT' });
  });

  it('fails XML nested 100,000 levels deep with E_CORRUPT, not a stack overflow', async () => {
    const depth = 100_000;
    const xml = `<?xml version="1.0"?><w:document ${W}><w:body>${'<w:sdt><w:sdtContent>'.repeat(depth)}${paragraph('文明创建')}${'</w:sdtContent></w:sdt>'.repeat(depth)}</w:body></w:document>`;
    const started = Date.now();
    await expect(extract(await docx(xml), 'deep.docx')).rejects.toMatchObject({ code: 'E_CORRUPT', message: expect.stringContaining('nested') });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('fails a part that declares an unpacked size over the limit with E_TOO_LARGE, before inflating it', async () => {
    const bytes = await docx(bigDocumentXml(8));
    expect(bytes.length).toBeLessThan(100_000);
    await expect(extract(bytes, 'bomb.docx', { maxBytes: 1_000_000 })).rejects.toMatchObject({ code: 'E_TOO_LARGE', message: expect.stringContaining('word/document.xml') });
  });

  it('stops inflating at the limit a part that lies about its size', async () => {
    const bytes = declareSize(await docx(bigDocumentXml(8)), 'word/document.xml', 1000);
    await expect(extract(bytes, 'liar.docx', { maxBytes: 1_000_000 })).rejects.toMatchObject({ code: 'E_TOO_LARGE', message: expect.stringContaining('more than 1000000') });
  });

  it('still reads a docx whose parts are under the limit', async () => {
    const bytes = await docx(`<?xml version="1.0"?><w:document ${W}><w:body>${paragraph('全年开展志愿服务活动42次。')}</w:body></w:document>`);
    expect((await extract(bytes, 'ok.docx', { maxBytes: 10_000 })).text).toBe('全年开展志愿服务活动42次。');
  });

  it('fails a scanned page too large to render with E_TOO_LARGE at once', async () => {
    const started = Date.now();
    await expect(extract(scannedPagePdf(5000), 'poster.pdf', { ocr: true })).rejects.toMatchObject({ code: 'E_TOO_LARGE', message: expect.stringContaining('page 1') });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it.each([
    ['report.odt', 'PK\x03\x04'],
    ['report.rtf', '{\\rtf1 hello}'],
    ['report.xls', 'plain bytes'],
    ['report.pptx', 'plain bytes'],
    ['report.pages', 'plain bytes'],
    ['report.caj', 'CAJ\x00\x01binary'],
  ])('fails %s with E_UNSUPPORTED', async (name, content) => {
    const bytes = name.endsWith('.odt') ? await (async () => {
      const zip = new JSZip();
      zip.file('mimetype', 'application/vnd.oasis.opendocument.text');
      return zip.generateAsync({ type: 'nodebuffer' });
    })() : Buffer.from(content, 'latin1');
    await expect(extract(bytes, name)).rejects.toMatchObject({ code: 'E_UNSUPPORTED' });
  });

  it('reads a UTF-8 text cut in the middle of its last character, with a warning', async () => {
    const report = '一、加强组织领导\n单位成立了文明创建工作领导小组，制定了年度实施方案。\n全年开展志愿服务活动42次。';
    const whole = Buffer.from(report);
    const extraction = await extract(whole.subarray(0, whole.length - 1), 'cut.txt');
    expect(extraction.encoding).toBe('utf-8');
    expect(extraction.text).toBe(report.slice(0, -1) + '\ufffd');
    expect(extraction.warnings).toEqual([expect.stringContaining('middle of a character')]);
  });
});

describe('readSource', () => {
  it('never reads past the limit when the size claims 0 (/proc)', async () => {
    await expect(readSource('/proc/self/maps', 16)).rejects.toMatchObject({ code: 'E_TOO_LARGE', message: expect.stringContaining('more than 16') });
  });

  it('fails a named pipe as not a regular file at once instead of waiting for a writer', async () => {
    const fifo = join(mkdtempSync(join(tmpdir(), 'wenshen-fifo-')), 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    await expect(readSource(fifo, 1000)).rejects.toMatchObject({ code: 'E_UNREADABLE', message: expect.stringContaining('not a regular file') });
  });

  it('reads a file by the bytes of a name that is not UTF-8', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenshen-gbk-'));
    const name = Buffer.concat([Buffer.from(dir + '/'), Buffer.from([0xb9, 0xa4, 0xd7, 0xf7]), Buffer.from('.txt')]);
    writeFileSync(name, '工作总结');
    expect((await readSource(name, 1000)).toString()).toBe('工作总结');
  });
});

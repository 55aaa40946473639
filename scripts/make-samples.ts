// Builds corpus/samples (reports in every supported format, from corpus/source) and corpus/broken (files
// that must fail with a known error code), plus corpus/expected (the text wenshen should extract).
// Needs, beyond npm packages: LibreOffice (for .doc), qpdf (for the encrypted PDF), fonts-wqy-zenhei (for scans).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import CFB from 'cfb';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { expectedText, parseSource, type SampleSource } from './lib/sample-source.js';
import { writeOfd } from './lib/ofd-writer.js';
import { htmlPage, writeDocx, writeScannedPdf, writeTextPdf } from './lib/sample-writers.js';

const ROOT = new URL('../corpus/', import.meta.url).pathname;
const SAMPLES = join(ROOT, 'samples');
const BROKEN = join(ROOT, 'broken');
const EXPECTED = join(ROOT, 'expected');

function convertWithLibreOffice(docx: Buffer, to: 'doc'): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'wenshen-lo-'));
  try {
    writeFileSync(join(dir, 'in.docx'), docx);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', to, '--outdir', dir, join(dir, 'in.docx')], { stdio: 'ignore' });
    return readFileSync(join(dir, `in.${to}`)); // LibreOffice exits 0 on failure: reading the output is the check
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function makeSample(source: SampleSource): Promise<{ file: string; bytes: Buffer }> {
  const base = source.name;
  switch (source.format) {
    case 'docx-autonum':
      return { file: `${base}.docx`, bytes: await writeDocx(source, { autoNumbered: true }) };
    case 'docx-autonum-deep':
      return { file: `${base}.docx`, bytes: await writeDocx(source, { autoNumbered: true, extras: true }) };
    case 'docx-typed':
      return { file: `${base}.docx`, bytes: await writeDocx(source, { autoNumbered: false }) };
    case 'pdf-text':
      return { file: `${base}.pdf`, bytes: writeTextPdf(source) };
    case 'ofd':
      return { file: `${base}.ofd`, bytes: await writeOfd(source) };
    case 'pdf-scanned':
      return { file: `${base}.pdf`, bytes: writeScannedPdf(source) };
    case 'doc':
      return { file: `${base}.doc`, bytes: convertWithLibreOffice(await writeDocx(source, { autoNumbered: false }), 'doc') };
    case 'wps':
      // Kingsoft .wps files are Word binary documents; WPS writes them the way Word writes .doc.
      return { file: `${base}.wps`, bytes: convertWithLibreOffice(await writeDocx(source, { autoNumbered: false }), 'doc') };
    case 'txt-gb18030':
      return { file: `${base}.txt`, bytes: iconv.encode(expectedText(source).replace(/\n/g, '\r\n') + '\r\n', 'gb18030') };
    case 'txt-big5':
      return { file: `${base}.txt`, bytes: iconv.encode(expectedText(source) + '\n', 'big5') };
    case 'html':
      return { file: `${base}.html`, bytes: Buffer.from(htmlPage(source)) };
    default:
      throw new Error(`${base}: unknown @format ${source.format}`);
  }
}

async function makeBroken(samples: Map<string, Buffer>): Promise<void> {
  const pdf = samples.get('03-water-company.pdf')!;
  writeFileSync(join(BROKEN, 'truncated.pdf'), pdf.subarray(0, Math.floor(pdf.length * 0.6)));
  writeFileSync(join(BROKEN, 'empty.docx'), Buffer.alloc(0));
  writeFileSync(join(BROKEN, 'web-page-saved-as.pdf'), '<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>页面不存在</h1></body></html>\n');
  const notWord = new JSZip();
  notWord.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  notWord.file('xl/workbook.xml', '<workbook/>');
  writeFileSync(join(BROKEN, 'spreadsheet-named.docx'), await notWord.generateAsync({ type: 'nodebuffer' }));
  // An Office file encrypted with a password is a compound file holding EncryptionInfo and EncryptedPackage.
  const encrypted = CFB.utils.cfb_new();
  CFB.utils.cfb_add(encrypted, 'EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  CFB.utils.cfb_add(encrypted, 'EncryptedPackage', Buffer.alloc(4096, 0x5a));
  writeFileSync(join(BROKEN, 'password-protected.docx'), Buffer.from(CFB.write(encrypted, { type: 'buffer' }) as Buffer));
  const dir = mkdtempSync(join(tmpdir(), 'wenshen-qpdf-'));
  writeFileSync(join(dir, 'in.pdf'), samples.get('04-community-center.pdf')!);
  execFileSync('qpdf', ['--encrypt', 'open-sesame', 'owner-secret', '256', '--', join(dir, 'in.pdf'), join(BROKEN, 'password-protected.pdf')]);
  rmSync(dir, { recursive: true, force: true });
  let seed = 7;
  const noise = Buffer.alloc(3000, 0).map(() => (seed = (seed * 1103515245 + 12345) & 0xff));
  writeFileSync(join(BROKEN, 'binary-garbage.txt'), noise);
  writeFileSync(join(BROKEN, 'damaged.doc'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), noise.subarray(0, 600)]));
  writeFileSync(join(BROKEN, 'blank-page.pdf'), emptyPdf());
}

function emptyPdf(): Buffer {
  return writeTextPdf({ name: 'blank', format: 'pdf-text', script: 'simplified', title: '', lines: [] }, { footer: false });
}

/** With names (`npm run samples -- 05-city-library`), only those samples are remade; without, everything is. */
async function main(only: string[]) {
  if (only.length === 0) {
    for (const dir of [SAMPLES, BROKEN, EXPECTED]) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
    }
  }
  const made = new Map<string, Buffer>();
  const sourceDir = join(ROOT, 'source');
  const names = readdirSync(sourceDir).filter((f) => f.endsWith('.txt') && (only.length === 0 || only.includes(basename(f, '.txt'))));
  if (names.length === 0) throw new Error(`no source named ${only.join(', ')} in corpus/source`);
  for (const name of names.sort()) {
    const source = parseSource(basename(name, '.txt'), readFileSync(join(sourceDir, name), 'utf8'));
    const { file, bytes } = await makeSample(source);
    writeFileSync(join(SAMPLES, file), bytes);
    writeFileSync(join(EXPECTED, `${file}.txt`), expectedText(source, { extras: source.format === 'docx-autonum-deep' }) + '\n');
    made.set(file, bytes);
    console.log(`samples/${file}  ${bytes.length} bytes`);
  }
  if (only.length > 0) return;
  await makeBroken(made);
  console.log(`broken/: ${readdirSync(BROKEN).join(', ')}`);
}

await main(process.argv.slice(2));

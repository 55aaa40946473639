// Benchmark of hostile inputs: makes a zip bomb (declared 700 MB), one that lies about its size, and a
// 5000 × 5000 pt scanned page, runs `wenshen analyze` on each alone and prints its error code, the document's
// time and the process's peak resident memory (/usr/bin/time), beside a one-small-file baseline.
//   npm run bench:hostile
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import JSZip from 'jszip';

const ROOT = new URL('../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'wenshen-hostile-'));

async function bomb(megabytes: number): Promise<Buffer> {
  const zip = new JSZip();
  const head = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>';
  zip.file('word/document.xml', Buffer.concat([Buffer.from(head), Buffer.alloc(megabytes * 1024 * 1024, '工作总结'), Buffer.from('</w:t></w:r></w:p></w:body></w:document>')]));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** The same zip with the sizes it declares for word/document.xml rewritten to 1000 bytes. */
function lying(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  const name = Buffer.from('word/document.xml');
  for (let i = 0; i < out.length - 46; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50 && out.subarray(i + 30, i + 30 + name.length).equals(name)) out.writeUInt32LE(1000, i + 22);
    if (sig === 0x02014b50 && out.subarray(i + 46, i + 46 + name.length).equals(name)) out.writeUInt32LE(1000, i + 24);
  }
  return out;
}

function scannedPage(pt: number): Buffer {
  const image = deflateSync(Buffer.alloc(64, 128));
  const content = `q ${pt} 0 0 ${pt} 0 0 cm /Im1 Do Q`;
  const objects: Buffer[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pt} ${pt}] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ].map((s) => Buffer.from(s));
  objects.push(Buffer.concat([Buffer.from(`<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${image.length} >>\nstream\n`), image, Buffer.from('\nendstream')]));
  let pdf = Buffer.from('%PDF-1.4\n');
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf = Buffer.concat([pdf, Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  return Buffer.concat([pdf, Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${pdf.length}\n%%EOF\n`)]);
}

const bomb700 = await bomb(700);
const cases: [string, string, (file: string) => void][] = [
  ['baseline: one small .txt', 'small.txt', (file) => copyFileSync(join(ROOT, 'corpus/samples/08-middle-school.txt'), file)],
  ['zip bomb, part declares 700 MB', 'bomb.docx', (file) => writeFileSync(file, bomb700)],
  ['zip bomb, part inflates to 700 MB, declares 1 KB', 'liar.docx', (file) => writeFileSync(file, lying(bomb700))],
  ['scanned page 5000 × 5000 pt', 'poster.pdf', (file) => writeFileSync(file, scannedPage(5000))],
];

console.log('case | result | document ms | peak RSS MB | wall s');
for (const [label, name, make] of cases) {
  const input = join(work, name.replace(/\W/g, '-'));
  const out = `${input}-out`;
  mkdirSync(input);
  make(join(input, name));
  const started = Date.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'maxrss %M', process.execPath, join(ROOT, 'bin/wenshen.js'), 'analyze', input, '--out', out, '--concurrency', '1', '--timeout', '600'], { encoding: 'utf8' });
  const rss = /maxrss (\d+)/.exec(run.stderr)?.[1];
  const record = JSON.parse(readFileSync(join(out, 'documents.jsonl'), 'utf8').split('\n')[0]!) as { status: string; error: { code: string } | null; ms: number };
  console.log(`${label} | ${record.error?.code ?? record.status} | ${record.ms} | ${rss ? Math.round(Number(rss) / 1024) : '?'} | ${((Date.now() - started) / 1000).toFixed(1)}`);
}
rmSync(work, { recursive: true, force: true });

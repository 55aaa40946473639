import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentBytes, FLOOR_MB, heapLimitFor } from '../../src/batch/heap-limit.js';
import { runPool, type PoolOptions, type PoolResult } from '../../src/batch/pool.js';
import { DEFAULT_ANALYZE_OPTIONS } from '../../src/pipeline.js';

const CORPUS = new URL('../../corpus/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'wenshen-memory-'));

/** A .docx of `paragraphs` short paragraphs: 0.3 MB on disk, 4 MB of XML unpacked, a tree of some 300 MB to read. */
async function largeDocx(file: string, paragraphs: number): Promise<string> {
  const body = Array.from({ length: paragraphs }, (_, i) => `<w:p><w:r><w:t>第${i}项工作：组织志愿服务活动${i % 97}次，参与群众${i % 1000}人。</w:t></w:r></w:p>`).join('');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

/** Each input's records and the number of the worker that gave them (workers are numbered as they start). */
async function analyse(files: string[], options: Partial<PoolOptions>): Promise<{ path: string; status: string; code?: string; worker: number }[]> {
  const out: { path: string; status: string; code?: string; worker: number }[] = [];
  await runPool(
    files.map((file) => ({ file, path: file.slice(dir.length + 1) })),
    { ...DEFAULT_ANALYZE_OPTIONS, ocr: false },
    { concurrency: 1, timeoutMs: 240_000, memoryMb: 1536, ...options },
    (result: PoolResult, _input, heap) => {
      for (const document of result) out.push({ path: document.summary.path, status: document.summary.status, code: document.summary.error?.code, worker: heap.worker });
    },
  );
  return out;
}

describe('worker heap limits', () => {
  let docx: string;
  let text: string;
  beforeAll(async () => {
    docx = await largeDocx(join(dir, 'large.docx'), 38_000);
    text = join(dir, 'small.txt');
    copyFileSync(join(CORPUS, 'samples/08-middle-school.txt'), text);
  });

  it('come from the content size: a zip counts unpacked, a usual report gets the floor', async () => {
    expect(await contentBytes({ file: text, path: 'small.txt' })).toBeLessThan(50_000);
    expect(await contentBytes({ file: docx, path: 'large.docx' })).toBeGreaterThan(4_000_000);
    expect(heapLimitFor(await contentBytes({ file: text, path: 'small.txt' }), 1536)).toBe(FLOOR_MB);
    expect(heapLimitFor(await contentBytes({ file: docx, path: 'large.docx' }), 1536)).toBe(768);
    expect(heapLimitFor(16_000_000, 1536)).toBe(1536);
    expect(heapLimitFor(0, 300)).toBe(300);
    expect(await contentBytes({ file: join(dir, 'missing.txt'), path: 'missing.txt' })).toBe(0);
  });

  it('a document out of memory under its starting limit runs once more under --memory-mb and is analysed', async () => {
    const records = await analyse([docx, text], { heapLimitMb: () => 256 });
    // The large document ran out in worker 0 and was analysed by worker 1 (started under 1536 MB); the small
    // one then got a worker under 256 MB again.
    expect(records).toEqual([
      { path: 'large.docx', status: 'ok', code: undefined, worker: 1 },
      { path: 'small.txt', status: 'ok', code: undefined, worker: 2 },
    ]);
  }, 480_000);

  it('out of memory under --memory-mb itself, a document fails with E_TOO_LARGE and the batch goes on', async () => {
    const records = await analyse([docx, text], { memoryMb: 256 });
    expect(records).toEqual([
      { path: 'large.docx', status: 'failed', code: 'E_TOO_LARGE', worker: 0 },
      { path: 'small.txt', status: 'ok', code: undefined, worker: 1 },
    ]);
  }, 480_000);
});

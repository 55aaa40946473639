// Golden tests over corpus/: every sample extracts to the text its source says, every broken file fails
// with its code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, IngestError } from '../../src/ingest/index.js';

const CORPUS = new URL('../../corpus/', import.meta.url).pathname;
const samples = readdirSync(join(CORPUS, 'samples')).sort();
const expectedOf = (file: string) => readFileSync(join(CORPUS, 'expected', `${file}.txt`), 'utf8').trimEnd();
const read = (dir: string, file: string, ocr = true) => extract(readFileSync(join(CORPUS, dir, file)), file, { ocr });

describe('corpus samples', () => {
  // The scanned PDF and the page images are read by OCR: image-ocr.slow.test.ts and ocr.slow.test.ts cover them.
  const exact = samples.filter((f) => !f.startsWith('05-') && !/\.(png|jpe?g|tiff?|bmp)$/i.test(f));

  it.each(exact)('%s extracts to its source text', async (file) => {
    const extraction = await read('samples', file);
    expect(extraction.text.trimEnd()).toBe(expectedOf(file));
    for (const block of extraction.blocks) {
      expect(block.end).toBeGreaterThan(block.start);
      expect(extraction.text.slice(block.start, block.end).trim()).not.toBe('');
    }
  });

  it('keeps Word auto-numbering labels and marks headings', async () => {
    const { text, blocks } = await read('samples', '02-peoples-hospital.docx');
    expect(text).toContain('\n一、高度重视，形成齐抓共管的创建格局\n（一）领导带头抓创建\n');
    expect(text).toContain('\n1.完善考核办法\n');
    expect(text).toContain('\n2.保障创建经费\n');
    expect(text).toContain('\n二、以人为本，打造温馨就医环境\n（一）优化服务流程\n');
    const headings = blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((h) => h.label)).toEqual(expect.arrayContaining(['一、', '（一）', '1.', '（二）', '四、']));
    expect(headings.find((h) => h.label === '（一）')?.outlineLevel).toBe(1);
  });

  it.each(['13-grain-depot.doc', '14-weather-bureau.wps'])('rebuilds Word list labels from the binary list tables of %s', async (file) => {
    const { text, blocks, warnings } = await read('samples', file);
    expect(warnings).toEqual([]);
    const labels = blocks.filter((b) => b.label).map((b) => b.label);
    // chineseCounting at two levels, decimal at the third, enclosed items; every list of items restarts at ①.
    expect(labels).toEqual(expect.arrayContaining(['一、', '（一）', '（二）', '①', '②', '1.', '三、']));
    expect(labels.filter((l) => l === '①')).toHaveLength(2);
    for (const block of blocks.filter((b) => b.label)) expect(text.slice(block.start, block.end).startsWith(block.label!)).toBe(true);
    const headings = blocks.filter((b) => b.kind === 'heading');
    expect(headings.find((h) => h.label === '二、')?.outlineLevel).toBe(0);
    expect(headings.find((h) => h.label === '（一）')?.outlineLevel).toBe(1);
    expect(blocks.find((b) => b.label === '①')?.kind).toBe('paragraph');
  });

  it('leaves headers and page-number footers out of the .docx body', async () => {
    const { text } = await read('samples', '02-peoples-hospital.docx');
    expect(text).not.toMatch(/第\s*\d*\s*页/);
    expect(text.split('\n')[0]).toBe('西河区人民医院创建市级文明单位工作汇报');
  });

  it('reads tables as one row a line with tab-separated cells', async () => {
    const { text, blocks } = await read('samples', '01-tax-bureau.docx');
    expect(text).toContain('\n纳税人满意率\t98.1%\t99.2%\n');
    expect(blocks.filter((b) => b.kind === 'table-row')).toHaveLength(4);
  });

  it('reads a PDF with a non-embedded Chinese font and drops its running header and page numbers', async () => {
    const { text, pages } = await read('samples', '03-water-company.pdf');
    expect(text).toContain('投资1.8亿元建成城东水厂二期工程');
    expect(text).not.toContain('第 1 页');
    expect(text.match(/南岭县自来水公司文明单位创建工作总结/g)).toHaveLength(1);
    expect(pages!.length).toBeGreaterThan(1);
    expect(pages!.every((p) => !p.ocr)).toBe(true);
  });

  it('fails a scanned PDF with E_NO_TEXT_LAYER when OCR is off', async () => {
    await expect(read('samples', '05-city-library.pdf', false)).rejects.toMatchObject({ code: 'E_NO_TEXT_LAYER' });
  });

  it('detects GB18030 and Big5 text files', async () => {
    expect((await read('samples', '08-middle-school.txt')).encoding).toBe('gb18030');
    expect((await read('samples', '09-construction-bureau.txt')).encoding).toBe('big5');
  });
});

describe('corpus broken files', () => {
  it.each([
    ['binary-garbage.txt', 'E_UNREADABLE'],
    ['blank-page.pdf', 'E_EMPTY'],
    ['damaged.doc', 'E_CORRUPT'],
    ['empty.docx', 'E_EMPTY'],
    ['password-protected.docx', 'E_ENCRYPTED'],
    ['password-protected.pdf', 'E_ENCRYPTED'],
    ['spreadsheet-named.docx', 'E_UNSUPPORTED'],
    ['truncated.pdf', 'E_CORRUPT'],
    ['web-page-saved-as.pdf', 'E_CORRUPT'],
  ])('%s fails with %s and a one-line message', async (file, code) => {
    const error = await read('broken', file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).code).toBe(code);
    expect((error as IngestError).message).toContain(file);
    expect((error as IngestError).message).not.toContain('\n');
  });

  it('covers every file in corpus/broken', () => {
    expect(readdirSync(join(CORPUS, 'broken')).sort()).toHaveLength(9);
  });
});

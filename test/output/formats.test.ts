import { describe, expect, it } from 'vitest';
import { checklistCsv, documentsJsonl, figuresCsv, figuresJsonl, honorsJsonl } from '../../src/output/formats.js';
import { analyzeDocument, DEFAULT_ANALYZE_OPTIONS } from '../../src/pipeline.js';

const SAMPLE = new URL('../../corpus/samples/01-tax-bureau.docx', import.meta.url).pathname;

describe('output formats', async () => {
  const { record } = (await analyzeDocument(SAMPLE, '01-tax-bureau.docx', DEFAULT_ANALYZE_OPTIONS))[0]!;

  it('writes the whole record as one documents.jsonl line', () => {
    const line = documentsJsonl.lines(record);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.trimEnd()).not.toContain('\n');
    expect(JSON.parse(line)).toEqual(record);
  });

  it('writes one figures.jsonl line per figure, with its document', () => {
    const lines = figuresJsonl.lines(record).trimEnd().split('\n');
    expect(lines).toHaveLength(record.figures.length);
    expect(lines.map((l) => JSON.parse(l))).toEqual(record.figures.map((f) => ({ id: record.id, path: record.path, ...f })));
  });

  it('writes honors and CSV rows', () => {
    expect(honorsJsonl.lines(record).trimEnd().split('\n')).toHaveLength(record.honors.length);
    expect(figuresCsv.header!.startsWith('\ufeffid,path,category')).toBe(true);
    expect(figuresCsv.lines(record).split('\r\n').filter(Boolean)).toHaveLength(record.figures.length);
    const row = checklistCsv.lines(record);
    expect(row.startsWith(`${record.id},01-tax-bureau.docx,summary,wenming-summary,`)).toBe(true);
  });

  it('keeps a CSV field that looks like a formula literal', async () => {
    const { csvRow } = await import('../../src/output/csv.js');
    expect(csvRow(['=SUM(A1)', '-5', 'a,b', '说"明"'])).toBe(`"'=SUM(A1)",-5,"a,b","说""明"""\r\n`);
  });

  it('neutralises CSV cells a spreadsheet would run as a formula, TAB and CR included', async () => {
    const { csvRow } = await import('../../src/output/csv.js');
    expect(csvRow(['=1+1', '\t=cmd', '\r@x', '-5', 'plain'])).toBe(`"'=1+1","'\t=cmd","'\r@x",-5,plain\r\n`);
  });
});

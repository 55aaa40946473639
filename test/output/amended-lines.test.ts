import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/model/document.js';
import { amendedLines } from '../../src/output/amended-lines.js';
import { FORMATS } from '../../src/output/formats.js';
import { render } from '../../src/output/index.js';
import { DEFAULT_ANALYZE_OPTIONS, analyzeDocument } from '../../src/pipeline.js';
import { amendRecord } from '../../src/reuse/amend.js';
import { findReuse, loadReuseResources, reuseRecord } from '../../src/reuse/index.js';
import { input } from '../reuse/texts.js';

const SAMPLE = new URL('../../corpus/samples/01-tax-bureau.docx', import.meta.url).pathname;

describe('amended lines', async () => {
  const { record, text } = (await analyzeDocument(SAMPLE, '01-tax-bureau.docx', DEFAULT_ANALYZE_OPTIONS))[0]!;
  // A template holding the report's second half: the figures there are copied, the others are not.
  const template = input('template', text.slice(Math.floor(text.length / 2)), 'templates', '东城区政务服务中心');
  const [detected] = findReuse({ batch: [input(record.id, text, 'batch', record.unit?.text ?? null)], templates: [template] }, loadReuseResources());
  const expected = render(amendRecord(structuredClone(record), detected!));
  const copied = JSON.parse(expected[0]!) as DocumentRecord;

  it('the sample has figures inside and outside the copied passages', () => {
    expect(copied.figures.some((f) => f.copied)).toBe(true);
    expect(copied.figures.some((f) => !f.copied)).toBe(true);
  });

  it('are the lines of the amended record rendered again, from the lines as bytes or as text', () => {
    const bytes = render(record).map((line) => Buffer.from(line));
    const fromBytes = amendedLines(bytes, detected!, reuseRecord(detected!)).map((line) => line.toString());
    expect(fromBytes).toEqual(expected);
    expect(amendedLines(render(record), detected!, reuseRecord(detected!)).map((line) => line.toString())).toEqual(expected);
  });

  it('leave the lines that do not show reuse as they were', () => {
    const lines = render(record);
    const amended = amendedLines(lines, detected!, reuseRecord(detected!));
    for (const [i, format] of FORMATS.entries()) if (!format.showsReuse) expect(amended[i]).toBe(lines[i]);
  });

  it('are right when the figures line is not the one a worker writes (every figure serialized again)', () => {
    const lines = render(record);
    lines[1] = '';
    expect(amendedLines(lines, detected!, reuseRecord(detected!))[0]!.toString()).toBe(expected[0]);
  });
});

describe('amended lines: figure spans read from the bytes', async () => {
  const { record, text } = (await analyzeDocument(SAMPLE, '01-tax-bureau.docx', DEFAULT_ANALYZE_OPTIONS))[0]!;
  // Words that look like keys and brackets inside strings, and escaped quotes, must not be taken for the span.
  const tricky = structuredClone(record);
  tricky.figures[0]!.text = '"start":1,"end":2}{[\\"';
  tricky.figures[0]!.metric = '\\';
  const template = input('template', text, 'templates', '东城区政务服务中心');
  const [detected] = findReuse({ batch: [input(record.id, text, 'batch', record.unit?.text ?? null)], templates: [template] }, loadReuseResources());

  it('are the spans of the figures, whatever their strings hold', () => {
    const expected = render(amendRecord(structuredClone(tricky), detected!));
    const amended = amendedLines(render(tricky).map((line) => Buffer.from(line)), detected!, reuseRecord(detected!)).map((line) => line.toString());
    expect(amended).toEqual(expected);
    expect((JSON.parse(expected[0]!) as DocumentRecord).figures[0]!.copied).toBeDefined();
  });
});

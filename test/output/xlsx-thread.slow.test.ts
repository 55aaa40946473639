import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { OutputCollector, renderDocument } from '../../src/output/index.js';
import { XLSX_FILE } from '../../src/output/xlsx.js';
import { sampleRecord } from '../store/fixtures.js';

/** The workbook's members as text: the zip's entry dates differ from one writing to the next. */
async function sheets(dir: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(join(dir, XLSX_FILE)));
  return Object.fromEntries(await Promise.all(Object.keys(zip.files).sort().map(async (n) => [n, await zip.file(n)!.async('string')] as const)));
}

async function writeRun(documents: number, xlsxThread: boolean): Promise<{ dir: string; workbook: Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'wenshen-xlsx-thread-'));
  const output = new OutputCollector(dir);
  await output.start();
  // Added out of path order, as workers finish them: the workbook is in path order all the same.
  for (let i = documents - 1; i >= 0; i--) await output.add(renderDocument(sampleRecord(`r/${String(i).padStart(2, '0')}.docx`, `h${i}`), '东川市税务局'));
  const { workbook } = await output.finish({ xlsxThread });
  return { dir, workbook };
}

describe('the workbook written in a thread of its own', () => {
  it('is the workbook written in this thread, cell for cell', async () => {
    const here = await writeRun(12, false);
    const threaded = await writeRun(12, true);
    await threaded.workbook;
    const expected = await sheets(here.dir);
    expect(Object.keys(expected)).toContain('xl/worksheets/sheet2.xml');
    expect(expected['xl/worksheets/sheet1.xml']).toContain('r/00.docx');
    expect(await sheets(threaded.dir)).toEqual(expected);
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeXlsx, XLSX_FILE } from '../../src/output/xlsx.js';
import { sampleRecord } from '../store/fixtures.js';

describe('wenshen.xlsx', () => {
  it('has a sheet each for documents, figures, honors and checklist, keys and labels on top, frozen, filtered', async () => {
    const out = mkdtempSync(join(tmpdir(), 'wenshen-xlsx-'));
    const record = sampleRecord('=HYPERLINK("x").txt', 'h1');
    record.figures[0]!.subject = '+1 办事群众';
    await writeXlsx(out, [record]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, XLSX_FILE));
    expect(book.worksheets.map((s) => s.name)).toEqual(['documents', 'figures', 'honors', 'checklist']);
    const figures = book.getWorksheet('figures')!;
    expect(figures.getRow(1).getCell(6).value).toBe('value');
    expect(figures.getRow(2).getCell(6).value).toBe('数值');
    // Numbers are numbers, not text.
    expect(figures.getRow(3).getCell(6).value).toBe(98.6);
    expect(figures.getRow(3).getCell(13).value).toBe(0);
    // Text a spreadsheet would take for a formula is kept literal.
    expect(figures.getRow(3).getCell(2).value).toBe(`'=HYPERLINK("x").txt`);
    expect(figures.getRow(3).getCell(5).value).toBe(`'+1 办事群众`);
    expect(figures.getRow(3).getCell(2).formula).toBeUndefined();
    expect(figures.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(figures.autoFilter).toBeTruthy();
    const documents = book.getWorksheet('documents')!;
    expect(documents.getRow(3).getCell(8).value).toBe('东川市税务局');
    expect(documents.getRow(3).getCell(11).value).toBe(1);
    expect(book.getWorksheet('checklist')!.getRow(3).getCell(8).value).toBe('missing');
  });

  it('gives each honor the number of people who received it, blank when the report counts none', async () => {
    const out = mkdtempSync(join(tmpdir(), 'wenshen-xlsx-'));
    const record = sampleRecord('a.txt', 'h1');
    record.honors.push({ ...record.honors[0]!, title: '全国道德模范', recipient: 'person', count: 7 });
    await writeXlsx(out, [record]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, XLSX_FILE));
    const honors = book.getWorksheet('honors')!;
    const column = honors.getRow(1).values as unknown[];
    const at = column.indexOf('count');
    expect(honors.getRow(2).getCell(at).value).toBe('人数');
    expect(honors.getRow(3).getCell(at).value).toBeNull();
    expect(honors.getRow(4).getCell(at).value).toBe(7);
  });
});

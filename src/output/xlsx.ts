// Turns a run's document records into wenshen.xlsx for scoring tools: a sheet each for documents, figures,
// honors and checklist, English keys and Chinese labels on top, numbers as numbers, header frozen, filters on.
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { DocumentRecord } from '../model/document.js';

export const XLSX_FILE = 'wenshen.xlsx';

type Cell = string | number | boolean | null;

interface Column {
  key: string;
  label: string;
}

interface SheetSpec {
  name: string;
  columns: Column[];
  rows(record: DocumentRecord): Cell[][];
}

const col = (key: string, label: string): Column => ({ key, label });

const SHEETS: SheetSpec[] = [
  {
    name: 'documents',
    columns: [
      col('id', '编号'), col('path', '文件'), col('status', '状态'), col('error', '错误代码'), col('format', '格式'), col('genre', '文体'),
      col('title', '标题'), col('unit', '单位'), col('period', '时期'), col('chars', '字数'), col('figures', '数据数'), col('honors', '荣誉数'),
      col('placeholders', '占位符数'), col('missingRequired', '缺少的必备部分'),
    ],
    rows: (r) => [[
      r.id, r.path, r.status, r.error?.code ?? null, r.format, r.genre, r.title?.text ?? null, r.unit?.text ?? null, r.period?.text ?? null,
      r.chars, r.figures.length, r.honors.length, r.placeholders.length,
      r.checklist.filter((c) => c.level === 'R' && c.status === 'missing').map((c) => c.id).join(' '),
    ]],
  },
  {
    name: 'figures',
    columns: [
      col('id', '编号'), col('path', '文件'), col('category', '类别'), col('metric', '指标'), col('subject', '对象'), col('value', '数值'),
      col('valueMax', '上限'), col('unit', '单位'), col('qualifier', '限定'), col('period', '时期'), col('placeholder', '模板空白'),
      col('text', '原文'), col('start', '起'), col('end', '止'), col('sentence', '句子'),
    ],
    rows: (r) => r.figures.map((f) => [r.id, r.path, f.category, f.metric, f.subject, f.value, f.valueMax, f.unit, f.qualifier, f.period, f.placeholder, f.text, f.start, f.end, f.sentence.text]),
  },
  {
    name: 'honors',
    columns: [
      col('id', '编号'), col('path', '文件'), col('title', '荣誉'), col('awarder', '授予单位'), col('level', '级别'), col('year', '年份'),
      col('recipient', '获得者'), col('text', '原文'), col('start', '起'), col('end', '止'),
    ],
    rows: (r) => r.honors.map((h) => [r.id, r.path, h.title, h.awarder, h.level, h.year, h.recipient, h.text, h.start, h.end]),
  },
  {
    name: 'checklist',
    columns: [
      col('id', '编号'), col('path', '文件'), col('genre', '文体'), col('checklist', '清单'), col('section', '部分'), col('label', '名称'),
      col('level', '要求'), col('status', '状态'), col('text', '依据'),
    ],
    rows: (r) => r.checklist.map((c) => [r.id, r.path, r.genre, r.checklistName, c.id, c.label, c.level, c.status, c.text]),
  },
];

/** Text a spreadsheet could take for a formula (=, +, -, @, or a tab or return first) gets a quote mark before it. */
export function neutralise(value: Cell): Cell {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Writes `<outDir>/wenshen.xlsx` through a temporary file and a rename. */
export async function writeXlsx(outDir: string, records: Iterable<DocumentRecord>): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, XLSX_FILE);
  const temp = `${path}.${process.pid}.tmp`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useStyles: true, useSharedStrings: false });
  const list = [...records];
  try {
    for (const spec of SHEETS) {
      const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 2 }] });
      sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: spec.columns.length } };
      sheet.addRow(spec.columns.map((c) => c.key)).commit();
      const labels = sheet.addRow(spec.columns.map((c) => c.label));
      labels.font = { bold: true };
      labels.commit();
      for (const record of list) for (const row of spec.rows(record)) sheet.addRow(row.map(neutralise)).commit();
      sheet.commit();
    }
    await workbook.commit();
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

// Turns a run's document records into wenshen.xlsx for scoring tools: a sheet each for documents, figures,
// honors and checklist, English keys and Chinese labels on top, numbers as numbers, header frozen, filters on.
import { join } from 'node:path';
import type { DocumentRecord } from '../model/document.js';
import { mkdir, rename, rm } from 'node:fs/promises';
import { DeflatedMember, writeZip, type ZipMember } from './zip.js';
import { tempPathFor } from './atomic.js';

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
      col('recipient', '获得者'), col('count', '人数'), col('text', '原文'), col('start', '起'), col('end', '止'),
    ],
    rows: (r) => r.honors.map((h) => [r.id, r.path, h.title, h.awarder, h.level, h.year, h.recipient, h.count ?? null, h.text, h.start, h.end]),
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

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const NEEDS_ESCAPE = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  // Control characters other than tab and newline are not allowed in XML 1.0 at all.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cellXml(ref: string, value: Cell, style: number): string {
  const s = style ? ` s="${style}"` : '';
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : '';
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

const COLUMN_NAMES = Array.from({ length: 64 }, (_, i) => columnName(i));

function rowXml(index: number, cells: Cell[], style = 0): string {
  let xml = `<row r="${index}">`;
  for (let c = 0; c < cells.length; c++) xml += cellXml(`${COLUMN_NAMES[c]}${index}`, neutralise(cells[c]!), style);
  return xml + '</row>';
}

function sheetHead(spec: SheetSpec): string {
  return (
    `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<sheetData>${rowXml(1, spec.columns.map((c) => c.key))}${rowXml(2, spec.columns.map((c) => c.label), 1)}`
  );
}

const sheetTail = (spec: SheetSpec, lastRow: number) => `</sheetData><autoFilter ref="A2:${columnName(spec.columns.length - 1)}${lastRow}"/></worksheet>`;

const STYLES =
  `${XML}<styleSheet xmlns="${MAIN}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** The workbook's members around its sheets, which know their last rows by now. */
function workbookMembers(sheets: { spec: SheetSpec; lastRow: number }[]): ZipMember[] {
  return [
    {
      name: '[Content_Types].xml',
      content:
        `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
        '</Types>',
    },
    { name: '_rels/.rels', content: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    {
      name: 'xl/workbook.xml',
      content:
        `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
        sheets.map(({ spec }, i) => `<sheet name="${spec.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets><definedNames>' +
        // Excel keeps a sheet's filter range under this hidden name.
        sheets.map(({ spec, lastRow }, i) => `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${spec.name}!$A$2:$${columnName(spec.columns.length - 1)}$${lastRow}</definedName>`).join('') +
        '</definedNames></workbook>',
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content:
        `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    },
    { name: 'xl/styles.xml', content: STYLES },
  ];
}

/**
 * Writes `<outDir>/wenshen.xlsx` (SpreadsheetML written directly, inline strings, fast for large runs) through a
 * temporary file and a rename. Records are met one at a time: each adds its rows to every sheet, which is
 * deflated as it grows, so memory does not grow with the run.
 */
export async function writeXlsx(outDir: string, records: Iterable<DocumentRecord> | AsyncIterable<DocumentRecord>): Promise<void> {
  const target = join(outDir, XLSX_FILE);
  const temp = tempPathFor(target);
  await mkdir(outDir, { recursive: true });
  const sheets = SHEETS.map((spec, i) => ({ spec, lastRow: 2, member: new DeflatedMember(`xl/worksheets/sheet${i + 1}.xml`, `${temp}.${i + 1}`) }));
  try {
    for (const sheet of sheets) await sheet.member.write(sheetHead(sheet.spec));
    for await (const record of records) {
      for (const sheet of sheets) {
        let xml = '';
        for (const row of sheet.spec.rows(record)) xml += rowXml(++sheet.lastRow, row);
        if (xml) await sheet.member.write(xml);
      }
    }
    const deflated = [];
    for (const sheet of sheets) {
      await sheet.member.write(sheetTail(sheet.spec, sheet.lastRow));
      deflated.push({ name: sheet.member.name, deflated: await sheet.member.end() });
    }
    writeZip(temp, [...workbookMembers(sheets), ...deflated]);
    await rename(temp, target);
  } finally {
    for (const sheet of sheets) sheet.member.remove();
    await rm(temp, { force: true });
  }
}

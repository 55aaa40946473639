// Tables from every reader reach the figure stage as one row a line, cells parted by tabs, each number under
// its header: .docx (merged cells), PDF text layers (cells drawn apart, empty cells), HTML (cells over several
// source lines, colspan).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import JSZip from 'jszip';
import { textPdf } from '../../scripts/lib/pdf-writer.js';
import { readDocx } from '../../src/ingest/docx.js';
import { htmlToText } from '../../src/ingest/html.js';
import { extract } from '../../src/ingest/index.js';
import { paragraphsFromLayout } from '../../src/ingest/layout.js';
import { alignTableColumns } from '../../src/ingest/table-columns.js';
import { figuresOf } from '../figures/figures-of.js';

describe('.docx tables', () => {
  it('keeps the columns after a merged cell, so later cells stay under their headers', async () => {
    const cell = (text: string, columnSpan = 1) => new TableCell({ children: text.split('|').map((t) => new Paragraph(t)), columnSpan });
    const doc = new Document({
      sections: [
        {
          children: [
            new Table({
              rows: [
                new TableRow({ children: ['类别', '上半年', '下半年', '全年（次）'].map((t) => cell(t)) }),
                new TableRow({ children: [cell('文明劝导'), cell('未分期统计', 2), cell('26')] }),
                new TableRow({ children: [cell('法律咨询'), cell('5'), cell('7|（含线上）'), cell('12')] }),
              ],
            }),
          ],
        },
      ],
    });
    const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
    const { text, blocks } = await readDocx(zip, 'merged.docx');
    expect(text.split('\n')).toEqual(['类别\t上半年\t下半年\t全年（次）', '文明劝导\t未分期统计\t\t26', '法律咨询\t5\t7 （含线上）\t12']);
    expect(blocks.map((b) => b.kind)).toEqual(['table-row', 'table-row', 'table-row']);
    expect(figuresOf(text).map((f) => [f.table?.row, f.table?.col, f.value])).toEqual([
      ['文明劝导', '全年（次）', 26],
      ['法律咨询', '全年（次）', 12],
    ]);
  });
});

describe('.docx tables with a two-row header', () => {
  it('reads cells under a header cell merged across columns and one merged down', async () => {
    const cell = (text: string, span: { columnSpan?: number; rowSpan?: number } = {}) => new TableCell({ children: [new Paragraph(text)], ...span });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('全年服务情况如下：'),
            new Table({
              rows: [
                new TableRow({ children: [cell('项目', { rowSpan: 2 }), cell('志愿服务', { columnSpan: 2 }), cell('捐款（万元）', { rowSpan: 2 })] }),
                new TableRow({ children: [cell('次数'), cell('人次')] }),
                new TableRow({ children: [cell('助老送餐'), cell('14'), cell('120'), cell('1.2')] }),
              ],
            }),
          ],
        },
      ],
    });
    const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
    const { text } = await readDocx(zip, 'two-row-header.docx');
    expect(figuresOf(text).map((f) => [f.table?.col, f.category, f.value, f.unit])).toEqual([
      ['次数', 'volunteer', 14, '次'],
      ['人次', 'volunteer', 120, '人次'],
      ['捐款（万元）', 'donation', 12000, '元'],
    ]);
  });
});

describe('.doc tables', () => {
  // Made with LibreOffice from a .docx whose last row has a cell of two paragraphs (our own text).
  const bytes = readFileSync(new URL('./fixtures/cell-paragraphs.doc', import.meta.url));

  it('keeps a cell of two paragraphs on its row, and empty cells in place', async () => {
    const { text, blocks } = await extract(bytes, 'cell-paragraphs.doc');
    expect(text.split('\n')).toEqual([
      '二〇二五年我所公益服务开展情况见下表：',
      '活动名称\t开展次数\t服务人次\t投入经费（万元）',
      '敬老助残\t15\t420\t2.4',
      '环保宣传\t9\t\t0.6',
      '总计\t24\t420\t3.0',
      '备注\t数据截至十一月底 由办公室统计',
      '以上各项均已录入台账。',
    ]);
    expect(blocks.filter((b) => b.kind === 'table-row')).toHaveLength(5);
    expect(figuresOf(text).filter((f) => f.table?.row === '环保宣传').map((f) => [f.table?.col, f.category, f.value, f.unit])).toEqual([
      ['开展次数', 'activity', 9, '次'],
      ['投入经费（万元）', 'investment', 6000, '元'],
    ]);
  });
});

describe('PDF tables', () => {
  // Cells drawn at their column's x, as a word processor prints a table; the second row leaves a cell empty.
  const at = (y: number, cells: [number, string][]) => cells.map(([x, text]) => ({ x, y, size: 12, text }));
  const pdf = textPdf([
    [
      { x: 72, y: 760, size: 12, text: '全年帮扶工作统计如下：' },
      ...at(736, [[72, '帮扶对象'], [200, '走访次数'], [320, '受益人数'], [440, '帮扶资金（元）']]),
      ...at(712, [[72, '孤寡老人'], [200, '18'], [320, '42'], [440, '6300']]),
      ...at(688, [[72, '困难学生'], [200, '6'], [440, '9000']]),
      { x: 72, y: 664, size: 12, text: '以上资金全部由工会经费列支。' },
    ],
  ]);

  it('reads cells drawn apart as tab-separated cells, with an empty cell where a row has none', async () => {
    const { text, blocks } = await extract(pdf, 'table.pdf');
    expect(text.split('\n')).toEqual(['全年帮扶工作统计如下：', '帮扶对象\t走访次数\t受益人数\t帮扶资金（元）', '孤寡老人\t18\t42\t6300', '困难学生\t6\t\t9000', '以上资金全部由工会经费列支。']);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table-row', 'table-row', 'table-row', 'paragraph']);
    const figures = figuresOf(text);
    expect(figures.filter((f) => f.table?.row === '困难学生').map((f) => [f.table?.col, f.value, f.unit])).toEqual([
      ['走访次数', 6, '次'],
      ['帮扶资金（元）', 9000, '元'],
    ]);
  });

  it('never joins a table row to the line before or after it', () => {
    const line = (text: string, y: number, x1 = 523) => ({ text, x0: 72, x1, y, size: 12 });
    const paragraphs = paragraphsFromLayout([{ width: 595, height: 842, lines: [line('统计如下：慰问困难职工', 100), line('项目\t户数', 118), line('慰问\t12', 136), line('合计\t12', 154), line('以上数据截至年底', 172)] }]);
    expect(paragraphs.map((p) => p.text)).toEqual(['统计如下：慰问困难职工', '项目\t户数', '慰问\t12', '合计\t12', '以上数据截至年底']);
  });
});

describe('alignTableColumns', () => {
  const row = (text: string, y: number, ...xs: [number, number][]) => ({ text, y, size: 12, x0: xs[0]![0], x1: xs[xs.length - 1]![1], cells: xs.length > 1 ? xs.map(([x0, x1]) => ({ x0, x1 })) : undefined });

  it('puts each cell of a short row under the nearest column (left, right or centre aligned)', () => {
    const lines = alignTableColumns([
      row('甲\t乙\t丙\t丁', 100, [72, 96], [200, 224], [320, 344], [440, 464]),
      row('a\t4', 118, [72, 80], [452, 460]),
      row('b\t5', 136, [72, 80], [336, 344]),
      row('不在表中，是正文。', 154, [72, 180]),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['甲\t乙\t丙\t丁', 'a\t\t\t4', 'b\t\t5\t', '不在表中，是正文。']);
  });

  it('joins the lines of a wrapped cell, which a PDF writes before the rest of its row', () => {
    const lines = alignTableColumns([
      row('项目\t户数\t资金（万', 100, [72, 120], [200, 224], [320, 380]),
      row('元）', 116, [320, 344]),
      row('走访慰问困难', 134, [72, 144]),
      row('党员', 150, [72, 96]),
      row('12\t1.5', 134, [200, 212], [320, 338]),
      row('合计\t12\t1.5', 168, [72, 96], [200, 212], [320, 338]),
      row('单位：户', 186, [72, 120]),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['项目\t户数\t资金（万元）', '走访慰问困难党员\t12\t1.5', '合计\t12\t1.5', '单位：户']);
  });
});

describe('HTML tables', () => {
  it('puts each cell on its row whatever line breaks its source holds, and keeps the columns a colspan covers', () => {
    const html = `<table>
<tr>
  <th>活动</th>
  <th colspan="2">场次</th>
  <th>参与人次</th>
</tr>
<tr><td>
  道德讲堂
</td><td>4</td><td>5</td><td><p>380</p><p>（估算）</p></td></tr>
</table>`;
    expect(htmlToText(html).split('\n')).toEqual(['活动\t场次\t\t参与人次', '道德讲堂\t4\t5\t380 （估算）']);
  });

  it('keeps a cell that spans rows over its column, so the rows below it keep their numbers in place', () => {
    const html = `<table><tr><th>类别</th><th>项目</th><th>次数</th></tr>
<tr><td rowspan="2">志愿服务</td><td>助老</td><td>14</td></tr>
<tr><td>助学</td><td>6</td></tr>
<tr><td>宣传</td><td>展板</td><td>20</td></tr></table>`;
    const text = htmlToText(html);
    expect(text.split('\n')).toEqual(['类别\t项目\t次数', '志愿服务\t助老\t14', '\t助学\t6', '宣传\t展板\t20']);
    // The row under the merged cell has the merged cell's subject.
    expect(figuresOf(text).map((f) => [f.table?.row, f.table?.col, f.value, f.unit])).toEqual([
      ['志愿服务', '次数', 14, '次'],
      ['志愿服务', '次数', 6, '次'],
      ['宣传', '次数', 20, '次'],
    ]);
  });
});

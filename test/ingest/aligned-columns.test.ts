// ingest/aligned-columns: tables a plain text lines up with spaces become tab-separated rows.
import { describe, expect, it } from 'vitest';
import { tabAlignedColumns } from '../../src/ingest/aligned-columns.js';
import { readPlainText } from '../../src/ingest/text.js';
import { figuresOf } from '../figures/figures-of.js';

describe('tabAlignedColumns', () => {
  it('turns the gaps of an aligned table into tabs, keeping the indent and the lines around it', () => {
    const text = '全年志愿服务情况如下：\n  项目        场次    参与人次\n  护河巡查    18      260\n  合计        18      260\n以上数据由团委统计。';
    expect(tabAlignedColumns(text).split('\n')).toEqual([
      '全年志愿服务情况如下：',
      '  项目\t场次\t参与人次',
      '  护河巡查\t18\t260',
      '  合计\t18\t260',
      '以上数据由团委统计。',
    ]);
  });

  it('reads full-width blanks as a gap too', () => {
    expect(tabAlignedColumns('科室　　义诊　　好评率\n内科　　8次　　98%\n')).toBe('科室\t义诊\t好评率\n内科\t8次\t98%\n');
  });

  it('leaves alone a lone aligned line, two-cell label lines, and a first line of numbers', () => {
    const signature = '单位：市档案馆        日期：2024年1月\n联系人：周某        电话：略\n';
    expect(tabAlignedColumns(signature)).toBe(signature);
    const lone = '项目    次数    金额\n正文从这里开始，没有对齐。\n';
    expect(tabAlignedColumns(lone)).toBe(lone);
    const numbers = '12    30    45\n8    9    10\n';
    expect(tabAlignedColumns(numbers)).toBe(numbers);
  });
});

describe('.txt tables lined up with spaces', () => {
  it('gives figures under their headers and marks the rows as table rows', () => {
    const bytes = Buffer.from('全年志愿服务情况如下：\n项目        场次    捐款（万元）\n助老送餐    8       0.6\n', 'utf8');
    const { text, blocks } = readPlainText(bytes, 'aligned.txt', 'txt');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table-row', 'table-row']);
    expect(figuresOf(text).map((f) => [f.table?.col, f.category, f.value, f.unit])).toEqual([
      ['场次', 'volunteer', 8, '场次'],
      ['捐款（万元）', 'donation', 6000, '元'],
    ]);
  });
});

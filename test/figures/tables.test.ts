// figures/tables: tab-separated rows read by column.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures-of.js';

const TABLE = '2023年公益活动统计如下。\n项目\t次数\t参与人次\t捐款（万元）\n扶贫济困\t12\t350\t4.5\n无偿献血\t2\t158\t\n合计\t14\t508\t4.5\n';

describe('tables', () => {
  const figures = figuresOf(TABLE);

  it('gives each numeric cell a figure with the header unit and scale, and none to header cells', () => {
    expect(figures.map((f) => [f.table?.row, f.table?.col, f.value, f.unit])).toEqual([
      ['扶贫济困', '次数', 12, '次'],
      ['扶贫济困', '参与人次', 350, '人次'],
      ['扶贫济困', '捐款（万元）', 45000, '元'],
      ['无偿献血', '次数', 2, '次'],
      ['无偿献血', '参与人次', 158, '人次'],
      ['合计', '次数', 14, '次'],
      ['合计', '参与人次', 508, '人次'],
      ['合计', '捐款（万元）', 45000, '元'],
    ]);
  });

  it('spans the cell text exactly', () => {
    for (const f of figures) expect(TABLE.slice(f.start, f.end)).toBe(f.text);
    expect(figures[2]!.text).toBe('4.5');
  });

  it('takes the category from the row, then the header', () => {
    expect(figures.map((f) => f.category)).toEqual(['activity', 'assistance', 'donation', 'activity', 'donation', 'activity', 'other', 'donation']);
  });
});

// figures/tables: tab-separated rows read by column, row and caption.
import { describe, expect, it } from 'vitest';
import { headerUnit } from '../../src/figures/tables.js';
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
    expect(figures.some((f) => f.value === 10000)).toBe(false);
  });

  it('spans the cell text exactly', () => {
    for (const f of figures) expect(TABLE.slice(f.start, f.end)).toBe(f.text);
    expect(figures[2]!.text).toBe('4.5');
  });

  it('takes the category from the header, then the row, then a caption naming one topic', () => {
    // 公益活动 in the caption: participants of the total row are the activities' participants; times of blood
    // donation (无偿献血 × 次数) are donations, as 无偿献血2次 is in running text.
    expect(figures.map((f) => f.category)).toEqual(['activity', 'assistance', 'donation', 'donation', 'donation', 'activity', 'activity', 'donation']);
  });

  it('marks a total row and gives it no subject; other rows are their subject', () => {
    expect(figures.filter((f) => f.table?.total).map((f) => f.subject)).toEqual([null, null, null]);
    expect(figures[0]!.subject).toBe('扶贫济困');
    expect(figures[0]!.metric).toBe('次数');
  });

  it('takes the period of the caption', () => {
    expect(new Set(figures.map((f) => f.period))).toEqual(new Set(['2023年']));
  });
});

describe('tables whose caption names one topic', () => {
  const text = '三、志愿服务\n本年度青年志愿服务开展情况：\n服务内容\t开展次数\t服务人次\t服务时长（小时）\n交通劝导\t30\t240\t720\n读书分享会\t6\t90\t180\n';
  const figures = figuresOf(text);

  it('makes the activities of a volunteer table volunteer figures', () => {
    expect(figures.map((f) => [f.table?.row, f.category, f.value, f.unit])).toEqual([
      ['交通劝导', 'volunteer', 30, '次'],
      ['交通劝导', 'volunteer', 240, '人次'],
      ['交通劝导', 'other', 720, '小时'],
      ['读书分享会', 'volunteer', 6, '次'],
      ['读书分享会', 'volunteer', 90, '人次'],
      ['读书分享会', 'other', 180, '小时'],
    ]);
  });

  it('leaves the rows to their own cues when the caption names two topics', () => {
    const mixed = figuresOf('全年志愿服务和文体活动见下表：\n内容\t场次\n读书分享会\t6\n');
    expect(mixed.map((f) => f.category)).toEqual(['activity']);
  });
});

describe('tables of metrics by year', () => {
  const text = '近两年主要指标对比如下：\n\t2023年\t2024年\n群众满意率\t96.2%\t97.8%\n志愿服务时长（小时）\t1800\t2650\n结对帮扶困难户\t12户\t15户\n';
  const figures = figuresOf(text);

  it('reads a year header as a label and period, the row as the metric and its bracketed unit', () => {
    expect(figures.map((f) => [f.category, f.metric, f.period, f.value, f.unit])).toEqual([
      ['satisfaction', '群众满意率', '2023年', 96.2, '%'],
      ['satisfaction', '群众满意率', '2024年', 97.8, '%'],
      ['other', '志愿服务时长（小时）', '2023年', 1800, '小时'],
      ['other', '志愿服务时长（小时）', '2024年', 2650, '小时'],
      ['assistance', '结对帮扶困难户', '2023年', 12, '户'],
      ['assistance', '结对帮扶困难户', '2024年', 15, '户'],
    ]);
    for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('makes the earlier year the baseline and the last year the result', () => {
    expect(figures.map((f) => [f.table?.col, f.claim])).toEqual([
      ['2023年', 'background'], ['2024年', 'achieved'], ['2023年', 'background'], ['2024年', 'achieved'], ['2023年', 'background'], ['2024年', 'achieved'],
    ]);
  });

  it('reads a caption ending in a full stop (见下表。)', () => {
    const cells = figuresOf('为方便辖区群众出行，本年度我站青年志愿服务队在各个路口开展的志愿服务情况见下表。\n服务项目\t次数\n交通劝导\t30\n').filter((f) => f.table);
    expect(cells.map((f) => [f.category, f.value])).toEqual([['volunteer', 30]]);
  });

  it('keeps an empty first header cell, so the years stay over their columns', () => {
    expect(figures.filter((f) => f.table?.row === '群众满意率').map((f) => f.table?.col)).toEqual(['2023年', '2024年']);
  });
});

describe('table claims', () => {
  it('makes a target column a target and a table under next year\'s plans a plan', () => {
    const targets = figuresOf('指标完成情况如下：\n项目\t2024年实际\t2025年目标\n培训人次\t320\t400\n');
    expect(targets.map((f) => [f.value, f.claim])).toEqual([
      [320, 'achieved'],
      [400, 'target'],
    ]);
    const plans = figuresOf('四、下一步工作打算\n明年安排如下：\n项目\t场次\t投入（万元）\n道德讲堂\t12\t3\n');
    expect(plans.map((f) => [f.category, f.value, f.claim])).toEqual([
      ['activity', 12, 'plan'],
      ['investment', 30000, 'plan'],
    ]);
  });
});

describe('what tables never give', () => {
  it('gives no figure for header cells, dashes, or a column without a unit', () => {
    expect(figuresOf('单位\t捐款（万元）\t参与人次\n')).toEqual([]);
    expect(figuresOf('项目\t捐款（万元）\t编号\n走访慰问\t—\t17\n')).toEqual([]);
  });

  it('skips a column of row numbers and takes the subject from the cell after it', () => {
    const figures = figuresOf('序号\t科室\t走访户数\n1\t内科\t16\n2\t外科\t9\n');
    expect(figures.map((f) => [f.subject, f.table?.col, f.value, f.unit])).toEqual([
      ['内科', '走访户数', 16, '户'],
      ['外科', '走访户数', 9, '户'],
    ]);
  });

  it('gives a template blank the unit of its column, with no value', () => {
    const figures = figuresOf('项目\t捐款（万元）\t参与人次\n慈善一日捐\t××\tXX\n');
    expect(figures.map((f) => [f.table?.col, f.value, f.unit, f.placeholder])).toEqual([
      ['捐款（万元）', null, '元', true],
      ['参与人次', null, '人次', true],
    ]);
  });

  it('reads a cell with its own unit and a percentage column', () => {
    const figures = figuresOf('科室\t义诊\t好评率\n内科\t8次\t98\n');
    expect(figures.map((f) => [f.category, f.value, f.unit])).toEqual([
      ['activity', 8, '次'],
      ['satisfaction', 98, '%'],
    ]);
  });
});

describe('headerUnit', () => {
  it.each([
    ['捐款（万元）', '元', 10000],
    ['捐款(万元)', '元', 10000],
    ['参与人次', '人次', 1],
    ['次数', '次', 1],
    ['受益户数', '户', 1],
    ['服务时长（小时）', '小时', 1],
    ['满意率', '%', 1],
    ['占比', '%', 1],
    ['2023年', null, 1],
    ['项目', null, 1],
  ])('%s → %s ×%d', (header, unit, scale) => {
    expect(headerUnit(header)).toMatchObject({ unit, scale });
  });
});

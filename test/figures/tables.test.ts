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

describe('baseline columns and rows', () => {
  it('makes earlier year columns background and the latest reported year achieved', () => {
    const figures = figuresOf('两年对比如下：\n\t2022年\t2023年\n读者满意率（%）\t93.5\t96.0\n借阅人次\t8200\t9600\n');
    expect(figures.map((f) => [f.table?.col, f.value, f.claim])).toEqual([
      ['2022年', 93.5, 'background'],
      ['2023年', 96, 'achieved'],
      ['2022年', 8200, 'background'],
      ['2023年', 9600, 'achieved'],
    ]);
  });

  it('leaves a target year out of the reported years', () => {
    const figures = figuresOf('指标如下：\n项目\t2023年\t2024年\t2025年目标\n注册志愿者（人）\t150\t210\t260\n');
    expect(figures.map((f) => [f.value, f.claim])).toEqual([
      [150, 'background'],
      [210, 'achieved'],
      [260, 'target'],
    ]);
  });

  it('reads a 上年 column as the baseline, and one year column alone as the report year', () => {
    const compared = figuresOf('办件情况：\n指标\t上年\t本年\n受理办件（件）\t1200\t1500\n');
    expect(compared.map((f) => [f.value, f.claim])).toEqual([
      [1200, 'background'],
      [1500, 'achieved'],
    ]);
    const single = figuresOf('办件情况：\n指标\t2023年\n受理办件（件）\t1500\n');
    expect(single.map((f) => f.claim)).toEqual(['achieved']);
  });

  it('makes rows of earlier years background in a table with years down the side', () => {
    const figures = figuresOf('志愿者队伍情况：\n年度\t志愿者人数（人）\n2021年\t64\n2022年\t85\n2023年\t120\n');
    expect(figures.map((f) => [f.table?.row, f.claim])).toEqual([
      ['2021年', 'background'],
      ['2022年', 'background'],
      ['2023年', 'achieved'],
    ]);
  });
});

describe('what the caption and the header say about a cell', () => {
  it('makes money under a caption about gifts donated, even in a row naming repairs', () => {
    const gifts = figuresOf('今年爱心公益支出如下：\n项目\t金额（万元）\n敬老院设施修缮\t4.2\n困难职工慰问\t1.5\n');
    expect(gifts.map((f) => [f.category, f.value])).toEqual([
      ['donation', 42000],
      ['donation', 15000],
    ]);
    const spending = figuresOf('全年创建经费使用情况如下：\n项目\t金额（万元）\n文化墙修缮\t4.2\n');
    expect(spending.map((f) => f.category)).toEqual(['investment']);
  });

  it('counts the people served as beneficiaries, not volunteers', () => {
    const figures = figuresOf('全年志愿服务情况如下：\n项目\t场次\t受益群众（人次）\n义务理发\t10\t300\n');
    expect(figures.map((f) => [f.table?.col, f.category])).toEqual([
      ['场次', 'volunteer'],
      ['受益群众（人次）', 'other'],
    ]);
    const helped = figuresOf('帮扶工作如下：\n项目\t受益人数（人）\n结对帮扶困难户\t45\n');
    expect(helped.map((f) => f.category)).toEqual(['assistance']);
  });

  it('reads a row of publicity events under a caption about volunteer service as volunteer work', () => {
    const figures = figuresOf('全年志愿服务开展情况如下：\n项目\t场次\n节水宣传进校园\t7\n').filter((f) => f.table);
    expect(figures.map((f) => [f.category, f.value])).toEqual([['volunteer', 7]]);
  });

  it('lets a caption about activities yield to the volunteer service its line names', () => {
    const volunteers = figuresOf('成立护河志愿服务队，队员38人。各项公益活动情况见下表。\n活动\t次数\n清理河道\t6\n').filter((f) => f.table);
    expect(volunteers.map((f) => f.category)).toEqual(['volunteer']);
    const activities = figuresOf('工会组织职工开展文体活动。各项活动情况见下表。\n活动\t次数\n篮球赛\t2\n');
    expect(activities.map((f) => f.category)).toEqual(['activity']);
  });

  it('reads 架次 in a row label as its unit', () => {
    const figures = figuresOf('保障情况：\n指标\t2023年\n保障航班（架次）\t620\n');
    expect(figures.map((f) => [f.value, f.unit, f.category])).toEqual([[620, '架次', 'other']]);
  });
});

describe('tables written with bars', () => {
  it('reads a Markdown table, its rule line skipped and its empty corner kept', () => {
    const text = '两年对比：\n| | 2022年 | 2023年 |\n| --- | --- | --- |\n| 读者满意率（%） | 94.0 | 96.5 |\n| 合计借阅（册） | 5200 | 6100 |\n';
    const figures = figuresOf(text);
    expect(figures.map((f) => [f.table?.row, f.table?.col, f.value, f.unit, f.claim])).toEqual([
      ['读者满意率（%）', '2022年', 94, '%', 'background'],
      ['读者满意率（%）', '2023年', 96.5, '%', 'achieved'],
      ['合计借阅（册）', '2022年', 5200, '册', 'background'],
      ['合计借阅（册）', '2023年', 6100, '册', 'achieved'],
    ]);
    for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('reads bars without outer bars, and leaves a lone line of bars (site links) alone', () => {
    const figures = figuresOf('项目 | 场次 | 捐款（万元）\n助老送餐 | 8 | 0.6\n');
    expect(figures.map((f) => [f.table?.col, f.value, f.unit])).toEqual([
      ['场次', 8, '场次'],
      ['捐款（万元）', 6000, '元'],
    ]);
    expect(figuresOf('首页 | 新闻动态 | 下载3次 | 联系我们\n').filter((f) => f.table)).toEqual([]);
  });
});

describe('two-row headers', () => {
  it('reads a lower header cell under the upper cell merged across it', () => {
    const figures = figuresOf('全年情况如下：\n项目\t志愿服务\t\t捐款（万元）\n\t次数\t人次\t\n关爱老人\t12\t96\t0.8\n');
    expect(figures.map((f) => [f.table?.col, f.category, f.value, f.unit])).toEqual([
      ['次数', 'volunteer', 12, '次'],
      ['人次', 'volunteer', 96, '人次'],
      ['捐款（万元）', 'donation', 8000, '元'],
    ]);
  });

  it('takes the period and the baseline from a year over its columns', () => {
    const figures = figuresOf('两年对比如下：\n项目\t2022年\t\t2023年\t\n\t场次\t人次\t场次\t人次\n道德讲堂\t10\t500\t12\t640\n');
    expect(figures.map((f) => [f.table?.col, f.period, f.value, f.claim])).toEqual([
      ['场次', '2022年', 10, 'background'],
      ['人次', '2022年', 500, 'background'],
      ['场次', '2023年', 12, 'achieved'],
      ['人次', '2023年', 640, 'achieved'],
    ]);
  });

  it('keeps a first row of data under a one-row header a row, even under a merged header cell', () => {
    const figures = figuresOf('情况如下：\n项目\t活动\t\t备注\n\t3次\t150人次\t无\n义务植树\t2次\t80人次\t无\n');
    expect(figures.map((f) => [f.table?.row, f.value])).toEqual([
      ['', 3],
      ['', 150],
      ['义务植树', 2],
      ['义务植树', 80],
    ]);
  });
});

describe('people taking part', () => {
  it('makes those taking part in activities volunteers when the caption line names volunteer service among other topics', () => {
    const figures = figuresOf('全年志愿服务及文体活动情况见下表：\n项目\t场次\t参与人次\n文艺演出下乡\t5\t90\n');
    expect(figures.map((f) => [f.table?.col, f.category])).toEqual([
      ['场次', 'activity'],
      ['参与人次', 'volunteer'],
    ]);
    const sports = figuresOf('全年职工文体活动情况见下表：\n项目\t场次\t参与人次\n文艺演出下乡\t5\t90\n');
    expect(sports.map((f) => f.category)).toEqual(['activity', 'activity']);
  });

  it('takes the one caption topic that can count a cell when the caption names others that cannot', () => {
    const text = '青年志愿服务队围绕助学、敬老开展服务，全年情况如下表。\n项目\t次数\t参与志愿者（人次）\n爱心助学\t8\t96\n合计\t18\t232\n';
    expect(figuresOf(text).map((f) => [f.category, f.value])).toEqual([['volunteer', 8], ['volunteer', 96], ['volunteer', 18], ['volunteer', 232]]);
  });
});

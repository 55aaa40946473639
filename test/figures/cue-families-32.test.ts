import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures-of.js';

const categories = (text: string) => figuresOf(text).map((f) => [f.category, f.value]);

describe('facility nouns that hold an activity or publicity cue', () => {
  // A hall, building, station, base or stage for activities counts places, whatever cue word it opens with.
  it.each([
    ['村里新建文化活动厅3个、农家书屋1个。', [['other', 3], ['other', 1]]],
    ['学校建有校史展览馆1座、多功能演出厅2个。', [['other', 1], ['other', 2]]],
    ['支行在网点设立金融知识宣讲站5个。', [['other', 5]]],
    ['医院建成健康教育活动基地2处。', [['other', 2]]],
  ])('%s', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });

  // A verb cue is no part of the noun after it: the meetings of a hall or a station are still events.
  it.each([
    ['全年召开馆务会研究创建工作六次。', [['activity', 6]]],
    ['站长全年主持召开站务会十八次。', [['activity', 18]]],
    ['文化馆全年举办展览活动8场。', [['activity', 8]]],
  ])('%s', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });
});

describe('unpaid work for the public is volunteer work', () => {
  it.each([
    ['村党支部每月组织一次义务劳动。', [['volunteer', 1]]],
    ['支行每季度开展一次“学雷锋”义务服务活动。', [['volunteer', 1]]],
    ['社区组织党员开展义务巡逻4次。', [['volunteer', 4]]],
  ])('%s', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });

  // 义务 alone names a duty or schooling, no volunteer work.
  it('leaves compulsory schooling alone', () => {
    expect(categories('全镇义务教育阶段学生1200人。')).toEqual([['other', 1200]]);
  });
});

describe('boards put up and letters handed out are publicity', () => {
  it.each([
    ['在主干道设置戗板12块。', [['publicity', 12]]],
    ['税务局在办税大厅设置宣传展牌6块。', [['publicity', 6]]],
    ['学校向家长发放《致家长的一封信》约2000份。', [['publicity', 2000]]],
    ['银行网点发放《防范电信诈骗告知书》近5000份。', [['publicity', 5000]]],
  ])('%s', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });

  // A screen in a service hall is equipment, not a piece of publicity (gold-4).
  it('leaves a screen in a hall to other', () => {
    expect(categories('服务大厅设置电子显示屏4块。')).toEqual([['other', 4]]);
  });
});

describe('a person counted with 另有 before a commendation', () => {
  it.each([
    ['学校另有一名教师受到个人嘉奖。', [['other', 1]]],
    ['支行被评为先进集体，另有一名员工被评为先进个人。', [['other', 1]]],
  ])('%s', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });
});

describe('people a unit sends out to serve', () => {
  // A verb of sending before the count, a verb of going after it, and a volunteer cue a clause on at most.
  it.each([
    ['支行组织青年员工60余人次到社区，于周末开展金融知识志愿服务。', [['volunteer', 60]]],
    ['医院选派医护人员15人到隔离点开展为期7天的志愿服务。', [['volunteer', 15]]],
    ['县局组织8名专家、20名技术人员组成科技志愿服务队。', [['volunteer', 8], ['volunteer', 20]]],
  ])('%s', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });

  // Sent to a course, they are trainees.
  it('leaves people sent to a course to the course', () => {
    expect(categories('组织150名干部到党校参加培训。')).toEqual([['training', 150]]);
  });
});

describe('the people of a volunteer event and the people it served', () => {
  it.each([
    // The participants counted in times after the word 人次.
    ['学校开展志愿服务活动20次，累计参与人次800次。', [['volunteer', 20], ['volunteer', 800]]],
    // A beneficiary mark after an adverb opens the people served.
    ['青年志愿服务队成立以来，已为75名留守儿童送去学习用品。', [['other', 75]]],
    ['党员志愿服务队组建后，累计为300名独居老人上门理发。', [['other', 300]]],
  ])('%s', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });
});

describe('a count with a head noun of its own after a conjunct headed by a cue', () => {
  it.each([
    ['50名青年志愿者代表、40名环卫工人代表参加仪式。', [['volunteer', 50], ['other', 40]]],
    ['共有30名党员志愿者、15名退休教师参加。', [['volunteer', 30], ['other', 15]]],
  ])('%s', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });

  // A count with no noun after it is still the cue's (参与医护人员300人次).
  it('keeps the cue of a count with no noun after it', () => {
    expect(categories('医院组织志愿服务活动12场、参与医护人员300人次。')).toEqual([['volunteer', 12], ['volunteer', 300]]);
  });
});

describe('an area\'s total of giving, and blood collected', () => {
  it.each([
    // A clause opening with a whole area tells the area's total, which the unit reports: other.
    ['截至年底，全市累计共有12万人次参与无偿献血。', [['other', 120000]]],
    ['全县共募集善款200万元。', [['other', 2000000]]],
    // Blood collected is a blood centre's business, whatever the clause before says.
    ['街头献血屋全天开放，共采集血液3.2吨。', [['other', 3.2]]],
    // The unit's own giving (the whole school) stays a gift.
    ['全校师生捐款1.2万元。', [['donation', 12000]]],
    ['分行组织员工参加无偿献血86人次。', [['donation', 86]]],
  ])('%s', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });
});

describe('a page\'s length and reading time written by its site', () => {
  it.each([
    ['本文共计1583个字，预计阅读时长6分钟。'],
    ['全文共3200字，阅读时间约8分钟。'],
  ])('%s is no figure', (text) => {
    expect(categories(text)).toEqual([]);
  });

  it('still reads the pieces a report says it wrote', () => {
    expect(categories('全年撰写调研报告12篇，共计3万余字。')).toEqual([['publicity', 12]]);
  });
});

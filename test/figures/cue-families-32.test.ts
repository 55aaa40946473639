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

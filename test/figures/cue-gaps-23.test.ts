// figures: small cue gaps — talks on safety, quizzes, banners counted in 块, counts of 文明 places, lists made.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures-of.js';

const figures = (text: string) => figuresOf(text).map((f) => [f.category, f.value, f.unit, f.claim]);

describe('cue gaps', () => {
  it.each([
    // A talk on safety is an event; the unit's own safety checks and study stay business work.
    ['为辖区居民举办了3场防火安全知识讲座。', [['activity', 3, '场', 'achieved']]],
    ['在社区开展了5次安全用电知识宣讲。', [['activity', 5, '次', 'achieved']]],
    ['开展安全隐患排查6次。', [['other', 6, '次', 'achieved']]],
    ['坚持每周一次安全学习。', []],
    // Quizzes are contests.
    ['组织法律知识答题8次。', [['activity', 8, '次', 'achieved']]],
    ['举办禁毒知识竞答两场。', [['activity', 2, '场', 'achieved']]],
    // Banners and boards counted in 块, also with a bracketed second measure word.
    ['制作横幅6块(条)。', [['publicity', 6, '块(条)', 'achieved']]],
    ['学校制作宣传专版12块。', [['publicity', 12, '块', 'achieved']]],
    // What a verb of making lists is made, not a list told again.
    ['制作法治教育、禁毒教育展板和横幅3块。', [['publicity', 3, '块', 'achieved']]],
    // Villages, units and households named 文明… are counted, unlike the parts of a slogan.
    ['全乡新建成9个文明村。', [['other', 9, '个', 'achieved']]],
    ['今年拟创建15个文明生态村。', [['other', 15, '个', 'plan']]],
    ['坚持两个文明一起抓。', []],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('rosters and number fragments', () => {
  it.each([
    // A volunteer roster with any short modifier is a standing fact; a verb in its place makes it work done.
    ['所里有青年文明志愿者12人，常年开展交通劝导。', [['volunteer', 12, '人', 'background']]],
    ['有组织志愿者200人次参加清扫。', [['volunteer', 200, '人次', 'achieved']]],
    // A digit run opening with 0 is the tail of a number a page split, or a code: no figure; 0 itself stays.
    ['在80 00家企业中选出30家。', [['other', 30, '家', 'achieved']]],
    ['全年安全事故0起。', [['other', 0, '起', 'achieved']]],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('money for public welfare', () => {
  it.each([
    // Money put into public-welfare projects or relief under a neutral verb is given to outsiders.
    ['多年来该公司投入各类公益项目累计900余万元。', [['donation', 9000000, '元', 'achieved']]],
    ['集团出资300万元对口支援灾区灾后重建。', [['donation', 3000000, '元', 'achieved']]],
    // Spending on the unit's own premises stays investment.
    ['单位投入资金45万元改造职工食堂。', [['investment', 450000, '元', 'achieved']]],
    // The purpose word names no goods: a count of projects is no gift.
    ['今年共实施公益项目9个。', [['other', 9, '个', 'achieved']]],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

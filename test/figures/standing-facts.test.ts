// figures/claim, background cues: the people a welfare home or hospital houses and the staff a unit has are standing
// facts, however the sentence lists them; a count the clause dates or calls new is work done.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures-of.js';

const claims = (text: string) => figuresOf(text).map((f) => [f.category, f.value, f.claim]);

describe('standing facts of a home, a ward or a visit', () => {
  it.each([
    // Those a home houses (收养, 供养), and the breakdown listed after them.
    ['福利中心收养孤残儿童62名，其中脑瘫患儿9名，听障儿童5名。', [['other', 62, 'background'], ['other', 9, 'background'], ['other', 5, 'background']]],
    ['敬老院供养五保老人36人，2023年为老人体检2次。', [['other', 36, 'background'], ['other', 2, 'achieved']]],
    // A new one taken in this year is a result.
    ['今年新收养弃婴3名。', [['other', 3, 'achieved']]],
    // Staff counted with 有 after their noun (工作人员仅有6人), and the shift listed after it.
    ['护理部每天工作人员仅有6人，夜班2人。', [['other', 6, 'background'], ['other', 2, 'background']]],
    // Those of a group taking part (参加…的医护人员有30人) are no staff roll.
    ['参加义诊的医护人员有30人。', [['activity', 30, 'achieved']]],
    // A visiting group's size (一行6人) is news of who came.
    ['市考评组一行6人来到我所，全年接待群众来访320人次。', [['other', 6, 'background'], ['workload', 320, 'achieved']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('places counted as the subject of a word of totality are the scope of the work', () => {
  it.each([
    ['全区19个社区全部建成新时代文明实践站。', '19个'],
    ['2022年起，首批试点的6个乡镇全面推行垃圾分类。', '6个'],
    ['今年，全县14个行政村均已完成改厕。', '14个'],
    ['辖区9个小区都配备了智能门禁。', '9个'],
  ])('%s', (text, figure) => {
    expect(figuresOf(text).find((f) => f.text.includes(figure))?.claim).toBe('background');
  });

  it.each([
    // the places as the object of the work, or a count of the work done in each of them
    ['为辖区5个社区配送图书2000册。', '5个'],
    ['今年新建3个社区服务站，全部投入使用。', '3个'],
  ])('but not %s', (text, figure) => {
    expect(figuresOf(text).find((f) => f.text.includes(figure))?.claim).toBe('achieved');
  });
});

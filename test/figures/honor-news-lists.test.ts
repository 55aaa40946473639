// figures/honors: lists of honors and commendations as news pages write them.
import { describe, expect, it } from 'vitest';
import { analyse } from './figures-of.js';

const titlesOf = (text: string) => analyse(text).honors.map((h) => [h.title, h.recipient]);

describe('honors in news lists', () => {
  it.each([
    // A level word between 等 and 荣誉 sums the list up: the last title stays.
    ['服务站先后获得全国青年文明号、全国巾帼文明岗等国家级荣誉。', [['全国青年文明号', 'unit'], ['全国巾帼文明岗', 'unit']]],
    ['该所先后获得市级平安单位、县级卫生单位等省级以上荣誉称号。', [['市级平安单位', 'unit'], ['县级卫生单位', 'unit']]],
    // 作为 names an honor when a commendation follows it in the clause, quoted or not.
    ['我校作为“全省教育系统先进集体”受到表彰。', [['全省教育系统先进集体', 'unit']]],
    ['县税务局作为社会治安综合治理先进单位在全县大会上受到表彰。', [['社会治安综合治理先进单位', 'unit']]],
    ['市局作为牵头单位，受到表彰。', []],
    // A title opening with a place's own name takes no lead of the title before it.
    ['该站荣获江西省文明单位、南昌市先进集体称号。', [['江西省文明单位', 'unit'], ['南昌市先进集体', 'unit']]],
    ['该村荣获全国文明村、卫生城市称号。', [['全国文明村', 'unit'], ['全国卫生城市', 'unit']]],
  ])('%s', (text, expected) => {
    expect(titlesOf(text)).toEqual(expected);
  });
});

describe('an edition before a quoted title', () => {
  it.each([
    // The edition outside the quotes dates the title; an unquoted prize keeps its edition (gold-5).
    ['团委书记王某荣获第九届“全市五四青年奖章”。', [['全市五四青年奖章', 'person:王某']]],
    ['学校荣获第二届“全国文明校园”称号。', [['全国文明校园', 'unit']]],
    ['该台荣获第三十届中国新闻奖二等奖。', [['第三十届中国新闻奖二等奖', 'unit']]],
  ])('%s', (text, expected) => {
    expect(titlesOf(text)).toEqual(expected);
  });
});

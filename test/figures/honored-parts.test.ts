// figures/honored-parts: a background count of the unit's own parts that its clause says won an honor is a result.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures-of.js';

const claims = (text: string) => figuresOf(text).map((f) => [f.category, f.value, f.claim]);

describe('honored parts', () => {
  it.each([
    // The parts under a branch (辖) that won a title are results; so is the breakdown after 其中 and the next count.
    ['到年底，全辖12个营业网点全部创建为县级以上“文明单位”，其中5个网点创建为市级“文明单位”，2个网点获全省系统“文明服务示范窗口”称号。',
      [['other', 12, 'achieved'], ['other', 5, 'achieved'], ['other', 2, 'achieved']]],
    // Works and people counted after 共有 or a standing fact that won a prize (获…奖, 获奖) are results.
    ['电视台共有17件作品获省级以上广播电视奖。', [['other', 17, 'achieved']]],
    ['中心现有党员30名，近两年共有9名职工在全市技能比武中获奖。', [['personnel', 30, 'background'], ['other', 9, 'achieved']]],
    // Without an honor the parts under it stay standing facts.
    ['该支行下辖12个营业网点，其中5个位于城区。', [['other', 12, 'background'], ['other', 5, 'background']]],
    // A region's holders (全县共有…), made background by a notice's review of an earlier year, stay so: no parts of the unit.
    ['关于开展2024年度“青年文明号”创建活动的通知\n2023年，全县共有15个集体获评市级以上“青年文明号”。', [['other', 15, 'background']]],
    // The whole field of a round announced stays background.
    ['市文明委公布第三届文明单位评选结果，共有300个单位被授予“市级文明单位”称号。', [['other', 300, 'background']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

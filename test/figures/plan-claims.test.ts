// figures/claim in plans and notices: the rules of an assessment (a rank cut-off, a reward's amount), and levels to
// reach (figures/plan-levels: a range, a floor with 以上, a count after 达到).
import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures-of.js';

const claims = (text: string) => figuresOf(text).map((f) => [f.category, f.value, f.claim]);

describe('rules of an assessment', () => {
  it.each([
    // A rank cut-off followed by 的 names who is rewarded or warned; a reward's amount after 奖励 is its rate.
    ['年终考评排名前2位的站所，每个奖励2000元；排名后1位的站所通报批评。', [['other', 2, 'rule'], ['other', 2000, 'rule'], ['other', 1, 'rule']]],
    // A place held in a ranking with no 的 after it is the unit's result.
    ['我站在全市考评中排名前3位。', [['other', 3, 'achieved']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('levels a plan or notice sets', () => {
  it.each([
    // A floor written with 以上 and a count after 达到 are targets; a range and a plain count of work stay planned
    // (DECISIONS.md call 3: a range takes its claim from its verb).
    ['2025年文明创建工作方案\n全年培育县级“文明窗口”3至5个，新创建“青年文明号”10个以上，注册志愿者总数达到600人，举办道德讲堂6期。',
      [['other', 3, 'plan'], ['other', 10, 'target'], ['volunteer', 600, 'target'], ['activity', 6, 'plan']]],
    // Actions with 以上 stay planned work; scores and levels followed by 的 are the terms of a rule.
    ['关于开展文明单位考评的通知\n各单位每季度开展志愿服务3次以上，年度得分90分以上的单位评为优秀。',
      [['volunteer', 3, 'rule'], ['other', 90, 'rule']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('plans chained by ；', () => {
  it.each([
    // Items joined by ； to a sentence that plans them are planned; 将打造 and 将争取 plan as 将建设 does.
    ['区妇联今年将进一步扩大服务阵地；打造儿童之家5个以上，开展亲子活动20场次；组织家长课堂8期。',
      [['other', 5, 'plan'], ['activity', 20, 'plan'], ['other', 8, 'plan']]],
    ['明年站里将争取专项资金20万元。', [['investment', 200000, 'plan']]],
    // A chain of work reported as done stays achieved.
    ['今年我们完成了阵地改造；建成儿童之家5个；组织家长课堂8期。', [['other', 5, 'achieved'], ['other', 8, 'achieved']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('changes to a level in a plan', () => {
  it.each([
    // A change in a plan is the level to reach; one its clause dates is the review the plan starts from.
    ['2025年窗口服务提升方案\n二、工作目标\n网上办理率由目前的70%提高到85%，办件时限压缩至2个工作日内。',
      [['rate', 70, 'background'], ['rate', 85, 'target'], ['other', 2, 'target']]],
    ['2025年窗口服务提升方案\n2024年网上办理率提高到70%。', [['rate', 70, 'achieved']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('计划生育 is a field of work', () => {
  it('keeps the honors counted after it as results', () => {
    expect(claims('近年来共获得人口和计划生育工作等县级以上荣誉12个。')).toEqual([['other', 12, 'achieved']]);
  });
});

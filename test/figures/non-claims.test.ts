// figures/non-claims: counts glued to the next count, restated lists of proposals, and blanks before a branch noun.
import { describe, expect, it } from 'vitest';
import { summary } from './figures-of.js';

const pairs = (text: string) => summary(text).map(([category, value, unit]) => [category, value, unit]);

describe('non-claims', () => {
  it.each([
    // Two counts glued in two measures are two figures: the numeral after the first opens a count of its own, not a
    // slogan's last word (四个100).
    ['全年共接待外省考察团8批次100余人次。', [['other', 8, '批次'], ['workload', 100, '人次']]],
    ['支行组织客户经理3批100人走访企业。', [['other', 3, '批'], ['assistance', 100, '人']]],
    ['学校先后选派教师4批次120人次到农村学校支教。', [['other', 4, '批次'], ['other', 120, '人次']]],
  ])('counts both of %s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it.each([
    ['开展“四个100”活动。'],
    ['实施四个100工程。'],
    ['落实“五个一”要求。'],
  ])('reads %s as a slogan', (text) => {
    expect(summary(text)).toEqual([]);
  });

  it.each([
    // A count of proposals right after a list of as many: the list's items are the content (DECISIONS call 6).
    ['校长提出了加强师德建设、改进课堂教学、关爱留守儿童三点要求。'],
    ['会上形成了优化办税流程、压缩办理时限、推行预约服务等四项措施。'],
    ['检查组就规范台账管理、完善应急预案提出两条意见。'],
    // A blank naming an organisation before a branch noun: 分 and 支 start the noun, no score or count.
    ['XX市公路管理局XX分局全体职工。'],
    ['××银行××支行、××分行的员工。'],
    ['本人在XX分公司工作。'],
  ])('reads no figure in %s', (text) => {
    expect(summary(text)).toEqual([]);
  });

  it.each([
    // Names that are the subject of a verb before the count: the count is the verb's object, a result (a prison, a
    // fire brigade, a hospital).
    ['民警陈某、岳某应急处置两起车辆自燃险情。', [['other', 2, '起']]],
    ['消防员张某、李某成功救起两名落水儿童。', [['other', 2, '名']]],
    ['医生王某、赵某连夜抢救三名重伤员。', [['other', 3, '名']]],
  ])('counts %s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it.each([
    ['街道对包联的幸福里、滨河苑两个小区更换了宣传牌。'],
    ['县一中、县二中、县实验小学三所学校参加了评比。'],
  ])('reads %s as a restated list', (text) => {
    expect(pairs(text).filter(([, value]) => value === 2 || value === 3)).toEqual([]);
  });

  it.each([
    // Time won against a schedule or a standard measures the work: a service hall, a hospital, a builder.
    ['政务大厅每天提前30分钟开门办公。', [['other', 30, '分钟']]],
    ['急诊平均救治低于国家标准28分钟。', [['other', 28, '分钟']]],
    ['项目部比合同节约工期5天。', [['other', 5, '天']]],
  ])('counts the time in %s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it.each([['活动为期3天。'], ['培训历时5天。']])('reads no figure in the span of %s', (text) => {
    expect(summary(text)).toEqual([]);
  });

  it.each([
    // 与 before partners the clause pairs with is a preposition: the partners are counted (a metro, a steelworks, a
    // land office).
    ['地铁公司与沿线3个社区结对共建。', 3],
    ['党支部与山区2所小学结对。', 2],
    ['地政事务所与偏乡4所小学建立伙伴关系。', 4],
  ])('counts the partners in %s', (text, value) => {
    expect(summary(text).map(([, v]) => v)).toEqual([value]);
  });

  it('reads a count after two works joined by 与 as restating them', () => {
    expect(summary('完成东湖水库扩建与西山水库修建两个重点工程。')).toEqual([]);
  });

  it.each([
    // With no list before them, proposals are counted; so is a list of things set up, and a blank's score.
    ['全年收集群众意见建议23条。', [['other', 23, '条']]],
    ['针对检查发现的问题，制定整改措施12条。', [['other', 12, '条']]],
    ['考核得分××分。', [['other', null, '分']]],
  ])('keeps %s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { figuresOf, summary } from './figures-of.js';

describe('figures/donation', () => {
  it.each([
    ['为困难群众捐款近4万元。', [['donation', 40000, '元', 'nearly', '捐款近4万元']]],
    ['发放慰问金3000多元。', [['donation', 3000, '元', 'more_than', '慰问金3000多元']]],
    ['捐赠衣物1300余件。', [['donation', 1300, '件', 'more_than', '捐赠衣物1300余件']]],
    ['献血量达2.6万毫升。', [['donation', 26000, '毫升', 'exact', '献血量达2.6万毫升']]],
    ['捐款2萬餘元。', [['donation', 20000, '元', 'more_than', '捐款2萬餘元']]],
    // Gifts handed out on a visit are donations; the visit itself stays assistance.
    ['走访慰问空巢老人35户，发放慰问品180件。', [['assistance', 35, '户', 'exact', '慰问空巢老人35户'], ['donation', 180, '件', 'exact', '慰问品180件']]],
    ['工会把2000元慰问款送到患病职工家中。', [['donation', 2000, '元', 'exact', '2000元慰问款']]],
    // Fees waived for families in need and school costs paid for children are gifts.
    ['为6户特困家庭减免供暖费用1.2万元。', [['other', 6, '户', 'exact', '6户'], ['donation', 12000, '元', 'exact', '减免供暖费用1.2万元']]],
    ['累计资助书本费和住宿费9600元。', [['donation', 9600, '元', 'exact', '资助书本费和住宿费9600元']]],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('gives the subject the sentence names', () => {
    expect(figuresOf('为困难群众捐款4.6万元。')[0]).toMatchObject({ subject: '困难群众', metric: '捐款' });
  });

  // Help to the unit's own staff in need is no gift to outsiders.
  it('is no donation to the unit’s own staff', () => {
    expect(figuresOf('春节前为困难职工发放慰问金3.5万元。').map((f) => f.category)).toEqual(['other']);
  });

  // A statutory waiver of basic fees, and a state grant applied for on someone's behalf, are no gifts.
  it.each(['发放助学贷款5万元。', '发放奖学金2万元。', '全年减免基本公共服务费用约300万元。', '做好资助工作，为困难学生申请国家助学金12万元。', '为12名困难当事人发放司法救助金18万元。'])('is no donation: %s', (text) => {
    expect(figuresOf(text).filter((f) => f.category === 'donation')).toEqual([]);
  });

  // A gift received is the unit's income (other); help bought from villagers is no gift either.
  it.each(['全年接收社会捐赠款物1860万元。', '收到爱心人士捐款3万元。', '发放帮扶资金12万元，采购村里的农产品约26万元。'])('is no donation given: %s', (text) => {
    expect(figuresOf(text).map((f) => f.category).at(-1)).toBe('other');
  });

  it.each([
    ['向结对学校捐助资金46万元。', [['donation', 460000, '元', 'exact', '捐助资金46万元']]],
    // 折合约 is 折合 + 约 (a hedge), not 合约 (a contract).
    ['累计捐款捐物折合约96万元。', [['donation', 960000, '元', 'about', '捐物折合约96万元']]],
    ['全年发放大病救助资金12万元。', [['donation', 120000, '元', 'exact', '救助资金12万元']]],
    ['实现造血干细胞捐献11例。', [['donation', 11, '例', 'exact', '捐献11例']]],
    // Sponsorship is a gift; so is the money of relief, also in a clause of its own after the people helped.
    ['公司出资8000元赞助社区少儿书画比赛。', [['donation', 8000, '元', 'exact', '8000元赞助']]],
    ['工会全年救助困难家庭21户，救助总金额5.2万元。', [['assistance', 21, '户', 'exact', '困难家庭21户'], ['donation', 52000, '元', 'exact', '救助总金额5.2万元']]],
    // Goods handed out free are gifts; printed matter handed out free stays publicity.
    ['为环卫工人免费发放防暑药品800余份。', [['donation', 800, '份', 'more_than', '免费发放防暑药品800余份']]],
    ['免费发放宣传资料2000份。', [['publicity', 2000, '份', 'exact', '宣传资料2000份']]],
    ['其中大病救助4人次，金额9000元。', [['assistance', 4, '人次', 'exact', '救助4人次'], ['donation', 9000, '元', 'exact', '救助4人次，金额9000元']]],
  ])('gives what it names as given: %s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  // Blood counts as goods whatever its unit (gold-2 README): the people who gave it and the times count too.
  it.each([
    ['本所先后参加献血活动8次，参加献血人员达150余人。', [8, 150]],
    ['20余名党员坚持参加献血活动。', [20]],
    ['组织员工开展无偿献血活动1次。', [1]],
  ])('counts blood donors and donation times as donations: %s', (text, values) => {
    expect(figuresOf(text).filter((f) => f.category === 'donation').map((f) => f.value)).toEqual(values);
  });

  it.each([
    ['全年组织团体献血活动200余场。', 'activity'],
    ['献血者中，获省级金奖5人。', 'other'],
    ['3名职工荣获无偿献血奉献奖。', 'other'],
    ['职工积极参加献血活动，其中，4名同志荣获市无偿献血荣誉证书。', 'other'],
    ['年内新招募献血者1.2万人。', 'other'],
    ['参与捐款职工210人。', 'other'],
  ])('keeps sessions in 场, honored donors, recruits and money givers out of donations: %s', (text, category) => {
    expect(figuresOf(text).map((f) => f.category)).toEqual([category]);
  });
});

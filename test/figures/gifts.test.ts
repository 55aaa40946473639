// figures/gifts: a sum spent under a neutral word (出资, 筹资) that its next clause hands to outsiders, or that its own
// clause spends for a village or people in need, is a donation.
import { describe, expect, it } from 'vitest';
import { summary } from './figures-of.js';

describe('gifts', () => {
  it.each([
    // The next clause gives the money away.
    ['商场出资3万元，向全镇留守儿童赠送冬衣。', [['donation', 30000, '元', 'exact', '3万元，向全镇留守儿童赠送']]],
    ['公司出资1.2万元，赞助社区广场舞比赛。', [['donation', 12000, '元', 'exact', '1.2万元，赞助']]],
    // Its own clause builds for a village or people in need.
    ['支行筹资6万元为结对村修建文化广场。', [['donation', 60000, '元', 'exact', '筹资6万元']]],
    ['协调资金2万元为贫困户修缮住房。', [['donation', 20000, '元', 'exact', '资金2万元']]],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    // Spending on the unit's own people or premises stays spending.
    ['投入资金20万元为职工修建食堂。', [['investment', 200000, '元', 'exact', '投入资金20万元']]],
    // A next clause with a sum of its own, or one that buys, gives nothing away.
    ['出资5万元，向学校赠送图书价值2万元。', [['other', 50000, '元', 'exact', '5万元'], ['donation', 20000, '元', 'exact', '赠送图书价值2万元']]],
    ['出资5万元，购置健身器材20套。', [['other', 50000, '元', 'exact', '5万元'], ['other', 20, '套', 'exact', '20套']]],
    // A sum no spending word holds (income) is no gift.
    ['实现营业收入50万元，赞助县文化节。', [['other', 500000, '元', 'exact', '50万元']]],
  ])('keeps %s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    // A verb of giving governs the sum's noun phrase: a gift, though 经费 and 资金 are investment words (DECISIONS call 11).
    ['支行向希望小学资助办学经费5万元。', [['donation', 50000, '元', 'exact', '资助办学经费5万元']]],
    ['医院赞助社区健康活动经费1万元。', [['donation', 10000, '元', 'exact', '赞助社区健康活动经费1万元']]],
    ['税务分局向结对村捐助修路资金3万元。', [['donation', 30000, '元', 'exact', '捐助修路资金3万元']]],
  ])('reads %s as a gift its verb governs', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    // The unit received someone's grant: no gift of its own.
    ['争取省科协资助经费5万元。', [['investment', 50000, '元', 'exact', '经费5万元']]],
    ['获得市财政资助资金20万元，用于修建文化广场。', [['investment', 200000, '元', 'exact', '资金20万元']]],
  ])('keeps %s, a grant received', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    // A sum put up for an event held for outsiders is a sponsorship: a mall, a bank, a factory.
    ['商场出资3万元举办社区老年人书画展。', [['donation', 30000, '元', 'exact', '出资3万元']]],
    ['支行出资2万元，举办青少年金融知识竞赛。', [['donation', 20000, '元', 'exact', '出资2万元']]],
    ['公司每年出资5万元举办市民健身节。', [['donation', 50000, '元', 'exact', '出资5万元']]],
  ])('reads %s as a sponsorship', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    // An event for the unit's own people, or a budget spent on its own work, is no gift.
    ['公司出资20万元举办职工运动会。', [['other', 200000, '元', 'exact', '20万元']]],
    ['文化馆投入经费30万元举办群众文艺汇演。', [['investment', 300000, '元', 'exact', '经费30万元']]],
  ])('keeps %s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

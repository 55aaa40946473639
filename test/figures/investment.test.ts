import { describe, expect, it } from 'vitest';
import { figuresOf, summary } from './figures-of.js';

describe('figures/investment', () => {
  it.each([
    ['投资2万余元购置设备。', [['investment', 20000, '元', 'more_than', '投资2万余元']]],
    ['全年投入创建经费86万元。', [['investment', 860000, '元', 'exact', '经费86万元']]],
    ['完成电网建设投资3.6亿元。', [['investment', 360_000_000, '元', 'exact', '投资3.6亿元']]],
    ['总投资xx万元。', [['investment', null, '元', 'exact', '总投资xx万元']]],
    // Money as what installed equipment cost is spending on it.
    ['为各村安装了5万余元的健身器材。', [['investment', 50000, '元', 'more_than', '安装了5万余元']]],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('marks a figure broken by a template blank', () => {
    expect(figuresOf('总投资xx万元。')[0]).toMatchObject({ placeholder: true, value: null });
  });

  // Subsidies and grants the unit passes on to others (补贴, 补助) are not its own spending, nor is a gift of funds.
  it.each(['学校接受社会各界捐赠图书和资金折合约120万元。', '创造利润790万元。', '存款余额达24732万元。', '堵截电信诈骗资金36万元。', '帮助联系户申请到产业扶持资金8000元。', '兑现耕地地力补贴资金520万元。'])('is no investment: %s', (text) => {
    expect(figuresOf(text).map((f) => f.category)).not.toContain('investment');
  });

  it('is no investment when only items are counted', () => {
    expect(figuresOf('购置了14台微机。').map((f) => f.category)).not.toContain('investment');
  });
});

import { describe, expect, it } from 'vitest';
import { figuresOf, summary } from './figures-of.js';

describe('figures/satisfaction and figures/rate', () => {
  it.each([
    ['群众满意率一直保持在99%以上。', [['satisfaction', 99, '%', 'at_least', '满意率一直保持在99%以上']]],
    ['第三方测评满意度达到97.3%。', [['satisfaction', 97.3, '%', 'exact', '满意度达到97.3%']]],
    ['好评率为100%。', [['satisfaction', 100, '%', 'exact', '好评率为100%']]],
    // A score's change against last year is no level of satisfaction: other, as 较上年提高4.2个百分点 is.
    ['群众满意度95.2分，同比提高3.1分。', [['satisfaction', 95.2, '分', 'exact', '满意度95.2分'], ['other', 3.1, '分', 'exact', '3.1分']]],
    ['政策知晓率达到95%以上。', [['rate', 95, '%', 'at_least', '知晓率达到95%以上']]],
    ['地面测报错情率为0.5‰。', [['rate', 0.05, '%', 'exact', '错情率为0.5‰']]],
    ['审批时限平均压缩40%。', [['rate', 40, '%', 'exact', '40%']]],
    ['参训率100%，合格率达98.5%。', [['rate', 100, '%', 'exact', '参训率100%'], ['rate', 98.5, '%', 'exact', '合格率达98.5%']]],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('gives each coordinated rate its own figure with the shared value and text', () => {
    const figures = figuresOf('见面率、反馈率和满意率均达到100%。');
    expect(figures.map((f) => [f.category, f.metric, f.value])).toEqual([
      ['rate', '见面率', 100],
      ['rate', '反馈率', 100],
      ['satisfaction', '满意率', 100],
    ]);
    expect(new Set(figures.map((f) => f.text))).toEqual(new Set(['见面率、反馈率和满意率均达到100%']));
  });

  it('pairs rates given 分别 with their values in order', () => {
    const figures = figuresOf('窗口按时办结率和群众满意率分别达到97%、99.2%。');
    expect(figures.map((f) => [f.category, f.metric, f.value])).toEqual([
      ['rate', '办结率', 97],
      ['satisfaction', '满意率', 99.2],
    ]);
  });

  it('chains no weak cue (a verb) to a rate after it', () => {
    expect(figuresOf('对厂区道路进行了整修提升，厂区绿化率达41%。').map((f) => [f.category, f.metric, f.value])).toEqual([['rate', '绿化率', 41]]);
  });

  it('needs a number: a rate named without one is no figure', () => {
    expect(figuresOf('把群众满意度作为考核指标，努力提高参与率。')).toEqual([]);
  });
});

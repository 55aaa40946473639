import { describe, expect, it } from 'vitest';
import { implausibleChanges } from '../../src/history/implausible.js';
import type { Submission } from '../../src/store/store.js';

function submission(year: number, figures: [string, string | null, number, string][]): Submission {
  return {
    docKey: year,
    path: `${year}.docx`,
    unit: '东川市税务局',
    period: `${year}年度`,
    year,
    analysedAt: '2026-01-01T00:00:00.000Z',
    figures: figures.map(([category, metric, value, unit]) => ({ category, metric, value, unit, text: `${metric}${value}${unit}` })),
  };
}

describe('implausible changes across years', () => {
  it('flags a satisfaction rate repeated to the decimal three years running, not twice or 100%', () => {
    const three = [2019, 2020, 2021].map((y) => submission(y, [['satisfaction', '满意率', 98.6, '%'], ['satisfaction', '满意率', 100, '%']]));
    expect(implausibleChanges(three)).toEqual([{ rule: 'satisfaction-repeated', years: [2019, 2020, 2021], message: 'satisfaction 98.6% in 2019, 2020 and 2021 alike' }]);
    expect(implausibleChanges(three.slice(0, 2))).toEqual([]);
    // A gap year breaks the run.
    const gap = [2019, 2020, 2022].map((y) => submission(y, [['satisfaction', '满意率', 98.6, '%']]));
    expect(implausibleChanges(gap)).toEqual([]);
  });

  it('flags donations that grow a hundredfold in a year', () => {
    const subs = [submission(2020, [['donation', '捐款', 4000, '元']]), submission(2021, [['donation', '捐款', 300000, '元'], ['donation', '捐款', 100000, '元']])];
    expect(implausibleChanges(subs).map((c) => c.rule)).toEqual(['donation-jump']);
    expect(implausibleChanges([subs[0]!, submission(2021, [['donation', '捐款', 39000, '元']])])).toEqual([]);
  });

  it('flags a training count equal to last year\'s, not small counts', () => {
    const subs = [submission(2020, [['training', '培训', 260, '人次'], ['training', '培训', 3, '场']]), submission(2021, [['training', '培训', 260, '人次'], ['training', '培训', 3, '场']])];
    expect(implausibleChanges(subs).map((c) => `${c.rule} ${c.years}`)).toEqual(['training-repeated 2020,2021']);
  });
});

import { describe, expect, it } from 'vitest';
import { figuresOf, summary } from './figures-of.js';

describe('figures/training', () => {
  it.each([
    ['举办业务培训班4期。', [['training', 4, '期', 'exact', '培训班4期']]],
    ['培训果农5000余人次。', [['training', 5000, '人次', 'more_than', '培训果农5000余人次']]],
    ['组织150名干部进行了业务培训。', [['training', 150, '名', 'exact', '150名干部进行了业务培训']]],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('takes the trainees as subject', () => {
    expect(figuresOf('培训果农5000余人次。')[0]!.subject).toBe('果农');
  });

  it.each(['全年开展理论学习15次。', '每周四组织集中学习，全年集中学习20次。', '组织业务培训3天。', '开展康复训练约3.2万人次。', '培养青年骨干14名。'])('is no training: %s', (text) => {
    expect(figuresOf(text).map((f) => f.category)).not.toContain('training');
  });
});

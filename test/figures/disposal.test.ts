// figures/disposal: 将 before the whole of a body (将全局…, 将全体…) marks what a report's work acted on, no future.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures-of.js';

const claims = (text: string) => figuresOf(text).map((f) => [f.category, f.value, f.claim]);

describe('将 of disposal', () => {
  it.each([
    // In a report, 将全体/将全局 + a verb is work done.
    ['支部研究决定将全体党员分成五个党小组。', [['other', 5, 'achieved']]],
    // After 下一步 (another plan cue) and for 将全面 (the future), the count stays a plan.
    ['下一步，将全体党员分成五个党小组。', [['other', 5, 'plan']]],
    ['明年将全面开展专题培训3次。', [['training', 3, 'plan']]],
    // In a plan the whole document plans.
    ['2025年创建工作方案\n将全体党员分成五个党小组。', [['other', 5, 'plan']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

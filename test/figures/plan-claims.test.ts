// figures/claim in plans and notices: the rules of an assessment (a rank cut-off, a reward's amount).
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

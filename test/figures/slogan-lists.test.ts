// figures/slogan-lists: the numbers of a slogan written as a list count nothing; counts beside it stay.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures-of.js';

const values = (text: string) => figuresOf(text).map((f) => [f.value, f.unit, f.text]);

describe('slogan lists', () => {
  it.each([
    // Items of a quoted list of short phrases, however far inside the quote.
    ['推行“一窗、一号、一网、一门、一次”的便民模式，全年办件3200件。', [[3200, '件', '办件3200件']]],
    // A run of three or more parallel phrases ending in 一 + the same measure.
    ['对排查出的问题建立台账，做到发现一个、整改一个、销号一个。', []],
    // Two such phrases may be an inventory: they stay.
    ['新建公厕一个、车棚一个。', [[1, '个', '一个'], [1, '个', '一个']]],
    // A count after the quote is no item of it.
    ['发放“致家长、致学生”两封信共800份。', [[2, '封', '两封'], [800, '份', '800份']]],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });
});

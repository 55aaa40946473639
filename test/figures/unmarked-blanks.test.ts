// figures/unmarked-blanks: a lone x the placeholder scan does not list is no blank, so no figure; a run of marks is.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures-of.js';

const values = (text: string) => figuresOf(text).map((f) => [f.value, f.unit, f.text]);

describe('unmarked blanks', () => {
  it.each([
    // A lone x before a measure word: no figure.
    ['大厅共进驻部门x个，设置窗口x个。', []],
    // A run of x, a × between words and a year blank are template blanks: figures of null value.
    ['大厅共进驻部门xx个，设置窗口××个。', [[null, '个', 'xx个'], [null, '个', '××个']]],
    // Numbers beside a lone x stay.
    ['中心设置窗口x个，全年办件12000件。', [[12000, '件', '办件12000件']]],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });
});

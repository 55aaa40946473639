// figures/distributed: a count after 各 states one value for each item of the list before it.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures-of.js';

const values = (text: string) => figuresOf(text).map((f) => [f.category, f.value]);

describe('figures/distributed', () => {
  it.each([
    ['今年涌现出县级优秀党员、优秀党务工作者各3人。', [['other', 3], ['other', 3]]],
    ['全年完成消防检查和卫生检查各6次。', [['other', 6], ['other', 6]]],
    ['评选“服务标兵”“岗位能手”各5名。', [['other', 5], ['other', 5]]],
    ['全区已建成省、市级文明社区各4个。', [['other', 4], ['other', 4]]],
    // One value after 分别 and its verb is each listed one's, whatever its category.
    ['工会为患病职工家属、困难学生分别送去慰问金3000元。', [['donation', 3000], ['donation', 3000]]],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    // 各 over units, not over a list: one value.
    ['各科室各确定联络员1名。', [['other', 1]]],
    // Items of a named category may each be of another kind: left as one figure.
    ['组织理论学习和业务培训各2次。', [['training', 2]]],
    // Values after 分别 pair off with the list; rates name their own cues.
    ['东村、西村分别新建健身广场1个和2个。', [['other', 1], ['other', 2]]],
    ['见面率、反馈率分别达到100%。', [['rate', 100]]],
  ])('keeps one figure: %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });
});

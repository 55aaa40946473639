import { describe, expect, it } from 'vitest';
import { summary } from './figures-of.js';

describe('figures/volunteer', () => {
  it.each([
    ['注册志愿者156名。', [['volunteer', 156, '名', 'exact', '志愿者156名']]],
    ['开展志愿服务活动42次。', [['volunteer', 42, '次', 'exact', '志愿服务活动42次']]],
    ['组建志愿服务队8支。', [['volunteer', 8, '支', 'exact', '志愿服务队8支']]],
    ['共吸收志愿者40人，开展志愿活动90余次。', [['volunteer', 40, '人', 'exact', '志愿者40人'], ['volunteer', 90, '次', 'more_than', '志愿活动90余次']]],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

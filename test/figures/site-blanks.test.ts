// No figure and no blank: a site's word count and reading time, a blank standing for a name before 多次/几次, one
// underscore joining two titles on a site's title line.
import { describe, expect, it } from 'vitest';
import { analyse, figuresOf } from './figures-of.js';

describe('blanks standing for a name and site word counts', () => {
  it.each([
    ['副局长XX多次深入一线调研。'],
    ['会上，xx几次哽咽。'],
    ['党委书记XX次带队检查。'],
    ['本文共计980个字，预计阅读时长3分钟'],
    ['全文共2345字'],
  ])('%s holds no figure', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });

  it('keeps a blank count', () => {
    expect(figuresOf('全年开展活动XX次。').map((f) => [f.value, f.unit])).toEqual([[null, '次']]);
  });

  it('reads one underscore after a document title as a separator, not a blank', () => {
    expect(analyse('文明单位创建工作汇报_学校创建文明单位的情况汇报').placeholders).toEqual([]);
    expect(analyse('关于_街道创建工作的汇报').placeholders.map((p) => p.text)).toEqual(['_']);
  });
});

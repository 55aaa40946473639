import { describe, expect, it } from 'vitest';
import { paragraphsFromLayout, type LayoutLine, type LayoutPage } from '../../src/ingest/layout.js';

const line = (text: string, y: number, x0 = 72, x1 = 523, size = 12): LayoutLine => ({ text, x0, x1, y, size });
const page = (lines: LayoutLine[]): LayoutPage => ({ width: 595, height: 842, lines });

describe('paragraphsFromLayout', () => {
  it('rejoins wrapped lines, splits on indents, short lines and headings, drops repeated headers and page numbers', () => {
    const pages = [
      page([
        line('某某局文明创建工作总结', 30, 200, 395, 9),
        line('今年以来，我局认真开展文明单位创建工作，全年组织集中学习', 100, 96),
        line('24次，专题研讨8次。', 118, 72, 200),
        line('一、加强组织领导', 140, 72, 180),
        line('成立创建工作领导小组，由局长任组长，分管副局长任副组', 160, 96),
        line('长。', 178, 72, 96),
        line('第 1 页 共 2 页', 800, 260, 335, 9),
      ]),
      page([
        line('某某局文明创建工作总结', 30, 200, 395, 9),
        line('二、强化理论武装，坚持党组理论学习中心组学习制度，全年', 100),
        line('开展集中学习24次。', 118, 72, 300),
        line('第 2 页 共 2 页', 800, 260, 335, 9),
      ]),
    ];
    expect(paragraphsFromLayout(pages)).toEqual([
      { text: '今年以来，我局认真开展文明单位创建工作，全年组织集中学习24次，专题研讨8次。', page: 1 },
      { text: '一、加强组织领导', page: 1 },
      { text: '成立创建工作领导小组，由局长任组长，分管副局长任副组长。', page: 1 },
      { text: '二、强化理论武装，坚持党组理论学习中心组学习制度，全年开展集中学习24次。', page: 2 },
    ]);
  });

  it('continues a paragraph over a page break only when it stopped mid-sentence', () => {
    const pages = [
      page([line('第一段落满行没有结束，下一页继续写', 700, 96), line('到这里还没有结束句子而且这一行也写到了页面的最右边', 718)]),
      page([line('的位置。', 100, 72, 120), line('新的一段从这里开始。', 130, 96, 300)]),
    ];
    expect(paragraphsFromLayout(pages).map((p) => p.text)).toEqual([
      '第一段落满行没有结束，下一页继续写到这里还没有结束句子而且这一行也写到了页面的最右边的位置。',
      '新的一段从这里开始。',
    ]);
  });

  it('puts a space between Latin words wrapped over two lines, none between Chinese ones', () => {
    const pages = [page([line('We use Microsoft', 100, 96), line('Word 2016 to write', 118, 72, 300)])];
    expect(paragraphsFromLayout(pages)[0]!.text).toBe('We use Microsoft Word 2016 to write');
  });
});

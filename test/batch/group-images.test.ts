// --group-images: page images of one stem in one folder become one submission, pages in numeric order.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover, groupPageImages } from '../../src/batch/discover.js';

const input = (path: string) => ({ file: `/in/${path}`, path });

describe('groupPageImages', () => {
  it('joins 报告_1.jpg … 报告_10.jpg in page order and leaves other files alone', () => {
    const files = ['报告_10.jpg', '报告_2.jpg', '报告_1.jpg', '总结.docx', 'a/扫描-1.png', 'a/扫描-2.png', '单页_1.jpg', 'b/报告_1.jpg'].map(input);
    const grouped = groupPageImages(files);
    expect(grouped.map((f) => f.path)).toEqual(['a/扫描_*.png', 'b/报告_1.jpg', '单页_1.jpg', '总结.docx', '报告_*.jpg']);
    expect(grouped.find((f) => f.path === '报告_*.jpg')!.pages).toEqual(['/in/报告_1.jpg', '/in/报告_2.jpg', '/in/报告_10.jpg']);
    expect(grouped.find((f) => f.path === 'b/报告_1.jpg')!.pages).toBeUndefined();
  });

  it('finds page images in folders, grouped only when asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenshen-group-'));
    mkdirSync(join(dir, 'u'));
    for (const name of ['u/报告_1.jpg', 'u/报告_2.jpg', 'u/说明.tif']) writeFileSync(join(dir, name), 'x');
    expect((await discover([dir])).files.map((f) => f.path)).toEqual(['u/报告_1.jpg', 'u/报告_2.jpg', 'u/说明.tif']);
    expect((await discover([dir], { groupImages: true })).files.map((f) => f.path)).toEqual(['u/报告_*.jpg', 'u/说明.tif']);
  });
});

import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { segment, tokenize } from '../../src/segment/index.js';

describe('segment', () => {
  const original = '一、加强組織領導\n　　全年開展志願服務活動４２次；群眾滿意率達到９９．５％。“文明單位”稱號！\n\n成效明顯';
  const norm = normalize(original);
  const { paragraphs, sentences } = segment(original, norm);

  it('splits paragraphs at line breaks, skipping empty lines and leaving indents out of the span', () => {
    expect(paragraphs.map((p) => p.text)).toEqual(['一、加强組織領導', '全年開展志願服務活動４２次；群眾滿意率達到９９．５％。“文明單位”稱號！', '成效明顯']);
  });

  it('splits sentences after end punctuation and its closing quotes, with spans into the original', () => {
    expect(sentences.map((s) => s.text)).toEqual([
      '一、加强組織領導',
      '全年開展志願服務活動４２次；',
      '群眾滿意率達到９９．５％。',
      '“文明單位”稱號！',
      '成效明顯',
    ]);
    for (const s of sentences) {
      expect(original.slice(s.start, s.end)).toBe(s.text);
    }
    expect(norm.text.slice(sentences[2]!.norm.start, sentences[2]!.norm.end)).toBe('群众满意率达到99.5%。');
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 1, 2]);
  });
});

describe('tokenize', () => {
  it('keeps domain words and numbers whole, with offsets', () => {
    const text = '全年开展志愿服务活动32次，满意率达99.5%以上，捐款2.6万元。';
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    const words = tokens.map((t) => t.text);
    expect(words).toEqual(expect.arrayContaining(['志愿服务', '32', '满意率', '99.5%', '2.6', '万元']));
    expect(tokens.map((t) => t.text).join('')).toBe(text);
  });

  it('keeps the project user dictionary words in one token', () => {
    expect(tokenize('举办道德讲堂11期，文明单位创建').map((t) => t.text)).toEqual(expect.arrayContaining(['道德讲堂', '文明单位']));
  });
});

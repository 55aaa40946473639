import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';

describe('normalize: characters', () => {
  it.each([
    ['满意率达９９％', '满意率达99%'],
    ['（一）加强领导', '(一)加强领导'],
    ['⒈开展学习', '1.开展学习'],
    ['㈠组织领导', '(一)组织领导'],
    ['⑴健全机制', '(1)健全机制'],
    ['①30人参加', '(1)30人参加'],
    ['文明\u200b单位\ufeff', '文明单位'],
    ['⼀、加强领导', '一、加强领导'],
    ['ＸＸ单位', 'XX单位'],
  ])('%s → %s', (input, output) => {
    expect(normalize(input).text).toBe(output);
  });
});

describe('normalize: spacing', () => {
  it.each([
    ['2023 年度', '2023年度'],
    ['文 明 单 位', '文明单位'],
    ['35.6 万元', '35.6万元'],
    ['指导 ，', '指导,'],
    ['　　今年以来，我局', '今年以来,我局'],
    ['Word 2016 and Excel', 'Word 2016 and Excel'],
    ['共 1,203 人', '共1,203人'],
    ['20:01:23 开始', '20:01:23开始'],
  ])('%s → %s', (input, output) => {
    expect(normalize(input).text).toBe(output);
  });
});

describe('normalize: script', () => {
  it('converts traditional characters and reports the script', () => {
    const result = normalize('溪口市建設局文明單位創建工作總結，為群眾辦實事。');
    expect(result.text).toBe('溪口市建设局文明单位创建工作总结,为群众办实事。');
    expect(result.script).toBe('traditional');
  });

  it('reports simplified text as simplified and leaves it alone', () => {
    const text = '我局坚持把文明单位创建作为推动建设事业发展的重要抓手。';
    const result = normalize(text);
    expect(result.script).toBe('simplified');
    expect(result.text).toBe(text);
  });

  it('leaves simplified words that a Taiwan variant table would change (显著)', () => {
    expect(normalize('成效显著，著名道德模范。').text).toBe('成效显著,著名道德模范。');
    expect(normalize('成效顯著，成效显著，著名。').text).toBe('成效显著,成效显著,著名。');
  });

  it('reports a text with both scripts in quantity as mixed', () => {
    expect(normalize('文明單位創建工作總結報告書。文明单位创建工作总结报告书。').script).toBe('mixed');
  });
});

describe('normalize: Taiwan phrasing', () => {
  const taiwan = '我行以文明單位建立為載體，營業網點設定宣傳欄，開通網路銀行，在服務視窗釋出資訊，共建社群。建立健全各項制度，效能建設紮實。';

  it('detects Taiwan phrasing by its fingerprints and undoes it in context', () => {
    const result = normalize(taiwan);
    expect(result.script).toBe('taiwan-phrased');
    expect(result.taiwanPhrased).toBe(true);
    expect(result.fingerprints).toEqual(expect.arrayContaining(['视窗', '释出', '网路', '社群']));
    expect(result.text).toBe('我行以文明单位创建为载体,营业网点设置宣传栏,开通网络银行,在服务窗口发布信息,共建社区。建立健全各项制度,效能建设扎实。');
  });

  it('keeps mainland words that look like Taiwan phrases (建立健全, 效能, 资料)', () => {
    const text = '建立健全工作制度，加强效能建设，整理创建资料，设定目标。';
    expect(normalize(text).text).toBe('建立健全工作制度,加强效能建设,整理创建资料,设定目标。');
    expect(normalize(text).taiwanPhrased).toBe(false);
  });

  it('does not rewrite on a single fingerprint', () => {
    const result = normalize('在服务视窗办理，建立文明单位。');
    expect(result.taiwanPhrased).toBe(false);
    expect(result.text).toBe('在服务视窗办理,建立文明单位。');
  });

  it('maps a rewritten phrase back to the whole Taiwan phrase', () => {
    const result = normalize(taiwan);
    const at = result.text.indexOf('窗口');
    const span = result.map.toOriginal(at, at + 2);
    expect(taiwan.slice(span.start, span.end)).toBe('視窗');
  });
});

describe('normalize: site residue', () => {
  it('marks template-site lines as non-body, with the original text as evidence', () => {
    const original = '網站首頁 工作範例 辦公範例 個人範例\n栏目：工作总结 发布时间：2023-05-12\n今年以来，我单位认真开展创建活动。\n相关推荐\n本文仅供参考，欢迎阅读。';
    const result = normalize(original);
    expect(result.findings.map((f) => f.text)).toEqual([
      '網站首頁 工作範例 辦公範例 個人範例',
      '栏目：工作总结 发布时间：2023-05-12',
      '相关推荐',
      '本文仅供参考，欢迎阅读。',
    ]);
    for (const f of result.findings) expect(original.slice(f.start, f.end)).toBe(f.text);
    expect(result.nonBody).toHaveLength(4);
  });

  it('leaves body paragraphs that mention such words alone', () => {
    const body = '我们把上级的经验仅供参考的做法改为必须执行的制度，全年开展志愿服务活动42次，服务群众3600人次，受到广泛好评，群众满意率达到99%以上，有关做法被多家媒体报道，并在全市推广交流。';
    expect(normalize(body).findings).toEqual([]);
  });
});

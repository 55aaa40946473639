// A page copied from a template site: pinyin annotations, notices, breadcrumbs and page counters never reach the
// normalized text's body, nor any title, heading, unit or honor; Taiwan school and office vocabulary is undone.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigureFindings } from '../../src/figures/index.js';
import { normalize } from '../../src/normalize/index.js';
import { segment } from '../../src/segment/index.js';
import { analyzeDocument, DEFAULT_ANALYZE_OPTIONS } from '../../src/pipeline.js';

const PAGE = [
  '当前位置:范文大全网>工作总结>单位总结',
  '温馨提示:本文档由用户上传,如有侵权请联系删除',
  '返回',
  '青石镇中心卫生院创建文明单位工作总结(jié)',
  '一、加强组织领导',
  '院党支部把创建工作列入年度目标考核,成立了由院长任组长的领导小组,明确分工,层层落实责任。',
  '二、深化志愿服务',
  '全院组建志愿服务队3支,全年开展义诊和健康讲座42次,服务群众2100余人次,社區(qū)居民满意率达98.5%。',
  '2022年,我院被县委、县政府授予“县级文明单位”称号。',
  '- 相关推荐',
  '1 / 3',
  '青石镇中心卫生院',
  '2023年1月10日',
].join('\n');

describe('template-site pages', () => {
  it('removes pinyin annotations after characters from the normalized text only', () => {
    const result = normalize('社區(qū)建設(shè)工作總結(jié),成績(jì)顯著(zhù)');
    expect(result.text).toBe('社区建设工作总结,成绩显著');
    const at = result.text.indexOf('建设');
    const span = result.map.toOriginal(at, at + 2);
    expect('社區(qū)建設(shè)工作總結(jié),成績(jì)顯著(zhù)'.slice(span.start, span.end)).toBe('建設');
  });

  it('removes the pinyin of a whole word too, so honors read the title without it', () => {
    const text = '本所荣获“文明单位(dānwèi)”称号，开展创建(chuàngjiàn)工作。';
    expect(normalize(text).text).toBe('本所荣获“文明单位”称号,开展创建工作。');
    const honors = extractFigureFindings(text, normalize(text), segment(text, normalize(text)).sentences).honors;
    expect(honors.map((h) => text.slice(h.start, h.end))).toEqual([expect.stringContaining('文明单位')]);
    expect(honors[0]!.title).toBe('文明单位');
  });

  it.each([
    ['维修(A)区', '维修(A)区'],
    ['英文简称(CSR)', '英文简称(CSR)'],
    ['拼音(xiang)无声调', '拼音(xiang)无声调'],
    ['(qū)开头', '(qū)开头'],
  ])('keeps brackets that are not pinyin annotations: %s', (input, output) => {
    expect(normalize(input).text).toBe(output);
  });

  it('marks notices, breadcrumbs, back links and page counters as non-body', () => {
    const ids = normalize(PAGE).findings.map((f) => [f.ruleId, f.text]);
    expect(ids).toEqual([
      ['normalize/site-residue/navigation', '当前位置:范文大全网>工作总结>单位总结'],
      ['normalize/site-residue/notice', '温馨提示:本文档由用户上传,如有侵权请联系删除'],
      ['normalize/site-residue/navigation', '返回'],
      ['normalize/site-residue/related', '- 相关推荐'],
      ['normalize/site-residue/page-counter', '1 / 3'],
    ]);
  });

  it('takes title, headings, unit and honors from the body only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenshen-site-'));
    const file = join(dir, 'page.txt');
    writeFileSync(file, PAGE);
    const [doc] = await analyzeDocument(file, 'page.txt', DEFAULT_ANALYZE_OPTIONS);
    const record = doc!.record;
    expect(record.title?.text).toBe('青石镇中心卫生院创建文明单位工作总结');
    expect(record.unit?.text).toContain('青石镇中心卫生院');
    const chrome = /当前位置|温馨提示|返回|相关推荐|\(q|\(j|1 \/ 3/;
    for (const h of record.structure?.headings ?? []) expect(h.text).not.toMatch(chrome);
    expect(record.unit?.text).not.toMatch(chrome);
    expect(record.honors.map((h) => h.title)).toEqual(['县级文明单位']);
    for (const h of record.honors) expect(`${h.title}${h.awarder ?? ''}`).not.toMatch(chrome);
  });
});

describe('Taiwan school and office vocabulary', () => {
  it.each([
    ['本校為縣立國小,國小學生與國中教師透過網路參加研習活動', '本校为县立小学,小学学生与初中教师通过网络参加培训活动'],
    ['縣立國中辦理資訊素養研習課程,公務人員透過網路報名', '县立初中办理信息素养培训课程,公务员通过网络报名'],
  ])('undoes %s', (input, output) => {
    const result = normalize(input);
    expect(result.text).toBe(output);
    expect(result.script).toBe('taiwan-phrased');
  });

  it.each(['全國中小學校透過網路開展教育,我國小微企業與中國中部地區', '全国小康社会建设,我国中小学校'])(
    'keeps mainland words that contain 国小 or 国中: %s',
    (input) => {
      const text = normalize(input, { taiwanPhrases: 'on' }).text;
      expect(text).toMatch(/全国/);
      expect(text).not.toMatch(/全小学|全初中|我小学|我初中|中初中/);
    },
  );
});

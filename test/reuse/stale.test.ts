import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { loadEras, staleFindings } from '../../src/reuse/stale.js';

const eras = loadEras();
const period = (text: string) => ({ start: 0, end: text.length, text });

describe('stale-template tells', () => {
  it.each([
    ['2023年度', '我局深入贯彻落实科学发展观。', ['reuse/stale/era', '深入贯彻落实科学发展观']],
    ['2023年度', '扎实开展“两学一做”学习教育。', ['reuse/stale/era', '“两学一做”']],
    ['2019年', '认真落实"六五"普法规划。', ['reuse/stale/era', '"六五"普法']],
    ['2023年', '今年(2016年)共开展活动20次。', ['reuse/stale/year', '2016年']],
  ])('%s: %s', (year, text, [ruleId, words]) => {
    const findings = staleFindings(text, normalize(text), period(year), eras);
    expect(findings.map((f) => [f.ruleId, f.text])).toEqual([[ruleId, words]]);
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toBe(words);
  });

  it.each([
    ['2017年', '扎实开展“两学一做”学习教育。'],
    ['2023年', '坚持以邓小平理论、“三个代表”重要思想、科学发展观为指导。'],
    ['2023年', '今年是2022年以来第二次获此称号。'],
    ['2023年', '今年，我们巩固了2015年创建全国文明单位以来取得的各项成果，继续推进各项工作。'],
  ])('%s: %s is not stale', (year, text) => {
    expect(staleFindings(text, normalize(text), period(year), eras)).toEqual([]);
  });
});

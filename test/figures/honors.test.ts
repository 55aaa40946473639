import { describe, expect, it } from 'vitest';
import { analyse } from './figures-of.js';

const honorsOf = (text: string) => analyse(text).honors.map(({ title, awarder, level, year, recipient }) => ({ title, awarder, level, year, recipient }));

describe('honors', () => {
  it.each([
    ['我局被省税务局授予“全省税务系统先进集体”称号。', { title: '全省税务系统先进集体', awarder: '省税务局', level: 'provincial', year: null, recipient: 'unit' }],
    ['被市文明委评为“市级文明窗口”。', { title: '市级文明窗口', awarder: '市文明委', level: 'city', year: null, recipient: 'unit' }],
    ['急诊科荣获“全国青年文明号”称号。', { title: '全国青年文明号', awarder: null, level: 'national', year: null, recipient: 'unit' }],
    ['护理部主任李红梅被评为“市级道德模范”。', { title: '市级道德模范', awarder: null, level: 'city', year: null, recipient: 'person:李红梅' }],
    ['2019年，学校获得“县级文明校园”称号。', { title: '县级文明校园', awarder: null, level: 'county', year: '2019', recipient: 'unit' }],
    ['信息咨询部获2018-2019年度校先进集体。', { title: '校先进集体', awarder: null, level: 'internal', year: '2018-2019', recipient: 'unit' }],
    ['派出所荣记集体三等功。', { title: '集体三等功', awarder: null, level: 'unknown', year: null, recipient: 'unit' }],
    ['被秦皇岛市创建青年文明号活动组委会授予青年文明号光荣称号。', { title: '青年文明号', awarder: '秦皇岛市创建青年文明号活动组委会', level: 'city', year: null, recipient: 'unit' }],
  ])('%s', (text, honor) => {
    expect(honorsOf(text)).toEqual([honor]);
  });

  it('gives one honor per title in a list', () => {
    const text = '学校先后被评为“市艺术教育工作先进单位”、“市安全文明校园”，“市学校文化建设先进单位”。';
    expect(honorsOf(text).map((h) => h.title)).toEqual(['市艺术教育工作先进单位', '市安全文明校园', '市学校文化建设先进单位']);
  });

  it('puts the subject before a prize that names no contest', () => {
    expect(honorsOf('党建研究课题分别获得二等奖和三等奖。').map((h) => h.title)).toEqual(['党建研究课题二等奖', '党建研究课题三等奖']);
  });

  it('counts titles staff hold as honors of unnamed people', () => {
    expect(honorsOf('现有市级骨干教师8人。')).toEqual([{ title: '市级骨干教师', awarder: null, level: 'city', year: null, recipient: 'person' }]);
  });

  it.each([
    '我们将力争创成省级文明单位。',
    '以争创全国文明单位为目标。',
    '学校评选出“文明班级”12个。',
    '受到上级领导的一致好评。',
    '获得了多项荣誉。',
  ])('finds no honor in %s', (text) => {
    expect(honorsOf(text)).toEqual([]);
  });

  it('quotes the words of each honor from the original, traditional text included', () => {
    const text = '急診科榮獲“全國青年文明號”稱號。';
    const [honor] = analyse(text).honors;
    expect(honor).toMatchObject({ title: '全国青年文明号', text: '榮獲“全國青年文明號”稱號' });
    expect(text.slice(honor!.start, honor!.end)).toBe(honor!.text);
  });
});

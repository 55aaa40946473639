import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { foreignNameFindings, loadForeignNameRules, unitPlaces } from '../../src/reuse/foreign-names.js';

const rules = loadForeignNameRules();
const unit = (text: string) => ({ start: 0, end: text.length, text });
const found = (own: string, text: string) => foreignNameFindings(text, normalize(text), unit(own), rules).map((f) => text.slice(f.start, f.end));

describe('a unit name read into its places and body words', () => {
  it.each([
    ['东川市西河区人民医院', ['东川市', '西河区'], '人民医院'],
    ['南岭县自来水公司', ['南岭县'], '自来水公司'],
    ['内蒙古自治区桃源旗税务局', ['内蒙古自治区', '桃源旗'], '税务局'],
    ['红星中学', [], '红星中学'],
    ['高新区管委会', [], '高新区管委会'],
  ])('%s', (name, places, body) => {
    const read = unitPlaces(name, rules);
    expect(read.places.map((p) => p.name + p.suffix)).toEqual(places);
    expect(read.body).toBe(body);
  });
});

describe('another unit or place left in the text', () => {
  it.each([
    ['东川市图书馆', '一年来，北山市图书馆始终坚持免费开放，全年接待读者12万人次。', ['北山市图书馆']],
    ['西河区人民医院', '在南岭县委、县政府的正确领导下，我院扎实推进文明创建。', ['南岭县']],
    ['桃花镇中心小学', '在杏林镇党委的坚强领导下，学校各项工作稳步推进。', ['杏林镇']],
    ['西河區人民醫院', '在南嶺縣委、縣政府的正確領導下，我院紮實推進文明創建。', ['南嶺縣']],
  ])('%s: %s', (own, text, names) => {
    expect(found(own, text)).toEqual(names);
  });

  it.each([
    ['the unit itself', '东川市图书馆', '东川市图书馆始终坚持免费开放。'],
    ['the unit under its full name', '西河区人民医院', '东川市西河区人民医院是一所二级甲等医院。'],
    ['a partner', '西河区人民医院', '我院与北山区人民医院结成医联体，联合开展义诊8次。'],
    ['a visit', '东川市图书馆', '组织馆员赴北山市图书馆学习考察。'],
    ['its own county committee', '西河区人民医院', '在西河区委、区政府的正确领导下，我院扎实推进文明创建。'],
    ['the city around a county-level city', '义安市税务局', '在金平市委、市政府的正确领导下，我局扎实推进文明创建。'],
    ['a county committee mentioned without leading', '西河区人民医院', '在南岭县委宣传部组织的比赛中获得二等奖。'],
    ['a unit without a place', '红星中学', '在南岭县委、县政府的正确领导下，学校稳步发展。'],
    ['a level word before the body', '石门镇卫生院', '石门镇卫生院是一所一级甲等乡镇卫生院。'],
    ['a generic area', '西河区人民医院', '高新区人民医院派专家来院指导。'],
  ])('%s is not foreign', (_what, own, text) => {
    expect(found(own, text)).toEqual([]);
  });

  it('keeps spans in the text of record', () => {
    const text = '在南嶺縣委、縣政府的正確領導下，我院紮實推進文明創建。';
    const [finding] = foreignNameFindings(text, normalize(text), unit('西河區人民醫院'), rules);
    expect(finding!.ruleId).toBe('reuse/stale/foreign-name');
    expect(text.slice(finding!.start, finding!.end)).toBe(finding!.text);
  });

  it('needs the unit', () => {
    const text = '在南岭县委、县政府的正确领导下，我院扎实推进文明创建。';
    expect(foreignNameFindings(text, normalize(text), null, rules)).toEqual([]);
  });
});

// The subject words of honors.yaml (time words, subjectless words, where-only): validated and read as recipientOf uses them.
import { describe, expect, it } from 'vitest';
import { dictionaryVariant } from '../support/dictionary-variant.js';
import { awarderWords } from '../../src/figures/honors/awarder.js';
import { loadHonorPatterns } from '../../src/figures/honors/patterns.js';


describe('honors.yaml subject words', () => {
  const p = loadHonorPatterns();

  it('strips time words opening a clause', () => {
    expect('去年她'.replace(p.timeWords, '')).toBe('她');
    expect('后来并她'.replace(p.timeWords, '')).toBe('她');
    expect('先后她'.replace(p.timeWords, '')).toBe('先后她');
  });

  it('takes time words and the sequence words, and only those, as no subject', () => {
    for (const s of ['去年', '并', '先后', '去年又', '同年均', '继而']) expect(p.subjectless.test(s)).toBe(true);
    for (const s of ['去年她', '王明', '']) expect(p.subjectless.test(s)).toBe(false);
  });

  it('tells where an honor was won from who won it', () => {
    expect(p.whereOnly.test('在全市教学竞赛中')).toBe(true);
    expect(p.whereOnly.test('王明在全市教学竞赛中')).toBe(false);
  });

  it('refuses an empty time word list, naming it', () => {
    const file = dictionaryVariant('figures/honors.yaml', 'no-time.yaml', (y) => y.replace(/^timeWords: .*$/m, 'timeWords: []'));
    expect(() => loadHonorPatterns(file)).toThrow(/no-time\.yaml:\d+: .*timeWords/);
  });

  it('refuses a where-only pattern that does not compile, as file:line', () => {
    const file = dictionaryVariant('figures/honors.yaml', 'bad-where.yaml', (y) => y.replace(/^whereOnly: .*$/m, "whereOnly: '^在(中'"));
    expect(() => loadHonorPatterns(file)).toThrow(/bad-where\.yaml:\d+: not a valid regular expression/);
  });
});

describe('awarderWords', () => {
  const p = loadHonorPatterns();

  it('strips the year, a word of recent time and commas; 在 only when asked', () => {
    expect(awarderWords('2019年，近日，市文明委', p, false)).toBe('近日，市文明委');
    expect(awarderWords('近日，市文明委', p, false)).toBe('市文明委');
    expect(awarderWords('在市文明委', p, false)).toBe('在市文明委');
    expect(awarderWords('在市文明委', p, true)).toBe('市文明委');
  });

  it('refuses an empty list of recent words, naming it', () => {
    const file = dictionaryVariant('figures/honors.yaml', 'no-recent.yaml', (y) => y.replace(/^recentWords: .*$/m, 'recentWords: []'));
    expect(() => loadHonorPatterns(file)).toThrow(/no-recent\.yaml:\d+: .*recentWords/);
  });
});

describe('first person of honors.yaml (notFirstPersonAfter)', () => {
  const p = loadHonorPatterns();

  it('takes 我 and 本人 as the writer, 我们, 我校, 我乡 not', () => {
    for (const s of ['我', '我被评为', '本人']) expect(p.firstPerson.test(s)).toBe(true);
    for (const s of ['我们', '我校', '我乡', '我集团']) expect(p.firstPerson.test(s)).toBe(false);
    expect('我校我被评为，本人，我乡'.match(p.firstPersonMarks)).toEqual(['我', '本人']);
  });

  it('refuses an empty word in the list, naming it', () => {
    const file = dictionaryVariant('figures/honors.yaml', 'empty-after.yaml', (y) => y.replace('notFirstPersonAfter: [们,', "notFirstPersonAfter: ['', 们,"));
    expect(() => loadHonorPatterns(file)).toThrow(/empty-after\.yaml:\d+: .*notFirstPersonAfter/);
  });
});

describe('round documents and subject frames of honors.yaml', () => {
  const p = loadHonorPatterns();

  it('reads a round document and a named decision with their bodies and titles', () => {
    const doc = [...'会上宣读了《市总工会关于表彰2020年度五一劳动奖状的决定》。'.matchAll(p.roundDocument)][0]!;
    expect([doc[1], doc[2]]).toEqual(['市总工会', '2020年度五一劳动奖状']);
    const named = [...'团市委发布了2021年度市级青年文明号命名决定'.matchAll(p.namedDecision)][0]!;
    expect([named[1], named[2]]).toEqual(['团市委', '2021年度市级青年文明号']);
    expect(p.roundDocumentWord.test('一份通知')).toBe(false);
  });

  it('finds a contest hosted together, a document name, and where or why an honor was won', () => {
    expect(p.hostedContest.exec('在由区教育局、区文联联合主办的书法比赛中，')?.[1]).toBe('区教育局、区文联');
    expect(p.documentName.test('关于保留某单位“文明单位”荣誉称号的通知》')).toBe(true);
    expect('李明在区运动会上'.replace(p.whereOrWhyAtEnd, '')).toBe('李明');
    expect(p.contestWhere.exec('在区朗诵比赛中')?.[1]).toBe('区朗诵比赛');
  });

  it('refuses an opening end longer than one character, naming it', () => {
    const file = dictionaryVariant('figures/honors.yaml', 'long-end.yaml', (y) => y.replace(/^openingEnds: \[/m, 'openingEnds: [在于, '));
    expect(() => loadHonorPatterns(file)).toThrow(/long-end\.yaml:\d+: .*openingEnds/);
  });
});

import { describe, expect, it } from 'vitest';
import { analyse } from './figures-of.js';
import { loadPlaceholderPatterns } from '../../src/figures/placeholders.js';
import { opensWithLookaround, topLevelAlternatives } from '../../src/dictionary/word-pattern.js';
import { dictionaryVariant } from '../support/dictionary-variant.js';

const placeholdersOf = (text: string) => analyse(text).placeholders.map((p) => [p.text, p.kind]);

describe('placeholders', () => {
  it.each([
    ['20xx年工作总结', [['20xx', 'blank']]],
    ['20XX年度', [['20XX', 'blank']]],
    ['20__年以来', [['20__', 'blank']]],
    ['XX—XX年度', [['XX', 'blank'], ['XX', 'blank']]],
    ['ＸＸ街道', [['ＸＸ', 'blank']]],
    ['××单位', [['××', 'blank']]],
    ['由xxx同志任组长', [['xxx', 'blank']]],
    ['__信用社', [['__', 'blank']]],
    ['***市委', [['***', 'blank']]],
    ['会上传达了*****精神和“****”要求', [['*****', 'blank'], ['****', 'blank']]],
    ['某某县', [['某某', 'blank']]],
    ['会议由某某同志主持，地点位于某某路', [['某某', 'blank'], ['某某', 'blank']]],
    ['(单位名称)', [['(单位名称)', 'blank']]],
    ['根据(单位)实际，制定本方案', [['(单位)', 'blank']]],
    ['关于_街道创建工作的汇报', [['_', 'blank']]],
    // Shapes a form leaves, ○ too when no numeral stands before it.
    ['○○单位', [['○○', 'blank']]],
    ['□□街道', [['□□', 'blank']]],
    ['关于_街道_社区的汇报', [['_', 'blank'], ['_', 'blank']]],
    ['20__年X月X日', [['20__', 'blank'], ['X', 'blank'], ['X', 'blank']]],
    ['总投资xx万元', [['xx', 'blank']]],
    ['与以同志为核心的党中央保持一致', [['以同志为核心', 'deleted-name']]],
    ['深入学习党的和重要讲话精神', [['党的和', 'deleted-name']]],
  ])('%s', (text, expected) => {
    expect(placeholdersOf(text)).toEqual(expected);
  });

  it.each(['使用Windows XP系统', '尺码XXL', '3×4的展板', '2019年工作总结', '一、概况\n*****\n二、做法', '志愿服务工作总结_第3页', '经市直各部门(单位)推荐', '民警走访了独居老人赵某某家', '法院审结了被告人吴某某一案', '所属乡镇(单位):城东镇', '本方案自二○○八年七月一日起施行', '二○一○年十二月', '【来源:东湖区人民政府_政务要闻】', '稿源：市教育局_教育动态', '法律咨询_律师事务所_合同纠纷律师'])('finds none in %s', (text) => {
    expect(placeholdersOf(text)).toEqual([]);
  });
});

describe('placeholder patterns (dictionaries/placeholders.yaml)', () => {
  it('keeps the context checks of patterns written first-character first', () => {
    // 某 after a surname is a name (王某), after a preposition a blank; ××× inside Latin letters is no blank.
    expect(placeholdersOf('王某同志与某某单位')).toEqual([['某某', 'blank']]);
    expect(placeholdersOf('型号AXX已停用，XX单位')).toEqual([['XX', 'blank']]);
    // A line of stars alone is a separator; stars inside a sentence are a blank.
    expect(placeholdersOf('**\n会议传达了**精神')).toEqual([['**', 'blank']]);
    expect(placeholdersOf('以局长任组长,为成员')).toEqual([['为成员', 'deleted-name']]);
  });

  it('refuses an alternative that opens with a lookaround, which is tried at every character, as file:line', () => {
    const file = dictionaryVariant('placeholders.yaml', 'lookahead-first.yaml', (y) => y.replace("'为成员(?<=", "'(?=为成员)为成员(?<="));
    expect(() => loadPlaceholderPatterns(file)).toThrow(/lookahead-first\.yaml:\d+: .*lookbehind ending with that character/);
  });
});

describe('topLevelAlternatives', () => {
  it('splits at the bars outside groups and classes', () => {
    expect(topLevelAlternatives('a|(?:b|c)|[|]d|\\|e')).toEqual(['a', '(?:b|c)', '[|]d', '\\|e']);
    expect(opensWithLookaround('x|(?<=a)b')).toBe(true);
    expect(opensWithLookaround('b(?<=ab)|(?:c|(?=d)d)')).toBe(false);
  });
});

describe('shapes and underscores that are writing, not blanks', () => {
  it.each([
    // A dated document writes ○ for 零 after a Chinese numeral: a digit.
    ['本通知自二○○○年三月十日起执行。', []],
    ['县税务局二○○九年度工作总结', []],
    ['卫生院 二○○五年十二月', []],
    // With no numeral before it, a run of ○ is still a form's blank.
    ['○○年○○月,○○单位召开大会。', [['○○', 'blank'], ['○○', 'blank'], ['○○', 'blank']]],
    // A site's source line joins site and column with one underscore; a keyword or breadcrumb line joins three words so.
    ['【来源:江北区政府网_部门动态】', []],
    ['来源:市教育局_教育动态 发布时间:2021-05-06', []],
    ['首页_新闻中心_工作动态', []],
    ['招聘信息_培训通知_招标公告_银行概况', []],
    // A masked number or account is one longer run of x.
    ['如有问题请添加微信号:xxxxxxx或QQ:xxxxxxxxx联系。', [['xxxxxxx', 'blank'], ['xxxxxxxxx', 'blank']]],
    ['联系电话:0531-XXXXXXXX', [['XXXXXXXX', 'blank']]],
    // One-character blanks joined by underscores stay blanks.
    ['本人于_年_月参加工作,在_局工作。', [['_', 'blank'], ['_', 'blank'], ['_', 'blank']]],
  ])('%s', (text, expected) => {
    expect(placeholdersOf(text)).toEqual(expected);
  });
});

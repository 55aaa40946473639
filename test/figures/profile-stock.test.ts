// figures/claim: what a unit has or is (the parts it is set up with, the items its remit lists, a verbless roster of
// volunteers or teams) against what it did; norms it sets its staff.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures-of.js';

const claims = (text: string) => figuresOf(text).map((f) => [f.category, f.value, f.claim]);

describe('parts a unit is set up with, and their breakdown in brackets', () => {
  it.each([
    // A bank, a school, a tax hall: 共设, 现设, 分设 before the count; the bracket breaks it down.
    ['本行共设8个营业网点（城区5个、乡镇3个）和2个自助银行。', [['other', 8, 'background'], ['other', 5, 'background'], ['other', 3, 'background'], ['other', 2, 'background']]],
    ['学校现设28个教学班（小学部18个，初中部10个）。', [['other', 28, 'background'], ['other', 18, 'background'], ['other', 10, 'background']]],
    ['医院分设12个临床科室，年门诊量稳定。', [['other', 12, 'background']]],
    // The items a remit lists (内容/范围/事项 包括 … 共N项).
    ['办税服务范围包括申报、缴款、发票代开等共计86项业务。', [['other', 86, 'background']]],
    ['窗口受理事项涵盖户籍、出入境、车驾管等32类。', [['other', 32, 'background']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    // Near misses: a part set up this year, and 设立 (an act).
    ['今年新设便民服务点6个。', [['other', 6, 'achieved']]],
    ['活动期间共设立流动服务岗3个。', [['activity', 3, 'achieved']]],
  ])('%s stays work done', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('a verbless roster of volunteers or teams', () => {
  it.each([
    ['全行志愿者320人，志愿服务队8支，全年开展活动46场次。', [['volunteer', 320, 'background'], ['volunteer', 8, 'background'], ['volunteer', 46, 'achieved']]],
    ['全系统青年突击队12支，队员近400名。', [['volunteer', 12, 'background'], ['volunteer', 400, 'background']]],
  ])('%s', (text, expected) => {
    expect(claims(text).map(([, v, c]) => [v, c])).toEqual((expected as [string, number, string][]).map(([, v, c]) => [v, c]));
  });

  it.each([
    // A verb of raising or sending them, a team the sentence says was formed, registration: results.
    ['招募志愿者300人，开展义诊。', 300],
    ['组建“暖心”志愿服务队，队员40名，深入社区服务。', 40],
    ['学校注册志愿者152名。', 152],
    // A verb of taking part after the count: those who turned out.
    ['活动当天，志愿者120人参与清扫。', 120],
    ['应急队员30名赶赴现场处置。', 30],
  ])('%s stays work done', (text, value) => {
    expect(figuresOf(text).find((f) => f.value === value)?.claim).toBe('achieved');
  });
});

describe('norms a unit sets its staff', () => {
  it('reads a norm advocated or required with a 每 of a period as a rule', () => {
    expect(figuresOf('倡导员工每月参加一次公益活动、每年献血一次。').map((f) => f.claim)).toEqual(['rule', 'rule']);
    expect(figuresOf('要求教师每周听课两节。').map((f) => f.claim)).toEqual(['rule']);
    expect(figuresOf('鼓励职工每年读书12本。').map((f) => f.claim)).toEqual(['rule']);
  });

  it('keeps a routine the unit keeps, or a requirement only followed, as work done', () => {
    expect(figuresOf('坚持每周开展一次业务学习。').map((f) => f.claim)).toEqual(['achieved']);
    expect(figuresOf('按照要求每月开展一次安全检查。').map((f) => f.claim)).toEqual(['achieved']);
  });
});

describe('a count grown to, and the stock a unit looks after', () => {
  it.each([
    // A verb of growing to a level, however long the modifier before the new count.
    ['营业网点由原来的3个扩大到覆盖全县各乡镇的12个。', [['other', 3, 'background'], ['other', 12, 'achieved']]],
    ['服务站点由8个拓展至20个。', [['other', 8, 'background'], ['other', 20, 'achieved']]],
    ['志愿者队伍从2015年的60人发展壮大到420人。', [['volunteer', 60, 'background'], ['volunteer', 420, 'achieved']]],
    ['年供水量从最初的2.7万吨，增长为9.8万吨。', [['other', 27000, 'background'], ['other', 98000, 'achieved']]],
    // The object of an ongoing charge is its size: a standing fact.
    ['学校强化对12处校舍的安全管理。', [['other', 12, 'background']]],
    ['林场做好对3.2万亩公益林的管护。', [['other', 32000, 'background']]],
    ['市场所加强对辖区320家餐饮单位的日常监管。', [['other', 320, 'background']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it('keeps a task done on them as work done', () => {
    expect(claims('完成对12家企业的安全检查。')).toEqual([['other', 12, 'achieved']]);
  });
});

describe('a standing fact told again, and the finer parts of a set-phrase scheme', () => {
  it('takes out a later count with the value, measure and noun of an earlier standing fact', () => {
    const text = '支行现有员工86人，下设4个营业网点。今年，4个营业网点全部被评为县级文明单位。';
    expect(claims(text)).toEqual([['personnel', 86, 'background'], ['other', 4, 'background']]);
  });

  it('keeps a count of the same value with another noun', () => {
    const text = '支行下设4个营业网点。今年新建4个自助服务区。';
    expect(claims(text).map(([, v, c]) => [v, c])).toEqual([[4, 'background'], [4, 'achieved']]);
  });

  it.each([
    ['明确8个方面24项重点任务，逐项推进。'],
    ['围绕3个层面、15项指标开展自查。'],
  ])('%s holds no figure', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });
});

describe('what a unit runs, a clause joined by 以及, and parts merged into fewer', () => {
  it.each([
    // 主办 before the titles or outlets a unit runs; the clause after 以及 goes on with the clause before it.
    ['出版社主办期刊5种，以及微信公众号等新媒体账号3个。', [['other', 5, 'background'], ['other', 3, 'background']]],
    ['大厅设有自助终端8台，以及叫号机12台。', [['other', 8, 'background'], ['other', 12, 'background']]],
    // Merged into fewer (整合为, 合并为): the old count is the baseline, the new one the result.
    ['把原来分设的9个科室整合为5个服务中心。', [['other', 9, 'background'], ['other', 5, 'achieved']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    ['主办全市职工技能大赛3场。', 3],
    ['今年主办培训班2期，以及宣讲会4场。', 4],
  ])('%s stays work done', (text, value) => {
    expect(figuresOf(text).find((f) => f.value === value)?.claim).toBe('achieved');
  });
});

describe('a verbless staff count, the noun right before it', () => {
  it.each([
    ['全院医务人员1200余人，床位600张。', [['other', 1200, 'background'], ['other', 600, 'background']]],
    ['社区医院医护人员近80人。', [['other', 80, 'background']]],
    ['支行干部职工46人，其中党员21人。', [['other', 46, 'background'], ['other', 21, 'background']]],
    ['学校教职工132人，开展家访800余次。', [['other', 132, 'background'], ['activity', 800, 'achieved']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    // A verb of taking in, hiring or reaching them makes them work done.
    ['科室接收进修医生17名。', 17],
    ['今年招聘工作人员12名。', 12],
    ['讲座受众学生约4500人。', 4500],
  ])('%s stays work done', (text, value) => {
    expect(figuresOf(text).find((f) => f.value === value)?.claim).toBe('achieved');
  });
});

describe('a place located in a dated sentence', () => {
  it.each([
    ['2001年大学毕业后来到海拔2100米的高山气象站工作。', [['other', 2100, 'background']]],
    ['2015年，她调入距县城45公里的山区卫生院。', [['other', 45, 'background']]],
    ['2019年，他主动申请到远离市区60公里的林场驻守。', [['other', 60, 'background']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('另有 adding to what a unit or place has', () => {
  it('reads the count added as a standing fact', () => {
    expect(claims('景区内另有古塔、石刻等20多处文物遗迹。')).toEqual([['other', 20, 'background']]);
  });

  it('keeps those added who won or took part as results', () => {
    expect(figuresOf('另有3名员工获评市级“优秀志愿者”。').map((f) => f.claim)).toEqual(['achieved']);
  });
});

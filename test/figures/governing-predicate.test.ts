// The claim a count takes from the predicate governing it, and from a scope of targets, when no cue decides it.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures-of.js';

const claimOf = (text: string, figure: string) => figuresOf(text).find((f) => f.text.includes(figure))?.claim;

describe('the object of a stative predicate is a standing fact', () => {
  it.each([
    ['卫生院只有五名医生，常年坚守岗位。', '五名'],
    ['营业所拥有各类抢修车辆12台。', '12台'],
    ['学校有相距约2公里的两个校区。', '两个'],
    ['支行有覆盖城乡的8个营业网点。', '8个'],
  ])('%s', (text, figure) => expect(claimOf(text, figure)).toBe('background'));

  it.each([
    // the count is the subject of what follows
    ['站里有2人获评先进个人。', '2人'],
    ['社区有3户家庭被评为最美家庭。', '3户'],
    ['院里有12名医生通过了主治医师考试。', '12名'],
    // dated, or a list's later count
    ['今年，学校有了3个新操场。', '3个'],
    ['全局有2人荣立三等功、5人受到嘉奖。', '5人'],
    // honored parts are results
    ['辖区有省级文明社区1个。', '1个'],
  ])('but not %s', (text, figure) => expect(claimOf(text, figure)).toBe('achieved'));
});

describe('the object of a maintaining predicate is a standing fact whatever its clause dates', () => {
  it.each([
    ['分局精心养护辖区内的36座桥梁。', '36座'],
    ['公司保障了全市860公里燃气管网的安全运行。', '860公里'],
    ['去年，所里维护着全天开放的14个公共停车场。', '14个'],
  ])('%s', (text, figure) => expect(claimOf(text, figure)).toBe('background'));

  it('work done on the stock stays work done', () => {
    expect(claimOf('分局维修桥梁护栏，新建了3座人行天桥。', '3座')).toBe('achieved');
  });
});

describe('a scope of targets reaches the counts after it in its paragraph', () => {
  it('whatever the genre', () => {
    const text = '日前，市卫健委印发创建方案。其总体目标是：到年底巩固创建成果。具体量化如下：健康教育知晓率达95%，新增健康小屋20个。';
    expect(claimOf(text, '95%')).toBe('target');
    expect(claimOf(text, '20个')).toBe('target');
  });

  it('not past its paragraph, nor into a clause that dates its work', () => {
    const text = '我们的目标是：让群众满意。\n全年开展义诊活动12场。';
    expect(claimOf(text, '12场')).toBe('achieved');
    expect(claimOf('工作目标是服务群众，2024年共组织义诊活动12场。', '12场')).toBe('achieved');
  });
});

describe('ranges and sections of goals in a plan (DECISIONS.md calls 2 and 3)', () => {
  const plan = (body: string) => `2025年文明创建工作方案\n${body}`;

  it('a range in a plan takes its claim from its verb: an action planned', () => {
    const text = plan('三、主要任务\n（一）深化道德建设。组建读书、书法等兴趣小组3至5个，帮助结对村解决1至2个实际困难。');
    expect(claimOf(text, '3至5个')).toBe('plan');
    expect(claimOf(text, '1至2个')).toBe('plan');
  });

  it('under a heading of goals, the counts are targets', () => {
    const text = plan('二、工作目标\n打造2至3个群众认可的服务品牌，新增市级“青年文明号”2个。\n三、主要任务\n开展志愿服务活动12次。');
    expect(claimOf(text, '2至3个')).toBe('target');
    expect(figuresOf(text).find((f) => f.text === '2个')?.claim).toBe('target');
    expect(claimOf(text, '12次')).toBe('plan');
  });

  it('a notice sets a range for the units below it: a target', () => {
    expect(claimOf('关于开展文明窗口创建活动的通知\n各所要培育所级“文明窗口”4至6个。', '4至6个')).toBe('target');
  });
});

describe('people after a verb of helping are what the unit did, whatever their noun', () => {
  it.each([
    ['水利局解决农村饮水不安全人口12.6万人。', '12.6万人'],
    ['帮扶贫困人口3200人实现稳定增收。', '3200人'],
  ])('%s', (text, figure) => expect(claimOf(text, figure)).toBe('achieved'));

  it('a bare population stays a standing fact', () => {
    expect(claimOf('全镇辖12个行政村，人口3.2万人。', '3.2万人')).toBe('background');
  });
});

describe('more shapes of a standing fact (面对, 利用, V着, frames of scope)', () => {
  it.each([
    ['他面对发生在2001-2020年的近3000份病历，逐一核对。', '3000份'],
    ['所里依托辖区的3个调解室，就近化解矛盾纠纷。', '3个'],
    ['学校利用闲置的两间教室办起了图书角。', '两间'],
    ['走进大厅，窗口前坐着两个人。', '两个'],
    ['在全市12个行业中，本局测评得分排名第三。', '12个'],
    ['公司在三个结对社区的设施维修等方面每年投入资金40万元。', '三个'],
  ])('%s', (text, figure) => expect(claimOf(text, figure)).toBe('background'));

  it.each([
    // a verb of work between the frame's opening and the count, or a closing word qualifying a noun
    ['在活动中组织开展志愿服务12次。', '12次'],
    ['帮助社区解决2个创建方面的难题。', '2个'],
  ])('but not %s', (text, figure) => expect(claimOf(text, figure)).not.toBe('background'));
});

describe('the pool a choice is made from (从…中) and a field named by a kind of service (服务类) are frames of scope', () => {
  it.each([
    ['该馆从全省86个参评场馆中脱颖而出，获评示范单位。', '86个'],
    ['检验中心从全国40家参检实验室中胜出，名列第二。', '40家'],
    ['供电公司在窗口服务类17个单位中综合得分排名第一。', '17个'],
    ['本行在金融服务业9个网点中满意度测评位居榜首。', '9个'],
  ])('%s', (text, figure) => expect(claimOf(text, figure)).toBe('background'));

  it.each([
    // 从 opens no pool without a closing 中 or 方面, nor as part of 从事 or 自从; 服务 before its object is work done
    ['学校从3所乡镇小学抽调12名教师组建支教队。', '3所'],
    ['自从2019年以来，队员从事志愿服务累计1200小时，服务群众3000人次中的困难户。', '3000人次'],
    ['在活动中服务群众860人次。', '860人次'],
  ])('but not %s', (text, figure) => expect(claimOf(text, figure)).not.toBe('background'));
});

describe('people a scene is about are no work of the unit (正在, V着 right after the count and its noun)', () => {
  it.each([
    ['走进候车室，三位旅客正在翻阅便民手册。', '三位'],
    ['巡逻途中，民警看见两名老人搀着一个迷路的孩子站在桥头。', '两名'],
    ['驿站里，四五个外卖小哥坐着歇脚充电。', '四五个'],
    ['夜里十点，急诊室门口还有几名家属蹲着等候消息，两名患儿家长正在签字。', '两名'],
  ])('%s', (text, figure) => expect(claimOf(text, figure)).toBe('background'));

  it.each([
    // a thing under way is the unit's project; a verb of work before or after the count makes them its people at work
    ['投资2.3亿元，城南等4座污水泵站正在加紧建设。', '4座'],
    // 个 counts anything: only a noun of people makes its count a scene's
    ['城东两个安置点工地正在加紧施工。', '两个'],
    ['党支部组织15名党员正在社区清扫楼道。', '15名'],
    ['当天，20名医护人员正在广场开展义诊。', '20名'],
    // carrying is work, not a scene
    ['两名队员扛着50袋大米送到老人家中。', '两名'],
  ])('but not %s', (text, figure) => expect(claimOf(text, figure)).not.toBe('background'));
});

describe('a purpose clause aiming at a floor is a target', () => {
  it('使 + a share + 达 + N%以上', () => {
    expect(claimOf('开展健康教育讲座，使全体职工健康知识知晓率达95%以上。', '95%')).toBe('target');
  });
  it('a share reached without a floor may report a result', () => {
    expect(claimOf('通过整改，使群众满意率提高到96%。', '96%')).toBe('achieved');
  });
});

describe('a sentence pointing back at a standing fact breaks it down', () => {
  it('这支队伍中 + verbless counts', () => {
    const text = '支行现有员工46人。这支队伍中，中级职称12人，研究生5人。';
    expect(claimOf(text, '12人')).toBe('background');
    expect(claimOf(text, '5人')).toBe('background');
  });
  it('not when the sentence reports work', () => {
    expect(claimOf('支行现有员工46人。这支队伍中，今年有12人参加了业务培训。', '12人')).toBe('achieved');
  });
});

describe('a roster of a group by its members', () => {
  it.each([
    ['检修班担负着全线的巡检任务，组员12名，分两班轮值。', '12名'],
    ['工作专班成员9人，由分管领导任组长。', '9人'],
  ])('%s', (text, figure) => expect(claimOf(text, figure)).toBe('background'));
  it('members recruited are work done', () => {
    expect(claimOf('今年新招募成员9人。', '9人')).toBe('achieved');
  });
});

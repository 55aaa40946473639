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
    // A county-level city (dictionaries/figures/county-level-cities.txt) gives county honors, though it ends in 市.
    ['被句容市委、市政府评为“文明单位标兵”。', { title: '文明单位标兵', awarder: '句容市委、市政府', level: 'county', year: null, recipient: 'unit' }],
    ['2020年，学校荣获“张家港市文明校园”称号。', { title: '张家港市文明校园', awarder: null, level: 'county', year: '2020', recipient: 'unit' }],
    ['被镇江市文明委评为“文明单位”。', { title: '文明单位', awarder: '镇江市文明委', level: 'city', year: null, recipient: 'unit' }],
    ['2003年被县委授予为先进党委。', { title: '先进党委', awarder: '县委', level: 'county', year: '2003', recipient: 'unit' }],
    ['今年我院继续保留省级文明单位荣誉称号。', { title: '省级文明单位', awarder: null, level: 'provincial', year: null, recipient: 'unit' }],
    ['在省文明委日前命名表彰的第五批省级文明单位名单中，我局榜上有名。', { title: '省级文明单位', awarder: '省文明委', level: 'provincial', year: null, recipient: 'unit' }],
    // The unit before 在, the list after it; 发布 inside a quoted name is no body publishing the list.
    ['2名职工被评为全市优秀志愿者。', { title: '全市优秀志愿者', awarder: null, level: 'city', year: null, recipient: 'person' }],
    ['保洁员周丽华入选2022年第三季度“全省好人榜”。', { title: '全省好人榜', awarder: null, level: 'provincial', year: '2022', recipient: 'person:周丽华' }],
    ['化工厂连续三年被税务部门评为纳税信用A级纳税人。', { title: '纳税信用A级纳税人', awarder: '税务部门', level: 'unknown', year: null, recipient: 'unit' }],
    ['“清风发布”在2022年全省“优秀政务新媒体”名单中榜上有名。', { title: '全省优秀政务新媒体', awarder: null, level: 'provincial', year: '2022', recipient: 'unit' }],
    // A person named with others (等人) holds the prize; a year with no 年 before a level word is the year.
    ['公司员工王建国等人先后获得省无偿献血奉献奖。', { title: '省无偿献血奉献奖', awarder: null, level: 'provincial', year: null, recipient: 'person:王建国' }],
    ['社区获评2018全市“最美志愿服务社区”。', { title: '全市最美志愿服务社区', awarder: null, level: 'city', year: '2018', recipient: 'unit' }],
    // 我集团 is the unit, not a writer; the body that commended it gave the title the next clause names.
    ['我集团获“慈善突出贡献奖”。', { title: '慈善突出贡献奖', awarder: null, level: 'unknown', year: null, recipient: 'unit' }],
    ['支行受到市文明委表彰,荣获“市级文明单位”称号。', { title: '市级文明单位', awarder: '市文明委', level: 'city', year: null, recipient: 'unit' }],
    // Names listed with 、 (and counted with a role) are every person's; places so listed stay units.
    ['张明、李华两名志愿者被评为2016年度“优秀志愿者”。', { title: '优秀志愿者', awarder: null, level: 'unknown', year: '2016', recipient: 'person:张明、李华' }],
    // 分别 pairs as many names as titles in order; a list with no 分别 keeps the whole list for each title (below).
    ['孙立、周敏两名职工荣获“全县优秀志愿者”称号。', { title: '全县优秀志愿者', awarder: null, level: 'county', year: null, recipient: 'person:孙立、周敏' }],
    // 优秀组织者 ends an unquoted title and is a person's.
    ['志愿者协会秘书长王立新获评全县志愿服务优秀组织者。', { title: '全县志愿服务优秀组织者', awarder: null, level: 'county', year: null, recipient: 'person:王立新' }],
    ['王村、李庄被评为省级文明村。', { title: '省级文明村', awarder: null, level: 'provincial', year: null, recipient: 'unit' }],
    // The hosts named after 由 in the contest clause before gave the prize.
    ['在由县文明办、团县委共同组织开展的全县志愿服务评选活动中,服务队荣获“优秀志愿服务组织”称号。', { title: '优秀志愿服务组织', awarder: '县文明办、团县委', level: 'county', year: null, recipient: 'unit' }],
    // 全村 is the village itself, which holds its village's title; 全镇 is a place whose title is no government's (below).
    ['全村先后被评为省级文明村。', { title: '省级文明村', awarder: null, level: 'provincial', year: null, recipient: 'unit' }],
    // 定为 confers a designation as 确定为 does (被…定为…示范点).
    ['2021年，本村被市农业农村局定为“美丽乡村”建设示范点。', { title: '“美丽乡村”建设示范点', awarder: '市农业农村局', level: 'city', year: '2021', recipient: 'unit' }],
    // An occasion framed with 以…为契机: the body that gave the title follows 以, the subject before it acts now.
    ['消防中队党支部以省政府授予“模范消防中队”称号十周年为契机，开展了主题党日活动。', { title: '模范消防中队', awarder: '省政府', level: 'provincial', year: null, recipient: 'unit' }],
    // 年度 before a quoted title whose year is left out dates it; it is no part of the title.
    ['该小区获评年度“全区十佳平安小区”。', { title: '全区十佳平安小区', awarder: null, level: 'county', year: null, recipient: 'unit' }],
  ])('%s', (text, honor) => {
    expect(honorsOf(text)).toEqual([honor]);
  });

  it.each([
    ['我镇成为全省文明村镇提名镇。', 'a nomination is no honor'],
    ['较好地发挥了引领、示范作用。', 'a role is no title'],
    ['在公布的获奖名单中，我校多名学生榜上有名。', 'a list with no honor-shaped name'],
    ['站里涌现出一批技术骨干和先进典型。', 'a bare 先进典型 is no title'],
    ['另外，30家单位和个人上榜全省无偿献血先进名单。', 'units and people of the area counted are not the unit'],
    ['该路段改造工程被列入省级重点建设项目。', 'a key project is a funding designation, no title'],
    ['局党组把志愿服务列入年度目标考核。', 'a task put into an assessment is no title'],
    ['本次评选中，共有8个县、120个村、260个单位分别被命名为“市级文明县城”“市级文明村”“市级文明单位”。', 'a round\'s results listed as counted kinds of bodies are not the unit'],
    ['获评市级以上“工人先锋号”“青年文明号”的班组，每个奖励3000元。', 'those holding a quoted title are no title'],
    ['全镇连续三年保持省级卫生镇称号。', 'the whole town holds the town\'s title, no government\'s'],
    ['2021年初，支部提出创建市级文明单位。', 'a creation set out on is an aim'],
    ['表彰大会上，本市再传捷报：东山县荣膺全国文明城市。', 'a county named after a colon holds the city\'s title'],
    ['按照测评办法，综合得分的前20名被命名为省级文明城市。', 'the top of a ranking is the rule of a round'],
    ['各科室的考评结果将作为评选“文明科室”“优秀员工”的依据。', 'a selection still to come gives no title'],
  ])('%s names no honor (%s)', (text) => {
    expect(honorsOf(text)).toEqual([]);
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

  // Shapes from real reports (own sentences): the honor and the words that carry it.
  it.each([
    ['2019年,我局被县委、县政府授予2019年度平安建设先进单位。', { title: '平安建设先进单位', awarder: '县委、县政府', level: 'county', year: '2019', recipient: 'unit' }, '被县委、县政府授予2019年度平安建设先进单位'],
    ['今年我院成为市级园林式单位。', { title: '市级园林式单位', awarder: null, level: 'city', year: null, recipient: 'unit' }, '成为市级园林式单位'],
    ['办证大厅是省级“群众满意窗口”示范点。', { title: '省级“群众满意窗口”示范点', awarder: null, level: 'provincial', year: null, recipient: 'unit' }, '是省级“群众满意窗口”示范点'],
    ['我县被评为省级卫生城市。', { title: '省级卫生城市', awarder: null, level: 'provincial', year: null, recipient: 'unit' }, '被评为省级卫生城市'],
    ['村民赵春华当选中国好人。', { title: '中国好人', awarder: null, level: 'national', year: null, recipient: 'person:赵春华' }, '当选中国好人'],
    ['全县有9人获评全国道德模范。', { title: '全国道德模范', awarder: null, level: 'national', year: null, recipient: 'person' }, '获评全国道德模范'],
    ['公司被评为自治区“文明单位”。', { title: '自治区文明单位', awarder: null, level: 'provincial', year: null, recipient: 'unit' }, '被评为自治区“文明单位”'],
    ['窗口继续保持“四星级窗口”。', { title: '四星级窗口', awarder: null, level: 'unknown', year: null, recipient: 'unit' }, '继续保持“四星级窗口”'],
    ['巡逻队队长孙建国荣立个人二等功。', { title: '二等功', awarder: null, level: 'unknown', year: null, recipient: 'person:孙建国' }, '荣立个人二等功'],
    ['护理部刘晓燕荣获市“三八红旗手”称号。', { title: '市三八红旗手', awarder: null, level: 'city', year: null, recipient: 'person:刘晓燕' }, '荣获市“三八红旗手”称号'],
    ['供电所获得国家电网公司“标杆供电所”称号。', { title: '标杆供电所', awarder: '国家电网公司', level: 'national', year: null, recipient: 'unit' }, '获得国家电网公司“标杆供电所”称号'],
    ['女声合唱队在全县职工文艺汇演中获得一等奖。', { title: '全县职工文艺汇演一等奖', awarder: null, level: 'county', year: null, recipient: 'unit' }, '获得一等奖'],
  ])('%s', (text, honor, evidence) => {
    const found = analyse(text).honors;
    expect(found.map(({ title, awarder, level, year, recipient }) => ({ title, awarder, level, year, recipient }))).toEqual([honor]);
    expect(found[0]!.text).toBe(evidence);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(evidence);
  });

  it('gives a shared head to every title it governs', () => {
    expect(honorsOf('我局获得“八五”普法工作的先进集体和先进个人。').map((h) => [h.title, h.recipient])).toEqual([
      ['“八五”普法工作的先进集体', 'unit'],
      ['“八五”普法工作的先进个人', 'person'],
    ]);
    expect(honorsOf('教师中涌现出区优秀教师、优秀班主任各3人。').map((h) => [h.title, h.recipient])).toEqual([
      ['区优秀教师', 'person'],
      ['区优秀班主任', 'person'],
    ]);
  });

  it('reads each verb of a clause list on its own', () => {
    const text = '档案室获“档案工作先进集体”称号,“青年读书会”活动获“优秀团日活动”,财务科获2021-2022年度局先进科室。';
    expect(honorsOf(text).map((h) => [h.title, h.year])).toEqual([
      ['档案工作先进集体', null],
      ['优秀团日活动', null],
      ['局先进科室', '2021-2022'],
    ]);
  });

  it('takes the year from the honor\'s own clause, never from a period the sentence covers', () => {
    expect(honorsOf('从2018年至今,科室获“青年文明号”称号。')[0]!.year).toBeNull();
    expect(honorsOf('2022年,支行被市总工会授予“模范职工之家”,营业部荣获“省级青年文明号”。').map((h) => h.year)).toEqual(['2022', null]);
  });

  it('takes the year after a dateline, from a decision named in the sentence, and from a contest clause before the honor', () => {
    expect(honorsOf('本报6月3日讯(通讯员李明)2019年,市一中荣获“市级文明校园”称号。')[0]!.year).toBe('2019');
    expect(honorsOf('日前,县委下发《关于命名2021年度县级文明单位的决定》,县税务局被评为县级文明单位。')[0]!.year).toBe('2021');
    expect(honorsOf('在团县委组织的2020 年度全县志愿服务评选活动中,服务队荣获“优秀志愿服务组织”称号。')[0]!.year).toBe('2020');
    expect(honorsOf('2015年,该园晋级省级示范幼儿园;2019年,该园斩获省级文明单位、省级文明校园双称号。').map((h) => [h.title, h.year])).toEqual([
      ['省级示范幼儿园', '2015'],
      ['省级文明单位', '2019'],
      ['省级文明校园', '2019'],
    ]);
  });

  it('names the author of a first-person report as the recipient', () => {
    const text = ['个人述职报告', '本人陈立新，现任社区民警。一年来我认真履职，我坚持学习，我积极参加志愿服务。', '今年，我被评为“全县优秀人民警察”。'].join('\n');
    expect(honorsOf(text).map((h) => h.recipient)).toEqual(['person:陈立新']);
  });

  it.each([
    '我们要始终保持党员先进性教育活动的成果。',
    '获奖作品于6月在县文化馆展出。',
    '对获评“文明科室”的科室分别给予500元奖励。',
    '一是开展“文明单位”创建活动。',
    '这是一个团结奋进的集体。',
    '本行是市属国有商业银行。',
    '在保持“市级文明单位”先进性的基础上继续努力。',
    '社区涌现出的先进典型事迹感人。',
  ])('finds no honor in %s', (text) => {
    expect(honorsOf(text)).toEqual([]);
  });

  it('never keeps a repetition adverb in a prize title', () => {
    const titles = honorsOf('合唱团年年被评为一等奖。').map((h) => h.title);
    expect(titles.some((t) => t.includes('年年'))).toBe(false);
  });

  it.each([
    ['20**年,我校被评为“区级文明校园”。', '20**'],
    ['XX年,本所荣获县级青年文明号。', 'XX'],
    ['201*被县委、县政府评为“文明单位”。', '201*'],
  ])('reads a masked year in %s', (text, year) => {
    expect(honorsOf(text).map((h) => h.year)).toEqual([year]);
  });

  it('reads a masked place as a place and a title followed by 之后 as a title', () => {
    expect(honorsOf('XX年,**支行在获得**市文明单位之后继续努力。')).toEqual([{ title: '**市文明单位', awarder: null, level: 'city', year: 'XX', recipient: 'unit' }]);
  });

  // The year is the first mention's own (GUIDE 2.2; gold-4's README: a headline naming it first has year null although
  // the body gives one); the body that gave it may come from a later mention (gold-4 03, gold-5 06).
  it('reads a headline naming an honor by its place as the body\'s honor named by rank, given by that place', () => {
    const text = ['河口区税务局获评“东营市文明单位”', '日前,河口区税务局被东营市精神文明建设委员会授予“市级文明单位”称号。'].join('\n');
    expect(honorsOf(text).map(({ title, awarder }) => ({ title, awarder }))).toEqual([{ title: '市级文明单位', awarder: '东营市精神文明建设委员会' }]);
  });

  it('keeps the headline\'s full name of an honor the body names by its last words only', () => {
    const text = ['县档案馆荣获全县文明创建工作突出贡献奖', '近日,全县召开表彰大会,县档案馆获突出贡献奖。'].join('\n');
    expect(honorsOf(text).map((h) => h.title)).toEqual(['全县文明创建工作突出贡献奖']);
  });

  it('gives a prize a body writes before its round that body as the awarder, and the last listed term as the year', () => {
    expect(honorsOf('先后荣获省文化厅第二届群众文化政府奖、省级文明单位。')[0]).toMatchObject({ title: '第二届群众文化政府奖', awarder: '省文化厅' });
    // A year opening the contest a generic prize was won in is the honor's year, no part of its title.
    expect(honorsOf('中心在2022年全省档案技能竞赛中获得二等奖。')[0]).toMatchObject({ title: '全省档案技能竞赛二等奖', year: '2022' });
    // …and the prize 和 joins to it.
    expect(honorsOf('荣获省文化厅第二届群众文化政府奖和创新项目奖。').map((h) => h.awarder)).toEqual(['省文化厅', '省文化厅']);
    expect(honorsOf('馆里保持“2011届、2015届市级文明单位”称号。')[0]).toMatchObject({ year: '2015' });
  });

  it('keeps the body that the body mention of an honor a headline repeats names, and the headline\'s year, quoting the headline', () => {
    const text = ['喜讯!税务分局荣获“省级文明单位”', '日前,税务分局被省委、省政府命名为“2021-2022年度省级文明单位”,这是该局连续第三次获此殊荣。'].join('\n');
    const found = analyse(text).honors;
    expect(found.map(({ title, awarder, year }) => ({ title, awarder, year }))).toEqual([{ title: '省级文明单位', awarder: '省委、省政府', year: null }]);
    expect(found[0]!.start).toBeLessThan(text.indexOf('\n'));
  });

  it('reads two conferrals in one clause as two, without an awarder spanning the first', () => {
    expect(honorsOf('我乡红旗村被评为省级文明村、大柳、小河等村被评为市级文明村。')).toEqual([
      { title: '省级文明村', awarder: null, level: 'provincial', year: null, recipient: 'unit' },
      { title: '市级文明村', awarder: null, level: 'city', year: null, recipient: 'unit' },
    ]);
  });

  it.each([
    ['医院连续通过了省、市级文明单位的复查验收。', ['省级文明单位', '市级文明单位']],
    ['被市中院评为审判管理工作、宣传工作和调研工作先进集体。', ['审判管理工作先进集体', '宣传工作先进集体', '调研工作先进集体']],
    ['3名民警分别荣获全市公安系统优秀、模范民警。', ['全市公安系统优秀民警', '全市公安系统模范民警']],
  ])('gives the head the last item ends with to items that lack it: %s', (text, titles) => {
    expect(honorsOf(text).map((h) => h.title)).toEqual(titles);
  });

  it.each([
    ['该站先后荣获全国交通系统青年文明号、安全生产先进集体和全省巾帼文明岗、优秀基层党组织等荣誉。', ['全国交通系统青年文明号', '全国交通系统安全生产先进集体', '全省巾帼文明岗', '全省优秀基层党组织']],
    ['社区被评为全市先进党组织、浙江省卫生社区、平安社区。', ['全市先进党组织', '浙江省卫生社区', '浙江省平安社区']],
  ])('gives the level opening a list of titles to the later titles that name none: %s', (text, titles) => {
    expect(honorsOf(text).map((h) => h.title)).toEqual(titles);
  });

  it.each([
    ['中心先后获得全县综合治理、安全生产、招商引资先进单位和文明标兵单位等各类荣誉20余项。', ['全县综合治理先进单位', '全县安全生产先进单位', '全县招商引资先进单位', '全县文明标兵单位']],
    ['村里被确定为全国人大基层立法联系点、全国文明村。', ['全国人大基层立法联系点', '全国文明村']],
  ])('gives fields the head of the first whole title after them and ends a list at a count of its honors: %s', (text, titles) => {
    expect(honorsOf(text).map((h) => h.title)).toEqual(titles);
  });

  it('ends the titles at 基础上, where what the unit did after winning them begins', () => {
    expect(honorsOf('所里在获得了县级“平安单位”荣誉基础上推行“一人一档”服务、“红色驿站”建设。').map((h) => h.title)).toEqual(['县级平安单位']);
  });

  it.each([
    ['支部去年获得省市“红旗党支部”称号。', ['省红旗党支部', '市红旗党支部']],
    ['学校被评为市县级绿色学校。', ['市级绿色学校', '县级绿色学校']],
    ['他被评为省市场监管系统先进个人。', ['省市场监管系统先进个人']],
  ])('reads two levels written as one before a title as two honors: %s', (text, titles) => {
    expect(honorsOf(text).map((h) => h.title)).toEqual(titles);
  });

  it('reads the A grades of a scenic area as titles, quoted or not', () => {
    expect(honorsOf('公园2012年被评为“AAA”级景区,2019年晋升为国家AAAA级旅游景区。').map((h) => [h.title, h.year])).toEqual([
      ['“AAA”级景区', '2012'],
      ['国家AAAA级旅游景区', '2019'],
    ]);
  });

  it('gives no level to a title in a list that writes the level again on each title', () => {
    expect(honorsOf('公司先后获得全国五一劳动奖状、全国质量管理先进企业、红十字会博爱奖章等荣誉。').map((h) => h.title)).not.toContain('全国红十字会博爱奖章');
  });

  it('goes on with titles after 是 once the first item is plainly one, and gives no level from the unit kind', () => {
    expect(honorsOf('李庄镇是省级文明镇、县域重点镇、先进镇、全市十强乡镇。').map((h) => [h.title, h.level])).toEqual([
      ['省级文明镇', 'provincial'],
      ['先进镇', 'unknown'],
      ['全市十强乡镇', 'city'],
    ]);
  });

  it('reads titles listed after a comma or a sentence without a verb of their own', () => {
    const text = '法院先后被评为全省优秀法院,全国法院宣传工作先进集体,市级花园式单位,荣立集体三等功。XX年-XX年连续两年县平安建设先进单位,XX年**市“五一劳动奖状”、**市文明单位。';
    expect(honorsOf(text).map((h) => [h.title, h.year])).toEqual([
      ['全省优秀法院', null],
      ['全国法院宣传工作先进集体', null],
      ['市级花园式单位', null],
      ['集体三等功', null],
      ['县平安建设先进单位', 'XX-XX'],
      ['**市五一劳动奖状', 'XX'],
      ['**市文明单位', 'XX'],
    ]);
  });

  it('reads the lines under a heading about honors as titles', () => {
    const text = ['四、近年所获荣誉', '2021年 县级文明单位', '2022年 市级先进基层党组织', '五、下一步打算', '继续巩固创建成果。'].join('\n');
    expect(honorsOf(text).map((h) => [h.title, h.year, h.level])).toEqual([
      ['县级文明单位', '2021', 'county'],
      ['市级先进基层党组织', '2022', 'city'],
    ]);
  });

  it.each([
    ['全县有9人获评全国道德模范。', [9]],
    ['教师中涌现出区优秀教师、优秀班主任各3人。', [3, 3]],
    ['现有县级学科带头人5人。', [5]],
    ['二十余名队员荣获“优秀志愿者”称号。', [undefined]],
    ['护士长王丽被评为市级优秀护士。', [undefined]],
  ])('counts the people of an honor when the report does: %s', (text, counts) => {
    expect(analyse(text).honors.map((h) => h.count)).toEqual(counts);
  });

  it('reads titles kept under review (复查) and the holder named after a document that names the honor', () => {
    expect(honorsOf('人防办复查“省级文明单位”“市级文明单位”。').map((h) => h.title)).toEqual(['省级文明单位', '市级文明单位']);
    const text = '在省文明委关于继续保留省级文明单位称号的通报中,本院继续保留省级文明单位称号。';
    const found = analyse(text).honors;
    expect(found.map((h) => h.title)).toEqual(['省级文明单位']);
    expect(found[0]!.start).toBeGreaterThan(text.indexOf('本院'));
  });

  it.each([
    ['我局入选2022年度省级文明单位名单。', { title: '省级文明单位', awarder: null, level: 'provincial', year: '2022', recipient: 'unit' }],
    ['我县成功跻身全国文明城市行列。', { title: '全国文明城市', awarder: null, level: 'national', year: null, recipient: 'unit' }],
    ['我园荣获区委区政府授予的“平安校园”称号。', { title: '平安校园', awarder: '区委区政府', level: 'county', year: null, recipient: 'unit' }],
    ['卫生院多次荣获</“先进集体”</的荣誉。', { title: '先进集体', awarder: null, level: 'unknown', year: null, recipient: 'unit' }],
  ])('reads the title out of a list, a rank or a relative clause: %s', (text, honor) => {
    expect(honorsOf(text)).toEqual([honor]);
  });

  it('gives every title of a person to that person', () => {
    expect(honorsOf('她先后荣获“市级优秀共产党员”“县三八红旗手”等称号。').map((h) => h.recipient)).toEqual(['person', 'person']);
  });

  it('reads a conferral to 其 or 它 as the report unit\'s, and a province named without 省 as provincial', () => {
    expect(honorsOf('同年,省教育厅表彰其为全省教育系统先进集体。')).toEqual([{ title: '全省教育系统先进集体', awarder: '省教育厅', level: 'provincial', year: null, recipient: 'unit' }]);
    expect(honorsOf('学校曾被评为江西首批“文明单位”。').map((h) => h.level)).toEqual(['provincial']);
  });

  it('reads a rank (第一名) as part of the title, never as a count of people', () => {
    expect(honorsOf('医院获得市卫生系统“优质服务”第一名荣誉称号。')).toEqual([{ title: '市卫生系统“优质服务”第一名', awarder: null, level: 'city', year: null, recipient: 'unit' }]);
  });

  it('keeps one honor when a headline names it shorter than the body and each line is a statement', () => {
    const text = ['河口村荣获滨州“美丽乡村”称号', '日前,河口村获得滨州市第三届“美丽乡村”称号,成为全县唯一入选的村。', '卫生院', '被授予“县级文明单位”荣誉称号', '也是本次表彰中全镇唯一的医疗机构'].join('\n');
    expect(honorsOf(text).map((h) => h.title)).toEqual(['滨州市美丽乡村', '县级文明单位']);
  });

  it('keeps one honor when a headline cuts the body\'s name short after a level word', () => {
    const text = ['东关社区获评省级敬老爱老助老先进', '日前,全省敬老爱老助老典型揭晓,东关社区获评敬老爱老助老先进社区典型。'].join('\n');
    expect(honorsOf(text).map((h) => h.title)).toEqual(['敬老爱老助老先进社区典型']);
  });

  it('ends a list at a clause that is no title', () => {
    expect(honorsOf('被评为市级文明单位,市文明办领导出席授牌仪式。').map((h) => h.title)).toEqual(['市级文明单位']);
  });

  it('gives the honors a personal summary lists to its author, each with its own year', () => {
    const text = ['个人述职报告', '本人赵文静,现任英语教师。我认真备课,我关心学生,我积极参加教研。', '所获荣誉', '2021年 县级优秀教师', '2022年 市级骨干教师', '2023年本人被评为县级师德标兵。'].join('\n');
    expect(honorsOf(text).map((h) => [h.title, h.year, h.recipient])).toEqual([
      ['县级优秀教师', '2021', 'person:赵文静'],
      ['市级骨干教师', '2022', 'person:赵文静'],
      ['县级师德标兵', '2023', 'person:赵文静'],
    ]);
  });

  it('reads the rows of a table of honors: title, awarder and year cells', () => {
    const text = ['三、近年所获荣誉', '荣誉名称\t授予单位\t时间', '县级文明单位\t县委、县政府\t2020年', '市级“青年文明号”\t团市委\t2022年11月', '四、下一步工作'].join('\n');
    expect(honorsOf(text)).toEqual([
      { title: '县级文明单位', awarder: '县委、县政府', level: 'county', year: '2020', recipient: 'unit' },
      { title: '市级青年文明号', awarder: '团市委', level: 'city', year: '2022', recipient: 'unit' },
    ]);
    expect(honorsOf(['项目\t次数\t参与人次\t捐款(万元)', '扶贫济困\t12\t350\t4.5'].join('\n'))).toEqual([]);
  });

  it('reads an active conferral: the subject gave it, the words before the title got it', () => {
    expect(honorsOf('2016年,省文明委授予xx“省级文明城市”称号。')).toEqual([{ title: '省级文明城市', awarder: '省文明委', level: 'provincial', year: '2016', recipient: 'unit' }]);
    expect(honorsOf('县委授予王建华同志“优秀共产党员”称号。')).toEqual([{ title: '优秀共产党员', awarder: '县委', level: 'county', year: null, recipient: 'person:王建华' }]);
  });

  it.each([
    '我们将确保通过市级文明单位复查。',
    '剪纸技艺被列为省级非遗保护项目。',
    '本段文字标志着我院“文明创建”工作又迈上新台阶,成绩喜人。',
    '省文明委下发了关于继续保留省级文明单位称号的通报。',
    '获奖牌匾已送到社区。',
    '2020年市级重点项目3个,总投资2亿元。',
    '2021年,市级重点项目。',
    '年份\t市级重点项目\t个数\n2020年\t市级重点项目\t3',
  ])('finds no honor in %s', (text) => {
    expect(honorsOf(text)).toEqual([]);
  });

  it.each([
    // A list after a comma or colon right after the verb.
    ['幼儿园集体被评为：区绿化先进单位、镇青年文明岗、优秀家长学校。', ['区绿化先进单位', '镇青年文明岗', '优秀家长学校']],
    // 成功创建 is a verb of receiving; a title followed by 后 ends before it.
    ['我院自2016年成功创建市级文明单位以来，服务水平不断提升。', ['市级文明单位']],
    ['在多年获区级文明单位光荣称号后，我所又被评为市级文明单位。', ['区级文明单位', '市级文明单位']],
    // 后 before a verb of receiving or 又 ends a run of titles, also right after a quote.
    ['这是该馆被评为“省级示范图书馆”“市读书活动先进单位”后获得的又一项荣誉。', ['省级示范图书馆', '市读书活动先进单位']],
    ['该站被评为县级青年文明号后又获评市级青年文明号。', ['县级青年文明号', '市级青年文明号']],
    // 列入 a list confers its title; the list word ends it.
    ['石桥村2018年被列入第五批中国传统村落名录。', ['中国传统村落']],
    // 这一荣誉 after a kept title is its title word.
    ['我站继续保持“市级文明单位”这一荣誉。', ['市级文明单位']],
    // 上榜 is a verb of receiving; the round stays in the title, as reports write it.
    ['我村上榜第六届全国文明村镇。', ['全国文明村镇']],
    // A template's blank round (第xx批, 第××届) is a round like 第三批, no part of the title.
    ['该镇被评为第xx批省级历史文化名镇。', ['省级历史文化名镇']],
    ['学校荣获第XX届全国文明校园称号。', ['全国文明校园']],
    ['县档案馆是国家二级档案馆。', ['国家二级档案馆']],
    // A body before 颁发的 gave the title.
    ['车间荣获省总工会颁发的五一劳动奖状。', ['五一劳动奖状']],
    // A commendation by a named body.
    ['3名队员因勇救落水群众受到市政府表彰。', ['市政府表彰']],
    // A commendation the next clause names as a title is that title; a clause of someone acting lists no titles.
    ['支行受到市文明委表彰,荣获“文明单位”称号。', ['文明单位']],
    ['公司获“爱心企业奖”,公司书记、经理王某参加会议并领了奖。', ['爱心企业奖']],
    // Fields listed before 等 share the title after it; a level word alone takes the next item's title.
    ['站里多次被上级授予安全生产、综合治理等先进集体称号。', ['安全生产先进集体', '综合治理先进集体']],
    ['被省、市及有关部门授予安全生产、综治维稳等先进集体称号。', ['安全生产先进集体', '综治维稳先进集体']],
    ['医院先后获得省、市“文明单位”、“全省先进医院”等称号。', ['省文明单位', '市文明单位', '全省先进医院']],
    // A level before the first of a run of quoted titles is each one's; a later item with its own level keeps it.
    ['支行获得省级“青年文明号”、“巾帼文明岗”、“全市诚信单位”称号。', ['省级青年文明号', '省级巾帼文明岗', '全市诚信单位']],
    // 创建为 is a verb of receiving; who has counted designations is no part of them.
    ['全乡8个村均创建为县级文明村。', ['县级文明村']],
    ['医院现有省级重点学科带头人4人。', ['省级重点学科带头人']],
    // A prize ending right before 和 inside a list is a name of its own; a later bare prize takes no words from the
    // middle of the first title.
    ['先后获得全国文化系统先进集体、国家一级图书馆、科技进步奖和文化创新奖、市文明单位等荣誉。', ['全国文化系统先进集体', '国家一级图书馆', '科技进步奖', '文化创新奖', '市文明单位']],
    // Terms listed before a title date it by the last; the title is one.
    ['馆里保持“2011届、2015届市级文明单位”称号。', ['市级文明单位']],
    // A contest joined in the clause before names a generic prize, with the division its bracket names.
    ['站里参加第五届全省气象科普讲解大赛(南部赛区),荣获二等奖。', ['全省气象科普讲解大赛(南部赛区)二等奖']],
  ])('finds the honors in %s', (text, titles) => {
    expect(honorsOf(text).map((h) => h.title)).toEqual(titles);
  });

  it.each([
    // 是…的“X”: a figure of speech.
    '民营企业是全县发展的“主力军”和“功臣”。',
    // A condition (凡…), a scope over a colon, a threshold, counts of other holders, a campaign.
    '凡已经获得市级文明单位称号的，均可申报。',
    '检查范围:2019年命名的第五批省级文明单位。',
    '获得县级以上文明创建类表彰的单位可参加评选。',
    '会议表彰了35个全国文明城市、620个全国文明村镇。',
    '志愿者的目的是创建文明城市。',
    '先后受到各级表彰20余次。',
    // Counts of titles won are figures; many commendations by a body name none.
    '学校获得国家级先进单位1个,获得市级先进单位8个。',
    '服务队多次受到团市委、市志愿者协会表彰。',
    // Handing out an honor to others.
    '大会为获得“五好家庭”称号的30户家庭颁发了证书。',
  ])('finds no honor in %s', (text) => {
    expect(honorsOf(text)).toEqual([]);
  });

  it('takes the pinyin a site left in brackets out of titles, and quotes the original words', () => {
    const text = '我鎮(zhèn)是江蘇省第三屆文明城區(qū)。';
    const found = analyse(text).honors;
    expect(found.map((h) => [h.title, h.level])).toEqual([['江苏省文明城区', 'provincial']]);
    expect(found[0]!.text).toBe('是江蘇省第三屆文明城區(qū)'.slice(0, -4));
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(found[0]!.text);
  });

  it('reads lines of titles with a year or holder in brackets under a heading about honors', () => {
    const text = ['四、所获荣誉', '全市交通安全工作先进单位（2021年）', '集体二等功（2022年）', '市“青年文明号”（客运一队）'].join('\n');
    expect(honorsOf(text).map((h) => [h.title, h.year])).toEqual([
      ['全市交通安全工作先进单位', '2021'],
      ['集体二等功', '2022'],
      ['市青年文明号', null],
    ]);
    const dated = ['所获荣誉：', '2019年 县级文明单位', '2020年 全国“巾帼文明岗”（服务台）', '2021年 全省邮政系统先进集体'].join('\n');
    expect(honorsOf(dated).map((h) => [h.title, h.year])).toEqual([
      ['县级文明单位', '2019'],
      ['全国巾帼文明岗', '2020'],
      ['全省邮政系统先进集体', '2021'],
    ]);
  });

  it('finds the person who won: a role word before a name, a subject in the clause before, a place of the contest', () => {
    const recipients = (text: string) => honorsOf(text).map((h) => [h.title, h.recipient]);
    expect(recipients('安检员赵春梅被评为“全路巾帼建功标兵”。')).toEqual([['全路巾帼建功标兵', 'person:赵春梅']]);
    expect(recipients('社区医生孙立华坚持上门服务十年，今年被评为“全省最美医生”。')).toEqual([['全省最美医生', 'person:孙立华']]);
    expect(recipients('青年教师吴芳在全市中学数学优质课评比中获一等奖。')).toEqual([['全市中学数学优质课评比一等奖', 'person:吴芳']]);
    expect(recipients('3名护士在全省护理技能竞赛中获得二等奖。')).toEqual([['全省护理技能竞赛二等奖', 'person']]);
    expect(recipients('5户家庭获评县级“文明家庭”。')).toEqual([['县级文明家庭', 'person']]);
    // A unit's title stays the unit's, whoever opens the sentence.
    expect(recipients('站长钱明带领职工苦干实干，被评为市级文明单位。')).toEqual([['市级文明单位', 'unit']]);
    // A group (合唱团) is no person.
    expect(recipients('教师合唱团在区文艺汇演中获得一等奖。')).toEqual([['区文艺汇演一等奖', 'unit']]);
    // A mine, a farm, a customs house, a prison are units, though their short names read like a person's.
    expect(recipients('石岭矿荣获“全国绿色矿山”称号。')).toEqual([['全国绿色矿山', 'unit']]);
    expect(recipients('青云台林场荣获“全省十佳林场”荣誉称号。')).toEqual([['全省十佳林场', 'unit']]);
    expect(recipients('广州长安海关获评“全国文明单位”。')).toEqual([['全国文明单位', 'unit']]);
    // A person's name after the unit's is still the person's.
    expect(recipients('东坡林场护林员王守山被评为“全省优秀护林员”。')).toEqual([['全省优秀护林员', 'person:王守山']]);
  });

  it('gives a prize with a level word its level, and its subject after a list of other honors', () => {
    expect(honorsOf('团委被授予“五四红旗团委”称号、工会舞蹈队获市二等奖。').map((h) => [h.title, h.level])).toEqual([
      ['五四红旗团委', 'unknown'],
      ['工会舞蹈队二等奖', 'city'],
    ]);
    expect(honorsOf('本人参加全省青年教师基本功大赛，获得三等奖。').map((h) => h.title)).toEqual(['全省青年教师基本功大赛三等奖']);
  });

  it('gives a title two bodies gave both bodies as its awarder, and the level of the first', () => {
    expect(honorsOf('营业厅荣获全国妇联和省妇联“巾帼文明岗”。')).toEqual([{ title: '巾帼文明岗', awarder: '全国妇联和省妇联', level: 'national', year: null, recipient: 'unit' }]);
  });

  it('reads the title of a published list without 的 after the body\'s verb', () => {
    expect(honorsOf('近日，省文明委公布第九届省级文明单位名单，县气象局榜上有名。')).toEqual([{ title: '省级文明单位', awarder: '省文明委', level: 'provincial', year: null, recipient: 'unit' }]);
  });

  it('keeps one honor per title, the mention naming its round, and reads rounds before a level as no part of the title', () => {
    const text = '公司喜获“省直机关第十一届文明单位”称号。至此，公司已连续三届被评为省直机关文明单位。';
    expect(honorsOf(text).map((h) => h.title)).toEqual(['省直机关第十一届文明单位']);
    expect(honorsOf('我校已连续获评为第十二、十三届省级文明学校和第一届省级文明校园。').map((h) => h.title)).toEqual(['省级文明学校', '省级文明校园']);
    expect(honorsOf('作为连续四届省级文明单位，公司扎实开展创建工作。').map((h) => h.title)).toEqual(['省级文明单位']);
    expect(honorsOf('我县首批全国文明村镇的名单公布后，红旗村获评首批“全国文明村镇”。').map((h) => h.title)).toEqual(['全国文明村镇']);
    // The edition of a contest or a prize names it: it stays.
    expect(honorsOf('馆里的作品荣获第五届全市讲解员大赛一等奖。').map((h) => h.title)).toEqual(['第五届全市讲解员大赛一等奖']);
    expect(honorsOf('报社作品获得第二十届中国新闻奖二等奖。').map((h) => h.title)).toEqual(['第二十届中国新闻奖二等奖']);
  });

  it('counts the units holding a level-led title, over the clauses of one sentence', () => {
    const found = analyse('目前，全市有全国文明校园3所，分别是一中和二中；省级文明校园76所，市级文明校园265所。2020年拟表彰市文明校园325所。').honors;
    expect(found.map(({ title, level, recipient, count }) => [title, level, recipient, count])).toEqual([
      ['全国文明校园', 'national', 'unit', 3],
      ['省级文明校园', 'provincial', 'unit', 76],
      ['市级文明校园', 'city', 'unit', 265],
    ]);
    expect(honorsOf('社区有安全文明小区40个。')).toEqual([]);
  });

  it('reads 榜上有名 after a decision\'s title as the kind of title the named units get', () => {
    expect(honorsOf('近日，中央文明委下发《关于表彰第四届全国文明城市(区)、文明村镇、文明单位的决定》，市国家税务局和县国家税务局榜上有名。')).toEqual([
      { title: '全国文明单位', awarder: '中央文明委', level: 'national', year: null, recipient: 'unit' },
    ]);
  });

  it('takes the awarder from a body opening the sentence with what bodies do when they give honors', () => {
    expect(honorsOf('3月5日，共青团某某区委、区志愿者协会召开年度总结大会，区中医院志愿服务队被授予2017年年度“优秀志愿服务集体”称号。')).toEqual([
      { title: '优秀志愿服务集体', awarder: '共青团某某区委、区志愿者协会', level: 'county', year: '2017', recipient: 'unit' },
    ]);
    // An opening mark never closed is a stray one.
    expect(honorsOf('近日，被省精神文明建设委员会授予“2007-2009年度全省文明建设工作先进单位称号。').map((h) => [h.title, h.year])).toEqual([['全省文明建设工作先进单位', '2007-2009']]);
  });

  it.each([
    // A list of kinds of honor as a topic, a candidacy, a plan, an eligibility rule, places listed after a colon.
    '文明校园是继文明城市、文明村镇、文明单位、文明家庭后，中央文明委开展的第五大创建工程。',
    '我校获选参评新一届全国文明校园先进学校。',
    '经公示无异议后，新区将对获评集体进行表彰，授予新区“文明单位”“文明村”称号，并颁发奖牌。',
    '凡积极开展创建活动，获得上一年度县(市)区文明单位称号，达到创建标准的单位均可申报。',
  ])('finds no honor in %s (plans, rules, topics)', (text) => {
    expect(honorsOf(text)).toEqual([]);
  });

  it('reads no place names listed after a colon as titles', () => {
    // 获得…称号的3个村 describes the villages (the honor is told in its own sentence); the names after the colon are places.
    expect(honorsOf('我市获得第七届全国文明村镇称号的3个村分别为:东区东镇江山村、南县古城镇四联村、西县木王镇坪胜村。')).toEqual([]);
  });

  it('reads 为 before a level word or a quoted title as a verb of being, and a short dated line as a list item', () => {
    expect(honorsOf('区文化馆为国家一级文化馆，馆舍面积6800平方米。').map((h) => h.title)).toEqual(['国家一级文化馆']);
    expect(honorsOf('为配合新乡市“双城”(全国文明城市、全国卫生城市)创建，我们开展了宣传。')).toEqual([]);
    expect(honorsOf('中心曾於2021年獲選為市級文明單位。').map((h) => [h.title, h.year])).toEqual([['市级文明单位', '2021']]);
    const text = ['近年来获得的主要荣誉有：', '2022年　全国乡村治理示范村', '2023年　市级“五好”村党组织', '此外，村茶叶合作社被评为“省级农民合作社示范社”。'].join('\n');
    expect(honorsOf(text).map((h) => h.title)).toEqual(['全国乡村治理示范村', '市级“五好”村党组织', '省级农民合作社示范社']);
  });

  it('reads a title qualifying its holder, and counts no people from 数十人次 or a prize count of kinds', () => {
    expect(honorsOf('该院是全市唯一被评为省级文明单位的医院。').map((h) => h.title)).toEqual(['省级文明单位']);
    expect(honorsOf('我们始终保持既有文明单位的维护。')).toEqual([]);
    expect(analyse('数十人次获得“全国先进工作者”称号。').honors.map((h) => [h.recipient, h.count ?? null])).toEqual([['person', null]]);
    expect(honorsOf('我市及4个单位在会上获得四项全国精神文明奖。')).toEqual([]);
  });

  it('finds the person after a reporter\'s or a student\'s role, before 家庭, and before a date', () => {
    const recipients = (text: string) => honorsOf(text).map((h) => h.recipient);
    expect(recipients('首席记者林文涛被授予“全国五一劳动奖章”。')).toEqual(['person:林文涛']);
    expect(recipients('学员张秀兰家庭被评为“全国五好家庭”。')).toEqual(['person:张秀兰']);
    expect(recipients('校长韩晓燕2022年当选为全国“三八红旗手”。')).toEqual(['person:韩晓燕']);
  });

  it('gives honors told of 他 in a report of one person\'s deeds to that person, and a collective title to the unit', () => {
    const text = ['——县气象局观测站站长周启明同志先进个人事迹', '周启明扎根山顶观测站二十年。他本人获得的荣誉有：', '2016年　全国气象部门优秀观测员', '2021年　全省优秀共产党员', '他所在的观测站2022年被命名为省级“青年文明号”。'].join('\n');
    expect(honorsOf(text).map((h) => [h.title, h.recipient])).toEqual([
      ['全国气象部门优秀观测员', 'person:周启明'],
      ['全省优秀共产党员', 'person:周启明'],
      ['省级青年文明号', 'unit'],
    ]);
  });

  it('reads a ministry alone as national, and no township in the 乡 of a city\'s name', () => {
    expect(honorsOf('派出所被中组部评为优秀基层党组织。').map((h) => h.level)).toEqual(['national']);
    expect(honorsOf('社区被评为新乡市学雷锋活动示范点。').map((h) => h.level)).toEqual(['city']);
    expect(honorsOf('支部被县委组织部评为先进党支部。').map((h) => h.level)).toEqual(['county']);
  });

  it('reads titles under a heading with 主要, a year in brackets after each, and titles ending in 工厂, 矿井 or a model 员', () => {
    const text = '站里获得的集体荣誉主要有：\n全省水文系统先进单位（2019年）\n市“青年文明号”（2021年）\n\n2022年　省级绿色工厂\n';
    expect(honorsOf(text).map(({ title, year }) => [title, year])).toEqual([['全省水文系统先进单位', '2019'], ['市青年文明号', '2021'], ['省级绿色工厂', '2022']]);
    expect(honorsOf('主要荣誉：2018年全国模范人民调解员。').map(({ title, recipient }) => [title, recipient])).toEqual([['全国模范人民调解员', 'person']]);
    expect(honorsOf('年份\t荣誉名称\t授予单位\n2021\t省级安全高效矿井\t省能源局\n').map(({ title, awarder }) => [title, awarder])).toEqual([['省级安全高效矿井', '省能源局']]);
  });

  it('ends titles at 之后, reads an item with a verb of its own as its own honor, and takes the year nearest the verb', () => {
    const text = '这是学校继2019年成为市级文明校园、2021年获评全省首批“书香校园”之后取得的又一项荣誉。';
    expect(honorsOf(text).map(({ title, year }) => [title, year])).toEqual([['市级文明校园', '2019'], ['全省书香校园', '2021']]);
    expect(honorsOf('这是站里继2016年被评为县级文明单位之后获得的又一项荣誉。').map(({ title, year }) => [title, year])).toEqual([['县级文明单位', '2016']]);
  });

  it('gives an honor held before the news (继…之后) no awarder from the body opening the sentence', () => {
    const text = '日前，市文明委公布第五批市级文明单位名单，我局榜上有名，这是我局继2018年被评为县级文明单位之后的又一荣誉。';
    expect(honorsOf(text).map(({ title, awarder }) => [title, awarder])).toEqual([['市级文明单位', '市文明委'], ['县级文明单位', null]]);
  });

  it('gives titles listed under a label naming a person (王建军本人获得的荣誉有:) to that person', () => {
    const text = '所里连续三年被评为先进单位。王建军本人获得的主要荣誉有：2017年全市公安系统先进个人；2020年全省优秀人民警察。';
    expect(honorsOf(text).filter((h) => h.year).map(({ title, recipient }) => [title, recipient])).toEqual([['全市公安系统先进个人', 'person:王建军'], ['全省优秀人民警察', 'person:王建军']]);
  });

  it('puts the contest joined in the clause before a generic prize, not the subject of its clause', () => {
    expect(honorsOf('参加全县职工乒乓球比赛，协助工会代表队获得团体第二名。').map((h) => h.title)).toEqual(['全县职工乒乓球比赛团体第二名']);
  });

  it('gives every title after a relative clause (市委表彰的A和B) the body that clause names', () => {
    expect(honorsOf('支队获得市委市政府表彰的先进集体和先进个人。').map(({ title, awarder }) => [title, awarder])).toEqual([['先进集体', '市委市政府'], ['先进个人', '市委市政府']]);
    expect(honorsOf('学校荣获县委授予的“文明校园”和“平安校园”。').map(({ title, awarder }) => [title, awarder])).toEqual([['文明校园', '县委'], ['平安校园', '县委']]);
  });

  it('reads a quoted entry shown in a contest (《春晓》在…比赛中) as the entry, and the contest after 在 as the prize\'s', () => {
    expect(honorsOf('我校选送的《春晓》在全市中小学合唱比赛中荣获一等奖。').map((h) => h.title)).toEqual(['全市中小学合唱比赛一等奖']);
  });

  it('reads a designated base (教育基地) or a leading talent (领军人才) as an honor, and a round with no number as no part of its title', () => {
    expect(honorsOf('本馆是全省爱国主义教育基地。').map((h) => [h.title, h.recipient])).toEqual([['全省爱国主义教育基地', 'unit']]);
    expect(honorsOf('省科协公布新一批省级科普教育基地名单，县博物馆榜上有名。').map((h) => h.title)).toEqual(['省级科普教育基地']);
    expect(honorsOf('两名医生入选省卫健委“青年医学领军人才”。').map((h) => [h.title, h.recipient])).toEqual([['青年医学领军人才', 'person']]);
  });

  it('gives a pronoun subject, or a clause naming only where it was won, to the person opening the sentence', () => {
    expect(honorsOf('收费员陈晓梅坚守窗口十年，前年她被评为“全市最美收费员”，并在全省收费技能比武中获得二等奖。').map((h) => [h.title, h.recipient]))
      .toEqual([['全市最美收费员', 'person:陈晓梅'], ['全省收费技能比武二等奖', 'person:陈晓梅']]);
    expect(honorsOf('讲解员周蕾悉心服务观众八年，当选为“全县道德模范”。').map((h) => h.recipient)).toEqual(['person:周蕾']);
  });

  it('reads the list after a label saying there are more honors (主要荣誉还有:)', () => {
    expect(honorsOf('中心的主要荣誉还有：全省“巾帼文明岗”、全市“工人先锋号”。').map((h) => h.title)).toEqual(['全省巾帼文明岗', '全市工人先锋号']);
  });

  it('gives no honor to the unit when the whole place holds a title of its own kind (全县…卫生县)', () => {
    expect(honorsOf('派出所2020年被评为“全省优秀派出所”，全县连续三年保持“省级卫生县”称号。').map((h) => h.title)).toEqual(['全省优秀派出所']);
  });

  it('quotes an honor where the report first names it, with the awarder a later mention adds', () => {
    const text = '县医院荣获“全国文明单位”\n\n近日，中央文明委公布第七届全国文明单位名单，县医院再获“全国文明单位”称号。';
    const honors = analyse(text).honors;
    expect(honors.map((h) => [h.title, h.awarder])).toEqual([['全国文明单位', '中央文明委']]);
    expect(honors[0]!.start).toBeLessThan(text.indexOf('\n'));
  });

  it('goes on over a comma with a list of names written with 、, and ends it at a sum of the honors (等12项…荣誉)', () => {
    expect(honorsOf('供电所曾获得全市安全生产先进集体、全省文明窗口,全县优质服务示范站、县级和谐单位、市级模范职工之家等12项省市县级荣誉后再获殊荣。').map((h) => h.title))
      .toEqual(['全市安全生产先进集体', '全省文明窗口', '全县优质服务示范站', '县级和谐单位', '市级模范职工之家']);
    expect(honorsOf('新塘村享有不少美誉,例如全国文明村、国家森林公园、全省生态和休闲旅游示范村、全省美丽村庄。').map((h) => h.title))
      .toEqual(['全国文明村', '国家森林公园', '全省生态和休闲旅游示范村', '全省美丽村庄']);
    expect(honorsOf('该站荣获“青年文明号”“巾帼文明岗”“文明服务网点”等十余项集体荣誉。').map((h) => h.title)).toEqual(['青年文明号', '巾帼文明岗', '文明服务网点']);
  });

  it('reads a title still held (继续享有…称号), and none for those who hold one (向荣获…的代表颁奖) or a title named by 该, 此', () => {
    expect(honorsOf('经复查,县人民医院继续享有省级文明单位称号。').map((h) => h.title)).toEqual(['省级文明单位']);
    expect(honorsOf('大会向荣获全国五一劳动奖和全国工人先锋号的代表颁奖。')).toEqual([]);
    expect(honorsOf('我院是全市唯一获得该项荣誉的医院。')).toEqual([]);
  });

  it('reads no list over a comma after 是 (是…授予的称号,包括…)', () => {
    expect(honorsOf('“文明社区”是市文明委授予社区的荣誉称号,包括全市文明社区、全市文明街道。')).toEqual([]);
  });

  it('reads a first line shorter than the next as the headline, not a line wrapped into the body', () => {
    const text = '县自来水公司荣获全国五一劳动奖状\n4月27日上午,庆祝五一国际劳动节大会在京召开,县自来水公司获颁全国五一劳动奖状。';
    const honors = analyse(text).honors;
    expect(honors.map((h) => h.title)).toEqual(['全国五一劳动奖状']);
    expect(honors[0]!.start).toBeLessThan(text.indexOf('\n'));
  });

  it('quotes an honor at its first mention when a headline names it shorter, or the body names its round, and keeps the headline\'s awarder', () => {
    const text = '市博物馆讲解队获评省文旅厅“优秀志愿服务团队”\n\n近日,名单公布,市博物馆讲解队荣获“2023年优秀文化志愿服务团队”称号。';
    const honors = analyse(text).honors;
    expect(honors.map((h) => [h.title, h.awarder])).toEqual([['优秀文化志愿服务团队', '省文旅厅']]);
    expect(honors[0]!.start).toBeLessThan(text.indexOf('\n'));
    const rounds = '青山村入选“全国美丽休闲乡村”,是全省唯一。\n\n在颁奖典礼上,青山村入选“第三批全国美丽休闲乡村”。';
    const held = analyse(rounds).honors;
    expect(held).toHaveLength(1);
    expect(held[0]!.start).toBeLessThan(rounds.indexOf('\n'));
  });

  it('reads the body recording a merit after 荣立 and a merit of each rank listed (荣立个人一、二、三等功)', () => {
    expect(honorsOf('边境检查站荣立公安部集体二等功。').map((h) => [h.title, h.awarder, h.recipient])).toEqual([['公安部集体二等功', '公安部', 'unit']]);
    expect(honorsOf('建站以来,全站共有60余人次荣立个人一、二、三等功。').map((h) => [h.title, h.recipient])).toEqual([['一等功', 'person'], ['二等功', 'person'], ['三等功', 'person']]);
  });

  it('reads titles written before a person\'s name, with a role word, as that person\'s honors', () => {
    expect(honorsOf('近年来,该所在全省优秀人民警察、二等功臣、“全国模范调解员”所长——周建华的带领下,屡创佳绩。').map((h) => [h.title, h.recipient]))
      .toEqual([['全省优秀人民警察', 'person:周建华'], ['二等功臣', 'person:周建华'], ['全国模范调解员', 'person:周建华']]);
    expect(honorsOf('在省劳动模范、全国优秀共产党员、站长赵立新的带领下,全站职工团结一心。').map((h) => [h.title, h.recipient]))
      .toEqual([['省劳动模范', 'person:赵立新'], ['全国优秀共产党员', 'person:赵立新']]);
    // A list of things, not titles, before a name is none.
    expect(honorsOf('在抓好安全、服务、队伍建设的同时,站长赵立新亲自带班。')).toEqual([]);
  });

  it('reads a title named by a body\'s act before 榜上有名, a plaque ceremony, a prize ceremony the unit took, and 成功争创', () => {
    expect(honorsOf('近日,省公安厅命名新一批全省优秀派出所,城关派出所榜上有名。').map((h) => [h.title, h.awarder])).toEqual([['全省优秀派出所', '省公安厅']]);
    expect(honorsOf('6月3日,县气象局举行“省级文明单位”授牌仪式。').map((h) => h.title)).toEqual(['省级文明单位']);
    expect(honorsOf('“全省最美服务窗口”颁奖典礼在省城举行,县政务大厅获此殊荣。').map((h) => h.title)).toEqual(['全省最美服务窗口']);
    expect(honorsOf('2019年,检验科成功争创市级青年文明号。').map((h) => h.title)).toEqual(['市级青年文明号']);
    expect(honorsOf('检验科以争创市级青年文明号为目标。')).toEqual([]);
    expect(honorsOf('好消息!新华村被评为全省文明村啦!').map((h) => h.title)).toEqual(['全省文明村']);
  });

  it('gives an honor naming no body or year those of the round whose document the report names', () => {
    expect(honorsOf('会上宣读了《省总工会关于表彰2021年全省五一劳动奖和全省工人先锋号的决定》。\n县供水公司获颁全省五一劳动奖状。').map((h) => [h.title, h.awarder, h.year]))
      .toEqual([['全省五一劳动奖状', '省总工会', '2021']]);
    expect(honorsOf('近日,团省委公布了2021-2022年度江西省青年文明号命名决定,县医院急诊科被命名为省级青年文明号。').map((h) => [h.title, h.year]))
      .toEqual([['省级青年文明号', '2021-2022']]);
    // A title of another rank or kind takes nothing from the round.
    expect(honorsOf('会上宣读了《省总工会关于表彰2021年全省五一劳动奖的决定》。\n县供水公司获评市级文明单位。').map((h) => [h.title, h.awarder, h.year]))
      .toEqual([['市级文明单位', null, null]]);
  });

  it('reads a higher court, or a body named whole, opening the sentence as the awarder (表彰了, 通报了 among what bodies do)', () => {
    expect(honorsOf('3月5日,最高人民法院举行表彰大会,授予县法院“全国法院先进集体”荣誉称号。').map((h) => h.awarder)).toEqual(['最高人民法院']);
    expect(honorsOf('近日,江西省高级人民法院通报了全省法院评查结果,县法院获“全省法院案件评查先进单位”称号。').map((h) => h.awarder)).toEqual(['江西省高级人民法院']);
    // A court holding a meeting gives no honor to itself.
    expect(honorsOf('县人民法院召开总结大会,县法院被评为“全市优秀法院”。').map((h) => h.awarder)).toEqual([null]);
  });

  it('gives each quoted title after 涌现出了以 to the name written after it', () => {
    expect(honorsOf('近年来,全局涌现出了以“全省十大杰出青年卫士”王刚、“全市纳税服务明星”陈小红为代表的一批先进典型。').map((h) => [h.title, h.recipient]))
      .toEqual([['全省十大杰出青年卫士', 'person:王刚'], ['全市纳税服务明星', 'person:陈小红']]);
  });

  it('gives titles won by units and people together (多个集体和个人获得…) to the kind each names', () => {
    expect(honorsOf('全县多个集体和个人获得全省扶贫先进集体、全省扶贫先进个人等称号。').map((h) => [h.title, h.recipient]))
      .toEqual([['全省扶贫先进集体', 'unit'], ['全省扶贫先进个人', 'person']]);
  });

  it('starts a title conferred on a unit after the unit\'s name, whose 院 is no level word, and reads 首都 as a level', () => {
    expect(honorsOf('首都精神文明建设委员会授予东方医学科学院附属医院首都文明单位标兵荣誉称号。').map((h) => [h.title, h.level])).toEqual([['首都文明单位标兵', 'provincial']]);
  });

  it('reads “…”集体荣誉称号 as the quoted title, the kind of honor no part of it', () => {
    expect(honorsOf('车间获评“全国青年文明号”。\n2019年,车间被授予“全国青年文明号”集体荣誉称号。').map((h) => h.title)).toEqual(['全国青年文明号']);
  });

  it('reads titles each followed by the names holding them after 培育出 as those people\'s honors', () => {
    expect(honorsOf('多年来,支队先后培育出全省消防系统一级英模李建国、王平,二级英模周海、吴强等四位英雄模范。').map((h) => [h.title, h.recipient]))
      .toEqual([['全省消防系统一级英模', 'person'], ['全省消防系统二级英模', 'person']]);
    expect(honorsOf('学校培养出全国优秀教师张敏。').map((h) => [h.title, h.recipient])).toEqual([['全国优秀教师', 'person:张敏']]);
  });

  it('reads 中国 as a level word opening a title, but not the one opening a unit\'s name before the title conferred', () => {
    expect(honorsOf('青山村先后获得全国文明村、中国十大美丽村庄。').map((h) => h.title)).toEqual(['全国文明村', '中国十大美丽村庄']);
    expect(honorsOf('首都精神文明建设委员会授予中国农业科学院附属医院首都文明单位称号。').map((h) => h.title)).toEqual(['首都文明单位']);
  });

  it('reads no honor of the unit in a round\'s honorees summed up after 等 (授予某医院等326个单位…称号)', () => {
    expect(honorsOf('省人社厅授予市第一医院等126个单位“全省卫生系统先进集体”称号。')).toEqual([]);
    expect(honorsOf('省人社厅授予我院等12个单位“全省卫生系统先进集体”称号。').map((h) => h.title)).toEqual(['全省卫生系统先进集体']);
  });
});

describe('merits given or counted, and bodies opening after a reporting lead', () => {
  it('reads a unit merit a body gives (授予…集体二等功) and one counted in times (集体三等功4次)', () => {
    expect(honorsOf('省应急厅近日发布命令,授予城东消防站集体二等功。').map((h) => [h.title, h.recipient])).toEqual([['集体二等功', 'unit']]);
    expect(honorsOf('建所以来,荣立集体一等功1次,集体三等功4次。').map((h) => h.title)).toEqual(['集体一等功', '集体三等功']);
    // Listed without a verb or a count, the merit is the list's to read.
    expect(honorsOf('该所先进集体、集体二等功的事迹').map((h) => h.title)).not.toContain('集体二等功');
  });

  it('takes the body giving an honor after a reporting lead and a word of recent time', () => {
    expect(honorsOf('5月6日,记者从全市表彰会上获悉,市公安局日前发布通报,授予交警三中队集体三等功。').map((h) => [h.title, h.awarder])).toEqual([['集体三等功', '市公安局']]);
  });
});

describe('a court tribunal as a title head', () => {
  it('reads an unquoted title ending in 法庭', () => {
    expect(honorsOf('城关法庭先后被评为全市优秀人民法庭、全省青年文明号。').map((h) => h.title)).toEqual(['全市优秀人民法庭', '全省青年文明号']);
  });
});

describe('荣评 as a verb of receiving', () => {
  it('reads the titles after 荣评 (and 荣评为)', () => {
    expect(honorsOf('该站先后荣评“全省先进集体”“全国青年文明号”等荣誉。').map((h) => h.title)).toEqual(['全省先进集体', '全国青年文明号']);
    expect(honorsOf('2020年,中队荣评为市级文明单位。').map((h) => [h.title, h.year])).toEqual([['市级文明单位', '2020']]);
  });
});

describe('titles each followed by names after 涌现出, quoted or parted by 、', () => {
  it('gives each title to the names after it', () => {
    expect(honorsOf('多年来,中队涌现出“全省优秀人民警察”赵立新、二等功臣孙海、周涛等一批先进典型。').map((h) => [h.title, h.recipient])).toEqual([
      ['全省优秀人民警察', 'person:赵立新'],
      ['二等功臣', 'person'],
    ]);
  });
});

describe('a round\'s honorees counted with no one named', () => {
  it('reads no honor of the unit in 授予120名同志…称号 or 给50个集体记集体二等功, and the unit\'s own after it', () => {
    const text = '省厅近日发布命令,给50个集体记集体二等功,授予120名同志“全省优秀人民警察”称号。城南派出所被荣记集体二等功。';
    const found = analyse(text).honors;
    expect(found.map((h) => h.title)).toEqual(['集体二等功']);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('荣记集体二等功');
    expect(honorsOf('授予3名同志“全省优秀人民警察”称号。').map((h) => h.title)).toEqual(['全省优秀人民警察']);
  });
});

describe('a body before a listed quote ends the level shared over the list', () => {
  it('keeps the level of 省“A”… off a later item a body gave (市人民政府“B”奖杯)', () => {
    expect(honorsOf('医院曾获得省“平安医院”、“群众满意医院”、市人民政府“南丁格尔杯”奖杯。').map((h) => [h.title, h.awarder])).toEqual([
      ['省平安医院', null],
      ['省群众满意医院', null],
      ['“南丁格尔杯”奖杯', '市人民政府'],
    ]);
  });
});

describe('和 after a closing quote in a list written with 、', () => {
  it('parts the items there, the place after it leading the rest', () => {
    expect(honorsOf('学校先后荣获“县平安校园”、“市绿色学校”和宜都市“文明单位”、“卫生先进单位”等称号。').map((h) => h.title)).toEqual(['县平安校园', '市绿色学校', '宜都市文明单位', '宜都市卫生先进单位']);
  });
});

describe('a title ends before 并 and the next honor\'s verb', () => {
  it('parts 荣获“A”并3次荣立集体三等功 into two honors', () => {
    expect(honorsOf('该所荣获全市公安系统“人民满意派出所”并3次荣立集体三等功。').map((h) => h.title)).toEqual(['全市公安系统人民满意派出所', '集体三等功']);
  });
});

describe('the only one of its place holding a title', () => {
  it('reads the title after 唯一一所 (全县唯一的)', () => {
    expect(honorsOf('本园是全县唯一一所省级示范幼儿园。').map((h) => h.title)).toEqual(['省级示范幼儿园']);
    expect(honorsOf('该院成为全市唯一的省级文明医院。').map((h) => h.title)).toEqual(['省级文明医院']);
  });
});

describe('a round before a body named before a quoted title', () => {
  it('leaves the round (首批, 第二批) out of the awarder', () => {
    expect(honorsOf('2019年,该馆入选第二批国家文物局“全国文明旅游示范单位”。').map((h) => [h.title, h.awarder])).toEqual([['全国文明旅游示范单位', '国家文物局']]);
  });
});

describe('a meeting handing out honors, hosted by a body', () => {
  it('gives the host as the awarder, not the co-hosts', () => {
    expect(honorsOf('近日,在由省电力行业协会主办,市供电公司、县供电公司共同协办的2020年度“最美班组”表彰会上,城关供电所被授予“最美班组”称号。').map((h) => [h.title, h.awarder, h.year])).toEqual([['最美班组', '省电力行业协会', '2020']]);
  });
});

describe('a conferred quoted item that shares a level is read once', () => {
  it('gives 市级“A”、“B” as 市级A and 市级B only', () => {
    expect(honorsOf('该局被评为市级“文明单位”、“人民满意的服务窗口”。').map((h) => h.title)).toEqual(['市级文明单位', '市级人民满意的服务窗口']);
  });
});

describe('a deeds report of one person, told in the third person', () => {
  it('gives honors in clauses with no subject to the person its account opens with', () => {
    const text = '优秀教师事迹材料\n教师陈立新老师爱岗敬业,潜心教学。近年来,先后被评为县优秀教师、市骨干教师。';
    expect(honorsOf(text).map((h) => [h.title, h.recipient])).toEqual([['县优秀教师', 'person:陈立新'], ['市骨干教师', 'person:陈立新']]);
  });

  it('gives them to the person its account introduces (name, 男/女/是 …), a masked name too', () => {
    const bio = '劳动模范个人先进事迹材料\n周**,男,1962年出生,中共党员,现任某区环卫站站长。1998年被市总工会授予“市劳动奖章”;2005年获“省先进工作者”称号。';
    expect(honorsOf(bio).map((h) => [h.title, h.recipient])).toEqual([['市劳动奖章', 'person:周**'], ['省先进工作者', 'person:周**']]);
    const named = '环卫工人先进事迹材料\n城区的街道上,环卫工人在忙碌着。郑玉兰,是这支队伍中的优秀代表。她连续十年获市先进工作者称号,入选“市十大孝亲模范”。';
    expect(honorsOf(named).map((h) => h.recipient)).toEqual(['person:郑玉兰', 'person:郑玉兰']);
    // No deeds report: the introduction names no author.
    const news = '城区的街道上,环卫工人在忙碌着。郑玉兰,是这支队伍中的优秀代表。她连续十年获市先进工作者称号。';
    expect(honorsOf(news).map((h) => h.recipient)).not.toContain('person:郑玉兰');
  });
});

describe('the standing of a unit still working for a title', () => {
  it('reads no honor in 获得创建市级文明单位称号, but one in a creation work prize', () => {
    expect(honorsOf('学校自获得创建省级文明单位称号以来,狠抓落实。')).toEqual([]);
    expect(honorsOf('学校获得创建市级文明城市工作先进集体称号。').map((h) => h.title)).toEqual(['创建市级文明城市工作先进集体']);
  });
});

describe('the hosts of a contest or an event named in another sentence', () => {
  it('gives an honor of exactly a quoted contest name the hosts named with the contest', () => {
    const text = '城西派出所再次荣获“十佳派出所”称号。据悉,全市第三届“十佳派出所”评选活动是由市委政法委、市公安局联合发起并主办。';
    expect(honorsOf(text).map((h) => [h.title, h.awarder])).toEqual([['十佳派出所', '市委政法委、市公安局']]);
  });

  it('gives the honors of the sentence after an event its hosts held the hosts and the event\'s year', () => {
    const text = '由市文明办、团市委联合主办的2021年度志愿服务交流活动在市会展中心举行。\n我院“暖心”志愿服务项目荣获优秀志愿服务项目。';
    expect(honorsOf(text).map((h) => [h.title, h.awarder, h.year])).toEqual([['优秀志愿服务项目', '市文明办、团市委', '2021']]);
  });
});

describe('the giver of a round summed up gives the unit\'s own honor of the title', () => {
  it('names 公安部 for the unit\'s 集体一等功 after 公安部…给100个集体记集体一等功', () => {
    const found = analyse('近日,省公安厅发布命令,给60个集体记集体二等功。城北派出所被荣记集体二等功。').honors;
    expect(found.map((h) => [h.title, h.awarder, h.level])).toEqual([['集体二等功', '省公安厅', 'provincial']]);
  });
});

describe('names listed before 分别 take the titles in turn', () => {
  const recipients = (text: string) => analyse(text).honors.map((h) => [h.title, h.recipient]);

  it('pairs two names with two titles in order', () => {
    expect(recipients('孙立、周敏两名职工分别荣获“全县优秀党务工作者”和“全县优秀共产党员”称号。')).toEqual([
      ['全县优秀党务工作者', 'person:孙立'],
      ['全县优秀共产党员', 'person:周敏'],
    ]);
  });

  it('pairs nothing when a title stands in a later clause', () => {
    expect(recipients('孙立、周敏分别荣获“全县优秀党务工作者”称号，并被评为“全县优秀共产党员”。')[0]).toEqual(['全县优秀党务工作者', 'person:孙立、周敏']);
  });

  it('keeps the list when the titles are more than the names', () => {
    expect(recipients('孙立、周敏分别被评为市级优秀护士、市级优秀医生和市级优秀党员。').map(([, r]) => r)).toEqual(['person:孙立、周敏', 'person:孙立、周敏', 'person:孙立、周敏']);
  });
});

describe('a first for a place is news about a title, no title', () => {
  it('reads only the unit\'s title beside 实现…“零的突破”', () => {
    const found = analyse('近日，县税务局获评全国文明单位，实现全县部门获评全国文明单位“零的突破”。').honors;
    expect(found.map((h) => h.title)).toEqual(['全国文明单位']);
  });
});

describe('a bare title counted by the dozen after 涌现出 is the unit\'s own rating tallied', () => {
  it('reads no honor in 涌现出“服务之星”260名、“岗位标兵”45名', () => {
    expect(analyse('十年来，公司共涌现出“服务之星”260名、“岗位标兵”45名。').honors).toEqual([]);
  });

  it('still reads a few people of a bare title, and a level-led title however many', () => {
    expect(analyse('车间涌现出“岗位标兵”3名。').honors.map((h) => h.title)).toEqual(['岗位标兵']);
    expect(analyse('近年来涌现出“全市优秀教师”12名。').honors.map((h) => h.title)).toEqual(['全市优秀教师']);
  });
});

describe('a city\'s title held by a named city is the place\'s, not the unit\'s', () => {
  it('reads no honor in <city>被…授予“全国文明城市”称号', () => {
    expect(analyse('2015年2月,南昌市被中央文明委授予“全国文明城市”荣誉称号。').honors).toEqual([]);
  });

  it('keeps a village\'s title: in a township\'s report the village is a part', () => {
    expect(analyse('茶山村被评为全国乡村治理示范村。').honors.map((h) => [h.title, h.recipient])).toEqual([['全国乡村治理示范村', 'unit']]);
  });
});

describe('titles in a relative clause before a place are that place\'s', () => {
  it('reads no honor in 享有“…”“…”美誉的<village>', () => {
    expect(analyse('春节前，享有“中国历史文化名村”“全国文明村”美誉的桃花村又热闹起来。').honors).toEqual([]);
  });

  it('keeps a title followed by 的 and no place', () => {
    expect(analyse('荣获全国文明单位称号的县税务局又出新举措。').honors.map((h) => h.title)).toEqual(['全国文明单位']);
  });
});

describe('a decision read out with no issuer in its name names no giver', () => {
  it('gives no awarder for 某办召开…会,会上宣读了《关于表彰…的决定》,某局被表彰为…', () => {
    const text = '2月5日，安平县文明办召开文明单位创建动员会，会上宣读了《关于表彰2021年度文明服务窗口的决定》，县税务局被表彰为“2021年度文明服务窗口”。';
    expect(analyse(text).honors.map((h) => [h.title, h.awarder, h.year])).toEqual([['文明服务窗口', null, '2021']]);
  });

  it('still gives the body that issued the document before its name', () => {
    const text = '县委印发《关于表彰2021年度文明服务窗口的决定》。县税务局被评为2021年度文明服务窗口。';
    expect(analyse(text).honors.map((h) => [h.title, h.awarder])).toEqual([['文明服务窗口', '县委']]);
  });
});

describe('a body that commended a round counted by title gave the unit\'s own honor of that title', () => {
  it('names the body opening the sentence of 表彰10支…和100名优秀志愿者 for 我院…获“优秀志愿者”奖', () => {
    const text = '3月2日，市红十字会志愿者分会召开了年会，会议总结了全年工作，并表彰10支先进志愿队和100名优秀志愿者。我院张三、李四2人获“优秀志愿者”奖。';
    expect(analyse(text).honors.map((h) => h.awarder)).toEqual(['市红十字会志愿者分会']);
  });

  it('names none when the round was counted in fewer than ten', () => {
    const text = '县总工会召开大会，表彰5个先进集体。我局办公室获先进集体称号。';
    expect(analyse(text).honors.map((h) => h.awarder)).toEqual([null]);
  });
});

describe('the body issuing a round\'s document before its name', () => {
  it.each([
    ['国务院印发《关于表彰全国民族团结进步模范集体的决定》。县民宗局被评为全国民族团结进步模范集体。', '国务院'],
    ['县委办公室印发《关于表彰2021年度文明服务窗口的决定》。县税务局被评为2021年度文明服务窗口。', '县委办公室'],
  ])('%s', (text, awarder) => {
    expect(analyse(text).honors.map((h) => h.awarder)).toEqual([awarder]);
  });
});

describe('a body opening the sentence with 通报表彰了 gave the honor its clause names without a giver', () => {
  it('names 市委、市政府 for 市委、市政府通报表彰了…，某行喜获…称号', () => {
    const text = '近日，中共安平市委、安平市人民政府通报表彰了全市年度重点工作先进集体，县农商银行喜获市级“文明行业”称号。';
    expect(analyse(text).honors.map((h) => [h.title, h.awarder])).toEqual([['市级文明行业', '中共安平市委、安平市人民政府']]);
  });
});

describe('after 是, a list of statuses whose first item is a grade goes on over commas into level-led titles', () => {
  it('finds the titles after a hospital grade that is none', () => {
    const text = '医院始建于1958年,是省内首家三级甲等综合医院,全国文明单位,全国改善医疗服务示范医院。';
    expect(analyse(text).honors.map((h) => [h.title, h.level])).toEqual([['全国文明单位', 'national'], ['全国改善医疗服务示范医院', 'national']]);
  });

  it('does not run over a comma into a clause that names no title', () => {
    expect(analyse('这是全县人民的大事,全市上下都要积极参与。').honors).toEqual([]);
  });
});

describe('a generic prize won by the unit itself (我院, 我局) takes no subject in front', () => {
  it.each([
    ['近日,区委、区政府表彰全区平安建设工作先进单位和先进个人,我院荣获二等奖。', { title: '全区平安建设工作二等奖', awarder: '区委、区政府', year: null }],
    ['市委、市政府表彰了2021年度目标考核先进单位,我局荣获一等奖。', { title: '年度目标考核一等奖', awarder: '市委、市政府', year: '2021' }],
    ['我校荣获优秀奖。', { title: '优秀奖', awarder: null, year: null }],
  ])('%s', (text, honor) => {
    expect(analyse(text).honors.map(({ title, awarder, year }) => ({ title, awarder, year }))).toEqual([honor]);
  });
});

describe('passing the inspection of a title held (测评验收) keeps it, as 复查验收 does', () => {
  it('reads 顺利通过“…”测评验收 as the title held', () => {
    expect(analyse('我社顺利通过“市级文明单位标兵”测评验收。').honors.map((h) => [h.title, h.level])).toEqual([['市级文明单位标兵', 'city']]);
  });
});

describe('跨入, 迈入 a title\'s ranks name it; a place\'s 先进 alone is a rank', () => {
  it.each([
    ['医院跨入了“全国百佳医院”行列。', ['全国百佳医院']],
    ['学校迈入省级示范学校行列。', ['省级示范学校']],
    // A copy site's cut mark (.) between two characters is no part of the name.
    ['幼儿园跨入“省级示范.幼儿园”行列。', ['省级示范幼儿园']],
    ['全县各项工作跻身全市先进行列。', []],
    ['公司迈入了高质量发展新阶段。', []],
  ])('%s', (text, titles) => {
    expect(analyse(text).honors.map((h) => h.title)).toEqual(titles);
  });
});

describe('感动…人物 is a title, quoted or not', () => {
  it('reads a list of two titles of people after 被评为', () => {
    const text = '有3位护士先后被评为感动沭河人物、市级优秀护士。';
    expect(analyse(text).honors.map((h) => [h.title, h.recipient])).toEqual([['感动沭河人物', 'person'], ['市级优秀护士', 'person']]);
  });
});

describe('a comma goes on into a quoted title led by the body that gave it', () => {
  it('reads 获得“A”,“B”,某市总工会“C”; as three titles, the last one the body\'s', () => {
    const text = '科室先后获得“文明科室”,“优质护理示范病区”,市总工会“工人先锋号”;多年被评为先进。';
    expect(analyse(text).honors.map((h) => [h.title, h.awarder])).toEqual([['文明科室', null], ['优质护理示范病区', null], ['工人先锋号', '市总工会']]);
  });

  it('does not go on into a body\'s quoted words that run on', () => {
    expect(analyse('我院荣获“全国文明单位”,市卫健委“十佳”活动随后展开。').honors.map((h) => h.title)).toEqual(['全国文明单位']);
  });
});

describe('one title written with and without 级 is one honor', () => {
  it('keeps 县级文明单位 where first named and drops the later 县文明单位', () => {
    const text = '2015年学校被评为县级文明单位。此后学校一直保持县文明单位称号。';
    expect(analyse(text).honors.map((h) => [h.title, h.year])).toEqual([['县级文明单位', '2015']]);
  });
});

describe('bodies acting together and team prizes', () => {
  it('drops 联合 from the bodies that gave a title together', () => {
    expect(analyse('服务窗口被省妇联、省总工会联合授予“省巾帼文明岗”称号。').honors.map((h) => h.awarder)).toEqual(['省妇联、省总工会']);
  });

  it('puts the contest in front of a team prize (团体二等奖)', () => {
    expect(analyse('职工代表队参加全县职工技能大赛，获得团体二等奖。').honors.map((h) => h.title)).toEqual(['全县职工技能大赛团体二等奖']);
  });
});

describe('a year in Chinese numerals between the verb and a quoted title', () => {
  it('dates the honor as written and is no part of the title', () => {
    expect(analyse('护士长当选为二〇二二年度“市级最美护士”。').honors.map((h) => [h.title, h.year])).toEqual([['市级最美护士', '二〇二二']]);
  });
});

describe('a nomination award (提名奖) is a prize, a nominee (提名镇) is not', () => {
  it.each([
    ['护士长李红入选“市级道德模范提名奖”。', ['市级道德模范提名奖']],
    ['我镇成为全省文明村镇提名镇。', []],
  ])('%s', (text, titles) => {
    expect(analyse(text).honors.map((h) => h.title)).toEqual(titles);
  });
});

describe('counted titles listed with 、 each with its own count', () => {
  it.each([
    ['全镇已有省级文明村2个、市级文明村5个。', [['省级文明村', 2], ['市级文明村', 5]]],
    ['辖区内有医院3所、驻区单位40家。', []],
  ])('%s', (text, honors) => {
    expect(analyse(text).honors.map((h) => [h.title, h.count])).toEqual(honors);
  });
});

describe('a bank\'s head or upper office before a quoted title gave it', () => {
  it.each([
    ['2021年我行荣获总行“优秀营业网点”称号。', { title: '优秀营业网点', awarder: '总行' }],
    ['支行连续两年获省分行“文明服务示范网点”称号。', { title: '文明服务示范网点', awarder: '省分行' }],
  ])('%s', (text, honor) => {
    expect(analyse(text).honors.map(({ title, awarder }) => ({ title, awarder }))).toEqual([honor]);
  });
});

describe('after 荣获 or 获得, a comma goes on into a level-led title ending its clause', () => {
  it.each([
    ['学校先后获得省、市级文明单位，省级绿色学校等荣誉。', ['省级文明单位', '市级文明单位', '省级绿色学校']],
    ['医院荣获省级文明单位,全市卫生系统为之振奋。', ['省级文明单位']],
  ])('%s', (text, titles) => {
    expect(analyse(text).honors.map((h) => h.title)).toEqual(titles);
  });
});

describe('titles of doctors, pharmacists and lawyers, and a credit union federation as a giver', () => {
  it.each([
    ['医院有3人被评为全省优秀医师。', { title: '全省优秀医师', awarder: null, recipient: 'person' }],
    ['药剂科主任王敏被评为市级优秀药师。', { title: '市级优秀药师', awarder: null, recipient: 'person:王敏' }],
    ['我社荣获县联社“优秀信用社”称号。', { title: '优秀信用社', awarder: '县联社', recipient: 'unit' }],
  ])('%s', (text, honor) => {
    expect(analyse(text).honors.map(({ title, awarder, recipient }) => ({ title, awarder, recipient }))).toEqual([honor]);
  });
});

describe('a person who won a generic prize is no subject of it', () => {
  it.each([
    ['在全市护理技能竞赛中,王丽获一等奖,赵敏获二等奖。', ['全市护理技能竞赛一等奖', '全市护理技能竞赛二等奖']],
    ['护士长周红获优秀奖。', ['优秀奖']],
    ['合唱队获县二等奖。', ['合唱队二等奖']],
  ])('%s', (text, titles) => {
    expect(analyse(text).honors.map((h) => h.title)).toEqual(titles);
  });
});

describe('a ceremony held for a plaque or a flag with no honor word names no title', () => {
  it.each([
    ['社区举行“爱心驿站”揭牌仪式。', []],
    ['支行举行青年志愿服务队授旗暨“便民服务站”揭牌仪式。', []],
    ['学校举行“劳动教育实践基地”授牌仪式。', []],
    // A title won keeps its ceremony.
    ['某局举行“全国文明单位”授牌仪式。', ['全国文明单位']],
  ])('%s', (text, titles) => {
    expect(analyse(text).honors.map((h) => h.title)).toEqual(titles);
  });
});

describe('领跑者 titles, a round without 第, a merit given with no body, a commendation of a kind', () => {
  it.each([
    ['2021年,水务公司获“水效领跑者”称号。', { title: '水效领跑者', awarder: null, year: '2021' }],
    ['该厂入选工信部“企业标准领跑者”名单。', { title: '企业标准领跑者', awarder: '工信部', year: null }],
    ['2019年,我校荣获六届全国文明校园称号。', { title: '全国文明校园', awarder: null, year: '2019' }],
    ['派出所因抗疫成绩突出,被授予“集体二等功”。', { title: '集体二等功', awarder: null, year: null }],
    ['2020年,派出所被市公安局授予“集体三等功”。', { title: '集体三等功', awarder: '市公安局', year: '2020' }],
  ])('%s', (text, honor) => {
    expect(analyse(text).honors.map(({ title, awarder, year }) => ({ title, awarder, year }))).toEqual([honor]);
  });

  it.each([
    ['另有一名教师受到个人嘉奖。', '个人嘉奖', 'person'],
    ['该行营业部受到集体嘉奖。', '集体嘉奖', 'unit'],
  ])('%s', (text, title, recipient) => {
    expect(analyse(text).honors.map((h) => [h.title, h.recipient.split(':')[0]])).toEqual([[title, recipient]]);
  });
});

describe('a level written inside or before one quoted title is not the next quoted title\'s', () => {
  it.each([
    ['支行先后获得“省级青年文明号”“总行先进党支部”等荣誉。', ['省级青年文明号', '总行先进党支部']],
    ['村里先后获得“全省美丽乡村示范村”“县级卫生村”称号。', ['全省美丽乡村示范村', '县级卫生村']],
    // An unquoted list still shares the level that opens it.
    ['医院先后获得全省卫生系统先进集体、市级文明单位、卫生先进单位等荣誉。', ['全省卫生系统先进集体', '市级文明单位', '市级卫生先进单位']],
  ])('%s', (text, titles) => {
    expect(analyse(text).honors.map((h) => h.title)).toEqual(titles);
  });
});

describe('one honor named again in other words', () => {
  it.each([
    // A rank word with 级 and the words of a title named by its place restate that title.
    ['我院荣获第六届全国文明单位。多年来，我院坚持创建不松懈，连续两届获得国家级文明单位。', ['全国文明单位']],
    ['学校被评为江苏省文明单位。多年来，学校坚持创建，连续三届获得省级文明单位。', ['江苏省文明单位']],
    // Every level word with 级 of honors.yaml levelPrefixes is such a rank word.
    ['公司被评为广西壮族自治区文明单位。多年来，公司坚持创建，连续两届获得自治区级文明单位。', ['广西壮族自治区文明单位']],
    // Counted parts of the unit hold their own.
    ['分行被评为河北省文明单位，3家支行被评为省级文明单位。', ['河北省文明单位', '省级文明单位']],
    // A headline leaving a word out inside the body's name.
    ['城南区图书馆升级为国家一级馆\n近日，文化和旅游部公布评估定级结果，城南区图书馆被评为国家一级图书馆。', ['国家一级图书馆']],
  ])('%s', (text, titles) => {
    expect(analyse(text).honors.map((h) => h.title)).toEqual(titles);
  });
});

describe('the heads of associations, firms and villages before a name', () => {
  it.each([
    ['公益协会创始人林晓明被评为“全省最美志愿者”。', 'person:林晓明'],
    ['合作社负责人王建国获评全国劳动模范。', 'person:王建国'],
    ['公司董事长赵立新荣获“全国优秀企业家”称号。', 'person:赵立新'],
  ])('%s', (text, recipient) => {
    expect(analyse(text).honors.map((h) => h.recipient)).toEqual([recipient]);
  });
});

describe('a headline on two short lines: the unit, then the honor', () => {
  it.each([
    ['城东支行\n喜获2020年度市级文明单位\n近年来，支行坚持以党建引领文明创建，把创建工作融入金融服务的各个环节，取得了明显成效。', ['市级文明单位']],
    ['红星小学\n荣获“全国文明校园”称号\n近年来，学校坚持立德树人，扎实推进文明校园创建，师生文明素养不断提升。', ['全国文明校园']],
  ])('%s', (text, titles) => {
    expect(analyse(text).honors.map((h) => [h.title, h.recipient])).toEqual(titles.map((t) => [t, 'unit']));
  });
});

describe('a county\'s title is no honor of a bureau that helped win it', () => {
  it.each([
    ['县退役军人事务局已荣获全省五连冠“双拥模范县”和全市“拥军优属模范单位”等殊荣。', ['全市拥军优属模范单位']],
    ['县卫健局助力全县荣获“国家卫生县”称号，本局被评为“市级文明单位”。', ['市级文明单位']],
    // A unit's own title ending in another head stays.
    ['县公安局荣获“全国优秀公安局”称号。', ['全国优秀公安局']],
  ])('%s', (text, titles) => {
    expect(analyse(text).honors.map((h) => h.title)).toEqual(titles);
  });
});

describe('a field or contest before a list item\'s quote names no giver: the list\'s lead is its level too', () => {
  it.each([
    ['近年来,该行先后荣获全省文明单位、金融服务竞赛“金算盘”、安全保卫先进单位等荣誉。', ['全省文明单位', '全省金融服务竞赛“金算盘”', '全省安全保卫先进单位']],
    ['学校先后获得全市文明校园、教学质量“优胜杯”、平安校园等称号。', ['全市文明校园', '全市教学质量“优胜杯”', '全市平安校园']],
    // A place or a body before the quote is the item's own giver: the lead stops there.
    ['村里先后获得全省美丽乡村、黔东南州“卫生村”等称号。', ['全省美丽乡村', '黔东南州“卫生村”']],
    ['支行先后获得全省文明单位、国家电网公司“优质服务窗口”等荣誉。', ['全省文明单位', '优质服务窗口']],
  ])('%s', (text, titles) => {
    expect(analyse(text).honors.map((h) => h.title)).toEqual(titles);
  });
});

describe('words of recent time between a name and its verb are no name', () => {
  it.each([
    ['近日,李明同志刚刚荣获“全省优秀共产党员”称号。', 'person:李明'],
    ['该行行长刘伟日前获得“全国五一劳动奖章”。', 'person:刘伟'],
    ['王丽老师去年被评为市级优秀教师。', 'person:王丽'],
    // A name ending in such a character keeps it.
    ['教师刘刚荣获市级优秀教师称号。', 'person:刘刚'],
  ])('%s', (text, recipient) => {
    expect(analyse(text).honors.map((h) => h.recipient)).toEqual([recipient]);
  });
});

describe('a named body\'s commendation every year, or by a notice, is one honor', () => {
  it.each([
    ['由于工作成绩突出,该所年年受到市公安局嘉奖。', '市公安局嘉奖', 'city'],
    ['学校受到了县教育局的通报表扬。', '县教育局通报表扬', 'county'],
    ['分行连年受到省银保监局通报嘉奖。', '省银保监局通报嘉奖', 'provincial'],
    ['医院每年都受到区卫健委的表彰。', '区卫健委表彰', 'county'],
  ])('%s', (text, title, level) => {
    expect(analyse(text).honors.map((h) => [h.title, h.level, h.recipient])).toEqual([[title, level, 'unit']]);
  });

  it.each(['我局多次受到上级表彰。', '该行多次受到市政府表彰。', '服务受到群众的一致表扬。'])('%s names none', (text) => {
    expect(analyse(text).honors).toEqual([]);
  });
});

describe('a list published in a clause after the body\'s act, the unit in it at the clause\'s end', () => {
  it.each([
    ['近日,国家粮食和物资储备局等五部委联合发文,公布了12家全国粮食安全宣传教育基地,某粮库入选。', '全国粮食安全宣传教育基地', '国家粮食和物资储备局等五部委'],
    ['3月31日,某市文明委召开第十七次全会,会议审议通过了2014届某市文明单位,某市妇联在列。', '某市文明单位', '某市文明委'],
    ['省农业农村厅下发通知,公布了首批省级美丽乡村示范村,我村入选。', '省级美丽乡村示范村', '省农业农村厅'],
    ['区文明委召开全体会议,会上审议通过了2020年度区级文明校园,实验小学在列。', '区级文明校园', '区文明委'],
  ])('%s', (text, title, awarder) => {
    expect(analyse(text).honors.map((h) => [h.title, h.awarder, h.recipient])).toEqual([[title, awarder, 'unit']]);
  });

  it('a unit that goes on to enter something names no list', () => {
    expect(analyse('市文明委召开全体会议,会上审议通过了2020年度区级文明校园,实验小学入选后继续创建。').honors).toEqual([]);
  });
});

describe('people counted after a recommendation go on from it: put forward by the unit, no honor of it', () => {
  it.each([
    '学校积极向上推荐优秀教师,推荐3人获评“市级骨干教师”,2人获评市级优秀班主任,4名青年教师荣获全市教学能手称号。',
    '县科协推荐优秀人才参评,5人获评“全省最美科技工作者”。',
  ])('%s', (text) => {
    expect(analyse(text).honors).toEqual([]);
  });

  it('without one, counted people still hold the title', () => {
    expect(analyse('支行开展志愿服务活动,5名职工获评全市优秀志愿者。').honors.map((h) => [h.title, h.recipient])).toEqual([['全市优秀志愿者', 'person']]);
  });
});

describe('a title the unit won or holds, qualifying what follows with 的', () => {
  it.each([
    ['巩固提高我校荣获“市级文明校园”的创建成果。', '市级文明校园'],
    ['进一步巩固我行荣获“全国文明单位”的各项成果。', '全国文明单位'],
    ['充分发挥我院作为全国文明单位的示范引领作用。', '全国文明单位'],
    ['该所作为省级青年文明号的带头作用得到发挥。', '省级青年文明号'],
  ])('%s', (text, title) => {
    expect(analyse(text).honors.map((h) => [h.title, h.recipient])).toEqual([[title, 'unit']]);
  });

  it.each([
    '大会表彰了获得“文明家庭”的农户。',
    '获评“巾帼文明岗”的集体将受到表彰。',
    '该局作为全市文明创建的牵头单位,统筹推进。',
    // What is kept is the campaigns' results, not the titles.
    '巩固提升省级文明单位和市级文明单位标兵创建成果,推动建设迈上新台阶。',
    '我行将巩固提高全国文明单位和省级青年文明号创建成果。',
  ])('%s names none', (text) => {
    expect(analyse(text).honors).toEqual([]);
  });
});

describe('the body of an awarding round\'s document named before the honor', () => {
  it.each([
    // A document the unit received: the body between the verb and 《.
    ['中心收到省文明委《关于表彰2020届省级文明城市、文明村镇、文明单位的决定》文件,中心被评为“省级文明单位”。', '省级文明单位', '省文明委'],
    ['支行接到市文明委《关于命名2021年度市级文明单位的通报》,我行被评为“市级文明单位”。', '市级文明单位', '市文明委'],
    // The level opening the document's list is each later title's; a working group or the member units of a committee are bodies.
    ['近日,全国精神文明建设工作领导小组印发《关于认定命名第五届全国文明城市、文明村镇、文明单位的决定》。县人民医院被授予“全国文明单位”称号。', '全国文明单位', '全国精神文明建设工作领导小组'],
    ['近日,团中央、交通运输部等20家活动组委会成员单位联合印发《关于命名第20届全国青年文明号的决定》,收费站荣获“全国青年文明号”称号。', '全国青年文明号', '团中央、交通运输部等20家活动组委会成员单位'],
    // A round commended, and the unit among its honorees: a federation's head office (总社) is a body.
    ['省人社厅和省供销合作总社联合表彰了全省供销合作社系统39个先进集体和120名先进个人,其中我县供销合作社荣获“全省供销合作社系统先进集体”。', '全省供销合作社系统先进集体', '省人社厅和省供销合作总社'],
  ])('%s', (text, title, awarder) => {
    expect(analyse(text).honors.map((h) => [h.title, h.awarder])).toEqual([[title, awarder]]);
  });

  it('a title of another place\'s rank in the report is not the round\'s', () => {
    const text = '中心收到省文明委《关于表彰2020届省级文明城市、文明村镇、文明标兵单位的决定》。中心2011年被评为“市级文明标兵单位”。';
    expect(analyse(text).honors.map((h) => [h.title, h.awarder])).toEqual([['市级文明标兵单位', null]]);
  });
});

describe('a person\'s honors listed after a colon under a figure of speech, and the deeds report naming the person after it', () => {
  it('names each title, and the person revealed (他就是…——name) holds them', () => {
    const text = '公路养护工人事迹材料\n他有许多耀眼的光环:全省交通系统先进个人;XX市优秀共产党员;XX市公路局技术能手。他有许多感人的故事。他就是XX公路站养护工——周建民。';
    expect(analyse(text).honors.map((h) => [h.title, h.recipient])).toEqual([
      ['全省交通系统先进个人', 'person:周建民'],
      ['XX市优秀共产党员', 'person:周建民'],
      ['XX市公路局技术能手', 'person:周建民'],
    ]);
  });

  it.each([
    ['中学教师事迹材料\n她头上有许多桂冠:全省优秀教师;市级骨干教师。她就是我校语文教研组长王丽华同志。', 'person:王丽华'],
    // Without a deeds report's reveal, the titles are still a person's.
    ['她有许多头衔:全省优秀教师;市级骨干教师。', 'person'],
  ])('%s', (text, recipient) => {
    expect(analyse(text).honors.map((h) => h.recipient)).toEqual([recipient, recipient]);
  });

  it('a unit\'s titles under such a label stay the unit\'s', () => {
    expect(analyse('这家支行戴着许多桂冠:全国文明单位、全省青年文明号。').honors.map((h) => [h.title, h.recipient])).toEqual([['全国文明单位', 'unit'], ['全省青年文明号', 'unit']]);
  });
});

describe('a contest names the prize won in it: single awards, and a level-led contest before a quoted title', () => {
  it.each([
    ['参加了第三届全省气象短视频创作大赛(南部赛区),荣获三等奖和最佳画面奖。', ['全省气象短视频创作大赛(南部赛区)三等奖', '全省气象短视频创作大赛(南部赛区)最佳画面奖']],
    ['学校选送的节目在全市中小学文艺汇演中获得二等奖和最佳创意奖。', ['全市中小学文艺汇演二等奖', '全市中小学文艺汇演最佳创意奖']],
    ['该支局荣获全市邮政营业服务规范达标活动“十佳营业窗口”。', ['全市邮政营业服务规范达标活动十佳营业窗口']],
    ['医院荣获全省卫生系统优质服务竞赛活动“群众满意窗口”称号。', ['全省卫生系统优质服务竞赛活动群众满意窗口']],
    // Long words before a quote that are no level-led contest stay out of the title.
    ['该所荣获全省公安机关深入推进执法规范化建设“示范单位”称号。', ['示范单位']],
  ])('%s', (text, titles) => {
    expect(analyse(text).honors.map((h) => h.title)).toEqual(titles);
  });
});

describe('a clause with no subject of its own, or only a streak (连续十年), takes the person whose bare name opens the sentence', () => {
  it.each([
    ['30年来,赵明多次被县委评为“优秀共产党员”,从2010年开始,连续十年被县司法局评为“优秀公务员”。', ['person:赵明', 'person:赵明']],
    ['李华多次被评为“优秀教师”,连续三年被县教育局评为“优秀班主任”。', ['person:李华', 'person:李华']],
    // A unit's name is no person's, though it opens with a surname's character.
    ['景区先后被评为“省级文明景区”,连续三年被评为“优秀单位”。', ['unit', 'unit']],
  ])('%s', (text, recipients) => {
    expect(analyse(text).honors.map((h) => h.recipient)).toEqual(recipients);
  });
});

describe('a title named as the example of honors counted after 等 (…等区先进50余个, 等市级表彰20余次)', () => {
  it.each([
    ['社区获区综合治理工作先进单位等区先进50余个。', ['区综合治理工作先进单位']],
    ['学校荣获全市平安校园等市级表彰20余次。', ['全市平安校园']],
    ['支行获省级青年文明号等各类奖励30多项。', ['省级青年文明号']],
    // A field of work before 等 is no title.
    ['社区获市计划生育工作等市级荣誉30余个。', []],
  ])('%s', (text, titles) => {
    expect(analyse(text).honors.map((h) => h.title)).toEqual(titles);
  });
});

describe('a prize won at a stage of a contest (在…大赛的决赛中) is the contest\'s', () => {
  it.each([
    ['9月7日,在首届全国港口行业青年志愿服务项目大赛的决赛中,公司参赛的“爱心驿站”助困志愿服务项目荣获银奖。', '全国港口行业青年志愿服务项目大赛银奖'],
    ['在第五届全省青年创新创业大赛决赛中,学校选送的项目获得二等奖。', '全省青年创新创业大赛二等奖'],
    ['在全市银行业服务技能比赛的复赛上,支行代表队的节目获得三等奖。', '全市银行业服务技能比赛三等奖'],
  ])('%s', (text, title) => {
    expect(analyse(text).honors.map((h) => h.title)).toEqual([title]);
  });
});

describe('a passive clause closed by a title word gives the titles, whatever its verb', () => {
  it.each([
    ['近年来,供电所先后被予“市级安全生产先进单位”、“优质服务窗口”等荣誉称号。', [
      { title: '市级安全生产先进单位', awarder: null, level: 'city', year: null, recipient: 'unit' },
      { title: '优质服务窗口', awarder: null, level: 'unknown', year: null, recipient: 'unit' },
    ]],
    ['2021年5月,护士长王秀英同志被市总工会授命为“巾帼建功标兵”荣誉称号。', [
      { title: '巾帼建功标兵', awarder: '市总工会', level: 'city', year: '2021', recipient: 'person:王秀英' },
    ]],
    ['去年,中学团委被团县委授以“五四红旗团委”光荣称号。', [
      { title: '五四红旗团委', awarder: '团县委', level: 'county', year: null, recipient: 'unit' },
    ]],
  ])('%s', (text, honors) => {
    expect(honorsOf(text)).toEqual(honors);
  });

  it.each([
    // A nomination, a name given by others and a title taken away give none.
    ['社区有5户家庭被推荐为“最美家庭”“文明家庭”等称号。'],
    ['老李被群众亲切地称为“活雷锋”称号。'],
    ['该店因违规经营被取消“诚信经营示范店”称号。'],
  ])('none in %s', (text) => {
    expect(honorsOf(text)).toEqual([]);
  });
});

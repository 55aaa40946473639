import { describe, expect, it } from 'vitest';
import { lineBlocks } from '../../src/ingest/text-lines.js';
import { normalize } from '../../src/normalize/index.js';
import { analyzeStructure, isChrome } from '../../src/structure/index.js';

const structureOf = (text: string) => analyzeStructure(text, normalize(text), lineBlocks(text));
const headingsOf = (text: string) => structureOf(text).headings.map((h) => [h.level, h.style, h.text]);

const BODY = '这一段是正文，内容较长，用来说明这一部分的具体做法和取得的成效。';

describe('headings', () => {
  it('finds numbered headings in every form and gives levels by the order their styles appear', () => {
    const text = ['某局2023年工作总结', '一、加强组织领导', '（一）健全机构', BODY, '⑴明确分工', BODY, '1.完善考核办法', BODY, '(二)落实责任', BODY, '二、强化理论武装', BODY].join('\n');
    expect(headingsOf(text)).toEqual([
      [1, 'cn-dun', '一、加强组织领导'],
      [2, 'cn-paren', '（一）健全机构'],
      [3, 'arabic-paren', '⑴明确分工'],
      [4, 'arabic-dot', '1.完善考核办法'],
      [2, 'cn-paren', '(二)落实责任'],
      [1, 'cn-dun', '二、强化理论武装'],
    ]);
  });

  it('takes the first sentence of a numbered paragraph as its heading and leaves long numbered sentences alone', () => {
    const text = ['标题', '⒈开展学习教育，不断提高综合素质。坚持每周四组织集中学习，学政治理论与业务知识。', '1.全年共开展各类志愿服务活动四十二次，参与人数达到一千二百余人次，受到群众的广泛好评和上级肯定'].join('\n');
    expect(headingsOf(text)).toEqual([[1, 'arabic-dot', '⒈开展学习教育，不断提高综合素质。']]);
  });

  it('takes a short line ending in a colon as a heading over numbered items, not over prose', () => {
    const over = ['某所工会年终工作总结', BODY, '明年工会工作打算：', '一、开展职工读书活动，建设书香机关。', BODY].join('\n');
    expect(headingsOf(over).map((h) => h[2])).toEqual(['明年工会工作打算：', '一、开展职工读书活动，建设书香机关。']);
    const prose = ['某所工会年终工作总结', BODY, '明年工会工作打算：', '开展职工读书活动，建设书香机关，组织职工运动会，丰富职工的业余文化生活。'].join('\n');
    expect(headingsOf(prose)).toEqual([]);
  });

  it('takes a longer first phrase as the heading of a numbered item right after its sibling heading', () => {
    const text = ['标题', '1、加大创城宣传力度。物业在楼道和电梯里贴出创城海报，提醒业主文明出行。', '2、各居民小区全面开展楼道杂物集中清理工作，对服务区域进行绿化补植和垃圾清运，全年清运垃圾1200车。'].join('\n');
    expect(headingsOf(text).map((h) => h[2])).toEqual(['1、加大创城宣传力度。', '2、各居民小区全面开展楼道杂物集中清理工作']);
    const alone = ['标题', '2、各居民小区全面开展楼道杂物集中清理工作，对服务区域进行绿化补植和垃圾清运，全年清运垃圾1200车。'].join('\n');
    expect(headingsOf(alone)).toEqual([]);
  });

  it('finds run-in heads that open parallel paragraphs', () => {
    const text = ['标题', '抓政治理论教育。每周组织学习，提高干部职工的理论水平和政治素质。', '抓职业道德教育。开展职业道德讲座，树立爱岗敬业的良好风气。'].join('\n');
    expect(headingsOf(text).map((h) => h[2])).toEqual(['抓政治理论教育。', '抓职业道德教育。']);
  });

  it('cuts a short flattened line at headings that a lead-in colon opens and full stops close, not at a listed enumeration', () => {
    expect(headingsOf(['某镇文化院坝建设自查报告', '根据县委宣传部的自查要求，现报告如下：一、资金情况。我镇整合项目资金，总投入资金10万元，专款专用。二、建设情况。院坝已建成并投入使用。'].join('\n')).map((h) => h[2])).toEqual(['一、资金情况。', '二、建设情况。']);
    expect(headingsOf(['标题', '存在的不足主要有：一、学习不够深入；二、宣传形式单一；三、档案不规范。'].join('\n'))).toEqual([]);
  });

  it('cuts a flattened line at the sub-headings (一)(二) of its parts, counting again under each part', () => {
    const hospital = ['某县人民医院文明单位创建工作总结', `今年以来，我院在县卫健局的领导下扎实推进创建工作。${BODY}${BODY}一、基本情况：我院现有职工320人。${BODY}二、主要做法：（一）加强理论学习，筑牢思想根基。${BODY}（二）弘扬职业道德，树立良好医风。${BODY}三、存在不足：（一）宣传还不够深入。${BODY}（二）档案管理不够规范。${BODY}`].join('\n');
    expect(headingsOf(hospital).map((h) => h[2])).toEqual(['一、基本情况：', '二、主要做法：', '（一）加强理论学习，筑牢思想根基。', '（二）弘扬职业道德，树立良好医风。', '三、存在不足：', '（一）宣传还不够深入。', '（二）档案管理不够规范。']);
    const tax = ['某税务分局2022年精神文明建设工作总结', `2022年，分局坚持把文明创建与税收工作同步推进。${BODY}${BODY}${BODY} （一）完善规章制度，强化责任落实。${BODY}${BODY} （二）优化纳税服务，打造文明窗口。${BODY} （三）开展志愿服务，践行社会责任。${BODY}`].join('\n');
    expect(headingsOf(tax).map((h) => h[2])).toEqual(['（一）完善规章制度，强化责任落实。', '（二）优化纳税服务，打造文明窗口。', '（三）开展志愿服务，践行社会责任。']);
    const school = ['某中学创建文明校园工作汇报', `近年来，我校以立德树人为根本任务。${BODY.repeat(5)}主要工作如下：(一)抓好师德师风建设。${BODY}(二)丰富校园文化生活。${BODY}${BODY}`].join('\n');
    expect(headingsOf(school).map((h) => h[2])).toEqual(['(一)抓好师德师风建设。', '(二)丰富校园文化生活。']);
    // A lone (一) after a part's lead-in colon opens its sub-headings (a page cut before its (二)).
    const cut = ['某殡仪馆文明创建工作汇报', `今年以来，本馆在主管局的领导下扎实推进殡改工作。${BODY.repeat(4)}一、主要做法： （一）强化学习教育，完善规章制度。${BODY.repeat(4)}`].join('\n');
    expect(headingsOf(cut).map((h) => h[2])).toEqual(['一、主要做法：', '（一）强化学习教育，完善规章制度。']);
    // Labels inside a sentence (包括(一)…、(二)…) and a lone (一) after a sentence end open no parts.
    expect(headingsOf(['某站工作总结', `今年我站的重点工作包括(一)设备检修、(二)安全巡查和(三)站容整治，${BODY.repeat(9)}`].join('\n'))).toEqual([]);
    expect(headingsOf(['某站工作总结', `今年我站按照上级要求完成了各项任务。${BODY.repeat(6)}（一）设备检修按时完成。${BODY.repeat(3)}`].join('\n'))).toEqual([]);
  });

  it('cuts a heading run into the end of a paragraph when the next line opens with the next number', () => {
    const text = ['某院工作总结', '今年以来，院领导高度重视文明建设，创建工作取得了显著成效。2、文体活动有声有色。我院开展了元旦联欢和棋类比赛等活动。', '3、献爱心活动有据可循。职工自发捐赠衣物200余件。'].join('\n');
    expect(headingsOf(text).map((h) => h[2])).toEqual(['2、文体活动有声有色。', '3、献爱心活动有据可循。']);
    expect(headingsOf(['某院工作总结', '全年接待群众2万人次。2、3月份开展了义诊活动。', '4、做好安全工作。加强值班值守。'].join('\n')).map((h) => h[2])).toEqual(['4、做好安全工作。']);
  });

  it('reads 一是…二是… inside a paragraph as items, not headings', () => {
    expect(headingsOf(['标题', '存在的不足：一是学习不够深入；二是宣传形式单一；三是档案不规范。'].join('\n'))).toEqual([]);
  });

  it.each([
    [['一、加强领导', BODY, '二、理论学习', BODY, '四、志愿服务', BODY], 'structure/numbering-gap', '四、志愿服务'],
    [['二、加强领导', BODY, '三、理论学习', BODY], 'structure/numbering-start', '二、加强领导'],
    [['一、加强领导', BODY, '二、理论学习', BODY, '一、志愿服务', BODY], 'structure/numbering-restart', '一、志愿服务'],
  ])('flags numbering problems: %j', (lines, ruleId, text) => {
    const findings = structureOf(['标题', ...lines].join('\n')).findings.filter((f) => f.ruleId.startsWith('structure/numbering'));
    expect(findings.map((f) => [f.ruleId, f.text])).toEqual([[ruleId, text]]);
  });

  it('gives each heading its section: up to the next heading of the same or a higher level', () => {
    const text = ['标题', '一、甲', '（一）乙', BODY, '二、丙', BODY].join('\n');
    const [first, second] = structureOf(text).headings;
    expect(text.slice(first!.section.start, first!.section.end)).toBe(['一、甲', '（一）乙', BODY].join('\n'));
    expect(text.slice(second!.section.start, second!.section.end)).toBe(['（一）乙', BODY].join('\n'));
  });
});

describe('metadata', () => {
  it.each([
    ['东川市税务局2023年度文明单位创建工作总结', 'summary', '东川市税务局', '2023年度'],
    ['西河区人民医院创建市级文明单位工作汇报', 'summary', '西河区人民医院', '近两年来'],
    ['红星中学2022—2023学年度文明校园创建工作方案', 'plan', '红星中学', '2022—2023学年度'],
    ['关于开展文明单位测评工作的通知', 'notice', null, '近两年来'],
    ['乡镇文明城市工作汇报', 'summary', null, '近两年来'],
    ['和谐乡镇申报材料', 'other', null, '近两年来'],
    ['某镇争创省级文明镇材料', 'other', null, '近两年来'],
    ['某小学推荐市级文明校园材料', 'other', null, '近两年来'],
    ['某局申报市级文明单位工作汇报材料', 'summary', null, '近两年来'],
    ['2023年个人述职报告', 'personal', null, '2023年'],
    ['文明单位创建工作自查报告(县档案馆)', 'summary', '县档案馆', '近两年来'],
    ['青石镇人民政府2023年文明创建工作汇报', 'summary', '青石镇人民政府', '2023年'],
    ['创建省级文明单位实施方案（试行）', 'plan', null, '近两年来'],
  ])('%s', (title, genre, unit, period) => {
    const s = structureOf([title, '近两年来，我们认真开展创建工作，取得了明显成效。'].join('\n'));
    expect(s.title?.text).toBe(title);
    expect(s.genre).toBe(genre);
    expect(s.unit?.text ?? null).toBe(unit);
    expect(s.period?.text ?? null).toBe(period);
  });

  it('takes the unit from the signature when the title names none', () => {
    const s = structureOf(['文明单位创建工作总结', BODY, '临江县交通运输局', '2023年12月20日'].join('\n'));
    expect(s.unit?.text).toBe('临江县交通运输局');
  });

  it('takes no title from a short line above the text that shares no words with it', () => {
    // A site's member link, a newspaper's page guide, reporters' names: no pair of their characters recurs below.
    const LONG = Array(8).fill(BODY).join('\n');
    const news = ['会员中心', '市气象局开展防灾减灾宣传进社区活动', '5月12日上午，市气象局组织干部职工走进东湖社区，开展防灾减灾宣传活动，向居民讲解气象预警信号。', LONG].join('\n');
    expect(structureOf(news).title?.text).toBe('市气象局开展防灾减灾宣传进社区活动');
    const guide = ['本版导读', '县医院志愿服务队走进养老院', '县医院志愿服务队近日走进城南养老院，为老人量血压、讲健康知识。', LONG].join('\n');
    expect(structureOf(guide).title?.text).toBe('县医院志愿服务队走进养老院');
    const names = ['王建国 刘晓梅 陈立新', '近年来，某某加油站坚持以客户为中心，不断提升服务水平，多次受到上级表彰。', LONG].join('\n');
    expect(structureOf(names).title).toBeNull();
    // A title naming its genre stays though its words do not recur (the body never repeats 事迹材料).
    const deeds = ['优秀护士长先进事迹材料', '她从事护理工作二十年，始终把病人的冷暖放在心上，带领科室护士钻研业务。', LONG].join('\n');
    expect(structureOf(deeds).title?.text).toBe('优秀护士长先进事迹材料');
    // A headline sharing the text's words is the title, however short.
    const short = ['税务所里的暖心事', '城关税务所把暖心服务做在细处，所里的年轻人主动帮老人填报申报表。', LONG].join('\n');
    expect(structureOf(short).title?.text).toBe('税务所里的暖心事');
    // Over a few lines of text, words it does not share tell nothing: the line stays the title.
    expect(structureOf(['会员中心', BODY].join('\n')).title?.text).toBe('会员中心');
  });

  it("leaves a site's mark of a cut headline out of the title", () => {
    expect(structureOf(['县图书馆开展全民阅读志愿服务活动 ...', '近日，县图书馆组织志愿者走进乡镇中小学，开展全民阅读推广活动。', BODY].join('\n')).title?.text).toBe('县图书馆开展全民阅读志愿服务活动');
  });

  it("takes the unit named as the subject of a news item's first sentence after its date or a lead word", () => {
    expect(structureOf(['法律咨询进万家', '3月5日，平安县人民法院组织青年干警走进社区，开展法律咨询活动。', BODY].join('\n')).unit?.text).toBe('平安县人民法院');
    expect(structureOf(['文明创建再上新台阶', '近日，东港市审计局召开文明单位创建推进会，部署下一阶段工作。', BODY].join('\n')).unit?.text).toBe('东港市审计局');
    // The unit may come in the second paragraph, after an editor's lead.
    expect(structureOf(['窗口服务暖人心', '编者按：窗口是群众感受服务的第一站，今天我们走进一个基层窗口。', '日前，城西区医疗保障局荣获省级青年文明号称号。', BODY].join('\n')).unit?.text).toBe('城西区医疗保障局');
    // 该大队 names a unit named before: no name of its own.
    expect(structureOf(['文明创建再上新台阶', '近日，该大队召开文明单位创建推进会，部署下一阶段工作。', BODY].join('\n')).unit).toBeNull();
  });

  it("cuts a title's unit back to the name the text below it uses, when the whole never recurs", () => {
    const run = ['城南区图书馆升级为国家一级馆', '近日，经文化和旅游部评估，城南区图书馆升级为国家一级图书馆。城南区图书馆将以此为新起点，提升服务。', BODY].join('\n');
    expect(structureOf(run).unit?.text).toBe('城南区图书馆');
    const visit = ['东湖街道办事处到清河村开展结对共建', '东湖街道办事处组织党员干部走进清河村，开展环境整治志愿服务。', BODY].join('\n');
    expect(structureOf(visit).unit?.text).toBe('东湖街道办事处');
    // A name the text repeats whole stays whole.
    const whole = ['北林区林业局荣获省级文明单位称号', '近日，北林区林业局荣获省级文明单位称号，北林区林业局全体干部职工深受鼓舞。', BODY].join('\n');
    expect(structureOf(whole).unit?.text).toBe('北林区林业局');
  });

  it('takes the unit named as the subject of the first sentence when title and signature name none', () => {
    expect(structureOf(['文明单位创建工作总结', '今年以来，县档案馆按照县文明委的部署，扎实开展创建工作。', BODY].join('\n')).unit?.text).toBe('县档案馆');
    expect(structureOf(['创建工作汇报', '某市政务服务中心2016年正式成立，是市政府的派出机构，内设四个科室。', BODY].join('\n')).unit?.text).toBe('某市政务服务中心');
    expect(structureOf(['文明单位创建工作总结', '今年以来，我局按照县文明委的部署，扎实开展创建工作。', BODY].join('\n')).unit).toBeNull();
    expect(structureOf(['文明单位创建工作总结', '近年来，在县委的正确领导下，全局上下扎实开展创建工作。', BODY].join('\n')).unit).toBeNull();
  });

  it('takes a name opening a clause or a title, whatever word follows it, when the text names it again', () => {
    // The word after the name is none the opening reader knows (以, 把, 因, 到, 多): the name's recurrence says it.
    const byFocus = ['近年来,江北县统计局以创建省级文明单位为抓手,扎实推进各项工作。', '江北县统计局还把志愿服务作为创建的重要内容。', BODY].join('\n');
    expect(structureOf(byFocus).unit?.text).toBe('江北县统计局');
    const headline = ['东川日报社到青石社区捐赠图书800余册', '1月10日,东川日报社党委书记带领职工一行来到青石社区,开展图书捐赠活动。', BODY].join('\n');
    expect(structureOf(headline).unit?.text).toBe('东川日报社');
    const twice = ['防震减灾宣传走进千家万户', '(通讯员 李明)12月5日,在全市创建工作推进会上,南湖区地震局因工作成绩突出受到表彰。', '去年以来,南湖区地震局会同各街道开展宣传活动20余场。', BODY].join('\n');
    expect(structureOf(twice).unit?.text).toBe('南湖区地震局');
    // Named once only, followed by a word the opening reader does not know: no unit.
    expect(structureOf(['文明单位创建工作总结', '近年来,江北县统计局以创建省级文明单位为抓手,扎实推进各项工作。', BODY].join('\n')).unit).toBeNull();
    // A meeting, a kind of unit or a person's post is no name, however often it comes.
    const meeting = ['创建工作汇报', '汇报会上,检查组听取了创建情况介绍。', '汇报会结束后,检查组查看了创建台账。', BODY].join('\n');
    expect(structureOf(meeting).unit).toBeNull();
    // A passive's agent is no part of the name (医院被县委…), and a title opening with 关于 names a topic, not a unit.
    const passive = ['喜报', '医院被县委、县政府评为先进单位。', '医院被县委表彰后，全院职工深受鼓舞。', BODY].join('\n');
    expect(structureOf(passive).unit?.text).not.toBe('医院被县委');
    const topic = ['关于第二届文明村镇创建成果总结材料', '以下是关于第二届文明村镇创建成果总结材料的全文。', BODY].join('\n');
    expect(structureOf(topic).unit).toBeNull();
  });

  it('gives the unit in the fullest form the text writes it', () => {
    // Found as 区民政局 (a clause's subject), written 鹤岭区民政局 elsewhere, twice.
    const short = ['考核验收工作顺利完成', '1月9日,市文明办一行5人对鹤岭区民政局的创建工作进行考核验收。', '区民政局副局长代表局党组作了汇报,区民政局高度重视创建工作。', '考核组充分肯定了鹤岭区民政局的创建工作。', BODY].join('\n');
    expect(structureOf(short).unit?.text).toBe('鹤岭区民政局');
    // 我市 is the writer's city, no part of the name.
    const ours = ['企业文明创建纪实', '近年来,我市青禾集团坚持把文明创建融入企业发展。', '青禾集团高度重视职工素质提升,青禾集团还组建了志愿服务队。', BODY].join('\n');
    expect(structureOf(ours).unit?.text).toBe('青禾集团');
  });

  it('tells a compilation page by its essay markers', () => {
    const text = ['单位工作总结范文3篇', '篇1', BODY, '篇2', BODY, '篇3', BODY].join('\n');
    const s = structureOf(text);
    expect(s.essays.map((e) => text.slice(e.start, e.end).split('\n')[0])).toEqual(['篇1', '篇2', '篇3']);
    expect(s.findings.map((f) => f.ruleId)).toContain('structure/compilation');
    expect(structureOf(['工作总结', BODY].join('\n')).essays).toEqual([]);
  });
});

describe('genre from title and body', () => {
  const FIRST_PERSON = '一年来，我认真学习业务知识，我坚持每天记录工作日志，我主动承担急难任务，我积极参加志愿服务，我按时完成各项工作，我虚心向同事请教，本人也存在不足，我将继续努力。';
  it.each([
    ['a compilation title over a personal essay', ['窗口服务工作汇报篇8', FIRST_PERSON], 'personal'],
    ['a compilation title over a notice to the units', ['创建工作汇报篇3', '各科室、各部门：', '为做好文明单位复查工作，现将有关事项通知如下。'], 'notice'],
    ['a summary citing a notice in its opening', ['2023年文明创建工作情况总结', '根据《关于印发〈文明单位创建实施方案〉的通知》要求，我局扎实开展创建工作，现将情况总结如下。'], 'summary'],
    ['a plan addressed to the units', ['创建文明单位实施方案', '各股室、二级单位：', '为切实做好创建工作，制定本方案。'], 'plan'],
    ['a unit line above the title', ['临河县市场监督管理局', '2024年创建省级文明单位工作方案', '为深入推进精神文明建设，根据县文明委的通知要求，制定本方案。'], 'plan'],
    ['a page flattened into one line', ['小学创建文明校园工作总结近年来，在上级的正确领导下，我校制定了创建工作计划，取得了明显成效，各项工作稳步推进，得到了社会的好评。'], 'summary'],
    ['a notice printing a plan, flattened', ['某某小学创建文明城市工作实施方案某发〔2021〕3号关于印发《文明城市创建实施方案》的通知机关各科室,各直属单位:为切实做好创建工作，现印发给你们，请认真贯彻执行。'], 'notice'],
    ['a news item', ['近日，市供电公司把创建工作与主责主业结合起来，成立了领导小组，制定工作方案，推动各项工作落实。'], 'other'],
    ['a 小结', ['某某社区创建文明城市第二阶段工作小结', '今年以来，社区围绕创建目标，扎实推进各项工作。'], 'summary'],
    ['a site\'s personal-summary title over a unit\'s own report', ['文明创建个人工作总结', '我局是县政府的组成部门。一年来，我们把创建工作摆上重要位置，现将我局创建工作情况汇报如下。', '一、加强领导', '我局成立了创建领导小组。'], 'summary'],
    ['a personal-summary title over one person\'s words stays personal', ['文明创建个人工作总结', '一年来，我在局里负责创建工作，我认真学习，我按时完成任务，我们科室也很支持我。', '一、加强学习', '我坚持每天学习一小时，我写了心得体会八篇。'], 'personal'],
    ['a unit\'s collective 述职报告, no one person speaking', ['乡综合文化站年度述职报告', '一年来，文化站在乡党委的领导下，组织文艺演出8场，现将工作情况总结如下。', '一、加强阵地建设', '我站新建农家书屋3个。'], 'summary'],
    ['a 述职报告 where one person speaks', ['文化站站长年度述职报告', '本人任站长以来，我认真履行职责，我坚持学习，我带头下乡，我组织演出8场。', '一、加强学习', '我参加培训2次，我撰写心得3篇，我深入村组调研，我严格要求自己。'], 'personal'],
    ['a work report with numbered parts and no title', ['根据县委的工作部署，我镇扎实推进美丽乡村建设，现将进展情况报告如下。', '1.道路硬化。完成了主干道硬化8000平方米。', '2.村容整治。清理垃圾120车。'], 'summary'],
    ['a news item with numbered parts', ['本报讯 近日，某某银行扎实推进文明创建。', '1.强化组织领导。成立了领导小组。', '2.开展志愿服务。组织志愿者服务60人次。'], 'other'],
    ['a plan opening with its aims, no title', ['为深入推进平安建设，结合我所实际，制定如下措施。', '一、工作目标', '全年辖区刑事案件下降10%。', '二、主要措施', '强化巡逻防控。'], 'plan'],
    ['a newsman\'s own year report (新闻 names his trade, not a news item)', ['新闻工作者年终工作汇报', '这一年，我跑遍了全县的乡镇，我写稿两百多篇，我学会了拍摄和剪辑，我也常常熬夜改稿，我感谢编辑部的同事，我会继续努力，我不忘初心，我会写好每一篇稿子。'], 'personal'],
    ['a news headline page stays other', ['图片新闻', '近日，某县科协组织志愿者走进社区开展科普宣传活动。'], 'other'],
    ['a journal article on a report-like title', ['来自企业文明创建实践的报告', '作者单位：某市经济委员会', '摘 要：本文总结了企业开展创建活动的做法。'], 'other'],
    ['a page with no title that speaks as the unit and looks back over three years', ['某县自来水公司是县属国有供水企业，始建于1958年，担负着县城及周边四个乡镇的供水任务。2016年，我公司荣获省级文明单位称号。三年来，我公司按照创建标准巩固成果，我公司干部职工踊跃参加志愿服务，我公司还与两个村结对帮扶。'], 'summary'],
    ['an article about a unit with no look back stays other', ['为迎接省级文明单位复查，我院开展了环境卫生大扫除。我院职工分组清理了院内杂物，我院还对病区进行了消杀。'], 'other'],
    ['a page cut out of a report, speaking as the unit', ['的浓厚氛围；7月份我们组织开展了“十星级文明农户”评选，我镇坚持标准不降、群众广泛参与。', '我镇还投入资金建成村级文化广场，我们将继续推进乡风文明建设。'], 'summary'],
    ['news naming the unit 该院, with parallel run-in heads', ['2014年新春伊始，某县法院被省委、省政府授予“省级文明单位”称号，标志着该院的精神文明建设又上了新台阶。', '加强组织领导，狠抓创建落实。院党组把创建工作列入重要议事日程，成立了领导小组。', '采取多样举措，注重创建实效。院里开展了丰富多彩的文体活动和志愿服务。'], 'other'],
    ['a notice to 学院各单位', ['学院各单位：', '根据创建工作安排，现将上半年自查有关要求通知如下：', '1.请各单位于6月26日前报送自查报告。'], 'notice'],
    ['a news headline on an inspection', ['院领导带队检查我院精神文明单位建设情况', '3月3日上午，院长带队检查了各部门的文明氛围营造和窗口服务工作。'], 'other'],
    ['a breadcrumb and a compilation count around the title', ['某某范文站', '位置:首页 > 公文 > 精神文明建设', '一季度精神文明创建总结【精彩多篇】', '创建工作自查报告 篇一', '一、领导重视，安排部署到位'], 'summary'],
    ['a deeds material', ['湖山区消防救援大队申报市级文明单位事迹材料', '湖山区消防救援大队组建于2019年，担负着全区的灭火救援任务。', '一、锻造忠诚队伍', '大队坚持政治建队。', '二、服务人民群众', '大队开展消防宣传进社区。'], 'other'],
    ['an application report that calls itself deeds in brackets', ['某局申请县级文明单位的报告(事迹材料)', '近年来，我局扎实开展创建工作，取得了明显成效。'], 'summary'],
    ['a news item whose headline names a meeting held', ['市工商联执委会议召开', '某公司获“文明车间”荣誉', '8月21日，市工商联执委会议召开。会上，某公司被授予“文明车间”称号。', '一、会议内容', '会议听取了工作报告。', '二、表彰决定', '会议表彰了先进单位。'], 'other'],
    ['news with a byline under a summary-like headline', ['某县图书馆文明创建工作情况', '本报讯（记者 何某）日前，某县图书馆获评全国文明单位。', '近年来，该馆坚持公益服务。'], 'other'],
    ['a feature with a subtitle', ['文明创建集中宣传系列报道', '与文明同行', '——某公司创建全国文明单位纪实', '一、回望成长足迹', '公司成立至今始终秉承企业核心价值观。', '二、建机制抓载体', '公司建立了创建工作机制。'], 'other'],
    ['a volunteer\'s deeds written in the first person', ['创卫志愿者事迹材料', '一年来，我利用业余时间参加志愿服务，我到社区发放宣传册，我清理卫生死角，我劝导不文明行为，我还带动家人参加，我从中收获了快乐，本人也得到了锻炼，我将继续坚持。'], 'other'],
    ['a summary coupled with a plan', ['某局2023年文明创建工作总结及2024年工作计划', '2023年，我局扎实开展文明创建工作，取得了明显成效。'], 'summary'],
    ['a report on a plan\'s execution', ['某局创建工作实施方案执行情况汇报', '今年以来，我局按照实施方案扎实开展创建工作。'], 'summary'],
    ['a personal plan', ['2024年个人工作计划', '新的一年，我将继续努力学习。'], 'plan'],
    ['a personal summary with next year\'s plan', ['2023年个人工作总结及2024年工作计划', '2023年，我在科室领导下认真完成各项工作。'], 'personal'],
    ['a short summary of one post, 我 three times at a person\'s share', ['收银员年度工作总结', '2024年，作为一名超市收银员，我始终把顾客满意放在首位，努力做好收银、对账和礼貌服务。这一年里，收银台前排过长队，也遇到过找零出错的顾客，我都耐心解释、及时更正。全年收银差错率控制在万分之一以内，顾客表扬信收到6封。', '一、业务方面', '严格执行收银操作规范，每班交接前核对现金与票据，做到日清日结，未发生一起长短款。', '二、服务方面', '坚持微笑服务，主动为老人和带孩子的顾客提供帮助，节假日高峰时段主动加班。', '三、不足与打算', '新的一年，我将继续学习业务知识，提高工作效率，为超市的文明创建尽一份力，也请领导和同事们多提宝贵意见，我会虚心接受。'], 'personal'],
    ['a short report in the voice of 我街道 stays a unit\'s', ['街道文明创建工作汇报', '今年以来，我街道把文明创建作为民生工程，我街道共组织志愿服务活动36场。', '一、加强领导', '我街道成立了创建领导小组，街道主任任组长，每月召开一次推进会。', '二、整治环境', '我街道清理卫生死角120处，新建垃圾分类亭15座，我街道还开展了文明楼院评选。'], 'summary'],
    ['a speech with numbered parts', ['局长在全局文明创建推进会上的讲话', '同志们：今天召开这次会议，主要是部署创建工作。', '一、提高认识', '创建工作意义重大。', '二、明确任务', '要抓好各项工作落实。'], 'other'],
    ['an application form', ['2024年度市级文明单位申报表', '单位名称：某某局', '一、单位基本情况', '现有职工80人。', '二、创建工作情况', '近年来扎实开展创建工作。'], 'other'],
    ['a headline on a visit that heard a report', ['市领导听取我局文明创建工作汇报', '3月5日上午，副市长一行来到我局，听取了创建工作汇报，实地查看了办事大厅。'], 'other'],
    ['a work plan titled 思路', ['某局2024年文明创建工作思路', '2024年，我局将继续深化文明创建，重点做好以下工作。'], 'plan'],
    ['a summary that names its correspondents', ['某局2023年宣传工作总结', '一年来，我局组建了一支宣传队伍（通讯员队伍建设纳入考核），全年投稿120篇。', '一、加强队伍建设', '培训通讯员30人次。', '二、拓宽宣传渠道', '开通了微信公众号。'], 'summary'],
    ['reflections on a deeds report meeting', ['观看先进事迹报告会心得体会', '通过观看报告会，我深受教育。我要向先进人物学习，我将立足岗位，我会努力工作，我更加坚定了信念，我认识到差距，我会改进，我一定做好。'], 'personal'],
    ['a decision on awards', ['关于表彰2023年度文明科室的决定', '各科室：', '一年来，各科室积极参与创建，涌现出一批先进。', '一、表彰名单', '办公室等5个科室。', '二、希望和要求', '受表彰的科室要再接再厉。'], 'notice'],
    ['a list put up for comment', ['2023年度市级文明单位拟推荐名单公示', '经各单位申报、综合考评，拟推荐以下单位为市级文明单位，现予公示。', '一、拟推荐单位', '市税务局等10个单位。', '二、公示时间', '5个工作日。'], 'other'],
    ['a rule sheet', ['为激励社区志愿者奉献爱心，特研究制定本制度。', '一、基本条件', '正式加入志愿者3个月以上。', '二、评定细则', '参与时间为10小时，为一星志愿者。'], 'other'],
    ['a red-header notice', ['某委党委办公室文件', '某党办宣传〔2009〕33号', '关于推荐2009年度文明单位的通知', '在京各企业党委：', '为做好推荐工作，现将有关事项通知如下：'], 'notice'],
    ['a notice announcing itself without addressing 各单位', ['文明单位推荐工作', '在京中央企业党委(党组)：', '根据首都文明办的要求，现将有关事项通知如下：', '一、推荐条件', '二、推荐程序'], 'notice'],
    ['one person\'s deeds, in the third person', ['守望山林的“老站长”', '——某县林业站站长刘某同志先进个人事迹', '刘某，男，1975年出生，在林业站工作二十年。', '一、扎根基层', '他每天巡山十余公里。', '二、服务林农', '他为林农提供技术指导。'], 'personal'],
    ['one person\'s deeds with no 个人 or 同志, told of 她', ['调解路上的“知心人”', '——某镇司法所所长李某先进事迹', '李某，女，现任某镇司法所所长。', '她每周进村调解纠纷，她记下每户的难处。她自学法律，她坚持送法下乡，她还资助留守儿童读书。同事们说她是主心骨。'], 'personal'],
    ['a unit\'s deeds that mention one worker', ['某煤矿申报市级文明单位事迹材料', '全矿干部职工扎实开展创建工作。', '一、党建引领', '矿党委落实三会一课制度，他们坚持学习。', '二、安全生产', '全矿连续五年无事故，职工王某被评为劳模，他带领班组攻坚。'], 'other'],
    ['a unit\'s deeds under a person-like subtitle', ['某医院儿科申报市级文明科室先进事迹材料', '儿科成立于1985年，现有医护人员40人。'], 'other'],
    ['a personal summary with no 我, in its set phrases', ['一年来，在领导的关心和同志们的帮助下，本着尽职尽责的态度完成了领导交办的各项任务。', '一、加强学习', '认真学习业务知识，不断提高自己的业务水平。', '二、做好本职', '按时完成各项工作。'], 'personal'],
    ['a unit summary using one personal phrase', ['某局2023年创建工作总结', '一年来，全局干部职工尽职尽责，扎实推进创建工作。', '一、加强领导', '成立了领导小组。', '二、开展活动', '组织志愿服务20次。'], 'summary'],
    ['a plan announced in its opening, no title', ['2023年5月，我市迎来文明城市复查。为做好迎检工作，结合学校实际，现制定学校工作方案如下：', '一、领导机构', '成立迎检工作领导小组。', '二、工作任务', '做好校园环境整治。'], 'plan'],
    ['a summary that made a plan last year', ['某局2023年创建工作总结', '年初，我局制定了创建工作方案，明确了任务分工。', '一、加强领导', '成立了领导小组。', '二、开展活动', '组织志愿服务20次。'], 'summary'],
    ['good news of an honor, under a 查看原文 line', ['查看原文', '其他', '喜报！某镇某村被评为全国文明村！', '11月17日，第五届全国文明村镇名单发布，我县某村榜上有名。', '一、村情简介', '某村有农户300户。', '二、创建做法', '村里修建了文化广场。'], 'other'],
    ['an explainer titled as a question', ['【宣传阐释】文明家庭创建知多少', '创建文明家庭是群众性精神文明创建活动的重要内容。', '一、评选条件', '家庭和睦，邻里团结。', '二、评选程序', '家庭自荐，社区推荐。'], 'other'],
    ['a volunteer activity record under a form label', ['基本情况', '社区一米阳光志愿服务队相约盛夏文明同行(第九期)', '服务时长 2小时', '活动详情', '2020年8月16日下午14时-16时，社区志愿服务队组织志愿活动，活动的目的是创建文明城市，提升城市文明形象。', '一、清理小广告', '志愿者们清理了小广告。', '二、劝导不文明行为', '志愿者劝导了不文明行为。'], 'other'],
    ['news of an honor opening on its month, the unit named in the third person', ['2025年5月,某区法院被授予全国文明单位荣誉称号。近年来,某区法院高度重视精神文明建设。', '一、齐抓共创,统筹推进', '某区法院坚持把文明创建作为一把手工程。', '二、学习引领、提升素养', '坚持政治教育与能力培养相结合。'], 'other'],
    ['a plan that names itself in its opening, no title', ['为推动我院文明单位建设，根据《某省文明单位建设条例》的要求，特制定某县医院2024年文明单位建设工作计划。 全年组织志愿服务不少于12次，开展道德讲堂4期。'], 'plan'],
    ['a report with no title whose opening cites a plan', ['根据市委的总体部署和《某市2017年创建工作总体实施方案》的具体要求,市某中心扎实推进各项任务,现将有关工作总结如下:', '一、继续宣传,营造氛围。', '中心坚持通过制作宣传展板开展创建工作宣传。'], 'summary'],
    ['a deeds material flattened into one line, the text naming the unit again', ['县水利局河道管理站事迹材料临江县水利局河道管理站始建于1978年,负责全县河道的日常管护,近年来多次受到上级表彰。'], 'other'],
    ['a flattened page whose opening sentence names rules work', ['河道管理站制度建设不断完善,全站干部职工坚持学习,我站还开展了志愿服务活动,现将一年来的工作总结如下。'], 'summary'],
    ['a whole page on the unit\'s work that speaks as it but does not report', ['为营造良好的社会氛围,扎实推进我院精神文明建设工作,我院全面开展了文明单位创建活动。', '在创建工作中,我院以全心全意为患者服务为宗旨,明确责任,狠抓落实,有效推动了我院事业发展。', '2014年3月我院被县委、县政府评为“文明单位”。'], 'other'],
    ['a news headline on a meeting that sums up the year (…工作总结会)', ['某局召开2023年度文明创建工作总结会', '会上，局长回顾了一年来的创建工作，我局各科室负责人作了交流发言。', '一、回顾成绩', '全年组织志愿服务20次。', '二、部署任务', '明年继续深化创建。'], 'other'],
    ['a news headline on a ceremony', ['某中心举行青年志愿服务队授旗仪式', '中心党委书记为服务队授旗，我们的志愿者代表作了表态发言。', '一、服务队简介', '服务队现有志愿者60名。', '二、下步安排', '每月开展一次活动。'], 'other'],
    ['a headline announcing an honor won, over a body where the unit speaks', ['某县供电公司荣获“省级文明单位”称号', '近年来，我公司坚持把文明创建作为重要工作，我们扎实推进各项工作，我公司干部职工积极参与。', '一、加强组织领导', '我公司成立了创建领导小组。', '二、深化志愿服务', '我公司组建了志愿服务队。'], 'other'],
    ['a summary whose title names the honor it keeps', ['某局巩固“省级文明单位”成果工作总结', '一年来，我局扎实开展文明创建工作。', '一、加强领导', '成立了领导小组。'], 'summary'],
    ['a report on the work since an honor won', ['某局被评为省级文明单位以来创建工作情况汇报', '近年来，我局扎实开展文明创建工作。', '一、加强领导', '成立了领导小组。'], 'summary'],
    ['news in run-in heads whose body names a plan\'s aims', ['某县水文站', '抓实机制强服务', '近年来,某县水文站把文明创建与测报业务同部署、同落实。', '理顺机制,压实责任。该站组建了创建工作专班,年初确定了指导思想和总体目标,任务落实到人。', '加强宣传,营造氛围。该站在“世界水日”期间走进社区发放宣传资料。'], 'other'],
    ['a deeds material flattened into one line, the text opening on a period', ['某镇水利站争创文明单位先进事迹材料近年来,xx在镇党委的领导下,扎实推进水利建设,一、管好水利设施 全站巡查堤防120公里。二、服务农业生产 全站推广节水灌溉。'], 'other'],
    ['a deeds material flattened into one line, the unit left blank', ['卫生院青年文明号事迹材料xx院,是镇政府举办的公益一类事业单位,2015年以来,我院先后获得市级文明单位等荣誉称号,现有职工60人,我院一直坚持优质服务。'], 'other'],
    ['news with no dateline, reported with 据悉', ['某海关成立青年志愿服务队', '传递爱心,服务社会。某海关举行志愿服务队成立仪式,关领导向服务队代表授旗。', '据悉,近年来,海关坚持把志愿服务作为精神文明建设的重要内容,组织关员开展结对助学。', '结对助学 爱心传递', '关里干部职工每年资助贫困学生,组织关员参加无偿献血,累计献血三万毫升。', '文明窗口 服务群众', '关里在办事大厅设立志愿服务岗,为群众提供咨询和引导服务。'], 'other'],
    ['news told of 该关, the customs house in the third person', ['某海关成立青年志愿服务队', '传递爱心,服务社会。某海关举行志愿服务队成立仪式,关领导向服务队代表授旗。', '近年来,该关坚持把志愿服务作为精神文明建设的重要内容,组织关员开展结对助学。', '结对助学 爱心传递', '该关干部职工每年资助贫困学生,组织关员参加无偿献血,累计献血三万毫升。', '文明窗口 服务群众', '该关在办事大厅设立志愿服务岗,为群众提供咨询和引导服务。'], 'other'],
    ['a report with no title saying what it should attend to (应该关心, no 该关)', ['根据上级部署,社区扎实推进文明创建,现将进展情况报告如下。', '1.关爱老人。社区认为应该关心独居老人,组织志愿者上门服务。', '2.环境整治。清理楼道杂物80车。'], 'summary'],
    ['a notice to residents whose 通知 stands spaced on its own line', ['某某小区物业服务中心', '通 知', '亲爱的业主:', '我市正在创建全国文明城市,为营造整洁有序的居住环境,请各位业主不要在楼道堆放杂物,不要高空抛物。', '感谢您的理解和支持!'], 'notice'],
    ['a feature about a bank under run-in couplets, the bank never speaking', ['近年来,某市农商银行城东支行把文明创建融入金融服务的全过程,先后获得市级文明单位等称号。', '以党建为引领,筑牢创建根基。支行坚持每月开展主题党日活动,组织员工学习业务知识和服务规范。', '以服务为根本,擦亮文明窗口。支行在营业大厅设立爱心座椅和便民服务台,为老年客户提供帮办服务。'], 'other'],
    ['a feature about a hospital under plain subheads, no title', ['自2010年以来,某县人民医院坚持以病人为中心,深入开展文明单位创建,连续三届保持市级文明单位称号。', '仁心守护生命', '医院组建了医疗志愿服务队,每月深入乡村开展义诊,受益群众三千余人,群众送来锦旗二十余面。', '匠心铸就品牌', '医院打造“暖心护理”服务品牌,推出预约诊疗和床旁结算,患者满意率达到98%。'], 'other'],
    ['a feature about a library under numbered subheads, no title, no report words', ['某市图书馆始终坚持公益属性,把文明创建与读者服务结合起来,赢得了市民的好评。', '一、书香浸润城市', '图书馆在全市建成城市书房20个,全年接待读者50万人次。', '二、志愿服务暖人心', '图书馆志愿者为视障读者提供读书服务。'], 'other'],
    ['a village report under run-in heads, the village speaking', ['近年来,我村在镇党委的领导下扎实开展文明村创建,我们把创建工作作为全村的大事来抓。', '抓班子带队伍。我村成立了创建工作领导小组,村支书任组长。', '抓环境促提升。我们组织村民清理房前屋后,新建垃圾收集点12个。'], 'summary'],
    ['a tax office report with numbered parts, no title, saying it reports', ['根据县文明办的安排,现将某县税务局创建工作开展情况汇报如下:', '一、加强组织领导', '成立了以局长为组长的创建领导小组,明确了责任分工。', '二、深化志愿服务', '组织志愿者开展纳税辅导20次。'], 'summary'],
    ['a news item under numbered parts whose byline closes the page', ['某县税务局把文明创建融入纳税服务，今年以来各项工作稳步推进。', '一、优化办税服务', '税务局推出延时服务和预约办税，办税时间平均缩短一半。', '二、深化志愿服务', '组建税务志愿服务队，走进企业开展政策宣讲20场。', '（记者 张某 通讯员 李某）'], 'other'],
    ['a news item under numbered parts with a newspaper\'s source line', ['发布时间：2024-03-18 来源：某市日报', '今年以来，某区供水公司把文明创建融入供水服务，各项工作稳步推进。', '一、提升供水服务', '公司推行报装“一次办”，办理时间缩短一半。', '二、深化志愿服务', '公司组建党员志愿服务队，上门为独居老人检修管道。'], 'other'],
    ['a report with an office\'s source line stays a report', ['发布时间：2024-03-18 来源：公司办公室', '今年以来，我公司把文明创建融入供水服务，我们扎实推进各项工作，现将情况总结如下。', '一、提升供水服务', '我公司推行报装“一次办”。', '二、深化志愿服务', '我公司组建党员志愿服务队。'], 'summary'],
    ['a nurse\'s reflection in the staff\'s 我们, giving her opinion (我认为…)', ['医院是城市的窗口，每一位护士的言行都影响着医院的形象，这就要求我们加强职业道德修养，做到爱岗敬业。', '护理工作是平凡的，怎样做一名合格的护士？我认为以下几点很重要：', '一、要有扎实的护理技能。我们要熟练掌握各项操作规程，做到准确无误。', '二、要有严格的纪律观念。我们要遵守各项制度，不收受病人的红包。'], 'personal'],
    ['a unit\'s report that speaks as 我局 keeps its genre though it says 作为一名', ['今年以来，我局扎实推进文明创建，我们把创建工作摆上重要位置，现将情况总结如下。', '一、加强党员教育', '我局要求每名党员作为一名表率走在前列。', '二、深化志愿服务', '我局组建了志愿服务队，我们每月开展一次服务。'], 'summary'],
    ['news under a headline naming the work\'s 情况, the unit never speaking', ['某县图书馆文明创建工作情况', '近日，省文明办测评组来到某县图书馆检查创建工作。该馆坚持公益服务，全年接待读者20万人次，组织志愿服务60次。'], 'other'],
    ['a report titled …工作情况 where the unit speaks as itself stays a summary', ['某县图书馆文明创建工作情况', '近年来，我馆扎实开展创建工作，我们组织志愿服务20次，我馆还开展读书活动12场，近期我馆迎来了省级测评。'], 'summary'],
    ['a document site\'s title stacking genre words (…总结综述事迹)', ['某县人民医院2023年工作总结综述事迹', '一年来,我院坚持以病人为中心,全年门诊量达到30万人次,我院还组织志愿者下乡义诊20次。'], 'summary'],
    ['a unit\'s deeds titled …先进集体事迹 stay other', ['某供电所先进集体事迹', '某供电所现有职工30人,担负着全镇的供电任务。'], 'other'],
    ['a plan page that reproduces its cover notice under the plan\'s title', ['2020年度文明科室创建活动实施方案', '某院发〔2020〕5号', '关于印发《2020年度文明科室创建活动实施方案》的通知', '各科室、各中心:', '现将《2020年度文明科室创建活动实施方案》印发给你们,请认真贯彻执行。', '2020年度文明科室创建活动实施方案', '一、指导思想', '以习近平新时代中国特色社会主义思想为指导。', '二、评选范围', '全院各科室。'], 'plan'],
    ['one person\'s summary with a period word between 个人 and 总结', ['2023年银行柜员个人年终工作总结', '一年来，我在柜组里坚持微笑服务，我们柜组团结协作，我全年办理业务三万笔，没有发生一笔差错。'], 'personal'],
    ['a post holder\'s summary over a period (班主任, 书记, 局长)', ['初二(3)班班主任2023学年度工作总结', '这一学年，我们班在学校的领导下，我们坚持以德育人，我们组织班会二十次。'], 'personal'],
    ['a village secretary\'s summary', ['村党支部书记两年工作总结', '各位领导、各位同志：', '近两年来，我们村两委班子团结带领群众，修通了村道，我们还建成了文化广场。'], 'personal'],
    ['a tax director\'s term summary', ['税务分局局长任期工作总结', '任期内，我们分局坚持依法治税，我们全面完成了收入任务。'], 'personal'],
    ['a unit\'s summary of its work on individuals (先进个人评选) stays a summary', ['某医院先进个人评选工作总结', '今年以来，我院认真开展先进个人评选，我们组织职工投票，我院评出先进个人二十名。'], 'summary'],
    ['a post word running into another word (派出所长效机制) names no post', ['某派出所长效机制建设工作总结', '今年以来，我所建立健全长效机制，我们坚持每周巡逻，我所辖区治安稳定。'], 'summary'],
    ['news that a plan was settled, going on to its aims (health)', ['记者从市卫健委获悉，该委健康城市建设工作方案正式出台，其主要目标是：到年底全市健康社区达到80%。', '方案要求，各医院开展健康教育讲座不少于12次。'], 'plan'],
    ['news that a plan was issued, going on to its aims (tax)', ['日前，县税务局印发了纳税服务提升工作计划，明确目标为：办税时间压缩三成。', '计划还提出，全年开展纳税人学堂10期。'], 'plan'],
    ['news that a plan was settled (bank)', ['从某银行分行获悉，该行文明单位创建规划已经确定，总体目标是：三年内创成全国文明单位。'], 'plan'],
    ['a unit telling of the plan it made, speaking as itself, reports its work', ['今年以来，我局制定了创建工作方案，目标是创成省级文明单位。我局成立了领导小组，我们组织志愿服务20次，我局还开展读书活动8场。'], 'summary'],
    ['a feature under a headline block with numbered parts, the unit named by name only (tax)', ['县税务局多措并举推进创文工作', '县领导到县税务局检查创文工作', '创文推进会召开后，县税务局迅速行动，全面落实各项任务。', '一、营造创建氛围', '县税务局在办税大厅播放创文宣传片，发放文明手册两千份。', '二、开展志愿服务', '县税务局志愿服务队走进社区，开展服务活动15次。'], 'other'],
    ['a feature with numbered parts about a hospital, never speaking as it', ['市一医院全力迎接文明城市测评', '市一医院把创建工作作为头等大事来抓。', '一、优化就医环境', '医院新增停车位200个，改造卫生间12座。', '二、提升服务质量', '医院推行预约诊疗，患者等候时间缩短一半。'], 'other'],
    ['a report titled without a genre word stays one when the unit speaks as itself once', ['某银行支行文明创建工作', '一年来，我行把创建工作摆上重要位置。', '一、加强领导', '支行成立了创建领导小组。', '二、开展活动', '支行组织志愿服务20次。'], 'summary'],
    ['a report titled without a genre word that names the unit as 本所 is the unit speaking', ['某律师事务所文明创建工作', '一年来，本所把创建工作摆上重要位置。', '一、加强领导', '律所成立了创建领导小组。', '二、开展活动', '律所组织法律援助20次。'], 'summary'],
    ['an untitled news item opening at a meeting named by a genre word (在汇报会上) (hospital)', ['在汇报会上,县人民医院院长对检查组的到来表示欢迎,并介绍了医院创建市级文明单位的情况。检查组一行随后察看了门诊大厅和住院部,对该院的创建工作给予了肯定。'], 'other'],
    ['the same at 总结会 (bank)', ['在总结会上,市农商银行行长通报了全行一年来的文明创建情况。与会人员还观看了该行志愿服务专题片,该行获评先进的支行作了交流发言。'], 'other'],
    ['the same at 报告会 (tax)', ['在今天上午的报告会上,市税务局党委书记作了专题报告,回顾了该局创建全国文明单位的历程。全局干部职工200余人参加报告会。'], 'other'],
    ['a flattened title whose genre words run together (…自查安排) names a plan (health centre)', ['社区卫生服务中心创卫工作自查安排 社区卫生服务中心 2024年创建省级卫生县城工作安排 2024年,我县创卫工作进入迎检阶段,为顺利通过验收,结合我中心实际,现安排如下: 一、目标任务 确保各项指标达标。二、主要工作 (一)整治中心周边环境。'], 'plan'],
    ['so does …自查方案 (police)', ['城关派出所文明创建自查方案 为迎接市级文明单位复查,结合我所实际,制定本方案。一、自查范围 所内各警务室。二、自查步骤 各警务室先行自查。'], 'plan'],
    ['a compound read whole stays what it names (述职报告 is personal, not a summary by its 报告)', ['驻村第一书记述职报告 一年来,我在镇党委的领导下,带领村两委班子扎实工作,我走访农户120户,我协调资金30万元修建村道,我个人也得到了锻炼。'], 'personal'],
    ['a collective\'s deeds under a compilation\'s essay number (…事迹材料 篇1) (hospital)', ['某县妇幼保健院先进集体事迹材料 篇1', '近年来，保健院坚持以妇女儿童健康为中心，全院职工扎实工作，受到群众好评。'], 'other'],
    ['the same with the number run on (…事迹材料篇2) (power supply)', ['城南供电所争创省级文明单位事迹材料篇2', '城南供电所现有职工46人，全所上下齐心协力，各项工作走在前列。'], 'other'],
    ['and with a Chinese number (…事迹介绍 篇三) (school)', ['育才中学创建文明校园事迹介绍 篇三', '育才中学始建于1956年，学校坚持立德树人，校风学风持续向好。'], 'other'],
    ['a summary under an essay number stays a summary', ['某局文明单位创建工作总结 篇1', '近年来，我局扎实开展创建工作，取得了明显成效，我局现将有关情况总结如下。'], 'summary'],
    ['a summary titled by a person named 同志 (某某同志2023年度工作总结)', ['张某同志2023年度工作总结', '这一年，在科室领导下，科里工作扎实推进，我们完成了各项任务。'], 'personal'],
  ])('%s', (_, lines, genre) => {
    expect(structureOf(lines.join('\n')).genre).toBe(genre);
  });
});

describe('template-site chrome', () => {
  it('takes no title, unit or heading from chrome lines', () => {
    const text = ['当前位置:范文网>工作总结>文明创建工作总结', '温馨提示:', '- 相关推荐', '返回', '文明创建工作总结(通用5篇)', '文明创建工作总结篇1', '近年来，我局在县委的正确领导下，扎实开展文明创建工作，取得了明显成效。', '一、加强组织领导', BODY].join('\n');
    const s = structureOf(text);
    expect(s.title?.text).toBe('文明创建工作总结');
    expect(s.headings.map((h) => h.text)).toEqual(['一、加强组织领导']);
  });

  it('reads a paid-document site\'s terms as chrome, so the title under them is the title and a second title line no heading', () => {
    const terms = '- 2、某某文库网站文档一经付费(服务费),不意味着购买了该文档的版权,仅供个人/单位学习、研究之用,不得用于商业用途,未经授权,严禁复制、发行、汇编、翻译或者网络传播等,侵权必究。';
    const s = structureOf([terms, '某医院文明城市汇报材料', '文明城市创建汇报材料', '近年来，我院按照市里的部署，扎实开展创建工作，我们全院干部职工全力以赴投入到创建工作中，取得了明显成效。', '一、主要工作及措施', BODY].join('\n'));
    expect(isChrome(normalize(terms).text)).toBe(true);
    expect(s.title?.text).toBe('某医院文明城市汇报材料');
    expect(s.headings.map((h) => h.text)).toEqual(['一、主要工作及措施']);
  });
  it('keeps a report sentence on copyright work as body text', () => {
    expect(isChrome(normalize('局里开展知识产权宣传周活动，查处侵犯版权案件12起，向群众发放宣传资料3000份，并组织执法人员深入书店、网吧和复印店开展检查。').text)).toBe(false);
  });
});

describe('run-in heads of several forms', () => {
  it.each([
    [['标题', '抓班子、建机制，是创建工作的前提。医院调整了创建领导小组，明确了责任分工。', '讲医德、树新风，是创建工作的核心。医院开展医德医风教育，评选身边好医生。'], ['抓班子、建机制，是创建工作的前提。', '讲医德、树新风，是创建工作的核心。']],
    [['标题', '在组织推动上，库党委把创建工作纳入年度目标考核，层层签订责任书。', '在思想教育上，库里坚持每月集中学习一次，开展道德讲堂活动。'], ['在组织推动上，', '在思想教育上，']],
    [['标题', '思想方面：我始终把政治学习摆在首位，认真参加各类学习活动。', '业务方面：本人全年办理各类案件八十余件，无一差错。'], ['思想方面：', '业务方面：']],
    [['标题', '单位概况。本馆现有职工86人，下设办公室、陈列部等5个部门。', '组织保障。馆党支部成立创建领导小组，全年投入创建经费20万元。', '环境建设。馆区绿化率达到35%，新建职工书屋1个。'], ['单位概况。', '组织保障。', '环境建设。']],
  ])('%j', (lines, heads) => {
    expect(headingsOf(lines.join('\n')).map((h) => h[2])).toEqual(heads);
  });

  it('reads 在…方面， under a numbered part as a paragraph opener, not a head', () => {
    const lines = ['标题', '一、景区概况', '景区总面积68平方公里，现有职工186人，下设9个科室。', '二、创建工作开展情况', '在文明旅游方面，景区设置文明旅游提示牌430块，组建志愿服务队。', '在优质服务方面，景区实行分时预约，游客排队时间缩短到12分钟。'];
    expect(headingsOf(lines.join('\n')).map((h) => h[2])).toEqual(['一、景区概况', '二、创建工作开展情况']);
  });

  it('reads statements and first sentences in the writer\'s voice as prose, not heads', () => {
    const statements = ['标题', '便民服务更加贴心。街道推行延时服务，全年办理业务1.2万件。', '人居环境持续改善。完成12个老旧小区改造，新增绿地3000平方米。'];
    const voice = ['标题', '这一年，我们把创建摆上重要位置。成立领导小组，细化任务32项。', '这一年，我们把志愿服务扛在肩上。志愿服务队开展活动28次。'];
    const opener = ['标题', '抓环境，园区面貌焕然一新。投资260万元改造场馆，更新分类箱120组。', '当前，园区设施老化问题仍较突出。下一步将推进智慧园区建设。'];
    expect(headingsOf(statements.join('\n'))).toEqual([]);
    expect(headingsOf(voice.join('\n'))).toEqual([]);
    expect(headingsOf(opener.join('\n')).map((h) => h[2])).toEqual([]);
  });

  it('needs a sibling of the same form', () => {
    expect(headingsOf(['标题', '抓班子、建机制，是创建工作的前提。医院调整了创建领导小组，明确了责任分工。', BODY].join('\n'))).toEqual([]);
  });
});

describe('photo credits', () => {
  it.each([['某局第一分局荣获全国巾帼文明岗称号。张某某 供图'], ['图为活动中，志愿者向居民介绍文明手册。 本报记者 李某 摄']])('%s is no title', (caption) => {
    expect(structureOf([caption, BODY].join('\n')).title).toBeNull();
  });
});

describe('page chrome around the title', () => {
  it.each([
    ['a table of contents above the title', ['目录/提纲:……', '一、重点工作完成情况', '(一)文明城市创建成果显著', '(二)志愿服务蓬勃开展', '二、存在的问题及下一步打算', '……', '某区2016年精神文明建设工作总结', BODY], '某区2016年精神文明建设工作总结'],
    ['a WeChat copy\'s 查看原文 line', ['查看原文', '其他', '喜报！某镇某村被评为全国文明村', BODY], '喜报！某镇某村被评为全国文明村'],
    ['a copied article\'s source and date line', ['某某日报·某某客户端 2021-08-12', '某新区第二批精神文明建设先进集体开始申报', BODY], '某新区第二批精神文明建设先进集体开始申报'],
    ['a file name\'s extension and what follows it', ['电力局创建省级文明单位工作报告.docx电力局创建省级文明单位工作报告', BODY], '电力局创建省级文明单位工作报告'],
    ['a site name and date widget above a breadcrumb', ['荟萃阁', '今天是', '位置:首页 > 范本 > 工作报告', '创文明乡镇工作汇报', BODY], '创文明乡镇工作汇报'],
    ['a document viewer keyword cloud', ['2023', '创建', '文明城市', '志愿者', '2023年创建文明城市志愿者服务工作总结', BODY], '2023年创建文明城市志愿者服务工作总结'],
    ['viewer buttons and a search box', ['全文预览', '不能包含特殊字符', '2021年小区创文工作开展情况汇报', BODY], '2021年小区创文工作开展情况汇报'],
    ['an ad line', ['公文高手,超级方便的公文写作神器! 立即了解', '创建市级文明校园汇报材料', BODY], '创建市级文明校园汇报材料'],
    ['a site address', ['【www.example.com--精神文明建设】', '精神文明建设工作总结', BODY], '精神文明建设工作总结'],
    ['a breadcrumb and the column name it ends in', ['您现在的位置:首页 > 管理论道', '管理论道', '某供电所优质服务树形象', BODY], '某供电所优质服务树形象'],
    ['a site column name and a trailing separator', ['工作动态', '关于报送文明教育月活动总结的通知--', BODY], '关于报送文明教育月活动总结的通知'],
    ['a how-to site\'s question', ['宣传中心述职报告怎么写?', BODY], '宣传中心述职报告'],
    ['an official document\'s header', ['某委员会文件', '某宣传〔2009〕33号', '关于推荐文明单位的通知', BODY], '关于推荐文明单位的通知'],
    ['a viewer\'s description label', ['文档简介', '创建市级文明单位工作实施方案', BODY], '创建市级文明单位工作实施方案'],
    ['a listing page\'s count of essays with a word in its brackets', ['首页 > 范文大全 > 工作计划', '机关文明创建工作计划(专业15篇)', BODY], '机关文明创建工作计划'],
    ['and in square brackets', ['单位文明创建个人工作总结【推荐3篇】', BODY], '单位文明创建个人工作总结'],
    ['a listing\'s length label and essay count', ['机关工会工作总结1500字通用5篇', BODY], '机关工会工作总结'],
    ['a length label in brackets', ['妇联文明创建工作汇报(2000字)', BODY], '妇联文明创建工作汇报'],
    ['a count of two essays written 两篇', ['创建文明单位实施方案两篇', BODY], '创建文明单位实施方案'],
    ['a breadcrumb opened by 您当前的位置 with one step', ['您当前的位置: 某县残疾人联合会 > 残联动态', '县残联干部职工走进小区宣传文明创建', BODY], '县残联干部职工走进小区宣传文明创建'],
    ['a sidebar\'s one-cell table rows', ['| 信息公告 |', '| 热门文章 |', '| 致全县妇女姐妹的一封信 |', '致全县妇女姐妹的一封信', BODY], '致全县妇女姐妹的一封信'],
    ['a site\'s masthead with its English name', ['欢迎访问某市文联 2024年5月6日', '某市文联', 'MOUHE CITY FEDERATION OF LITERARY AND ART CIRCLES', '市文明办领导检查市文联文明单位创建工作', BODY], '市文明办领导检查市文联文明单位创建工作'],
    ['a breadcrumb that ends in the headline', ['您现在的位置:某某网 > 新闻资讯 > 某县科协荣获市级文明单位称号', '某县科协荣获市级文明单位称号', BODY], '某县科协荣获市级文明单位称号'],
    ['a forum post\'s header lines', ['返回列表 发布新帖', '查看: 215|回复: 3', '某县妇联荣获全县文明创建先进集体', '发表于 2021-6-8 09:12:40 | 查看全部 |阅读模式', '马上注册!', '您需要 登录 才可以下载或查看,没有账号?注册', BODY], '某县妇联荣获全县文明创建先进集体'],
    ['a site\'s service link under its breadcrumb', ['您的位置:某某范文网>范文>工作总结', '投诉建议', '机关工会工作总结', BODY], '机关工会工作总结'],
  ])('%s', (_, lines, title) => {
    expect(structureOf(lines.join('\n')).title?.text).toBe(title);
  });

  it('keeps a heading with a Latin word and takes a site name with its slug for chrome', () => {
    expect(headingsOf(['某局创建工作总结', '一、打造“smile”服务品牌', BODY].join('\n')).map((h) => h[2])).toEqual(['一、打造“smile”服务品牌']);
    expect(isChrome('快好知 kuaihz')).toBe(true);
    for (const line of ['查看更多', '相关报道', '主办单位:某某出版有限公司', '咨询接访电话:(0712)2345678', '新闻> 本地新闻', '工作动态', '文档简介']) expect(isChrome(normalize(line).text)).toBe(true);
    for (const line of ['一、工作动态与成效', '加强单位文化建设', '咨询窗口延长服务时间', '群众满意率>95%', '开通了咨询电话，方便群众办事', '相关报道在市报头版刊发', '组织学生开展延伸阅读活动。']) expect(isChrome(normalize(line).text)).toBe(false);
  });

  it('reads a document site\'s keyword line as chrome, and no report line of longer phrases', () => {
    expect(isChrome(normalize('总结,学校,创建,文明,校园').text)).toBe(true);
    for (const line of ['某市日报/2024 年/6 月/3 日/第 002 版', '基层新闻', '手机版 扫一扫']) expect(isChrome(normalize(line).text)).toBe(true);
    for (const line of ['日报社全年刊发稿件3000篇', '基层新闻报道得到表扬']) expect(isChrome(normalize(line).text)).toBe(false);
    for (const line of ['学习、工作、生活', '社区环境整洁,邻里关系和睦,居民生活安定', '一是学习,二是工作']) expect(isChrome(normalize(line).text)).toBe(false);
  });

  it('takes no sentence ending in a colon for the title', () => {
    expect(structureOf(['根据市文明委文件精神,现将我局创建市级文明单位情况总结汇报如下:', '一、加强领导', BODY].join('\n')).title).toBeNull();
  });

  it('keeps a numbered heading and its sentence whose line a page glued its chrome to, and no list of titles or prompt', () => {
    expect(isChrome(normalize('三、强化队伍建设,提升服务能力。全年培训干部职工120人次某某汇,范文学习库').text)).toBe(false);
    expect(isChrome(normalize('1、2023年社区工作总结范文').text)).toBe(true);
    expect(isChrome(normalize('一年又过去了。下面是小编为大家整理的范文').text)).toBe(true);
  });

  it('takes a site\'s long prompt paragraph for chrome and the essay title under it for the title', () => {
    const prompt = '单位文明创建工作总结5篇。年终将至，该好好回顾这一年了，一份好的总结能让我们看清来路，也能让下一年的工作少走弯路，把成绩和不足都摆在明处。以下是小编收集整理的单位文明创建工作总结范文，仅供参考，愿你写得顺利。';
    expect(prompt.length).toBeGreaterThan(90);
    expect(isChrome(normalize(prompt).text)).toBe(true);
    expect(structureOf(['单位文明创建工作总结范文(精选5篇)', prompt, '第1篇:某局文明创建工作总结', BODY].join('\n')).title?.text).toBe('某局文明创建工作总结');
    const report = '局里成立了创建工作领导小组，制定了实施方案，坚持每季度召开一次专题会议研究创建工作，把创建任务分解到各科室，年底进行考核，确保各项工作落到实处，全局干部职工参与创建的积极性明显提高，单位面貌焕然一新。';
    expect(isChrome(normalize(report).text)).toBe(false);
  });

  it('keeps a report sentence holding one chrome word as body text', () => {
    const line = '台领导高度重视创建工作，分别召开了领导班子会，成立了创建工作领导小组，明确了分工，联络员负责上传下达工作，为完成创建任务奠定了基础。';
    expect(isChrome(normalize(line).text)).toBe(false);
    expect(isChrome(normalize('2.本文档由用户上传,版权归属用户,某某网负责整理代发布。如果您对本文档版权有争议请及时联系客服。').text)).toBe(true);
  });

  it('reads a short line under the title that is a unit name as the unit, and no kind of unit as a name', () => {
    expect(structureOf(['创建市级文明校园汇报材料', '石潭明德小学', BODY].join('\n')).unit?.text).toBe('石潭明德小学');
    expect(structureOf(['文明村镇创建工作总结', BODY].join('\n')).unit).toBeNull();
    expect(structureOf(['学校创建全国文明城市学校工作总结', BODY].join('\n')).unit).toBeNull();
  });

  it('reads the unit a news headline names before the honor it won, and a mass organisation\'s short name', () => {
    expect(structureOf(['某市广播电视台跻身“全国文明单位”行列', BODY].join('\n')).unit?.text).toBe('某市广播电视台');
    expect(structureOf(['南山县妇联荣获市级文明单位称号', BODY].join('\n')).unit?.text).toBe('南山县妇联');
    expect(structureOf(['北岭市科协2023年文明创建工作总结', BODY].join('\n')).unit?.text).toBe('北岭市科协');
    expect(structureOf(['江州日报社党委2023年工作总结', BODY].join('\n')).unit?.text).toBe('江州日报社');
    expect(structureOf(['市文明办领导检查市残联创建文明城市工作', BODY].join('\n')).unit).toBeNull();
    expect(structureOf(['优秀团委工作方案', BODY].join('\n')).unit).toBeNull();
    expect(structureOf(['xxxx年局工会工作总结', BODY].join('\n')).unit).toBeNull();
    expect(structureOf(['某边防检查站创建全国文明单位事迹材料', BODY].join('\n')).unit?.text).toBe('某边防检查站');
  });
});

describe('headings in pages that lost their layout', () => {
  it('finds short heading lines between paragraphs set apart by blank lines, none among the title lines', () => {
    const text = ['创建文明城市工作总结', '', '红星社区', '', BODY, '', '成立组织,领导重视', '', BODY, '', '大力宣传氛围浓厚', '', BODY].join('\n');
    expect(headingsOf(text).map((h) => h[2])).toEqual(['成立组织,领导重视', '大力宣传氛围浓厚']);
  });

  it('takes no table row for a short heading line', () => {
    const text = ['创建工作总结', BODY, '项目\t人次\t金额', '大病救助\t312\t186.4', '合计\t3012\t359.2', BODY].join('\n');
    expect(headingsOf(text)).toEqual([]);
  });

  it('cuts a lone 一、 after a sentence end in a flattened line (a page cut before its 二、)', () => {
    const opening = '某支行现有员工46人，设营业部和三个网点。近年来，支行在上级行的正确领导下，坚持两手抓、两手都要硬，各项业务稳步发展，先后被评为县级文明单位和市级文明单位，取得了明显成效。';
    const flattened = `${opening.repeat(3)}一、加强领导,健全创建机构 支行成立了创建工作领导小组，行长任组长，分管副行长任副组长，各部门负责人为成员，${BODY.repeat(2)}`;
    expect(flattened.length).toBeGreaterThan(300);
    expect(headingsOf(['标题', flattened].join('\n')).map((h) => h[2])).toEqual(['一、加强领导']);
    // In a line of ordinary length a lone 一、 after a sentence stays words of the text.
    expect(headingsOf(['标题', `${opening}一、加强领导,健全创建机构。${BODY}`].join('\n'))).toEqual([]);
  });

  it('cuts a lone 一、 after a lead-in colon or a title run into it', () => {
    expect(headingsOf(['标题', `现将本学年创建工作总结如下:一、开展有效创建活动。${BODY}`].join('\n')).map((h) => h[2])).toEqual(['一、开展有效创建活动。']);
    expect(headingsOf(['标题', `文明创建工作总结一、加强组织领导,明确各方职责。${BODY}`].join('\n')).map((h) => h[2])).toEqual(['一、加强组织领导,明确各方职责。']);
    expect(headingsOf(['标题', `某校争创文明校园汇报材料一、学校概况。${BODY}`].join('\n')).map((h) => h[2])).toEqual(['一、学校概况。']);
  });

  // gold-5 12 and gold-6 16 read 一是…。 opening a paragraph of its own with a short title as a run-in head.
  it('reads 一是…。 / 二是…。 paragraphs opening on a short title as run-in heads', () => {
    const text = ['标题', '一是强化组织领导,夯实创建基础。实行一把手负责制，将创建工作纳入全院规划。', '二是强化思想教育,树立队伍形象。坚持每周集中学习，开展道德讲堂活动。'].join('\n');
    expect(headingsOf(text)).toEqual([
      [1, 'run-in', '一是强化组织领导,夯实创建基础。'],
      [1, 'run-in', '二是强化思想教育,树立队伍形象。'],
    ]);
    const bank = ['某支行创建工作汇报', '一、主要做法', '一是深化志愿服务。支行组建了金融志愿服务队，走进社区宣讲防范电信诈骗知识。', '二是打造文明窗口。营业大厅开设了爱心窗口，为老年客户提供上门服务。'].join('\n');
    expect(headingsOf(bank).map((h) => [h[0], h[2]])).toEqual([[1, '一、主要做法'], [2, '一是深化志愿服务。'], [2, '二是打造文明窗口。']]);
  });

  it('reads 一是… paragraphs whose first sentence runs on, or a lone 一是 line, as items', () => {
    const text = ['标题', '一是部分职工对创建工作的认识还不够到位，参与的主动性不强；', '二是志愿服务的形式比较单一，群众的参与度还需要进一步提高。'].join('\n');
    expect(headingsOf(text)).toEqual([]);
    expect(headingsOf(['标题', `一是完善硬件设施。${BODY}二是开展志愿服务。${BODY}`].join('\n'))).toEqual([]);
  });

  it('reads a Cyrillic Р paragraph mark as a line break', () => {
    const text = `创建工作情况汇报\n${BODY}Р  1、组织开展文艺演出,丰富居民精神文化生活。Р  2、深入推进文明进小区活动。${BODY}`;
    expect(headingsOf(text).map((h) => h[2])).toEqual(['1、组织开展文艺演出,丰富居民精神文化生活。', '2、深入推进文明进小区活动。']);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DictionaryError } from '../../src/dictionary/index.js';
import { extractFigureFindings } from '../../src/figures/index.js';
import { lineBlocks } from '../../src/ingest/text-lines.js';
import { normalize } from '../../src/normalize/index.js';
import { checkSections, loadChecklist } from '../../src/sections/index.js';
import { segment } from '../../src/segment/index.js';
import { analyzeStructure } from '../../src/structure/index.js';

function check(text: string) {
  const norm = normalize(text);
  const segmented = segment(text, norm);
  const structure = analyzeStructure(text, norm, lineBlocks(text));
  return checkSections(text, norm, structure, segmented, extractFigureFindings(text, norm, segmented.sentences).honors);
}
const statusOf = (text: string) => Object.fromEntries(check(text).items.map((i) => [i.id, i.status]));

const REPORT = [
  '某局2023年度文明单位创建工作总结',
  '2023年，我局在市委的正确领导下，扎实推进文明创建工作。现将有关情况总结如下：',
  '一、加强组织领导，完善创建机制',
  '调整文明创建工作领导小组，制定实施方案，签订目标责任书。',
  '二、深化志愿服务',
  '注册志愿者156名，开展学雷锋志愿服务活动42次。',
  '三、积极履行社会责任',
  '与社区结对共建，为困难群众捐款4.6万元。',
  '四、创建成效',
  '我局被市文明委评为“市级文明窗口”。',
  '虽然取得了一定成绩，但与上级要求还有差距，宣传工作不够深入。',
  '今后我们将继续巩固创建成果。',
].join('\n');

describe('section checklist', () => {
  it('gives each section a status with its evidence', () => {
    const result = check(REPORT);
    expect(result.checklist).toBe('wenming-summary');
    const byId = new Map(result.items.map((i) => [i.id, i]));
    expect(byId.get('leadership')).toMatchObject({ status: 'headed', text: '一、加强组织领导，完善创建机制', level: 'R' });
    expect(byId.get('volunteer')).toMatchObject({ status: 'headed' });
    expect(byId.get('responsibility')).toMatchObject({ status: 'headed' });
    expect(byId.get('results')).toMatchObject({ status: 'headed' });
    expect(byId.get('overview')).toMatchObject({ status: 'inline' });
    expect(byId.get('problems')).toMatchObject({ status: 'inline' });
    expect(byId.get('plans')).toMatchObject({ status: 'inline' });
    expect(byId.get('credit')).toMatchObject({ status: 'missing', span: null, text: null });
    for (const item of result.items) if (item.span) expect(REPORT.slice(item.span.start, item.span.end)).toBe(item.text);
  });

  it('makes missing required sections errors, expected ones warnings, optional ones info', () => {
    const severities = Object.fromEntries(check(REPORT).findings.map((f) => [f.ruleId, f.severity]));
    expect(severities['sections/missing/theory']).toBe('error');
    expect(severities['sections/missing/culture']).toBe('warning');
    expect(severities['sections/missing/credit']).toBe('info');
  });

  it('needs two distinct cues in one paragraph for an inline section, one closing sentence for problems', () => {
    expect(statusOf(['总结', '组织干部参加政治学习。'].join('\n')).theory).toBe('missing');
    expect(statusOf(['总结', '坚持中心组理论学习，开展专题学习和主题教育。'].join('\n')).theory).toBe('inline');
  });

  it('reads a lead-in line and its list items as one paragraph', () => {
    const body = ['服务群众', '为群众办实事做到了三个坚持：', '①坚持每月到结对村开展一次政策宣讲；', '②坚持为困难家庭送粮送油上门。'];
    expect(statusOf(['总结', '近年来我们扎实开展创建工作。', ...body].join('\n')).responsibility).toBe('inline');
    // Without the lead-in the items are paragraphs of their own, each with one cue.
    expect(statusOf(['总结', '近年来我们扎实开展创建工作。', '服务群众', body[2], body[3]].join('\n')).responsibility).toBe('missing');
  });

  it('takes 加强学习 as a theory heading and 弘扬文明新风 as an activities heading', () => {
    const report = (heading: string) => ['某局创建工作总结', '近年来，我局扎实开展创建工作。', `一、${heading}`, '全年组织干部职工开展各类活动，效果良好。'].join('\n');
    expect(statusOf(report('加强学习，转变作风')).theory).toBe('headed');
    expect(statusOf(report('弘扬文明新风')).activities).toBe('headed');
  });

  it('applies no summary checklist to a plan or a notice', () => {
    const result = check(['关于开展文明单位创建活动的实施方案', '为深入推进文明创建，特制定本方案。'].join('\n'));
    expect(result.items).toEqual([]);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['sections/not-applicable']);
  });

  it('reports a bad checklist file as file:line', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wenshen-cl-')), 'bad.yaml');
    writeFileSync(file, 'name: bad\ngenres: [summary]\nsections:\n  - id: overview\n    label: 总体情况\n    level: X\n    heading: []\n    body: []\n');
    expect(() => loadChecklist(file)).toThrow(DictionaryError);
    expect(() => loadChecklist(file)).toThrow(/bad\.yaml:6: /);
  });

  it('rejects a gap cue with nothing on one side of its …', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wenshen-cl-')), 'gap.yaml');
    writeFileSync(file, 'name: gap\ngenres: [summary]\nsections:\n  - id: results\n    label: 成效\n    level: R\n    heading: [成效]\n    body: [取得…]\n');
    expect(() => loadChecklist(file)).toThrow(/words on both sides of each …/);
  });

  // Headings that name a section, and headings whose words only look like it (valid / invalid).
  const LATER = ['五、强化理论学习', '坚持中心组理论学习，每月开展专题学习，组织党员干部深入学习贯彻全会精神，撰写心得体会，不断提高干部职工的政治理论水平和业务能力。'];
  const withHeading = (heading: string, body: string) => ['某局文明单位创建工作总结', '近年来，我局在县委的正确领导下扎实开展创建工作。', heading, body, ...LATER].join('\n');
  it.each([
    ['environment', '一、优化办公环境，打造整洁院容', '对办公楼进行了粉刷，新增绿地300平方米。'],
    ['volunteer', '二、深化志愿服务，传递文明新风', '组建志愿服务队，定期走进社区开展服务。'],
    ['morality', '（二）大力加强职业道德教育，开展岗位练兵活动，提升全员素养。', '组织干部职工学习职业道德规范。'],
    ['governance', '三、推进平安创建', '落实安全生产责任制，全年无安全事故。'],
    ['responsibility', '4、落实惠民政策，及时为困难群众排忧解难。', '为辖区低保户发放慰问金。'],
    ['environment', '2.背街小巷硬化。', '完成了三条背街小巷的硬化。'],
    ['governance', '6、小区设有警务室和治安巡逻队', '实行24小时巡逻。'],
    ['leadership', '一、高度重视，营造扎实有效的创建环境', '局党组多次召开专题会议研究部署创建工作。'],
    ['theory', '一、认真学习贯彻党的二十大精神', '组织干部职工集中学习。'],
    ['activities', '二、全面推动移风易俗工作', '倡导婚事新办、丧事简办。'],
    ['governance', '（三）落实厂务公开制度，保障职工知情权', '每季度在公开栏公布经费收支。'],
    ['environment', '二、开展小区环境卫生综合治理', '清理楼道杂物，补植绿化。'],
    ['service', '三、推动转型升级，壮大镇域经济', '全镇新增规模以上企业4家。'],
    ['service', '（一）带领村民发展致富', '村里建成食用菌大棚40个。'],
    ['leadership', '3.强化制度规范，做到有章可循', '修订了考勤、财务等管理办法。'],
    ['results', '五、立足岗位，服务成果丰硕', '全年办结群众诉求一千余件。'],
    ['activities', '三、开展评选和谐家庭工作', '全年评出和谐家庭20户。'],
    ['leadership', '一、统一认识，凝聚合力', '医院召开全院职工大会，动员大家投身创建。'],
    ['leadership', '（一）提高思想认识', '学校召开全体教职工大会，动员大家投身创建。'],
    ['theory', '二、加强思想教育，提升队伍素质', '支行坚持每月集中学习一次。'],
    ['service', '二、为群众提供优质高效服务', '窗口推行延时服务和预约服务。'],
    ['activities', '二、助推文明村镇创建', '局里协助乡镇开展农村人居环境整治，指导12个村清理垃圾、整治河塘。'],
  ])('a heading names %s', (id, heading, body) => {
    expect(statusOf(withHeading(heading, body))[id]).toBe('headed');
  });

  it.each([
    ['environment', '一、高度重视，营造扎实有效的创建环境', '局党组多次召开专题会议研究部署创建工作。'],
    ['service', '二、志愿服务常态化', '组建志愿服务队，定期走进社区开展服务。'],
    ['plans', '一、工作思路', '以创建促发展，以发展带创建，全面提升干部职工素质。'],
    ['leadership', '（三）落实厂务公开制度，保障职工知情权', '每季度在公开栏公布经费收支。'],
    ['governance', '二、开展小区环境卫生综合治理', '清理楼道杂物，补植绿化。'],
    ['leadership', '（二）坚持节日看望制度，关心职工生活', '工会在春节前走访了退休职工。'],
    ['activities', '一、健全机制，为创建活动提供组织保障', '支行调整了创建领导小组，明确专人负责。'],
    ['volunteer', '二、强化投入，为志愿服务活动奠定物质基础', '医院购置了义诊设备，改造了服务站点。'],
    ['activities', '三、完善制度，为主题活动营造良好氛围', '学校修订了考核办法，每月通报一次。'],
    ['activities', '二、开展青少年防溺水系列活动', '中心走进5所学校讲授游泳安全知识，发放宣传手册2000份。'],
  ])('a heading does not name %s', (id, heading, body) => {
    expect(statusOf(withHeading(heading, body))[id]).not.toBe('headed');
  });

  it('finds the opening after a page title read as a run-in heading and a site prompt paragraph', () => {
    const text = ['工作总结:2024年文明单位创建工作总结汇报五篇-某某网', '第一篇 工作总结:2024年文明单位创建工作总结汇报 3000字', '总结是对过去一段时间工作的回顾，写好总结可以让我们明确努力方向，下面是小编精心整理的文明单位创建工作总结汇报，希望能给大家带来帮助，欢迎阅读参考，一起来看看吧。', '文明创建是一项长期的系统工程，需要常抓不懈。', '根据县文明办的通知要求，现将我院创建工作情况汇报如下：', '一、主要成绩', '全年组织开展各类活动30次。'].join('\n');
    expect(statusOf(text).overview).toBe('inline');
  });

  it('finds the opening after a page\'s chrome and essay marker', () => {
    const text = ['当前位置:范文网>工作总结', '文明创建工作总结(精选6篇)', '文明创建工作总结篇1', '近年来，我局在县委的正确领导下，扎实开展文明创建工作。现将有关情况总结如下：', '一、加强组织领导', '成立领导小组，制定实施方案，签订目标责任书。'].join('\n');
    expect(statusOf(text).overview).toBe('inline');
  });

  it.each([
    ['下一步，我们将把志愿服务延伸到每个小区。', 'inline'],
    ['今后，支行将继续深化文明创建。', 'inline'],
    ['会上对下一步工作进行了安排部署，为下一步的工作奠定了基础。', 'missing'],
    ['明确了“今年打基础、明年促提升”的目标。', 'missing'],
  ])('a plan cue opens a clause: %s', (closing, status) => {
    expect(statusOf(['某局文明创建工作总结', '近年来，我局扎实开展创建工作。', '开展学雷锋志愿服务活动，组建志愿服务队。', closing].join('\n')).plans).toBe(status);
  });

  it.each([
    ['我局被市委、市政府授予“文明单位”称号。', 'inline'],
    // An overall verdict on the work, whatever words stand between 取得 and what it won (corpus/DECISIONS.md 20).
    ['创建工作取得了一定成效，受到群众广泛好评。', 'inline'],
    ['文明創建工作取得了顯著的成績。', 'inline'],
    ['在创建工作中取得了一定的进展。', 'inline'],
    ['全年各项工作目标圆满完成。', 'inline'],
    // Still aimed at: a plan, not a result.
    ['明年力争取得更大成效。', 'missing'],
    ['我们将确保圆满完成全年任务。', 'missing'],
    // Too far apart, or in another clause: no verdict.
    ['取得群众信任，完善服务机制，提升窗口形象，成效正在显现。', 'missing'],
    ['通过开展一系列主题鲜明、形式多样的宣传教育活动取得成效。', 'inline'],
  ])('results need an honor or a stated outcome: %s', (sentence, status) => {
    expect(statusOf(['某局文明创建工作总结', '近年来，我局扎实开展创建工作。', sentence].join('\n')).results).toBe(status);
  });

  it('reads 精神文明创建活动 as the whole campaign, not as activities', () => {
    const report = (sentence: string) => statusOf(['某局文明创建工作总结', '近年来，我局扎实开展创建工作。', sentence].join('\n')).activities;
    expect(report('成立了以局主要领导为首的精神文明创建活动领导小组，确保了精神文明创建活动有组织、有评比。')).toBe('missing');
    expect(report('以群众性精神文明创建活动为载体，开展文明科室评比。')).toBe('inline');
  });

  it('finds no opening in a text that starts in the middle of a sentence', () => {
    const text = (first: string) => [first, '一、加强组织领导', '成立领导小组，制定实施方案。', '二、开展志愿服务', '组建志愿服务队。'].join('\n');
    expect(statusOf(text('学、赶、帮、超”的浓厚氛围；今年以来我镇坚持标准要求不降，群众广泛参与。')).overview).toBe('missing');
    expect(statusOf(text('今年以来，我镇坚持“学、赶、帮、超”，群众广泛参与。')).overview).toBe('inline');
  });

  it('counts the words of an honor title for results only', () => {
    const status = statusOf(['某局文明创建工作总结', '近年来，我局扎实开展创建工作。', '多次被省、市授予综合治理、安全生产、廉政建设先进集体称号。'].join('\n'));
    expect(status.results).toBe('inline');
    expect(status.governance).toBe('missing');
  });

  it('lets a heading framed as 思想道德 head study too when its block holds two study cues', () => {
    const both = statusOf(['某站文明创建工作总结', '一、加强思想道德建设', '全年组织中心组学习12次、职工政治学习24次，开展职业道德教育和道德讲堂活动。', '二、深化志愿服务', '注册志愿者156名，开展学雷锋志愿服务活动42次。'].join('\n'));
    expect([both.theory, both.morality]).toEqual(['headed', 'headed']);
    const moralsOnly = statusOf(['某站文明创建工作总结', '一、加强思想道德建设', '开展职业道德教育，举办道德讲堂6期，评选身边好人10名。', '二、深化志愿服务', '注册志愿者156名，开展学雷锋志愿服务活动42次。'].join('\n'));
    expect([moralsOnly.theory, moralsOnly.morality]).toEqual(['missing', 'headed']);
  });

  it.each([
    ['help to the unit\'s own staff is no social responsibility', ['某所文明创建工作总结', '近年来，我所扎实开展创建工作。', '工会为困难职工发放慰问金8.6万元。'], 'responsibility', 'missing'],
    ['help to outsiders is', ['某所文明创建工作总结', '近年来，我所扎实开展创建工作。', '为困难家庭发放慰问金8.6万元。'], 'responsibility', 'inline'],
    ['a shortfall clause shows no feature', ['某公司文明创建工作总结', '近年来，公司扎实开展创建工作。', '创建工作的特色亮点还不够鲜明，品牌影响力不大。'], 'highlights', 'missing'],
    ['a mass organisation\'s own body is no leadership heading', ['某县妇联文明创建工作总结', '近年来，县妇联扎实开展创建工作。', '一、加强妇联组织的自身建设', '全体干部学习《妇女权益保障法》，参加业务培训两次。'], 'leadership', 'missing'],
    ['the safety of the water a utility supplies is its service, not governance', ['某水务公司文明创建工作总结', '近年来，公司扎实开展创建工作。', '一、守护水质安全，优化供水服务', '每日检测出厂水和管网水，及时回应用户报修。'], 'governance', 'missing'],
    ['the unit\'s own safety work still heads governance', ['某水务公司文明创建工作总结', '近年来，公司扎实开展创建工作。', '一、抓好安全生产', '每月开展一次隐患排查，全年无事故。'], 'governance', 'headed'],
    ['a heading on rules heads leadership', ['某校文明创建工作总结', '近年来，学校扎实开展创建工作。', '一、制度健全，措施得力', '学校修订了各项管理办法，每月召开一次工作例会。'], 'leadership', 'headed'],
    ['a signature run into the last sentence of a flattened page', ['某集团文明创建工作总结', '近年来，集团扎实开展创建工作。存在的问题是资金投入不足。 某市华都集团有限公司 二零一一年五月二十六日'], 'signature', 'inline'],
    ['a date written 二零 on its own line', ['某局文明创建工作总结', '近年来，我局扎实开展创建工作。', '某县交通运输局', '二零二三年十二月二十日'], 'signature', 'inline'],
    ['a template\'s date with blank figures', ['某社文明创建工作总结', '近年来，本社扎实开展创建工作。', '××信用社', '20__年**月**日'], 'signature', 'inline'],
    ['a staff count with its average age is a profile', ['某所文明创建工作总结', '近年来，本所扎实开展创建工作。', '所内现有干部职工29人，平均年龄41岁。'], 'profile', 'inline'],
    ['a year without a safety accident alone is no governance work', ['某院文明创建工作总结', '近年来，我院扎实开展创建工作。', '投入资金460万元完成适老化改造，实现全年安全责任事故为零。'], 'governance', 'missing'],
    ['managing safety is', ['某校文明创建工作总结', '近年来，学校扎实开展创建工作。', '学校加强校园安全管理，安装视频监控探头，实行封闭式管理。'], 'governance', 'inline'],
    ['a heading on seniors giving their remaining strength heads volunteering', ['某老年大学文明创建工作总结', '近年来，学校扎实开展创建工作。', '五、发挥老年人余热', '学员进社区开展义诊和宣讲。'], 'volunteer', 'headed'],
    ['a paragraph that puts quality service first covers the service', ['某厂文明创建工作总结', '近年来，我厂扎实开展创建工作。', '这一年，我们把优质服务作为立厂之本，全年处理污水5120万吨。'], 'service', 'inline'],
    ['a head of the unit taking overall charge, with the campaign funds, is the leadership', ['某厂文明创建工作总结', '近年来，我厂扎实开展创建工作。', '建立厂长负总责、班组长抓落实的工作机制，全年投入创建经费46万元。'], 'leadership', 'inline'],
    ['a parent heading over parts on other topics heads none of their scattered cues', ['某站文明创建工作总结', '近年来，我站扎实开展创建工作。', '二、主要做法', '（一）加强道德建设。举办道德讲堂4场，开展“文明班组”评比和评选“最美职工”活动，组织“我们的节日”主题活动。', '（二）做实志愿服务。志愿服务队开展河道清洁活动10次。'], 'activities', 'inline'],
    ['a heading on social responsibility over a volunteer team\'s work heads volunteering too', ['某厂文明创建工作总结', '近年来，我厂扎实开展创建工作。', '四、履行社会责任', '厂志愿服务队现有志愿者310人，开展学雷锋志愿服务活动42次，文明劝导20次，向乡村振兴基金捐款150万元。'], 'volunteer', 'headed'],
    ['pledges of clean practice and refused red envelopes are integrity work', ['某院文明创建工作总结', '近年来，我院扎实开展创建工作。', '全院签订廉洁行医承诺书586份，拒收红包12人次。'], 'governance', 'inline'],
    ['donations the unit received are no social responsibility', ['某站文明创建工作总结', '近年来，我站扎实开展创建工作。', '站里开展送餐送衣活动，接受社会爱心捐赠衣物约2000件。'], 'responsibility', 'missing'],
    ['a foreword heads the overview', ['某處文明單位成果報告', '一、前言', '本處自2020年起推動文明單位建立工作，謹將成果報告如下。', '二、服務品質提升', '設置遊客服務視窗。'], 'overview', 'headed'],
    ['a heading on a beautiful plant site heads the environment', ['某厂文明创建工作总结', '近年来，我厂扎实开展创建工作。', '（五）建设美丽厂区。', '投资650万元实施污水处理提标改造。'], 'environment', 'headed'],
    ['recognition received heads the results', ['某處文明單位成果報告', '本處推動文明單位建立工作。', '七、獲得肯定', '本處獲選為「全市文明單位」。'], 'results', 'headed'],
    ['when the unit was built and the ground it covers are a profile', ['某园文明创建工作汇报', '市动物园建于1983年，占地约46公顷，展出动物180余种。近年来，园党委扎实开展创建工作。'], 'profile', 'inline'],
    ['a heading on volunteers and community engagement heads social responsibility too', ['某處文明單位成果報告', '本處推動文明單位建立工作。', '四、志工與社區參與', '本處招募園區志工265人，並與周邊4個社區簽訂共建協議。'], 'responsibility', 'headed'],
    ['a heading on service that benefits people (惠民生) heads no social responsibility', ['某营业部文明创建工作汇报', '近年来，营业部扎实开展创建工作。', '3.投教服务惠民生。', '常态化开展投教进社区活动，全年举办讲座42场。'], 'responsibility', 'missing'],
    ['a heading on achievements heads the results', ['某志愿服务队工作总结', '一年来，我们扎实开展志愿服务。', '二、主要成就', '团队组织多场志愿活动，得到市民好评。'], 'results', 'headed'],
    ['a paragraph naming the work\'s distinctive features shows the highlights', ['某志愿服务队工作总结', '一年来，我们扎实开展志愿服务。', '推出义务理发、健康咨询等特色服务，整体工作呈现出三方面特点。'], 'highlights', 'inline'],
    ['service that is of high quality (服务优质) shows the service', ['某局文明创建工作汇报', '近年来，我局扎实开展创建工作。', '紧紧围绕建设电网坚强、服务优质的现代供电企业的目标推进各项工作。'], 'service', 'inline'],
    ['no signature in a sentence that ends in a date', ['某局文明创建工作总结', '近年来，我局扎实开展创建工作。', '检查组来我局检查的时间是2023年12月20日'], 'signature', 'missing'],
    ['三会一课 alone shows party study', ['某站文明创建工作总结', '近年来，本站扎实开展创建工作。', '站党支部坚持落实三会一课制度，全年组织活动48次。'], 'theory', 'inline'],
    ['one study word alone does not', ['某站文明创建工作总结', '近年来，本站扎实开展创建工作。', '站党支部全年组织集中学习48次。'], 'theory', 'missing'],
    ['结成帮扶对子 alone shows social responsibility', ['某站文明创建工作总结', '近年来，本站扎实开展创建工作。', '我们与山下的某村结成帮扶对子，为该村修建了一座桥。'], 'responsibility', 'inline'],
    ['a single word of campus culture shows unit culture', ['某校文明创建工作总结', '近年来，学校扎实开展创建工作。', '学校注重校园文化建设，每年举办一次书画展。'], 'culture', 'inline'],
    ['fire prevention is safety work', ['某站文明创建工作总结', '近年来，本站扎实开展创建工作。', '防火是林区的大事，全年未发生森林火灾。'], 'governance', 'inline'],
    ['a heading naming a profile in one word', ['某中心文明创建工作总结', '近年来，中心扎实开展创建工作。', '一、中心概况', '中心现有职工42人。', '二、深化志愿服务', '注册志愿者56名。'], 'profile', 'headed'],
    ['a late heading naming problems and plans', ['某站文明创建工作总结', '近年来，本站扎实开展创建工作。', '一、加强组织领导', '成立了领导小组。', '二、深化志愿服务', '注册志愿者56名。', '三、问题和计划', '人员不足，明年招录新人。'], 'plans', 'headed'],
    ['志工 is volunteer work', ['某站文明创建工作总结', '近年来，本站扎实开展创建工作。', '三、志工服务与社群共建', '本站组织员工到社区开展服务。'], 'volunteer', 'headed'],
    ['a heading on the business climate heads service', ['某关文明创建工作总结', '近年来，本关扎实开展创建工作。', '（一）优化口岸营商环境。通关时间压缩到20小时。', '（二）深化志愿服务。注册志愿者56名。'], 'service', 'headed'],
    ['a heading on compliance heads governance', ['某社文明创建工作总结', '近年来，本社扎实开展创建工作。', '（一）强化合规管理。每月开展一次风险排查。', '（二）深化志愿服务。注册志愿者56名。'], 'governance', 'headed'],
    ['a heading on safety and environmental protection heads environment', ['某厂文明创建工作总结', '近年来，本厂扎实开展创建工作。', '1.安全环保底线牢固。全年投入资金800万元。', '2.志愿服务持续推进。注册志愿者56名。'], 'environment', 'headed'],
    ['a heading on thought and culture heads study', ['某社文明创建工作总结', '近年来，本社扎实开展创建工作。', '（一）加强思想文化建设。党支部开展集中学习12次。', '（二）深化志愿服务。注册志愿者56名。'], 'theory', 'headed'],
    ['a heading on staff education heads morals when its block holds two moral cues', ['某商场文明创建工作总结', '近年来，商场扎实开展创建工作。', '（一）加强员工教育。举办职业道德培训22期，引导员工践行社会主义核心价值观。', '（二）深化志愿服务。注册志愿者56名。'], 'morality', 'headed'],
    ['a heading on staff education with one moral cue does not', ['某商场文明创建工作总结', '近年来，商场扎实开展创建工作。', '（一）加强员工教育。举办职业道德培训22期，组织业务培训18期。', '（二）深化志愿服务。注册志愿者56名。'], 'morality', 'inline'],
    ['a heading on the weak heads social responsibility', ['某中心文明创建工作总结', '近年来，中心扎实开展创建工作。', '（一）关怀弱势群体。为偏远小学送去器材。', '（二）深化志愿服务。注册志愿者56名。'], 'responsibility', 'headed'],
    ['a closing sentence striving for a target is a plan', ['某院文明创建工作总结', '近年来，我院扎实开展创建工作。', '一年来，全院完成床位改造200张。', '专业人才缺乏的问题仍然存在。2024年，院里计划招聘护理员20名，力争满意率保持在97%以上。'], 'plans', 'inline'],
    ['the service quality and its satisfaction rate show service', ['某院文明创建工作总结', '近年来，我院扎实开展创建工作。', '在服务质量上，推行一人一案照护计划，老人满意率达到97.6%。', '下一步，我们将继续努力。'], 'service', 'inline'],
    ['a moral word in passing (乡风文明 in a slogan) shows no moral work', ['某村创建文明村工作总结', '近年来，本村扎实开展创建工作。', '我村按照生产发展、生活富裕、乡风文明、村容整洁、管理民主的要求，修通了进村公路。'], 'morality', 'missing'],
    ['nor does 好人好事 read in the paper', ['某村创建文明村工作总结', '近年来，本村扎实开展创建工作。', '村民在阅览室读报，了解身边的好人好事。'], 'morality', 'missing'],
    ['one word naming moral education does', ['某村创建文明村工作总结', '近年来，本村扎实开展创建工作。', '村里举办道德讲堂6期，村民踊跃参加。'], 'morality', 'inline'],
    ['a heading on good people heads moral work', ['某街道文明创建工作总结', '近年来，街道扎实开展创建工作。', '一、以身边好人为引领', '评出街道好人20名。', '二、深化志愿服务', '注册志愿者560名。'], 'morality', 'headed'],
    ['when a reading room was set up and the books it holds are a profile', ['某社区阅览室工作总结', '近年来，社区扎实开展各项工作。', '社区阅览室组建于2016年，现藏书3200册，受到居民欢迎。'], 'profile', 'inline'],
    ['open government affairs alone show democratic management', ['某社区文明创建工作总结', '近年来，社区扎实开展创建工作。', '社区每季度进行一次政务公开，群众反映良好。'], 'governance', 'inline'],
    ['a publicity heading over banners and leaflets heads no creation activities', ['某社区文明创建工作总结', '近年来，社区扎实开展创建工作。', '一、加大宣传力度，营造浓厚氛围', '在主干道悬挂横幅50条，发放宣传资料3000份。', '二、深化志愿服务', '注册志愿者560名。'], 'activities', 'missing'],
    ['one over a themed campaign does', ['某社区文明创建工作总结', '近年来，社区扎实开展创建工作。', '一、加大宣传力度，营造浓厚氛围', '开展“文明家庭”评选，评出文明家庭30户。', '二、深化志愿服务', '注册志愿者560名。'], 'activities', 'headed'],
    ['an opening that follows a guiding line (认真学习贯彻…精神) is the overview', ['某社区文明创建工作总结', '我们社区认真学习贯彻党的二十大精神，以服务居民为立足点，扎实推进各项工作。', '一、加强组织领导', '成立了领导小组。'], 'overview', 'inline'],
    ['building the rule system (制度建设) is the organisation of the work', ['某站文明创建工作总结', '近年来，本站扎实开展创建工作。', '站里狠抓制度建设，落实岗位责任制，做到有章可循。'], 'leadership', 'inline'],
    ['a culture station\'s reading and sports for villagers are its service', ['某乡综合文化站工作总结', '一年来，本站扎实开展各项工作。', '图书阅览室全年开放，组织农民读书活动12场，举办广场健身舞比赛2次。'], 'service', 'inline'],
    ['and no culture of its own', ['某乡综合文化站工作总结', '一年来，本站扎实开展各项工作。', '图书阅览室全年开放，组织农民读书活动12场，举办广场健身舞比赛2次。'], 'culture', 'missing'],
    ['its staff\'s sports and reading stay its own culture', ['某乡综合文化站工作总结', '一年来，本站扎实开展各项工作。', '站里组织全体职工开展读书活动，每月举办一次职工健身活动。'], 'culture', 'inline'],
    ['a library text under a title naming no unit is a culture venue\'s by what it names', ['上半年工作总结', '上半年，区图书馆在文化局的领导下扎实开展工作。图书馆全年接待读者3万人次。', '图书馆开设阅览区，组织少儿读书活动20场，举办读书节一次。', '图书馆还开展了送书下乡。'], 'culture', 'missing'],
    ['a community report that names its reading room stays a community\'s', ['某社区文明创建工作总结', '近年来，社区建成文化室和图书室，文化室全年开放。', '社区组织居民读书活动12场，文化室举办健身舞比赛2次。'], 'culture', 'inline'],
    ['a heading naming the station is no culture heading', ['某镇综合文化站工作总结', '一年来，本站扎实开展工作。', '一、综合文化站基本情况', '本站建于2009年，现有工作人员3名。', '二、免费开放', '全年开放时间每周42小时。'], 'culture', 'missing'],
    ['one compound word (安全生产) is one cue, not two with the 安全 inside it', ['某局文明创建工作总结', '近年来，我局扎实开展创建工作。', '局里把创建工作同业务考核、安全生产等任务一起部署。'], 'governance', 'missing'],
    ['the same short cue standing apart still counts', ['某局文明创建工作总结', '近年来，我局扎实开展创建工作。', '局里落实安全生产责任制，全年未发生安全事故。'], 'governance', 'inline'],
    ['overlapping cues (政治理论学习) are one word', ['某所文明创建工作总结', '近年来，本所扎实开展创建工作。', '所里全年组织政治理论学习18次。'], 'theory', 'missing'],
    ['a reading activity and reading books show culture', ['某站文明创建工作总结', '近年来，本站扎实开展创建工作。', '站里开展职工读书活动，职工人均阅读书籍9本。'], 'culture', 'inline'],
    ['staff now employed (现有员工N人) alone show the profile', ['某公司文明创建工作总结', '近年来，公司扎实开展创建工作。', '公司是一家燃气供应企业，现有员工236人。'], 'profile', 'inline'],
    ['a heading on ideological education over party study alone heads no moral work', ['某局文明创建工作总结', '近年来，我局扎实开展创建工作。', '一、抓好思想教育，提高队伍素质', '局党组坚持中心组学习制度，每月集中学习一次。', '二、深化志愿服务', '注册志愿者86名。'], 'morality', 'missing'],
    ['it still heads study', ['某局文明创建工作总结', '近年来，我局扎实开展创建工作。', '一、抓好思想教育，提高队伍素质', '局党组坚持中心组学习制度，每月集中学习一次。', '二、深化志愿服务', '注册志愿者86名。'], 'theory', 'headed'],
    ['over a block with a moral cue it heads moral work too', ['某局文明创建工作总结', '近年来，我局扎实开展创建工作。', '一、抓好思想教育，提高队伍素质', '局党组坚持中心组学习制度，每季度举办一期道德讲堂。', '二、深化志愿服务', '注册志愿者86名。'], 'morality', 'headed'],
    ['matters handed down for rectification (交办事项) are no service to the public', ['某局文明创建工作总结', '近年来，我局扎实开展创建工作。', '对检查中发现的问题，下达整改通知，写明交办事项和办结时限。'], 'service', 'missing'],
    ['a pledge to make up for weak points (补齐短板) names no shortcoming', ['某站文明创建工作总结', '近年来，本站扎实开展创建工作。', '一、加强组织领导', '成立了领导小组。', '二、深化志愿服务', '注册志愿者56名。', '明年我们将对照测评体系逐项补齐短板。'], 'problems', 'missing'],
    ['the chief and the leader in charge each taking a share (主要领导, 分管领导) are the organisation of the work', ['某局文明创建工作总结', '近年来，我局扎实开展创建工作。', '局里把任务分到科室，主要领导每周过问一次，分管领导盯住进度。'], 'leadership', 'inline'],
    ['responsibility passed down level by level is too', ['某局文明创建工作总结', '近年来，我局扎实开展创建工作。', '创建任务逐级分解，一级抓一级、层层抓落实。'], 'leadership', 'inline'],
    ['what kind of body the unit is and what it has inside are its profile', ['某中心文明创建工作汇报', '近年来，中心扎实开展创建工作。', '中心是县政府的派出机构，属副科级事业单位，内设综合科和业务科。'], 'profile', 'inline'],
    ['the guiding line of an opening (学习贯彻党的…全会精神) shows no study', ['某中心文明创建工作汇报', '近年来，中心认真学习贯彻党的二十大和二十届二中全会精神，扎实开展创建活动，现将有关情况汇报如下。', '一、加强组织领导', '成立了领导小组。'], 'theory', 'missing'],
    ['study of the congress with its own study cue does', ['某中心文明创建工作汇报', '近年来，中心扎实开展创建活动，现将有关情况汇报如下。', '中心组织干部学习贯彻党的二十大精神，开展中心组专题学习12次。'], 'theory', 'inline'],
    ['free opening heads a venue\'s service', ['某镇综合文化站工作总结', '一年来，本站扎实开展工作。', '一、综合文化站基本情况', '本站建于2009年，现有工作人员3名。', '二、免费开放', '全年开放时间每周42小时。'], 'service', 'headed'],
    ['a goal of a beautified environment (环境美化) is one cue, not 环境 and 美化', ['某所文明创建工作总结', '近年来，本所扎实开展创建工作。', '所里围绕队伍素质提升、办案流程优化、环境美化的目标推进创建。'], 'environment', 'missing'],
    ['greening and tidying the courtyard still show environment work', ['某所文明创建工作总结', '近年来，本所扎实开展创建工作。', '所里美化办公环境，院内新增绿化面积200平方米。'], 'environment', 'inline'],
    ['a chat group named for charity (爱心公益群) is one word, no social responsibility', ['某社区志愿服务工作汇报', '近年来，社区扎实开展志愿服务。', '社区开通了爱心公益群，邻里互助更方便了。'], 'responsibility', 'missing'],
    ['群众性创建活动 names the whole campaign, no creation activity', ['某中心文明创建工作总结', '近年来，中心在全体职工中广泛开展群众性创建活动，现将情况总结如下。', '一、加强组织领导', '成立了领导小组。'], 'activities', 'missing'],
    ['the title of a civilised tourist site sought (创建文明旅游景区) is no creation activity', ['某景区创建文明单位汇报材料', '下面我代表景区，就创建文明旅游景区的情况向检查组作简要汇报。', '景区位于城东，占地12平方公里。'], 'activities', 'missing'],
    ['the water quality a utility manages is its service, not the unit\'s own safety', ['某水务公司工作总结', '一年来，公司扎实开展各项工作。', '公司严格水质安全管理，每日检测出厂水。'], 'governance', 'missing'],
    ['an opening in a speech that reports to the visitors (向各位领导汇报) is the overview', ['某馆创建文明单位汇报材料', '尊敬的各位领导:', '欢迎各位领导来馆检查。下面我向各位领导汇报本馆一年来的创建工作。', '一、加强组织领导', '成立了领导小组。'], 'overview', 'inline'],
    ['an opening that lists what was done (完成了以下工作) is the overview', ['某所工会年终工作总结', '这一年,所工会重点做了以下几项工作:', '一、组织职工学习', '全年组织学习12次。'], 'overview', 'inline'],
    ['core values rolling on a screen among the slogans are publicity, no moral work', ['某中心文明创城工作汇报', '近年来，中心扎实开展创城工作。', '小区大门的电子屏每天轮播社会主义核心价值观标语。'], 'morality', 'missing'],
    ['nor are they on public-service ads named after a slogan with a comma in its quotes', ['某街道创城工作进展情况报告', '今年以来，街道扎实开展创城工作。', '街道在背街小巷张贴社会主义核心价值观和“礼让斑马线,文明你我他”公益广告。'], 'morality', 'missing'],
    ['a moral lecture held stays moral work though its role models go up on a board', ['某厂文明创建工作总结', '近年来，本厂扎实开展创建工作。', '厂里举办“工匠精神”道德讲堂4场，评出先进典型6名，并在厂区宣传栏集中展示。'], 'morality', 'inline'],
    ['a line of prose broken off inside a word goes on in the next line', ['某局文明创建工作总结', '近年来，我局扎实开展创建工作。', '局里每逢节假日都安排丰富多彩的文体活动，今年春天还有五名青年职工报名参加了全市交通系统举', '办的职工运动会，拿到了团体奖。'], 'culture', 'inline'],
    ['a paragraph that ends on its sentence does not', ['某局文明创建工作总结', '近年来，我局扎实开展创建工作。', '局里每逢节假日都安排丰富多彩的文体活动，全年共组织了十二场。', '工会每年举办一次职工运动会。'], 'culture', 'missing'],
    ['where the unit lies and what it brings together (是集…于一体的) are its profile', ['某景区创建文明单位汇报材料', '近年来，景区扎实开展创建工作。', '景区位于城东十公里处，是集生态保护、科普教育与休闲旅游于一体的综合景区。'], 'profile', 'inline'],
    ['the quality rates of a utility\'s supply show its service', ['某供电局文明创建工作总结', '三年来，我局扎实开展创建工作。', '全年供电可靠率99.96%，居民端电压合格率99.1%。'], 'service', 'inline'],
    ['a heading run into a long flattened line covers its section inline', ['某馆志愿服务工作总结 近年来，本馆扎实开展志愿服务，取得了较好的成效。主要做法如下： 一、深化志愿服务 本馆组建了讲解志愿服务队，注册志愿者120名，全年开展学雷锋志愿服务活动36次，服务时长4000小时。 二、加强组织领导 本馆成立了领导小组。'], 'volunteer', 'inline'],
    ['a sub-heading (一) run into a long flattened line covers its sections inline', ['某殡仪服务中心文明创建工作总结', `今年以来，中心在主管局的领导下扎实推进文明创建，群众满意度稳步提升，各项工作取得了较好的成效，得到了社会各界的肯定。一、基本情况：中心现有干部职工60名，其中管理人员12名，承担全县的殡仪服务、骨灰寄存和殡葬改革宣传等工作，年均服务群众两千余户。二、主要做法：（一）强化学习教育，完善规章制度。狠抓职工的政治素质和业务技能，定期组织培训和岗位练兵，不断增强职工的责任意识和服务意识。（二）提升服务水平，方便群众办事。中心推行预约服务和全程代办，为困难群众减免服务费用。（三）改善服务环境，打造整洁场所。中心对悼念厅进行了修缮，栽种花木，美化了院区环境。三、存在不足：宣传工作还不够深入，服务设施有待进一步改善。`], 'leadership', 'inline'],
    ['a heading on the campaign\'s atmosphere (营造浓厚的创建氛围) heads creation activities, not morality by the core values on its boards (museum)', ['某市博物馆创建文明单位工作汇报', '近年来，我馆扎实开展文明单位创建工作，现将有关情况汇报如下。', '一、加强组织领导', '馆里成立了创建工作领导小组，馆长任组长。', '二、营造浓厚的创建氛围', '我馆在大门口电子屏滚动播放文明标语，在展厅外墙设置核心价值观展板，还举办了道德模范事迹展。'], 'activities', 'headed'],
    ['so does 抓好营造创文氛围 (a labour bureau)', ['某区人社局创文工作总结', '今年以来，我局扎实推进创文工作，现将有关情况总结如下。', '一、加强组织领导', '局里成立了创文工作领导小组。', '二、抓好营造创文氛围', '局机关在办事大厅悬挂横幅10条，在宣传栏张贴社会公德和职业道德宣传画。'], 'activities', 'headed'],
    ['and 营造创城氛围 (a community)', ['某社区创城工作汇报', '近年来，社区扎实开展创城工作，现将有关情况汇报如下。', '1、加强组织领导', '社区成立了创城工作领导小组。', '2、营造创城氛围', '社区在小区出入口设置公益广告牌，在楼道张贴文明礼仪和家风家训宣传画。'], 'activities', 'headed'],
    ['a heading on an atmosphere of study (创设浓厚的学习氛围) does not', ['某中学文明校园创建工作总结', '近年来，学校扎实开展创建工作，现将有关情况总结如下。', '一、加强组织领导', '学校成立了创建工作领导小组。', '二、创设浓厚的学习氛围', '学校开放图书室和阅览室，每学期举办读书节，教师撰写读书心得。'], 'activities', 'missing'],
    ['the same heading on a line of its own heads it', ['某馆志愿服务工作总结', '近年来，本馆扎实开展志愿服务，取得了较好的成效。主要做法如下：', '一、深化志愿服务', '本馆组建了讲解志愿服务队，注册志愿者120名，全年开展学雷锋志愿服务活动36次，服务时长4000小时。', '二、加强组织领导', '本馆成立了领导小组。'], 'volunteer', 'headed'],
    ['a red cross society\'s aid to the needy is its service', ['某县红十字会2023年工作总结', '一年来，县红十字会扎实开展各项工作。', '红十字会全年为困难家庭发放救助金12万元，资助贫困学生30名，帮扶重病患者15人。'], 'service', 'inline'],
    ['its staff\'s own blood drive stays social responsibility', ['某县红十字会2023年工作总结', '一年来，县红十字会扎实开展各项工作。', '红十字会全年为困难家庭发放救助金12万元，资助贫困学生30名。', '机关干部带头参加无偿献血，共献血20人次。'], 'responsibility', 'inline'],
    ['a blood drive alone shows social responsibility', ['某公司文明创建工作总结', '近年来，公司扎实开展创建工作。', '公司每年组织职工参加无偿献血。'], 'responsibility', 'inline'],
    ['a blood centre\'s recruiting of donors is its service, not social responsibility', ['某市中心血站文明创建工作总结', '近年来，血站扎实开展创建工作，血站坚持以献血者为中心。', '血站把无偿献血宣传招募作为文明实践的重要阵地，全年开展献血进社区活动60场。'], 'responsibility', 'missing'],
    ['a red cross society\'s mobilising work (动员工作) names none of its staff', ['某县红十字会2023年工作总结', '一年来，红十字会围绕“人道、博爱、奉献”做好宣传动员工作，开展共建和谐社区和冬季送温暖活动。', '红十字会全年为困难家庭发放救助金12万元。'], 'responsibility', 'missing'],
    ['a culture station\'s mobilising work (动员工作) names none of its staff either', ['某乡综合文化站工作总结', '一年来，本站扎实开展各项工作。', '站里做好读书活动的宣传动员工作，组织农民读书活动12场，举办广场健身舞比赛2次。'], 'culture', 'missing'],
    ['a heading that names nothing heads what its first sentence frames', ['某所2023年文明创建工作总结', '一年来，本所扎实开展创建工作，现将情况总结如下。', '【打基础】', '所里调整了由所长任组长的创建工作小组，分管领导具体负责。', '【暖人心】', '所里组建了志愿服务队，开展学雷锋活动18次。'], 'leadership', 'headed'],
    ['and again for the next one', ['某所2023年文明创建工作总结', '一年来，本所扎实开展创建工作，现将情况总结如下。', '【打基础】', '所里调整了由所长任组长的创建工作小组，分管领导具体负责。', '【暖人心】', '所里组建了志愿服务队，开展学雷锋活动18次。'], 'volunteer', 'headed'],
    ['a heading gathering the whole work (创建工作开展情况) frames no one topic', ['某景区文明创建工作总结', '一年来，景区扎实开展创建工作，现将情况总结如下。', '二、创建工作开展情况', '景区调整了由主任任组长的创建领导小组，分管领导具体负责。'], 'leadership', 'inline'],
    ['a first sentence with one cue frames nothing', ['某所2023年文明创建工作总结', '一年来，本所扎实开展创建工作，现将情况总结如下。', '【打基础】', '所里调整了创建领导小组。全年召开会议4次，分管领导每月检查一次。'], 'leadership', 'inline'],
    ['an opening on the campaign the unit throws itself into (大力开展) is the overview', ['某中心创城工作汇报材料', '当前全县正在大力开展文明城市创建，中心对照测评标准逐项排查，立行立改。', '1、加大创城宣传力度。', '物业在楼道和电梯里贴出创城海报，提醒业主文明出行，营造了浓厚氛围。'], 'overview', 'inline'],
    ['creating a civilised post (巾帼文明岗) is a creation activity', ['某社区文明创建工作总结', '近年来，社区扎实开展创建工作。', '社区在创建巾帼文明岗活动中，成立了创建活动小组，每月开展一次岗位练兵。'], 'activities', 'inline'],
    ['a civilised post won (当选为…) is an honor, no activity', ['某中心文明创建工作总结', '近年来，中心扎实开展创建工作。', '中心服务窗口当选为市“巾帼文明岗”，受到群众好评。'], 'activities', 'missing'],
    ['a period frame since the work began (自…开展创建工作以来) opens the report', ['某支行文明单位创建工作总结', '文明创建是一项凝聚人心的工程。自某支行开展文明单位创建工作以来，支行上下齐心协力，带动了各项业务发展。', '一、夯实创建基础', '支行成立了创建领导小组。'], 'overview', 'inline'],
    ['so does one since the unit opened (开业以来)', ['某医院创建工作情况汇报', '医院开业以来，始终把文明创建摆在重要位置。', '一、强化组织保障', '医院成立了创建领导小组。'], 'overview', 'inline'],
    ['core values as the guide of the whole work (以…核心价值观为引领) are no moral education', ['某税务局文明创建工作总结', '近年来，我局以社会主义核心价值观为引领，扎实推进文明创建，各项工作取得新进展。'], 'morality', 'missing'],
    ['a lecture with them as its theme is', ['某医院文明创建工作总结', '近年来，医院扎实推进文明创建。', '医院举办以践行社会主义核心价值观为主题的道德讲堂6期。'], 'morality', 'inline'],
    ['a shortfall already put right (对…的不足进行了完善) is no problem left', ['某学校文明创建工作总结', '一年来，学校扎实开展创建工作。', '学校组织志愿服务12次。', '学校开展读书活动4次。', '去年学校投入资金对办公设施的不足进行了完善，弥补了食堂服务的短板，家长反映的问题得到了解决。'], 'problems', 'missing'],
    ['a shortfall still there is', ['某学校文明创建工作总结', '一年来，学校扎实开展创建工作。', '学校组织志愿服务12次。', '学校开展读书活动4次。', '学校投入资金改造了食堂，但服务设施仍存在不足。'], 'problems', 'inline'],
    ['civilised posts named or won (被命名为…青年文明号, 荣膺…巾帼文明岗) are honors, no activity', ['某医院文明创建工作总结', '近年来，医院扎实开展创建工作。', '门诊部被命名为市级“青年文明号”，儿科护理组荣膺“巾帼文明岗”，受到患者好评。'], 'activities', 'missing'],
    ['so are posts a bank\'s counters have held for years (蝉联…)', ['某银行支行文明创建工作总结', '近年来，支行扎实开展创建工作。', '支行营业部连续三年蝉联市级“巾帼文明岗”，个人业务部入选“青年文明号”名单。'], 'activities', 'missing'],
    ['themed activity months and weeks are creation activities', ['某社区志愿服务工作汇报', '近年来，社区扎实开展志愿服务。', '社区先后开展了文明礼貌活动月和防灾减灾宣传周，居民踊跃参加。'], 'activities', 'inline'],
    ['计划 as a verb of doing in a late heading names no plans', ['某厂文明创建工作总结', '一年来，我厂扎实开展创建工作，现将情况总结如下。', '一、加强组织领导', '厂里成立了创建领导小组，厂长任组长。', '二、深化志愿服务', '组建志愿服务队，开展学雷锋活动12次。', '三、丰富职工文化', '举办职工运动会和读书会。', '四、周密计划，精心部署', '厂里将创建任务分解到车间班组，逐月检查。'], 'plans', 'missing'],
    ['计划 ending a late heading names the plans', ['某厂文明创建工作总结', '一年来，我厂扎实开展创建工作，现将情况总结如下。', '一、加强组织领导', '厂里成立了创建领导小组，厂长任组长。', '二、深化志愿服务', '组建志愿服务队，开展学雷锋活动12次。', '三、丰富职工文化', '举办职工运动会和读书会。', '四、存在问题和明年计划', '厂里将创建任务分解到车间班组，逐月检查。'], 'plans', 'headed'],
    ['raising awareness of the work (提高思想认识) is no study of theory', ['某税务局文明创建工作总结', '一年来，我局扎实开展创建工作，现将情况总结如下。', '一、提高思想认识，凝聚创建合力', '局里召开全局干部大会，动员大家投身创建。', '二、深化志愿服务', '组建志愿服务队，开展纳税辅导20次。'], 'theory', 'missing'],
    ['a bank\'s leaders taking the work up in meetings and mobilising the staff are the organisation of the work', ['某银行支行文明创建工作总结', '近年来，支行扎实开展创建工作。', '支行先后召开行务会专题研究，层层动员全体员工投身创建。'], 'leadership', 'inline'],
    ['so are a hospital\'s party committee meeting and its mobilising rally', ['某医院文明创建工作总结', '近年来，医院扎实开展创建工作。', '医院召开党委会研究部署创建工作，随后召开全院动员大会。'], 'leadership', 'inline'],
    ['so are a village committee meeting that unites thinking and plans the work', ['某村创建文明村工作总结', '近年来，本村扎实开展创建工作。', '村里召开两委会统一思想，再召开村民代表会议安排部署。'], 'leadership', 'inline'],
    ['a staff meeting that commends the able is no organisation of the work', ['某厂文明创建工作总结', '近年来，本厂扎实开展创建工作。', '厂里召开职工大会，表彰先进个人20名。'], 'leadership', 'missing'],
    ['a heading gathering the whole work heads no section its block is full of', ['某景区文明创建工作总结', '一年来，景区扎实开展创建工作，现将情况总结如下。', '一、加强组织领导', '景区成立了创建领导小组。', '二、创建工作开展情况', '景区组建志愿服务队，注册志愿者120名，开展学雷锋活动36次，文明劝导50次，志愿服务时长2000小时。'], 'volunteer', 'inline'],
    ['a heading naming professional ethics by its content (爱岗敬业) heads moral work (bank)', ['某银行支行文明创建工作总结', '近年来，支行扎实开展创建工作。', '一、爱岗敬业，热情服务', '柜员坚持微笑服务，全年零投诉。', '二、深化志愿服务', '注册志愿者56名。'], 'morality', 'headed'],
    ['so does 忠于职守 in a school\'s heading', ['某小学文明校园创建工作总结', '近年来，学校扎实开展创建工作。', '二、忠于职守，为人师表', '教师坚持家访，全年走访学生家庭300户。', '三、深化志愿服务', '注册志愿者56名。'], 'morality', 'headed'],
    ['a heading on service quality alone heads no moral work', ['某银行支行文明创建工作总结', '近年来，支行扎实开展创建工作。', '一、提升服务质量，热情服务', '柜员坚持微笑服务，全年零投诉。', '二、深化志愿服务', '注册志愿者56名。'], 'morality', 'missing'],
    ['work on a school\'s grounds named as environment building shows it alone', ['某中学文明校园创建工作总结', '近年来，学校扎实开展创建工作。', '学校抓好校园环境建设，新建了塑胶跑道。'], 'environment', 'inline'],
    ['so does a hospital\'s refitting of its grounds', ['某医院文明创建工作总结', '近年来，医院扎实开展创建工作。', '医院推进院区环境改造，新增停车位200个。'], 'environment', 'inline'],
    ['a better business climate (优化营商环境) is no environment work', ['某税务局文明创建工作总结', '近年来，我局扎实开展创建工作。', '我局持续优化营商环境，办税时间压缩三成。'], 'environment', 'missing'],
    ['work on the staff\'s conduct named as such (作风建设) shows governance alone', ['某银行支行文明创建工作总结', '近年来，支行扎实开展创建工作。', '支行加强作风建设，开展明察暗访4次。'], 'governance', 'inline'],
    ['so does a month of putting conduct right (作风整改) in a village', ['某村创建文明村工作总结', '近年来，本村扎实开展创建工作。', '村两委结合作风整改月活动，走访群众120户。'], 'governance', 'inline'],
    ['work judged to have had good effect (取得了较好的成效) shows the results (tax)', ['某税务局文明创建工作总结', '近年来，我局扎实开展创建工作。', '一、加强组织领导', '成立了领导小组。', '通过全局上下共同努力，创建工作取得了较好的成效。'], 'results', 'inline'],
    ['so does a record reached (创历史新高) at a factory', ['某厂文明创建工作总结', '近年来，本厂扎实开展创建工作。', '一、加强组织领导', '成立了领导小组。', '全年产值达到3.2亿元，创历史新高。'], 'results', 'inline'],
    ['work merely under way shows no results', ['某厂文明创建工作总结', '近年来，本厂扎实开展创建工作。', '一、加强组织领导', '成立了领导小组。', '全年组织学习12次。'], 'results', 'missing'],
    ['keeping dust and muck down on a school\'s building site is environment work', ['某中学文明校园创建工作总结', '近年来，学校扎实开展创建工作。', '新校区工地落实扬尘管控，渣土车辆全部密闭运输。'], 'environment', 'inline'],
    ['so are a hospital canteen\'s fume filters', ['某医院文明创建工作总结', '近年来，医院扎实开展创建工作。', '职工食堂安装油烟净化装置，厨余垃圾日产日清。'], 'environment', 'inline'],
    ['and a factory\'s noise brought down', ['某厂文明创建工作总结', '近年来，本厂扎实开展创建工作。', '厂里给空压机加装隔音罩，厂界噪声降到55分贝以下，厂区绿化率达到30%。'], 'environment', 'inline'],
    ['one pollution word in passing shows none', ['某局文明创建工作总结', '近年来，我局扎实开展创建工作。', '局里开展噪声污染防治宣传，发放资料2000份。'], 'environment', 'missing'],
    ['a fault seen at a few counters (存在…的现象) is a problem (bank)', ['某银行支行文明创建工作总结', '近年来，支行扎实开展创建工作。', '支行组织志愿服务12次。', '支行开展读书活动4次。', '检查中发现个别网点存在推诿扯皮的现象。'], 'problems', 'inline'],
    ['so is litter some pupils still drop (school)', ['某小学文明校园创建工作总结', '近年来，学校扎实开展创建工作。', '学校组织志愿服务12次。', '学校开展读书活动4次。', '部分学生仍有乱扔垃圾的现象。'], 'problems', 'inline'],
    ['a fault stamped out (杜绝了…的现象) is no problem left (hospital)', ['某医院文明创建工作总结', '近年来，医院扎实开展创建工作。', '医院组织志愿服务12次。', '医院开展读书活动4次。', '医院杜绝了收受红包的现象。'], 'problems', 'missing'],
    ['a heading on the fruits of a school\'s core work (巩固和发展办学成果) heads the results', ['某职业学校文明校园创建工作汇报', '近年来，学校扎实开展创建工作，现将情况汇报如下。', '一、立足实际，巩固和发展办学成果', '学校现有在校生1800人，今年毕业生就业率达到96%。', '二、深化志愿服务', '注册志愿者156名。'], 'results', 'headed'],
    ['and its first sentence\'s profile facts do not make it a profile heading', ['某职业学校文明校园创建工作汇报', '近年来，学校扎实开展创建工作，现将情况汇报如下。', '一、立足实际，巩固和发展办学成果', '学校现有在校生1800人，在编教职工120人，今年毕业生就业率达到96%。', '二、深化志愿服务', '注册志愿者156名。'], 'profile', 'inline'],
    ['so does one on a tax bureau\'s work (巩固工作成果)', ['某税务局文明创建工作总结', '一年来，我局扎实开展创建工作，现将情况总结如下。', '一、加强组织领导', '成立了领导小组。', '二、巩固工作成果，争创全国文明单位', '我局被评为省级文明单位。'], 'results', 'headed'],
    ['the fruits of one clean-up kept up (维护整治成果) head no results', ['某街道文明创建工作总结', '一年来，街道扎实开展创建工作，现将情况总结如下。', '一、加强组织领导', '成立了领导小组。', '二、大力维护整治成果，美化街区', '街道每天清扫背街小巷，清运垃圾20吨。'], 'results', 'missing'],
    ['a quoted slogan framing the work (以“…环境整洁…”为目标) names goals, no environment work (bank)', ['某银行支行文明创建工作总结', '近年来，支行扎实开展创建工作。', '支行以“服务一流、环境整洁、设施完善”为目标，推进网点转型。'], 'environment', 'missing'],
    ['nor does one a hospital follows (按照“…”的要求)', ['某医院文明创建工作总结', '近年来，医院扎实开展创建工作。', '医院按照“设施完善、环境优美、秩序良好”的要求，推进门诊流程再造。'], 'environment', 'missing'],
    ['a quoted name of a clean-up campaign is work done', ['某村创建文明村工作总结', '近年来，本村扎实开展创建工作。', '村里开展“美化环境、整洁家园”主题活动，清理垃圾20吨。'], 'environment', 'inline'],
    ['the opening still reads the frame of the work (以“…”为目标)', ['某税务局文明创建工作总结', '我局以“争创全国文明单位”为目标，扎实推进各项工作。', '一、加强组织领导', '成立了领导小组。'], 'overview', 'inline'],
    ['a school\'s heading on its schooling (规范办学行为) heads its core service', ['某中学文明校园创建工作总结', '一年来，学校扎实开展创建工作，现将情况总结如下。', '一、规范办学行为', '学校严格执行课程计划，全年无违规补课。', '二、深化志愿服务', '注册志愿者156名。'], 'service', 'headed'],
    ['so does a kindergarten\'s on its teaching and care (抓好教育教学)', ['某幼儿园文明创建工作总结', '一年来，本园扎实开展创建工作，现将情况总结如下。', '一、抓好教育教学，提升育人质量', '本园开展游戏化教研活动20次。', '二、深化志愿服务', '注册志愿者36名。'], 'service', 'headed'],
    ['a heading on the staff\'s ideological education heads no service', ['某局文明创建工作总结', '一年来，我局扎实开展创建工作，现将情况总结如下。', '一、加强思想教育', '局党组坚持每月集中学习一次。', '二、深化志愿服务', '注册志愿者86名。'], 'service', 'missing'],
    ['a date set for work still to do (将于月底前完成) closing a report is a plan (bank)', ['某银行支行文明创建工作总结', '近年来，支行扎实开展创建工作。', '支行组织志愿服务12次。', '支行开展读书活动4次。', '营业厅的无障碍通道改造将于月底前完成。'], 'plans', 'inline'],
    ['so is one a village has fixed (拟于明年三月)', ['某村创建文明村工作总结', '近年来，本村扎实开展创建工作。', '村里组织志愿服务12次。', '村里开展读书活动4次。', '村文化广场拟于明年三月动工。'], 'plans', 'inline'],
    ['work done ahead of time (提前完成) is no plan', ['某厂文明创建工作总结', '近年来，本厂扎实开展创建工作。', '厂里组织志愿服务12次。', '厂里开展读书活动4次。', '全年生产任务提前完成。'], 'plans', 'missing'],
  ])('%s', (_, lines, id, status) => {
    expect(statusOf(lines.join('\n'))[id]).toBe(status);
  });
});

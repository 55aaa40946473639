import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures-of.js';

describe('figures/activity, publicity, assistance, personnel, workload', () => {
  it('reads the winners after a course as other, not trainees', () => {
    expect(figuresOf('举办岗位练兵培训6期，有4名职工在市技能比武中获得二等奖。').map((f) => [f.category, f.value])).toEqual([['training', 6], ['other', 4]]);
  });

  // A count glued to another (12项15场) counts the same events: the first does not push it from their cue.
  // Households taking part are counted with the event before them, as people are.
  it('counts the households taking part with their event', () => {
    expect(figuresOf('举办社区邻里节活动5场，参与家庭320户。').map((f) => [f.category, f.value])).toEqual([['activity', 5], ['activity', 320]]);
  });

  it('gives a count glued to another the cue of both', () => {
    expect(figuresOf('先后承办了全区广场歌咏大赛、传统节日主题文化活动、五一劳动节全区职工文艺大赛等，共计9项16场。').map((f) => [f.category, f.value])).toEqual([['activity', 9], ['activity', 16]]);
  });

  it.each([
    ['举办道德讲堂11期。', 'activity', 11],
    // Meetings named by their purpose and the rounds of a contest are events; letters handed out and pages
    // printed are publicity.
    ['每月召开一次安全生产协调会。', 'activity', 1],
    // Editions held are a count of events, not a session number.
    ['每年举办职工艺术节一届。', 'activity', 1],
    // A lecture series named in quotes and counted right after them, and a touring talk, are events.
    ['每月举办“青年讲堂”，全年组织“青年讲堂”11期。', 'activity', 11],
    ['组织先进事迹巡讲，全年巡讲9场。', 'activity', 9],
    // A study of the work set for a meeting and a report heard are events too.
    ['党组每月专题研究一次创建工作。', 'activity', 1],
    ['班子每季度听取一次创建工作汇报。', 'activity', 1],
    ['组织初赛、复赛12场次。', 'activity', 12],
    ['发放了3万份《致全县家长的一封信》。', 'publicity', 30000],
    ['全年编印工作简报26页。', 'publicity', 26],
    // A publicity word ending a book title or starting a role names no piece counted later in the clause.
    ['编写的《山区防汛操作手册》，在全县9个乡镇推广。', 'other', 9],
    ['组建覆盖21个行政村的信息员队伍。', 'other', 21],
    // Records a unit gathers are its business output, no publicity.
    ['全年采集、核实流动人口信息3100余条。', 'other', 3100],
    // Days summed up (累计) or counted as labour (人工) measure the work, unlike a span of time (历时3天).
    ['防汛期间党员在堤坝累计值守60天。', 'other', 60],
    ['清理河道共投入人工30余天。', 'other', 30],
    // People honored at an event, or winners of a contest, are no count of events or of trainees.
    ['在年度总结大会上，三名“服务标兵”走上台前领奖。', 'other', 3],
    ['举办读书分享会等活动96场。', 'activity', 96],
    // A festival (文化节) is an activity, and so are those who took part in it.
    ['今年的职工文化节共吸引职工800余人次参与。', 'activity', 800],
    // A study tour (研学) for pupils is an activity.
    ['全年面向中小学生开放研学课程24场。', 'activity', 24],
    // A talk given by an invited model (作报告, 报告会) is an activity.
    ['邀请省级道德模范来院作报告3场。', 'activity', 3],
    ['报送新闻稿件38篇(次)。', 'publicity', 38],
    ['发放宣传资料1.2万份。', 'publicity', 12000],
    ['走访慰问困难家庭56户。', 'assistance', 56],
    ['现有在职职工29人。', 'personnel', 29],
    // Staff who won an honor are honorees, no headcount.
    ['全局共有6名职工获得“岗位能手”称号。', 'other', 6],
    // Staff who took part in something are its participants, no headcount.
    ['全年共有36名职工参加无偿献血。', 'donation', 36],
    ['共有80名职工参加了业务培训。', 'training', 80],
    ['全年受理各类投诉220余件。', 'workload', 220],
    ['新建文化墙2400平方米。', 'other', 2400],
    // Inspection groups listed after a publicity cue are no publicity.
    ['成立宣传、后勤保障、督导检查4个专项工作组。', 'other', 4],
    ['讲授专题党课两次。', 'activity', 2],
    // A hearing with residents is a meeting, as 座谈会 is.
    ['全年组织召开警民恳谈会30余场次。', 'activity', 30],
    ['撰写学习心得体会6份。', 'publicity', 6],
    ['发布路况资讯460余则。', 'publicity', 460],
    ['参加无偿献血2次。', 'donation', 2],
    // 捐血 is the Taiwan word for giving blood.
    ['同仁參與捐血52人次。', 'donation', 52],
    ['顾客满意度调查得分为93.5分。', 'satisfaction', 93.5],
    // Writing, issuing and printing count publicity, even a report written (报告16篇 is no site's page count).
    ['机关干部撰写学习体会56篇。', 'publicity', 56],
    ['全年发布健康风险提示42期。', 'publicity', 42],
    ['稿件被中央和省级媒体采用420篇。', 'publicity', 420],
    // Forecasts a station issues are its business, no publicity.
    ['全年发布山洪灾害预报18期。', 'other', 18],
    // A house magazine's issues and an appeal handed out are publicity too.
    ['编好行业内刊，全年出刊6期。', 'publicity', 6],
    ['向市民发放移风易俗倡议书5000份。', 'publicity', 5000],
    ['撰写统计分析报告16篇。', 'publicity', 16],
    ['撰写学习心得12篇。', 'publicity', 12],
    // People reached and pieces handed out by publicity work.
    ['组织党员上街宣传800余人次。', 'publicity', 800],
    ['发放法治宣传品3500件。', 'publicity', 3500],
    // A publicity event counted in sessions, the banners hung and the boards put up (块 beside 宣传栏 is a count).
    ['全年开展防诈骗宣传12场次。', 'publicity', 12],
    ['组织主题宣传活动30次。', 'publicity', 30],
    ['沿主干道悬挂条幅60条。', 'publicity', 60],
    ['在各楼层设置宣传栏累计120块。', 'publicity', 120],
    // Contact cards handed out carry the unit's numbers to the public: publicity.
    ['民警深入小区，发放警民联系卡300余张。', 'publicity', 300],
    // The reading the pieces drew is publicity; the platforms a unit runs are no publicity output.
    ['公众号全年阅读量累计超过10万人次。', 'publicity', 100000],
    ['开通微信公众号等新媒体平台6个。', 'other', 6],
    // Film showings are events; the teams that perform are counted, not held.
    ['送电影下乡放映电影240场。', 'activity', 240],
    ['组建文艺演出团队12个。', 'other', 12],
    // Volunteers who received an honor are other.
    ['12名同学荣获优秀志愿者称号。', 'other', 12],
    ['志愿服务队开展禁毒宣传12场。', 'volunteer', 12],
    ['志愿者向群众发放禁毒宣传资料800份。', 'publicity', 800],
    // Banners along the roads, billboards and painted culture walls are publicity pieces, counted in 块 and in
    // square metres too; ads cleaned away are none.
    ['沿街新挂道旗120幅。', 'publicity', 120],
    ['主干道设置大型广告6块。', 'publicity', 6],
    ['绘制文化墙450平方米。', 'publicity', 450],
    ['沿街墙绘1200余平方米。', 'publicity', 1200],
    ['张贴禁毒海报260张。', 'publicity', 260],
    ['发送防诈骗提醒短信1.6万条。', 'publicity', 16000],
    ['清理破损广告40余处。', 'other', 40],
    ['全年清除“牛皮癣”小广告2000余张。', 'other', 2000],
    // A publicity word inside the first of a list of titles counted after 等 names what is counted.
    ['向群众发放《防诈骗知识手册》、《文明出行须知》等3500余份。', 'publicity', 3500],
    // A prize between a publicity word and the count counts winners.
    ['向黑板报一等奖的8个班级颁发奖状。', 'other', 8],
    // A course for the public is no training of the unit's, nor an event its 举办 counts; school supplies are no study.
    ['举办果树修剪实用技术培训6期。', 'other', 6],
    ['为23名留守儿童送去学习用品。', 'other', 23],
    // The party's meetings of the three-meetings-one-lecture system and its review meetings are events.
    ['全年组织“三会一课”36次。', 'activity', 36],
    ['召开专题民主生活会2次。', 'activity', 2],
  ])('%s is %s', (text, category, value) => {
    expect(figuresOf(text).map((f) => [f.category, f.value])).toEqual([[category, value]]);
  });

  // Counts of award winners and of people commended are other, even beside an activity or volunteer cue.
  it.each([
    ['学生在各类比赛中屡获佳绩，省级获奖23人次。', 23],
    ['年度总结会上共表彰45名优秀志愿者。', 45],
    ['“最美家庭”评选活动共评选出12人。', 12],
    ['开展“好媳妇”评比，共选出好媳妇16名。', 16],
    ['共有9件作品获省级新闻奖。', 9],
    // An activity word inside an honor's name counts honors, no events.
    ['学校先后获得“全省读书活动先进集体”等十余项荣誉。', 10],
    // 获奖 after the count, and 奖励 between a contest and the count: winners and prizes, no events or staff.
    ['6名护士在全市护理技能竞赛中获奖。', 6],
    ['近两年共有15名教师在市级教学比赛中获奖。', 15],
    ['学生在各级竞赛中获市级以上奖励87项。', 87],
  ])('%s counts winners: other', (text, value) => {
    expect(figuresOf(text).map((f) => [f.category, f.value])).toEqual([['other', value]]);
  });

  it('keeps a training cue of the clause before off the winners of a contest (…获奖)', () => {
    expect(figuresOf('开展岗位练兵培训6期，参训职工200余人次，3名职工在全省电力行业青年职业技能竞赛中获奖。').map((f) => [f.category, f.value])).toEqual([['training', 6], ['training', 200], ['other', 3]]);
  });

  it('counts the people taking part in an event with the event of the clause before', () => {
    const pairs = (text: string) => figuresOf(text).map((f) => [f.category, f.value]);
    expect(pairs('举办道德讲堂24期，参与职工3100余人次。')).toEqual([['activity', 24], ['activity', 3100]]);
    expect(pairs('开展普法宣传16场次，参与群众800余人次。')).toEqual([['publicity', 16], ['publicity', 800]]);
    // Not across a sentence, nor for a category that does not count people.
    expect(pairs('举办讲座5场。参与职工300人次。')).toEqual([['activity', 5], ['other', 300]]);
    expect(pairs('捐款2万元，参与职工300人。')).toEqual([['donation', 20000], ['other', 300]]);
  });

  it('counts the people an honor verb names as honored outside the category of their cue', () => {
    const pairs = (text: string) => figuresOf(text).map((f) => [f.category, f.value]);
    expect(pairs('全年有4名志愿者荣获市级优秀志愿者称号。')).toEqual([['other', 4]]);
    expect(pairs('2名义工获得“最美义工”称号。')).toEqual([['other', 2]]);
    // Volunteers at work stay volunteers; 获得 before no quoted title is no honor.
    expect(pairs('组织志愿者120人开展清洁家园活动。')).toEqual([['volunteer', 120]]);
  });

  it('claims nothing for the parts of a scheme', () => {
    expect(figuresOf('该项目分为3个板块。')).toEqual([]);
  });

  it('reads no cue in a word that ends a quoted name', () => {
    expect(figuresOf('运营“云山发布”客户端和新媒体平台6个。').map((f) => f.category)).toEqual(['other']);
  });

  it('gives each figure the period its sentence claims', () => {
    expect(figuresOf('两年来，累计开展志愿服务活动55次。')[0]!.period).toBe('两年来');
    expect(figuresOf('2019年至今，捐款3万元。')[0]!.period).toBe('2019年至今');
  });

  // 每一座 is "every", not a once a period (每月一次); 4个季度 is a span of time.
  // 11部门 names the bodies of a joint award (部 only starts 部门); 每到一处 is "wherever they went".
  it.each(['把创建任务落实到每一座炉台。', '按时完成4个季度的核算任务。', '由市委宣传部等9部门联合评选。', '服务队每到一处都受到欢迎。'])('claims no figure in %s', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });

  // A run of days without an accident is the record itself (连续安全运行N天), a figure after all.
  it('reads a run of days as a figure', () => {
    expect(figuresOf('全站实现连续安全生产1500天。').map((f) => [f.category, f.value])).toEqual([['other', 1500]]);
  });

  it('claims no figure for durations, dates or bare numbers', () => {
    expect(figuresOf('一年来，我局于2019年3月召开会议，拨打12366热线。')).toEqual([]);
  });
});

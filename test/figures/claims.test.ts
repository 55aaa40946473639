// figures/claim and figures/non-claims: what a figure claims, and numbers that are no figure at all.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures-of.js';

const claims = (text: string) => figuresOf(text).map((f) => [f.category, f.value, f.claim]);

describe('claims', () => {
  it.each([
    ['全年开展志愿服务活动36次。', [['volunteer', 36, 'achieved']]],
    ['下一步，确保满意率达100%。', [['satisfaction', 100, 'target']]],
    ['明年将开展千余项活动。', [['activity', 1000, 'plan']]],
    // A plan the unit drew up is work done; the spending after it is no plan.
    ['制定创建工作年度计划，全年召开专题会议4次，安排创建经费50万元。', [['activity', 4, 'achieved'], ['investment', 500000, 'achieved']]],
    // A profile chained by ； goes on in a piece that only lists counts; a piece with a verb of work breaks it.
    ['本社区辖区面积0.8平方公里，共有居民1800户；社区残疾人41人；下岗失业人员96人，企业退休人员310人。', [['other', 0.8, 'background'], ['other', 1800, 'background'], ['other', 41, 'background'], ['other', 96, 'background'], ['other', 310, 'background']]],
    ['本社区辖区面积0.8平方公里，共有居民1800户；全年走访困难群众30户；书法班学员25人。', [['other', 0.8, 'background'], ['other', 1800, 'background'], ['assistance', 30, 'achieved'], ['other', 25, 'achieved']]],
    // A room's furnishings under a bare 配/设/摆放 at a clause start are what it holds; 配置了 and 新配 are work done.
    ['阅览室：配书架四组，阅览桌六张，各类图书6000余册。', [['other', 4, 'background'], ['other', 6, 'background'], ['other', 6000, 'background']]],
    ['图书室面积40平方米，设16个座位，摆放3组展柜。', [['other', 40, 'background'], ['other', 16, 'background'], ['other', 3, 'background']]],
    ['配置了电脑10台，为各村新配投影仪5台。', [['other', 10, 'achieved'], ['other', 5, 'achieved']]],
    // A done verb before a colon does not date the list after it; a list of new works the furnishing goes on does.
    ['经研究，确定了以下开放场所：少儿阅览室：配书架两组，小方桌一张，小凳子20个。', [['other', 2, 'background'], ['other', 1, 'background'], ['other', 20, 'background']]],
    ['年内完成以下工作：新建活动室1间，配书架两组。', [['other', 1, 'achieved'], ['other', 2, 'achieved']]],
    // 一 after a bare noun closing its clause in an inventory is an item; an honor's once is none.
    ['张某荣立个人三等功一次，所里先后有5名民警获嘉奖。', [['other', 5, 'achieved']]],
    // A place described by what it has (是个有…的社区) gives its size: standing facts.
    ['这是一个有着300多户人家的村庄，今年新建广场1个。', [['other', 300, 'background'], ['other', 1, 'achieved']]],
    // The length of a network looked after, written before its noun, is the unit's charge; built or worked on, a result.
    ['常态化抓牢860公里干线公路的日常养护。', [['other', 860, 'background']]],
    ['以解放路、人民路等18公里主要城区路段为重点，开展环境整治。', [['other', 18, 'background']]],
    ['今年新修8公里乡村道路，硬化道路3公里，整治12公里路段。', [['other', 8, 'achieved'], ['other', 3, 'achieved'], ['other', 12, 'achieved']]],
    // A routine kept (坚持每周…) is no aim of an earlier clause's 确保; a routine aimed at in its own clause is.
    ['全力确保书屋正常开放，认真执行服务规范，坚持每周开放40小时。', [['other', 40, 'achieved']]],
    ['力争全年开展活动20场，确保每月开展一次。', [['activity', 20, 'target'], ['activity', 1, 'target']]],
    // A time limit, a floor and a sum of hours stay figures; only round-the-clock service is none.
    ['确保诉求24小时内响应。', [['other', 24, 'target']]],
    ['撰写调研文章4篇。', [['publicity', 4, 'achieved']]],
    // A day limit is a figure (a rule of service, as the gold sets read 在受理后15个工作日内出证); the day limit of a
    // rate is only its condition.
    ['对已查结的案件，在3日内回访双方当事人。', [['other', 3, 'rule']]],
    ['群众来信七日内回复率达到100%。', [['rate', 100, 'achieved']]],
    // The task set for the year is a target; the share of it done is a result.
    ['目前已发展会员352户，为年度任务570户的61.7%。', [['other', 352, 'achieved'], ['other', 570, 'target'], ['rate', 61.7, 'achieved']]],
    // A time cut from an old length: the old length is a baseline, the new one a result (降到 as 降至).
    ['不动产登记办理时限由7个工作日压缩至3个工作日，窗口排队时间由30分钟降到10分钟。', [['other', 7, 'background'], ['other', 3, 'achieved'], ['other', 30, 'background'], ['other', 10, 'achieved']]],
    // A change or count after a clause that aims at it stays that aim; a change reported after work done is a result.
    ['明年，馆里将力争读者满意率达到98%以上，注册志愿者增至200人以上，新增服务点3个。', [['satisfaction', 98, 'target'], ['volunteer', 200, 'target'], ['other', 3, 'target']]],
    ['为提高服务质量，我们完成了窗口改造，满意率提高到97%。', [['satisfaction', 97, 'achieved']]],
    // 共有 before a bare 获 (获市级以上新闻奖) counts winners, no stock.
    ['2024年，台里共有17件作品获省级以上广播电视奖。', [['other', 17, 'achieved']]],
    // A pact of goals signed is a document counted, no goal.
    ['局党组与各科室签订目标责任书11份。', [['other', 11, 'achieved']]],
    // 床位 counts beds (a standing fact); the bed occupancy rate is a result.
    ['病区冬季床位使用率达到105%。', [['rate', 105, 'achieved']]],
    // A pledge named in quotes is a service offered, no aim: the results after it stay achieved.
    ['商场向顾客承诺“无理由退货”，全年处理退货申请420件，办结率100%。', [['workload', 420, 'achieved'], ['rate', 100, 'achieved']]],
    // 为每名… hands something to each person: no norm for the figures after it; a bare 每名… sets one.
    ['为每名新入职员工配备带教师傅，年度岗位考核合格率达到98%。', [['rate', 98, 'achieved']]],
    // A reservoir's capacity and the charge it carries (承担…任务, with or without 着) are standing facts.
    ['水库总库容2.4亿立方米，承担下游两个县约30万人的供水任务。', [['other', 240000000, 'background'], ['other', 2, 'background'], ['other', 300000, 'background']]],
    // The whole unit's parts are standing facts, unless they won an honor.
    ['全公司12个营业网点统一着装、统一标识。', [['other', 12, 'background']]],
    ['全局4个科室被评为市级文明科室。', [['other', 4, 'achieved']]],
    // A plan or notice reviewing an earlier year than its title's gives baselines; its own year's counts stay plans.
    ['街道2025年志愿服务工作计划\n2024年，街道共开展志愿服务活动260场。全年开展志愿服务活动300场。', [['volunteer', 260, 'background'], ['volunteer', 300, 'plan']]],
    // In a plan a measure held at a level is a target; in a summary the same words report the level kept.
    ['服务中心2025年文明创建工作方案\n办事群众平均等候时间控制在15分钟以内。', [['other', 15, 'target']]],
    ['服务中心2024年文明创建工作总结\n办事群众平均等候时间控制在15分钟以内。', [['other', 15, 'achieved']]],
    // The range a station looks after, and the forest land in it, are its charge: standing facts.
    ['护林站管护范围涉及两个乡镇、十六个行政村，林地面积三十万亩。', [['other', 2, 'background'], ['other', 16, 'background'], ['other', 300000, 'background']]],
    // An altitude and a distance from a place locate the unit: standing facts.
    ['护林站建在海拔2100米的山顶上，远离乡政府约35公里。', [['other', 2100, 'background'], ['other', 35, 'background']]],
    // A programme the unit carries out (推行…计划, a quoted “…计划”) is no plan of the counts after it.
    ['中心推行“一户一策”帮扶计划，开展技能培训6期。', [['training', 6, 'achieved']]],
    ['实施“青苗计划”，全年开展业务培训8期。', [['training', 8, 'achieved']]],
    // A plan cited as what the work followed (按照年度工作计划) is no plan of the counts after it either.
    ['按照年度工作计划，组织职工开展义务植树活动3次。', [['activity', 3, 'achieved']]],
    // 须达到 / 必须达到 in a notice is a binding rule (须, 必须), no aim the unit strives for (要达到, 力争).
    ['各部门客户回访率必须达到100%。', [['rate', 100, 'rule']]],
    // A deduction names whose score it cuts before the points (扣减所在单位年度考核分2分): still a rule.
    ['发生有效投诉的，每起扣减所在单位年度考核分2分。', [['other', 2, 'rule']]],
    ['对获奖单位分别给予1000元、1500元的奖励。', [['other', 1000, 'rule'], ['other', 1500, 'rule']]],
    ['社区占地面积3.5平方公里，辖区户数2300户，常住人口8000人。', [['other', 3.5, 'background'], ['other', 2300, 'background'], ['other', 8000, 'background']]],
    ['门诊预约率由上年的35%提高到62.3%。', [['rate', 35, 'background'], ['rate', 62.3, 'achieved']]],
    // 从 opens a baseline as 由 does, also with a date before its genitive (从去年底的…, 从2023年的…).
    ['垃圾分类参与率从2023年底的41%提升至87%。', [['rate', 41, 'background'], ['rate', 87, 'achieved']]],
    ['群众知晓率从去年的72.5%提高到95%。', [['rate', 72.5, 'background'], ['rate', 95, 'achieved']]],
    // 往年 and 以往 before a share give the old state: a baseline, whatever it counts.
    ['往年全镇60%以上的投诉集中在噪音扰民，今年投诉量下降35%。', [['rate', 60, 'background'], ['rate', 35, 'achieved']]],
    ['村里多方争取项目资金，累计投入360余万元。', [['investment', 3600000, 'achieved']]],
    // The volunteers a unit has are a standing fact (gold-3 README); those it recruited are a result.
    ['现有注册志愿者1460人。', [['volunteer', 1460, 'background']]],
    // 完毕 closes a task: the tally of tasks closed is a result, not a standing fact after 共有.
    ['对排查出的隐患整改完毕的共有57处。', [['other', 57, 'achieved']]],
    // A multi-year plan's levels are targets; a plan only named as drawn up (制定《三年规划》) is work done.
    ['学校三年规划办学规模为36个教学班，1600名学生。', [['other', 36, 'target'], ['other', 1600, 'target']]],
    ['制定《文明创建三年规划》，当年建成服务站点36个。', [['other', 36, 'achieved']]],
    // A utility's customers counted before their noun are its base; a verb of work on them makes a result.
    ['水务公司承担着48万用户和两千余户工商业用户的供水任务。', [['other', 480000, 'background'], ['other', 2000, 'background']]],
    ['今年为3万用户免费更换智能水表，新增客户1200户。', [['other', 30000, 'achieved'], ['other', 1200, 'achieved']]],
    // The area a unit supplies is its charge, 已 there being no work done.
    ['目前供水范围已覆盖城区及9个乡镇，今年新建加压站2座。', [['other', 9, 'background'], ['other', 2, 'achieved']]],
    ['现注册志愿者人数为320人。', [['volunteer', 320, 'background']]],
    ['志愿服务队有队员三十二人。', [['volunteer', 32, 'background']]],
    ['今年吸收志愿者72人。', [['volunteer', 72, 'achieved']]],
    // 已有 states what a unit has; 已 before a verb reports work done.
    ['目前志愿服务队已有注册志愿者420余人。', [['volunteer', 420, 'background']]],
    // 共有 before a verb of winning counts the winners, even after a long list (分获, as 获得 and 荣获).
    ['街道共有东城、西城、南城、北城等社区的文艺团队9个分获“市级优秀团队”称号。', [['other', 9, 'achieved']]],
    ['组织居民无偿献血126人次。', [['donation', 126, 'achieved']]],
    // A cue may run into the number it qualifies (人口\d): the number is background.
    ['辖区面积1.2平方公里，人口1万多人。', [['other', 1.2, 'background'], ['other', 10000, 'background']]],
    // A profile sentence (two standing facts or more) makes its other counts background too, but not a dated clause.
    ['村委会下辖8个自然村，17个村民小组，人口3112人。', [['other', 8, 'background'], ['other', 17, 'background'], ['other', 3112, 'background']]],
    // Village groups or residents named as actors (均有村民小组报名参加…) state no standing fact: one fact is no
    // profile, and the results after it stay achieved.
    ['全县9个乡镇均有村民小组报名参加评选，报名覆盖率达100%，具体情况是：东乡3个、西乡4个。', [['other', 9, 'background'], ['rate', 100, 'achieved'], ['other', 3, 'achieved'], ['other', 4, 'achieved']]],
    ['全村有村民小组12个，耕地3000亩。', [['other', 12, 'background'], ['other', 3000, 'background']]],
    // A whole village's households or people as a bare count, and a district's units counted at a clause's start,
    // are standing facts; households that did something (全村95户签订了…) and units an action takes (组织辖区单位12家…)
    // are not.
    ['全村320户，1160人，村办企业6家，2023年村集体收入85万元。', [['other', 320, 'background'], ['other', 1160, 'background'], ['other', 6, 'background'], ['other', 850000, 'achieved']]],
    ['全村95户签订了文明公约。', [['other', 95, 'achieved']]],
    ['辖区单位42家，重点单位有县医院等。', [['other', 42, 'background']]],
    ['组织辖区单位12家开展共建。', [['other', 12, 'achieved']]],
    // A distance from a place (距县城12公里) locates the unit: a standing fact; 相距 and 距今 are none.
    ['村委会距县城12公里，辖区面积8平方公里。', [['other', 12, 'background'], ['other', 8, 'background']]],
    ['该村地处山区，距乡政府约6公里。', [['other', 6, 'background']]],
    // A weight in an assessment (考核权重15%) is a rule.
    ['将安全生产纳入年度考核，权重占15%。', [['rate', 15, 'rule']]],
    ['全镇现有党员120名，辖区面积12平方公里，今年发展党员3名。', [['personnel', 120, 'background'], ['other', 12, 'background'], ['other', 3, 'achieved']]],
    // A sentence opening with 其中 right after a standing fact breaks it down: standing facts too, unless it dates its work.
    ['全村共有210户，820人。其中劳动力400人，六个社、两个自然村。', [['other', 210, 'background'], ['personnel', 820, 'background'], ['other', 400, 'background'], ['other', 6, 'background'], ['other', 2, 'background']]],
    ['全村共210户，820人。其中今年新建文化广场1个。', [['other', 210, 'achieved'], ['other', 820, 'achieved'], ['other', 1, 'achieved']]],
    // 文明户 and 信用户 are kinds of household the unit counts as results, not a 户数.
    ['全村共评出五星级文明户62户。', [['other', 62, 'achieved']]],
    // A goal named in an earlier clause does not reach a clause that dates its own work.
    ['本站以“服务群众”为工作目标，全年累计开展便民服务130场。', [['activity', 130, 'achieved']]],
    ['围绕群众满意的目标，为全镇3000多户农户办理补贴。', [['workload', 3000, 'achieved']]],
    ['力争全年开展道德讲堂12场。', [['activity', 12, 'target']]],
    ['力争群众知晓率提高到90%。', [['rate', 90, 'target']]],
    ['全镇群众知晓率由上年的70%提高到88%。', [['rate', 70, 'background'], ['rate', 88, 'achieved']]],
    // Any baseline before a level change is background (由2020年的91%, 由26%); the new level measures what it measures.
    ['客户满意度由2020年的91%提高到96.5%。', [['satisfaction', 91, 'background'], ['satisfaction', 96.5, 'achieved']]],
    ['矿区绿化率由26%提升至41%。', [['rate', 26, 'background'], ['rate', 41, 'achieved']]],
    ['承诺年内办结群众诉求200件。', [['workload', 200, 'target']]],
    // A practice set as a rule and a count of standards are rules, within their clause only; round-the-clock service
    // (开通24小时便民热线) is no figure at all, and its rule cue does not reach the next clause.
    ['支部规定每月召开一次支部大会，全年共发展党员4名。', [['activity', 1, 'rule'], ['other', 4, 'achieved']]],
    // A routine the report says was kept (坚持每月…一次) is work done, not a rule.
    ['坚持每月召开一次支部大会，全年共发展党员4名。', [['activity', 1, 'achieved'], ['other', 4, 'achieved']]],
    ['对照文明单位测评体系的15项测评标准逐项落实。', [['other', 15, 'rule']]],
    ['开通24小时便民热线，全年接听来电360个。', [['other', 360, 'achieved']]],
    // Standing facts: 原有, a share's whole, a staff count, and the counts listed after a standing fact.
    ['在原有5个服务站的基础上新增服务点8个。', [['other', 5, 'background'], ['other', 8, 'achieved']]],
    ['全镇已建成美丽庭院260户，占全镇900户农户的28.9%。', [['other', 260, 'achieved'], ['other', 900, 'background'], ['rate', 28.9, 'achieved']]],
    ['分局共有干部职工40名，其中党员25名，占62.5%。', [['personnel', 40, 'background'], ['personnel', 25, 'background'], ['rate', 62.5, 'background']]],
    // What a unit has and runs is a standing fact: 建有, 入驻, 从业人员, 所属, 运营, a whole town's count, 营业面积.
    ['全市建有基层红十字会486个。', [['other', 486, 'background']]],
    ['商场营业面积12万平方米，入驻品牌商户420家，从业人员约3600人。', [['other', 120000, 'background'], ['other', 420, 'background'], ['other', 3600, 'background']]],
    ['中心所属8个管理部。', [['other', 8, 'background']]],
    // A district's area is a standing fact; a province's or city's share of a national list (全省占21所) is news
    // about other bodies, and two such shares make the sentence a profile, so the list's total is background too.
    ['街道区域面积约4.2平方公里。', [['other', 4.2, 'background']]],
    // A selection's announced results list the whole field: news about other bodies.
    ['全市第三季度优秀志愿服务典型揭晓，其中个人典型5个、项目典型4个。', [['other', 5, 'background'], ['other', 4, 'background']]],
    // A clause announcing the results opens them as 其中 does.
    ['全市第三季度优秀志愿服务典型揭晓，个人典型5个、项目典型4个。', [['other', 5, 'background'], ['other', 4, 'background']]],
    // 组织 naming a kind of the selection (组织典型) is a noun, no verb of work cutting the field off from 揭晓.
    ['全市第三季度优秀志愿服务典型揭晓，个人典型5个、组织典型3个、项目典型4个。', [['other', 5, 'background'], ['other', 3, 'background'], ['other', 4, 'background']]],
    // A selection's results announced (公布…评选结果) and the peers sharing an honor count the field, no work of the unit.
    ['近日，省文明委公布第五届文明单位评选结果，共有40个村镇、300个单位分别被授予相应称号。', [['other', 40, 'background'], ['other', 300, 'background']]],
    ['该校被确定为首批全省志愿服务示范学校，全市获此殊荣的学校仅3所。', [['other', 3, 'background']]],
    ['本次全国共有180家医院入选，山东省占12家，济南市占2家。', [['other', 180, 'background'], ['other', 12, 'background'], ['other', 2, 'background']]],
    ['中心运营电视频道2个。', [['other', 2, 'background']]],
    ['全镇29个人民调解委员会全部规范运行。', [['other', 29, 'background']]],
    // A new build and a place of action are no standing facts.
    ['今年新建有机蔬菜基地3个。', [['other', 3, 'achieved']]],
    ['计划在全区18个镇设立工作站。', [['other', 18, 'plan']]],
    ['小区70岁以上老人96人，80岁以上31人。', [['other', 96, 'background'], ['other', 31, 'background']]],
    // Building what covers an area is a result; an area alone is a standing fact.
    ['村里投资新建占地1800平方米的文体广场。', [['other', 1800, 'achieved']]],
    ['学校占地面积3万平方米。', [['other', 30000, 'background']]],
    // A profile needs two standing facts: 总计 and a built area are none.
    ['到目前为止，全乡总计建成了占地5000平方米的广场，安装健身器材80余件。', [['other', 5000, 'achieved'], ['other', 80, 'achieved']]],
    // Working groups set up are a result, not a standing fact.
    ['指挥部下设六个工作组。', [['other', 6, 'achieved']]],
    // A routine's rule reaches the parallel routines after it, and no further.
    ['规定每周一次班子例会，每月一次党员大会，全年共召开例会50次。', [['activity', 1, 'rule'], ['activity', 1, 'rule'], ['activity', 50, 'achieved']]],
    // An assessment weight is a rule of its own clause (gold: 权重为5%, 权重占8% are rules), reaching the routine of
    // the scheme listed after it (每月通报两次) as clause-bound rule cues do, and no further.
    ['考核权重占15%，每月通报两次。', [['rate', 15, 'rule'], ['other', 2, 'rule']]],
    ['考核权重占15%，全年通报表扬科室6个。', [['rate', 15, 'rule'], ['other', 6, 'achieved']]],
    // A profile's shares are standing facts, as is the share of the volunteers a unit has; work done stays a result.
    ['小区占地面积12.6万平方米，共有住户2860户，绿化率35%。', [['other', 126000, 'background'], ['other', 2860, 'background'], ['rate', 35, 'background']]],
    ['现有注册志愿者1460人，占常住人口的13%，组建志愿服务队9支。', [['volunteer', 1460, 'background'], ['rate', 13, 'background'], ['volunteer', 9, 'achieved']]],
    // A sentence going on with a profile needs one standing fact of its own.
    ['学校占地面积1万平方米，现有校舍1047平方米。学校辐射半径2千米，服务7个自然村庄，人口2500人。', [['other', 10000, 'background'], ['other', 1047, 'background'], ['other', 2, 'background'], ['other', 7, 'background'], ['other', 2500, 'background']]],
    // A profile does not reach past a dated result.
    ['公司成立于2006年，拥有门店36家，员工1800余人，2023年实现销售额9.6亿元，纳税3100万元。', [['other', 36, 'background'], ['other', 1800, 'background'], ['other', 960000000, 'achieved'], ['other', 31000000, 'achieved']]],
    // The scope a unit answers for is a standing fact.
    ['大队担负着全区218平方公里、约36万人口的火灾扑救任务。', [['other', 218, 'background'], ['other', 360000, 'background']]],
    // A baseline is background; the change it leads to is achieved.
    ['办理时限由原来的7个工作日压缩至3个工作日。', [['other', 7, 'background'], ['other', 3, 'achieved']]],
    // A time that measures the work is a figure; a change in percentage points is no rate.
    ['平均办理时间缩短至15分钟以内，满意率较上年提高1.6个百分点。', [['other', 15, 'achieved'], ['other', 1.6, 'achieved']]],
    ['完成目标任务的112%。', [['rate', 112, 'achieved']]],
    ['全馆71名职工人人签订文明服务承诺书。', [['other', 71, 'background']]],
    ['结对照顾独居和空巢老人43户。', [['assistance', 43, 'achieved']]],
    // Numbers the sentence calls a standard state a rule.
    ['宿舍条件达到净高不小于2.4米、每间居住人员不超过16人的规定标准。', [['other', 2.4, 'rule'], ['other', 16, 'rule']]],
    // A purpose (为确保…) aims at nothing counted after it; nor does a goal reach past work done.
    ['为确保创建工作落到实处，社区开展了志愿服务，活动共开展20场，参与志愿者312人次。', [['volunteer', 20, 'achieved'], ['volunteer', 312, 'achieved']]],
    // Work under way is not yet achieved; an area of the unit is a standing fact; 文明职工 are counted results.
    ['目前正在实施背街小巷改造，全长800米。', [['other', 800, 'plan']]],
    ['社区位于城区中部，面积2.5平方公里，人口1.2万人。', [['other', 2.5, 'background'], ['other', 12000, 'background']]],
    ['全公司评出文明职工1200人。', [['other', 1200, 'achieved']]],
    ['清运垃圾30车。', [['other', 30, 'achieved']]],
    // A floor its own hedge sets is a bar, not a result, unless the clause tells a yearly habit of the unit's.
    ['申报单位中达标单位的比例应不低于85%。', [['rate', 85, 'target']]],
    ['各支部开展志愿服务活动不少于6次。', [['volunteer', 6, 'rule']]],
    ['科室每年组织读书会不少于4次。', [['activity', 4, 'achieved']]],
    // A quota is planned; a family's size and a site's area in a profile are standing facts.
    ['本次文明家庭推荐名额 12 户。', [['other', 12, 'plan']]],
    ['这是一个一家4口的普通家庭。', [['other', 4, 'background']]],
    ['学校有室外活动场地650平方米，藏书9000余册。', [['other', 650, 'background'], ['other', 9000, 'background']]],
    // Taiwan 志工 are volunteers; 捐赠资金 is a donation; money raised by the unit itself for a project is investment.
    ['今年共招募志工318名。', [['volunteer', 318, 'achieved']]],
    ['向灾区捐赠资金8000元。', [['donation', 8000, 'achieved']]],
    ['医院自筹150万元进行门诊楼改造。', [['investment', 1500000, 'achieved']]],
  ] as const)('%s', (text, want) => {
    expect(claims(text)).toEqual(want);
  });

  it('makes the size of a national or provincial awarding round background, not the own honored parts of the unit', () => {
    // The round's own act on its honorees, in a clause naming its scope.
    expect(claims('会上共表彰全国优秀志愿服务组织150个。')).toEqual([['other', 150, 'background']]);
    expect(claims('此次授予城南中学等86个单位“全省文明校园”称号。')).toEqual([['other', 86, 'background']]);
    // The bodies that issue a decision together.
    expect(claims('团中央等12家单位联合印发表彰决定。')).toEqual([['other', 12, 'background']]);
    // The unit's parts that won: the verb is passive or comes after the count.
    expect(claims('我局共有5个科室被授予“全省青年文明号”称号。')).toEqual([['other', 5, 'achieved']]);
    // The unit commending its own people, with no national or provincial scope in the clause.
    expect(claims('年底评出优秀网格员八名。')).toEqual([['other', 8, 'achieved']]);
  });

  it('makes the rest of an awarding round background: a province\'s share and the counts going on with the round', () => {
    // A province's or the nation's share of the honored, the honor word after the count.
    expect(claims('江西省共有9家医院荣获“全国文明单位”称号。')).toEqual([['other', 9, 'background']]);
    expect(claims('东湖社区与全省52个社区一起被命名为“省级文明社区”。')).toEqual([['other', 52, 'background']]);
    // A count listed after the round's count in its clause, and a clause repeating the round's awarding word.
    expect(claims('大会共表彰全国文明城市31个、全国文明村镇600个。')).toEqual([['other', 31, 'background'], ['other', 600, 'background']]);
    expect(claims('大会授予第一中学等215个单位“全国先进集体”称号，授予王某等12名同志“优秀工作者”称号。')).toEqual([['other', 215, 'background'], ['other', 12, 'background']]);
    expect(claims('湖南省有8个单位被授予“全国先进集体”称号，21人被授予“全国先进个人”称号。')).toEqual([['other', 8, 'background'], ['other', 21, 'background']]);
    // The unit's own honored parts stay results, and so does a city's count or the unit's own after the round.
    expect(claims('我局共有5个科室被授予“全省青年文明号”称号。')).toEqual([['other', 5, 'achieved']]);
    expect(claims('全市有120人荣获“无偿献血奉献奖”。')).toEqual([['other', 120, 'achieved']]);
    expect(claims('湖南省有8个单位被授予“全国先进集体”称号，我院3名同志被授予“全国先进个人”称号。')).toEqual([['other', 8, 'background'], ['other', 3, 'achieved']]);
  });

  it('makes the counts of a plan document plans and its percentages targets', () => {
    const text = '某某税务局\n2024年创建文明单位工作方案\n全年开展志愿服务活动20次，群众满意率95%以上。';
    expect(claims(text)).toEqual([['volunteer', 20, 'plan'], ['satisfaction', 95, 'target']]);
  });

  it('reads a page that opens by announcing its plan as a plan document, but not a summary naming a plan it drew up', () => {
    const plan = '为做好本年度创建工作，结合本院实际，现制定工作方案如下：\n一、主要任务\n职工对文明礼仪知晓率达98%，开展义务植树活动3次。';
    expect(claims(plan)).toEqual([['rate', 98, 'target'], ['activity', 3, 'plan']]);
    const summary = '年初，我院制定了创建工作方案，明确了分工。全年开展义务植树活动3次。';
    expect(claims(summary)).toEqual([['activity', 3, 'achieved']]);
  });

  it('makes a count of actions a plan sets with 确保 a plan, and a level it aims at (力争达到) a target', () => {
    expect(claims('市容整治实施方案\n严格执法，确保每周组织3次以上集中整治，志愿服务活动力争达到50次以上。')).toEqual([['other', 3, 'plan'], ['volunteer', 50, 'target']]);
  });

  it('keeps a done clause of a plan document achieved', () => {
    const text = '某某街道\n文明创建工作实施方案\n近期我们对7条主干道进行了调查摸底，全年开展志愿服务活动20次。';
    expect(claims(text)).toEqual([['other', 7, 'achieved'], ['volunteer', 20, 'plan']]);
  });

  it('reads the unit\'s own territory and deputies, counted, as standing facts whatever the clause did with them', () => {
    expect(claims('今年我镇七个行政村全部完成了改厕任务。')).toEqual([['other', 7, 'background']]);
    expect(claims('工作组跑遍了全乡14个村、2个社区，走访群众860人次。')).toEqual([['other', 14, 'background'], ['other', 2, 'background'], ['assistance', 860, 'achieved']]);
    expect(claims('成立以局长为组长、两名副局长为副组长的创建领导小组。')).toEqual([['other', 2, 'background']]);
    // A place the work is taken to, or given to, is no territory counted.
    expect(claims('在全区9个街道开展巡回宣讲。')).toEqual([['activity', 9, 'achieved']]);
    expect(claims('为全镇6个社区配送健身器材。')).toEqual([['other', 6, 'achieved']]);
  });

  it('reads a quota for each body and a rank cut-off as rules, a place built of hills and the peers of an honor as standing facts', () => {
    expect(claims('每个科室选派3名青年参加宣讲。')).toEqual([['activity', 3, 'rule']]);
    expect(claims('在每个村明确2名信息员。')).toEqual([['other', 2, 'achieved']]);
    expect(claims('年度考评得分的前5名授予“服务标兵”称号。')).toEqual([['other', 5, 'rule']]);
    expect(claims('园区由六座山丘组成。')).toEqual([['other', 6, 'background']]);
    expect(claims('全市仅有三所学校获此殊荣。')).toEqual([['other', 3, 'background']]);
  });

  it('reads the windows a hall is set up with and the sites the work relies on as standing facts, windows added as work', () => {
    expect(claims('政务大厅设置办事窗口12个。')).toEqual([['other', 12, 'background']]);
    expect(claims('依托3个党群服务站，开展政策宣讲。')).toEqual([['other', 3, 'background']]);
    expect(claims('今年增设服务窗口2个。')).toEqual([['other', 2, 'achieved']]);
  });

  it('reads the parts tasks are handed out to as standing facts and a weight in an assessment as a rule', () => {
    expect(claims('把年度任务分解到7个站所，按月通报。')).toEqual([['other', 7, 'background']]);
    expect(claims('创建成绩占各科室年度考核分值的20%。')).toEqual([['rate', 20, 'rule']]);
  });

  it('reads a built-up area and a centre\'s floor area as standing facts', () => {
    expect(claims('园区已建成区面积18平方公里。')).toEqual([['other', 18, 'background']]);
    expect(claims('镇文化中心面积1200平方米。')).toEqual([['other', 1200, 'background']]);
  });

  it('reads a staff after 只有 as the unit\'s size, and those who won after it as a result', () => {
    expect(claims('这个边远站点只有2名职工轮流值班。')).toEqual([['other', 2, 'background']]);
    expect(claims('今年只有2名职工获奖。')).toEqual([['other', 2, 'achieved']]);
  });

  it('reads the rates of a points scheme as rules and the points gathered as a result', () => {
    expect(claims('党员每参加2小时志愿服务积5分。')).toEqual([['other', 2, 'rule'], ['other', 5, 'rule']]);
    expect(claims('全年累计积分4600分。')).toEqual([['other', 4600, 'achieved']]);
  });

  it('reads a time limit set for a kind of case as a rule, and the cases closed within it as a result', () => {
    expect(claims('对群众来信，自登记之日起5日内予以答复。')).toEqual([['other', 5, 'rule']]);
    expect(claims('对调解成功的纠纷，在2日内电话回访双方。')).toEqual([['other', 2, 'rule']]);
    expect(claims('全年受理的咨询全部在2日内答复。')).toEqual([['other', 2, 'achieved']]);
    expect(claims('窗口平均等候时间控制在8分钟以内。')).toEqual([['other', 8, 'achieved']]);
  });

  it('makes the figures under a 下一步 heading plans', () => {
    const text = '一、主要成绩\n全年捐款3万元。\n二、下一步工作打算\n开展志愿服务活动40次。';
    expect(claims(text)).toEqual([['donation', 30000, 'achieved'], ['volunteer', 40, 'plan']]);
  });
});

describe('no figure', () => {
  it('keeps the count of a list of honorees when the awarder stands inside the passive, and drops a list restated', () => {
    expect(claims('办公室、财务科两个科室先后被县总工会授予“工人先锋号”称号。').map(([, value]) => value)).toEqual([2]);
    expect(claims('我们深入东湖、西湖两个社区宣讲政策。').map(([, value]) => value)).toEqual([]);
  });

  it('reads a count told again after a pointing word (这, 上述) once, and a first count after 这 as a figure', () => {
    expect(claims('团支部结对帮扶3名留守儿童，定期看望这3名孩子。').map(([, value]) => value)).toEqual([3]);
    expect(claims('新建公厕2座，上述2座公厕已投入使用。').map(([, value]) => value)).toEqual([2]);
    expect(claims('帮助这5名学生完成学业。').map(([, value]) => value)).toEqual([5]);
  });

  it.each([
    ['组建了一支青年志愿服务队。'],
    ['组织开展一次校园环境集中整治。'],
    ['围绕八个方面推进创建。'],
    ['开展“六个一”活动。'],
    // Hyperbole: 千百 says "countless", no amount.
    ['消防员们千百次逆行出征。'],
    ['为辖区60岁以上老人服务。'],
    ['连续3年被评为先进。'],
    // Things written after their noun with 一 stay articles; the times an honor was received are no figure.
    ['编写安全知识手册一册。'],
    ['把学习要点印发给职工，人手一份。'],
    ['所长王某荣立个人二等功一次。'],
    ['该站先后3次荣获市级青年文明号称号。'],
    ['该所两次被省厅授予先进集体。'],
    ['X市文明办X部长一行来到公司调研。'],
    // Waste sorting named by its number of bins is a scheme's name.
    ['小区全面推行垃圾四分类。'],
  ])('%s', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });

  it('drops the numbers of a headline above the body, not those of the body', () => {
    const text = `110家民企争相创文，万利隆获得表彰\n本报讯 从今年3月底开始，市工商联在非公企业中开展文明车间评选活动，全市共有41家单位的51家车间入围，最终评出文明车间12个。\n`;
    expect(figuresOf(text).map((f) => f.value)).toEqual([41, 51, 12]);
  });

  it('counts a once of a meeting or event that closes its clause after what it counts', () => {
    expect(claims('今年共召开创建工作动员会一次，召开党小组会一次。')).toEqual([['activity', 1, 'achieved'], ['activity', 1, 'achieved']]);
  });

  it('reads a blank before 处长, 所长 … as a name left out of a title, and a number there as a count', () => {
    expect(figuresOf('尊敬的XX所长、**队长，各位来宾：')).toEqual([]);
    expect(figuresOf('尊敬的**处长：')).toEqual([]);
    expect(figuresOf('沿河建成2处长廊。').map((f) => f.value)).toEqual([2]);
  });

  it('reads nothing on a breadcrumb line run together without its separators', () => {
    expect(figuresOf('当前位置:五人行范文网文档中心工作汇报\n全年开展文明劝导活动12次。').map((f) => f.value)).toEqual([12]);
  });

  it('reads 有一次 opening an anecdote as an article, and a term written with 个学期 as a span of time', () => {
    expect(figuresOf('刚到编辑部那年，有一次，主任让我连夜改完一篇稿子。')).toEqual([]);
    expect(figuresOf('还有一次，是在暴雨里抢修线路。')).toEqual([]);
    expect(figuresOf('该班已连续三个学期获得流动红旗。')).toEqual([]);
    expect(claims('全年召开安全例会一次，有一次例会在车间现场举行。').map(([, value]) => value)).toEqual([1]);
  });

  it('drops the parts a scheme splits its tasks into, not the work done on them', () => {
    expect(figuresOf('中心把年度创建任务细化为34项，逐项明确责任人。')).toEqual([]);
    expect(figuresOf('分局将创建工作分解为五个方面、27项具体措施。')).toEqual([]);
    expect(figuresOf('我们将全市测评涉及的17项任务进行分解，落实到人。')).toEqual([]);
    expect(figuresOf('将31项考核指标分配到各股室。')).toEqual([]);
    expect(claims('全年完成整改事项17项，将3万元经费落实到各站点。').map(([, value]) => value)).toEqual([17, 30000]);
  });

  it('keeps a count too large to name the parts of a plan', () => {
    expect(figuresOf('围绕三个重点推进创建，为56个重点客户提供上门服务。').map((f) => f.value)).toEqual([56]);
  });

  it('keeps a streak of honors as a figure', () => {
    expect(figuresOf('该院连续两次被评为省级先进单位。').map((f) => f.value)).toEqual([2]);
  });

  it('keeps 一次 as a frequency and beside other counts', () => {
    expect(claims('每季度组织一次志愿服务活动。')).toEqual([['volunteer', 1, 'achieved']]);
    expect(figuresOf('新建文化广场一处、公厕2座。').map((f) => f.value)).toEqual([1, 2]);
  });

  it('keeps the count of a list of honorees (list-honored): how many of the unit were honored', () => {
    expect(claims('我校张某、李某两位教师被评为市级优秀教师。')).toEqual([['other', 2, 'achieved']]);
    expect(claims('东街社区、南苑社区和河湾社区3个社区被区文明委表彰为文明社区。')).toEqual([['other', 3, 'achieved']]);
    expect(claims('今年王老师、李老师两位老师获“市级优秀班主任”称号。')).toEqual([['other', 2, 'achieved']]);
    // A list with no honor after its count stays a restatement.
    expect(figuresOf('结对帮扶东街和南苑两个社区。')).toEqual([]);
  });

  it.each([
    ['创建文明城市工作总结通用(14篇)', 'a compilation page counts its essays'],
    ['文明创建工作总结(精选8篇)', 'a compilation page counts its essays'],
    ['我们特意为您整理了5篇市级文明单位申报材料范文。', 'a site prompt'],
    ['办公室2011年9月10日印发共印30份', 'a print footer'],
    ['年度工作汇报 第2页 共6页', 'a site page count'],
    ['服务大厅实行7×24小时服务，值班室24小时都有人。', 'round-the-clock service'],
    ['全镇上下着力做好发展、民生、稳定三篇文章。', 'the idiom of tasks done well'],
    ['书屋分为阅览区和借阅区两部分。', '部 starting 部分'],
    ['文档大小:25KB 页数:4页', 'a site page count'],
    ['成为VIP后，下载本文档将扣除1次下载权益。', 'a download counter'],
    ['围绕“两个重镇”建设目标，提高镇民素质。', 'a number inside a quoted name'],
    ['打造“三支队伍 五心服务”党建品牌。', 'a number opening a quoted brand name'],
    ['组织全体职工逐条学习《窗口服务人员文明服务十二项规范》。', 'a number inside a book title'],
    ['让文明服务延伸到每一条线路、每一趟班车。', '每一 + a measure word: every'],
    ['每周一升国旗，唱国歌。', 'a Monday flag-raising'],
    ['成功举办第六届职工运动会。', 'a session number'],
    ['读书节已连续举办五届。', 'a run of editions'],
    ['街道对包联的幸福里、滨河苑两个小区更换了宣传牌。', 'a count restating the list before it'],
    ['为城东、城西、城南三个社区安装路灯。', 'a count restating the list before it'],
    ['组织党员服务队分别到幸福里、滨河苑两个小区开展清扫。', 'a count restating the places a team went to'],
    ['比赛分初赛和决赛两个阶段进行。', 'a count restating a list joined by 和'],
    ['认真贯彻落实县委十四届三次、四次全会精神。', 'session numbers'],
    ['我县于20__成为省级文明县城。', 'a year written as a placeholder'],
    ['汇聚起**人民的奋斗力量。', 'a measure word that only starts a word'],
    ['把会议精神传达到每一名党员。', '每一 says every'],
    ['局机关三支部被评为先进基层党组织。', 'a party branch numbered in its name'],
    ['落实“两个到位”要求。两个到位就是思想到位、措施到位。', 'a quoted slogan named again without quotes'],
    ['公司负责全县110千伏及以下电网的运行维护。', 'a voltage class'],
    ['每年新增一批市级文明单位。', '一批 never counts'],
    ['每月一次向读者推介新书。', 'a rhythm outside the categories'],
    ['全国文明单位每三年复查一次。', 'a rhythm outside the categories'],
    ['活动从9月正式启动，历时两个多月。', 'a span of months with its hedge inside'],
    ['在三个小时的义务劳动中，大家清理了楼道。', 'a span of hours written with 个'],
    ['千千万万个家庭从中受益，亿万群众共享成果。', 'hyperbole'],
    ['千百次重复练习，成百上千次演练。', 'hyperbole: hundreds and thousands'],
    ['大家送来九成新的冬衣和八成新的书包。', 'how worn used goods are'],
    ['测评中，我区位列全省96个县区第5位。', 'the field of a ranking'],
    ['![活动照片](http://img.example.cn/pic/2023/0412_58.jpg)', 'numbers inside a web address'],
    ['联系电话 0531-86****', 'a masked phone number'],
    ['学校采取五项措施推进创建。', 'the parts of a plan'],
    ['工作分动员部署、集中整治两个阶段进行。', 'the phases of a plan'],
  ])('%s is no figure (%s)', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });

  it('keeps a count after a list that does not restate it', () => {
    expect(claims('走访慰问了王某、李某等6户困难家庭。')).toEqual([['assistance', 6, 'achieved']]);
    expect(claims('组织党员和群众200人参加义务植树。').map((c) => c[1])).toEqual([200]);
    expect(figuresOf('新建文化广场一处、公厕2座。').map((f) => f.value)).toEqual([1, 2]);
  });

  it('keeps the count of a list of honorees (list-honored): how many of the unit were honored', () => {
    expect(claims('我校张某、李某两位教师被评为市级优秀教师。')).toEqual([['other', 2, 'achieved']]);
    expect(claims('东街社区、南苑社区和河湾社区3个社区被区文明委表彰为文明社区。')).toEqual([['other', 3, 'achieved']]);
    // A list with no honor after its count stays a restatement.
    expect(figuresOf('结对帮扶东街和南苑两个社区。')).toEqual([]);
  });

  it('keeps a count written right after a quoted name', () => {
    expect(claims('共评出校级“文明之星”120名。')).toEqual([['other', 120, 'achieved']]);
  });
});

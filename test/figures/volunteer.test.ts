import { describe, expect, it } from 'vitest';
import { summary } from './figures-of.js';

describe('figures/volunteer', () => {
  it.each([
    ['注册志愿者156名。', [['volunteer', 156, '名', 'exact', '志愿者156名']]],
    ['开展志愿服务活动42次。', [['volunteer', 42, '次', 'exact', '志愿服务活动42次']]],
    ['组建志愿服务队8支。', [['volunteer', 8, '支', 'exact', '志愿服务队8支']]],
    // A clause summing up the activities (各类活动) after one that names volunteer service and counts nothing.
    ['青年突击队长期开展助老志愿活动，累计开展各类活动160余场。', [['volunteer', 160, '场', 'more_than', '志愿活动，累计开展各类活动160余场']]],
    // Party members reporting to their home community take on its volunteer tasks.
    ['春节期间组织36名机关党员到居住地社区报到。', [['volunteer', 36, '名', 'exact', '36名机关党员到居住地社区报到']]],
    ['共吸收志愿者40人，开展志愿活动90余次。', [['volunteer', 40, '人', 'exact', '志愿者40人'], ['volunteer', 90, '次', 'more_than', '志愿活动90余次']]],
    // The people served in a clause of its own (解答, 接诊) are other, after a volunteer count too.
    ['开展志愿服务活动45次，服务过往旅客约3000人次。', [['volunteer', 45, '次', 'exact', '志愿服务活动45次'], ['other', 3000, '人次', 'about', '约3000人次']]],
    // So are the people a clause opening with a beneficiary mark counts.
    ['开展志愿服务活动20次，为120名留守儿童送去图书和文具。', [['volunteer', 20, '次', 'exact', '志愿服务活动20次'], ['other', 120, '名', 'exact', '120名']]],
    ['开展志愿服务活动30场，免费解答群众咨询2600余人次。', [['volunteer', 30, '场', 'exact', '志愿服务活动30场'], ['other', 2600, '人次', 'more_than', '2600余人次']]],
    // Volunteer figures count people, person-times, activities and hours: projects and organizations are other.
    ['从3500多个申报参加的志愿服务组织中遴选出435个，现场签约390多个项目。', [['other', 3500, '个', 'more_than', '3500多个'], ['other', 435, '个', 'exact', '435个'], ['other', 390, '个', 'more_than', '390多个']]],
    // People honored are no volunteer count: the verb of receiving after the count, the round commending them
    // before the cue, or an honor named after the cue.
    ['区志愿服务联合会成立三年来，王某、赵某两名队员先后荣获“市级优秀志愿者”称号。', [['other', 2, '名', 'exact', '两名']]],
    ['大会表彰了8支志愿服务队和60名优秀志愿者。', [['other', 8, '支', 'exact', '8支'], ['other', 60, '名', 'exact', '60名']]],
    ['街道被评为“市志愿服务先进集体”，4名社工受邀发言。', [['other', 4, '名', 'exact', '4名']]],
    ['会上，李某等12名志愿者获“十佳志愿者”称号。', [['other', 12, '名', 'exact', '12名']]],
    ['镇志愿者协会评选出优秀志愿者18名。', [['other', 18, '名', 'exact', '18名']]],
    // A count of holders of a quoted title the cue word ends (优秀, 最美, 十佳 before it) or starts (…先进工作者) is
    // other: honorees or a selection's quota, whatever the title says.
    ['本次推选设“全县优秀志愿者”30名、“全县志愿服务先进个人”15名。', [['other', 30, '名', 'exact', '30名'], ['other', 15, '名', 'exact', '15名']]],
    ['街道获评“全市十佳志愿服务街道”和6名“全市最美志愿者”。', [['other', 6, '名', 'exact', '6名']]],
    ['区文明办最终推选优秀志愿者25名。', [['other', 25, '名', 'exact', '25名']]],
    // Kinds of volunteer activity counted in 项 are volunteer figures; volunteer projects counted in 项 stay other.
    ['精心组织节水宣传、河道保洁两项志愿服务活动。', [['volunteer', 2, '项', 'exact', '两项志愿服务活动']]],
    ['申报志愿服务项目12项。', [['other', 12, '项', 'exact', '12项']]],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('reads a count of activities a volunteer word names after it as volunteer work', () => {
    expect(summary('本月共开展了15场“周末清洁”志愿者环保活动。').map(([category, value]) => [category, value])).toEqual([['volunteer', 15]]);
    // An activity counted with no volunteer word naming it stays an activity.
    expect(summary('本月共开展了15场环保宣讲活动。').map(([category, value]) => [category, value])).toEqual([['activity', 15]]);
  });

  it('reads the activities of a volunteer team the sentence opens with as volunteer work, not its meetings', () => {
    const last = (text: string) => summary(text).map(([category, value]) => [category, value]).pop();
    expect(last('某某社区“清河”志愿服务队现有队员30人，常年到河边开展巡查，全年开展护河宣传等活动22次。')).toEqual(['volunteer', 22]);
    expect(last('某某社区“清河”志愿服务队现有队员30人，全年召开工作例会12次。')).toEqual(['activity', 12]);
  });

  it('reads a clause opening with 活动 as the volunteer service the clause before names', () => {
    expect(summary('党员志愿者开展河道清洁志愿服务，活动共开展12场。').map(([category, value]) => [category, value])).toEqual([['volunteer', 12]]);
    expect(summary('社区开展河道清洁整治，活动共开展12场。').map(([category, value]) => [category, value])).toEqual([['activity', 12]]);
  });

  it('reads the volunteers an honor went to, counted before the cue (3名志愿者获得…), as other', () => {
    expect(summary('全年有3名志愿者获得“市优秀志愿者”称号。').map(([category, value]) => [category, value])).toEqual([['other', 3]]);
    expect(summary('全年新增注册志愿者35名。').map(([category, value]) => [category, value])).toEqual([['volunteer', 35]]);
  });

  it('reads the head of the compound after a move, its last cue, as what the people went to do', () => {
    const pairs = (text: string) => summary(text).map(([category, value]) => [category, value]);
    // A bank, a hospital, a tax office: the volunteer word heads the compound a theme day or a service opens.
    expect(pairs('行长带领支行15名青年员工到幸福里社区开展“金融知识进万家”主题党日志愿服务活动。')).toEqual([['volunteer', 15]]);
    expect(pairs('医院选派12名医护人员到敬老院开展义诊志愿服务活动。')).toEqual([['volunteer', 12]]);
    expect(pairs('村委会发动40名村民到河道开展环境整治志愿活动。')).toEqual([['volunteer', 40]]);
    // The theme day alone, or a visit, is no volunteer work.
    expect(pairs('学校组织30名教师赴山区小学开展主题党日活动。')).toEqual([['activity', 30]]);
    expect(pairs('组织50名党员到社区开展主题党日活动，随后召开座谈会。')).toEqual([['activity', 50]]);
  });

  it('reads the people volunteers reach (受众, 受益) as other, not as volunteers', () => {
    const pairs = (text: string) => summary(text).map(([category, value]) => [category, value]);
    expect(pairs('志愿服务队走进5所中小学开展法治讲座，受众学生约3000人。')).toEqual([['other', 5], ['other', 3000]]);
    expect(pairs('气象志愿服务队开展科普进校园活动20场，受益学生超过6000人次。')).toEqual([['volunteer', 20], ['other', 6000]]);
    expect(pairs('医院志愿者开展义诊活动12场，受益群众2000余人次。')).toEqual([['volunteer', 12], ['other', 2000]]);
  });
});

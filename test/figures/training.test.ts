import { describe, expect, it } from 'vitest';
import { figuresOf, summary } from './figures-of.js';

describe('figures/training', () => {
  it.each([
    ['举办业务培训班4期。', [['training', 4, '期', 'exact', '培训班4期']]],
    ['培训窗口人员500余人次。', [['training', 500, '人次', 'more_than', '培训窗口人员500余人次']]],
    // Courses for people outside the unit are other: farmers, residents, inmates, the public.
    ['培训果农5000余人次。', [['other', 5000, '人次', 'more_than', '5000余人次']]],
    ['组织服刑人员和罪犯参加职业技能培训12期。', [['other', 12, '期', 'exact', '12期']]],
    ['组织农民实用技术培训班8期。', [['other', 8, '期', 'exact', '8期']]],
    // Those who passed after a course are other: 取得 starts a clause of its own.
    ['开展消防培训3场，取得上岗证书员工41名。', [['training', 3, '场', 'exact', '培训3场'], ['other', 41, '名', 'exact', '41名']]],
    // Cadres taken in turn through political study (轮训) are an activity, no course.
    ['举办中层干部政治轮训班2期，轮训干部86人。', [['activity', 2, '期', 'exact', '轮训班2期'], ['activity', 86, '人', 'exact', '轮训干部86人']]],
    ['组织150名干部进行了业务培训。', [['training', 150, '名', 'exact', '150名干部进行了业务培训']]],
    // Those who passed an exam after the course are other, not trainees.
    ['举办业务培训班5期，有9名职工通过注册会计师考试。', [['training', 5, '期', 'exact', '培训班5期'], ['other', 9, '名', 'exact', '9名']]],
    // 培训活动 names a course, not an activity; a course may be counted in 班次.
    ['开展“岗位大讲堂”等业务培训活动24场次。', [['training', 24, '场次', 'exact', '培训活动24场次']]],
    ['全年举办急救技能训练9班次。', [['training', 9, '班次', 'exact', '训练9班次']]],
    // Staff sent to study at another institution: a hospital, a school, a bank.
    ['选派12名骨干医师到省级医院进修。', [['training', 12, '名', 'exact', '12名骨干医师到省级医院进修']]],
    ['学校选派5名教师到名校跟岗学习。', [['training', 5, '名', 'exact', '5名教师到名校跟岗学习']]],
    ['分行选送8名青年员工到总行跟班学习。', [['training', 8, '名', 'exact', '8名青年员工到总行跟班学习']]],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('takes the trainees as subject', () => {
    expect(figuresOf('培训窗口人员500余人次。')[0]!.subject).toBe('窗口人员');
  });

  it.each(['全年开展理论学习15次。', '每周四组织集中学习，全年集中学习20次。', '组织业务培训3天。', '开展康复训练约3.2万人次。', '培养青年骨干14名。', '全年接收进修医生17名。', '组织50名党员到革命纪念馆参观学习。'])('is no training: %s', (text) => {
    expect(figuresOf(text).map((f) => f.category)).not.toContain('training');
  });
});

DOC('07-telecom-notice')
F('satisfaction', 96, '%', '确保客户满意度达到96%以上', 'target', 'at_least')
F('rate', 15, '%', '客服投诉率较上年下降15%', 'target')
F('rate', 98, '%', '宽带故障24小时修复率不低于98%', 'target', 'at_least')
F('rate', 60, '%', '注册志愿者占员工总数的比例达到60%以上', 'target', 'at_least')
F('other', 1, '个', '力争年内新增1个省级“青年文明号”', 'target')
F('other', 38, '个', '全公司38个营业厅', 'background')
F('other', 1, '名', '每个营业厅至少设置1名大堂引导员', 'rule', 'at_least')
F('volunteer', 1, '次', '每月至少组织一次志愿服务活动', 'rule', 'at_least')
F('volunteer', 200, '场次', '全年累计开展志愿服务不少于200场次', 'plan', 'at_least')
F('activity', 4, '期', '全年举办道德讲堂4期', 'plan')
F('training', 2, '次', '每季度组织业务技能培训不少于2次', 'rule', 'at_least')
F('training', 40, '学时', '每名一线员工全年参训不少于40学时', 'rule', 'at_least')
F('investment', 600000, '元', '安排专项经费60万元', 'plan')
F('other', 10, '%', '分值占年度考核总分的10%', 'rule')
for v in (3000, 2000, 1000):
    F('other', v, '元', '分别奖励3000元、2000元、1000元', 'rule')
F('other', 5, '分', '每起扣减当月绩效分5分', 'rule')
F('publicity', 3, '条', '每季度报送创建工作信息不少于3条', 'rule', 'at_least')
F('publicity', 12, '条', '全年不少于12条', 'rule', 'at_least')
H('省级文明单位', '自2021年被省文明委授予“省级文明单位”称号', awarder='省文明委', year='2021')
S('notice', overview=('i', '现将有关事项通知如下'), leadership=('h', '三、工作要求'),
  morality=('h', '（三）开展“道德讲堂”和业务培训。'), volunteer=('h', '（二）开展志愿服务进社区活动。'),
  activities=('h', '（一）开展“文明窗口”提升行动。'), service=('i', '统一服务标准，实行首问负责和限时办结'),
  environment=('h', '（四）开展环境整治。'), results=('i', '被省文明委授予“省级文明单位”称号'),
  problems=('i', '但也存在个别营业厅服务不规范、志愿服务参与面不广等问题'), plans=('h', '二、主要内容'),
  signature=('i', '中国电信临河分公司'))
F('other', 4, '次', '全年开展“诚信营销”专项检查不少于4次', 'plan', 'at_least')
F('rate', 100, '%', '诚信服务承诺签订率达到100%', 'target')
secs[-1]['sections']['credit'] = 'headed'; secs[-1]['evidence']['credit'] = '（五）开展诚信服务承诺。'
secs[-1]['evidence'] = {k: secs[-1]['evidence'][k] for k in IDS if k in secs[-1]['evidence']}
F('other', 3, '名', '年度考评前三名的部门', 'rule', 'at_most')

DOC('08-medical-insurance-plan')
F('other', 4, '个', '内设4个股室', 'background')
F('other', 1, '个', '下属区医保服务中心1个', 'background')
F('other', 47, '人', '现有干部职工47人', 'background')
F('other', 31, '名', '其中党员31名', 'background')
F('other', 416000, '人', '全区参保人数约41.6万人', 'background', 'about')
F('other', 980000000, '元', '2023年医保基金支出9.8亿元', 'background')
F('satisfaction', 98, '%', '群众满意度达到98%以上', 'target', 'at_least')
F('rate', 95, '%', '“一次办好”比例不低于95%', 'target', 'at_least')
F('rate', 97, '%', '参保率稳定在97%以上', 'target', 'at_least')
F('rate', 100, '%', '理论学习参与率达到100%', 'target')
F('activity', 12, '次', '全年计划开展集体学习12次以上', 'plan', 'at_least')
F('activity', 2, '期', '举办读书班2期', 'plan')
F('activity', 1, '次', '各支部每月开展一次主题党日活动', 'rule')
F('activity', 4, '场', '全年计划举办道德讲堂4场', 'plan')
F('other', 3, '名', '评选“最美医保人”3至5名', 'plan', 'range', 5)
F('investment', 850000, '元', '投入资金85万元', 'plan')
F('other', 10, '台', '新增自助服务终端10台', 'plan')
F('other', 18, '个', '在全区18个镇（街道）设立医保服务工作站', 'plan')
F('volunteer', 30, '人', '志愿者不少于30人', 'plan', 'at_least')
F('volunteer', 24, '次', '志愿服务活动不少于24次', 'plan', 'at_least')
F('publicity', 20000, '份', '发放政策宣传资料2万份', 'plan')
F('other', 420, '家', '全年计划检查机构420家', 'plan')
F('other', 5000000, '元', '追回违规基金力争不低于500万元', 'target', 'at_least')
F('investment', 150000, '元', '安排创建工作经费15万元', 'plan')
F('other', 20, '%', '占股室年度考核分值的20%', 'rule')
F('training', 60, '学时', '每名干部全年参加业务培训不少于60学时', 'rule', 'at_least')
H('区级文明单位', '局机关2022年被评为区级文明单位', year='2022')
S('plan', overview=('i', '结合我局实际，制定本方案'), profile=('h', '一、基本情况'), leadership=('h', '四、保障措施'),
  theory=('h', '（一）加强理论武装。'), morality=('h', '（二）深化道德建设。'), volunteer=('h', '（四）开展志愿服务。'),
  service=('h', '（三）打造服务品牌。'), governance=('h', '（五）强化基金监管。'),
  results=('i', '局机关2022年被评为区级文明单位'), problems=('i', '在窗口服务便利度、志愿服务常态化等方面仍有差距'),
  plans=('h', '三、主要任务'), signature=('i', '2024年2月28日'))
F('publicity', 4, '条', '每月发布创建信息不少于4条', 'plan', 'at_least')
secs[-1]['sections']['activities'] = 'headed'; secs[-1]['evidence']['activities'] = '（六）营造创建氛围。'
secs[-1]['sections']['environment'] = 'inline'; secs[-1]['evidence']['environment'] = '开展办公区环境卫生整治，做到整洁有序'
secs[-1]['evidence'] = {k: secs[-1]['evidence'][k] for k in IDS if k in secs[-1]['evidence']}

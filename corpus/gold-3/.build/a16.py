DOC('16-property-company')
F('other', 126000, '平方米', '小区占地面积12.6万平方米', 'background')
F('other', 38, '栋', '共有住宅楼38栋', 'background')
F('other', 2860, '户', '住户2860户', 'background')
F('other', 8500, '人', '常住居民约8500人', 'background', 'about')
F('other', 1420, '人', '60岁以上老年人1420人', 'background')
F('rate', 35, '%', '绿化率35%', 'background')
F('other', 96, '人', '配备物业服务人员96人', 'background')
F('activity', 11, '次', '召开联席会议11次')
F('other', 47, '件', '群众关心的问题47件')
F('other', 30, '分钟', '报修响应时间控制在30分钟以内', q='at_most')
F('other', 4630, '件', '受理业主报修4630件')
F('rate', 99, '%', '维修及时率达到99%')
F('other', 800, '份', '发放问卷800份')
F('other', 752, '份', '回收有效问卷752份')
F('satisfaction', 92.4, '%', '综合满意度达到92.4%')
F('other', 3.1, '个百分点', '较上年提高3.1个百分点')
units = {'楼道灯更换（盏）': '盏', '电动车充电桩（个）': '个', '破损路面修复（平方米）': '平方米', '健身器材更新（套）': '套'}
for row in list(units) + ['合计']:
    if row in units:
        T('other', row, '数量', units[row])
    T('investment', row, '投入资金（万元）', '元')
F('investment', 410000, '元', '由公司承担41万元')
F('rate', 85, '%', '分类准确率达到85%以上', q='at_least')
F('volunteer', 132, '人', '吸纳业主志愿者132人')
F('volunteer', 58, '次', '志愿服务活动58次')
F('other', 43, '户', '结对照顾独居和空巢老人43户')
F('donation', 16000, '元', '送去慰问品，价值1.6万元')
F('other', 2, '名', '公司有2名保安员因见义勇为受到区政府表彰')
F('other', 150, '个', '计划新增停车位150个', 'plan')
F('investment', 300000, '元', '投入30万元改造小区监控系统', 'plan')
F('satisfaction', 95, '%', '力争业主满意度提升到95%', 'target')
H('区级文明单位', '2022年，公司被区文明委命名为区级文明单位', awarder='区文明委', year='2022')
H('市级优秀物业服务项目', '小区2021年被市住建局评为“市级优秀物业服务项目”', awarder='市住建局', year='2021')
H('区最美物业人', '客服主管李娜获评区“最美物业人”', rec='person:李娜')
H('区政府表彰', '公司有2名保安员因见义勇为受到区政府表彰', rec='person', awarder='区政府')
S('summary', overview=('i', '现将有关情况总结如下'), profile=('i', '小区占地面积12.6万平方米，共有住宅楼38栋'),
  leadership=('h', '一、党建引领，共建共治'), governance=('h', '一、党建引领，共建共治'),
  service=('h', '二、优质服务，提升品质'), environment=('h', '三、改造环境，美化家园'),
  volunteer=('h', '四、志愿服务，邻里守望'), responsibility=('i', '结对照顾独居和空巢老人43户；春节期间向困难家庭送去慰问品'),
  results=('i', '公司被区文明委命名为区级文明单位'), problems=('h', '五、问题与打算'), plans=('h', '五、问题与打算'),
  signature=('i', '2024年1月'))
F('activity', 2100, '人次', '全年参与居民2100余人次', q='more_than')
sx = secs[-1]
sx['sections']['activities'] = 'inline'; sx['evidence']['activities'] = '“文明楼栋”评比等创建活动'
sx['evidence'] = {k: sx['evidence'][k] for k in IDS if k in sx['evidence']}

DOC('12-library-news')
F('other', 36000, '平方米', '建筑面积3.6万平方米', 'background')
F('other', 2400, '个', '设阅览座位2400个', 'background')
F('other', 2850000, '册', '馆藏纸质文献约285万册', 'background', 'about')
F('other', 2130000, '人次', '去年全馆接待读者213万人次')
F('other', 960000, '册次', '外借图书96万册次')
F('rate', 18, '%', '分别比上年增长18%和12%')
F('rate', 12, '%', '分别比上年增长18%和12%')
F('other', 13, '小时', '每天开放时间延长到13小时')
F('other', 42, '家', '建成城市书房42家')
F('other', 11, '个', '乡镇分馆11个')
F('other', 60, '台', '配备了有声读物设备60台')
F('volunteer', 1100, '人', '已有注册志愿者1100余人', 'background', 'more_than')
F('other', 35000, '小时', '累计服务时长超过3.5万小时', q='more_than')
F('volunteer', 860, '场', '阅读推广活动860场')
F('volunteer', 78000, '人次', '参与市民约7.8万人次', q='about')
F('donation', 15000, '册', '捐赠图书1.5万册')
F('other', 120, '次', '组织“流动图书车”下乡120余次', q='more_than')
F('satisfaction', 96.7, '%', '以96.7%的满意度')
F('investment', 8000000, '元', '今年将投入800万元', 'plan')
F('other', 10, '家', '计划新增城市书房10家', 'plan')
H('全国文明单位', '市图书馆获评“全国文明单位”', awarder='中央文明委')
H('省级文明单位', '继2017年当选为省级文明单位', year='2017')
H('全国最美志愿者', '退休教师刘长林在馆里当了五年志愿者，去年被评为“全国最美志愿者”', rec='person:刘长林')
S('other', overview=('i', '日前，中央文明委公布第七届全国文明单位名单'), profile=('i', '新馆于2020年建成开放，建筑面积3.6万平方米'),
  volunteer=('i', '“书香使者”志愿服务团队已有注册志愿者1100余人'), service=('i', '推行“无休日开放”，每天开放时间延长到13小时'),
  responsibility=('i', '向农村留守儿童、福利院和监狱捐赠图书1.5万册'), results=('i', '市图书馆榜上有名'),
  plans=('i', '谈及下一步打算'))
F('other', 42000, '人', '新增信用借阅读者4.2万人')
F('other', 71, '名', '全馆71名职工', 'background')
F('training', 16, '场', '组织业务培训16场')
F('training', 430, '人次', '参训馆员430人次')
F('other', 1200, '平方米', '新增绿化面积1200平方米')
sx = secs[-1]
for k, st, e in (('credit', 'inline', '读者凭个人信用分即可免押金借书'), ('leadership', 'inline', '成立了由馆长任组长的创建工作领导小组'),
                 ('morality', 'inline', '坚持开展“微笑服务之星”评选和职业道德教育'), ('environment', 'inline', '新增绿化面积1200平方米，在各楼层设置了直饮水点')):
    sx['sections'][k] = st; sx['evidence'][k] = e
sx['evidence'] = {k: sx['evidence'][k] for k in IDS if k in sx['evidence']}
F('volunteer', 1500, '人', '力争注册志愿者年内突破1500人', 'target', 'more_than')

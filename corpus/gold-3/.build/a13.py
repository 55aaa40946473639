DOC('13-toll-station-tw')
F('other', 16, '條', '共設置收費車道16條', 'background')
F('other', 8, '條', '其中ETC車道8條', 'background')
F('other', 74, '人', '現有員工74人', 'background')
F('other', 21, '名', '黨員21名', 'background')
F('other', 6120000, '輛次', '車流量達到612萬輛次')
F('other', 16800, '輛次', '日均約1.68萬輛次', q='about')
F('other', 4, '個', '分解到4個收費班組', 'background')
F('investment', 286000, '元', '投入建立經費28.6萬元')
F('other', 3600, '段', '全年抽查影片3600餘段', q='more_than')
F('other', 3, '分鐘', '平均查驗時間縮短至3分鐘以內', q='at_most')
F('rate', 0.01, '%', '收費差錯率控制在0.01%以下', q='at_most')
F('satisfaction', 97.8, '%', '駕駛人滿意度達到97.8%')
F('volunteer', 38, '人', '共有志工38人', 'background')
F('other', 24000, '人次', '全年服務駕駛人約2.4萬人次', q='about')
F('activity', 12, '場', '舉辦交通安全宣導講座12場')
F('donation', 18000, '元', '捐贈慰問金1.8萬元')
F('publicity', 460, '則', '發布路況資訊和建立動態460餘則', q='more_than')
F('training', 15, '期', '全年舉辦業務培訓15期')
F('training', 520, '人次', '參訓員工約520人次', q='about')
F('other', 2, '名', '2名員工在全省收費技能競賽中獲得一等獎')
F('other', 4, '條', '計畫新增ETC車道4條', 'plan')
F('investment', 3500000, '元', '預計投入經費約350萬元', 'plan', 'about')
F('satisfaction', 98, '%', '力求駕駛人滿意度提升至98%以上', 'target', 'at_least')
H('市級文明單位', '於2018年被評定為市級文明單位', year='2018')
H('十佳收費站', '2021年獲頒省交通運輸廳“十佳收費站”稱號', awarder='省交通運輸廳', year='2021')
H('全省收費技能競賽一等獎', '2名員工在全省收費技能競賽中獲得一等獎', rec='person')
S('summary', overview=('i', '現將全年工作情形總結如下'), profile=('i', '共設置收費車道16條，其中ETC車道8條，現有員工74人'),
  leadership=('h', '一、強化組織領導'), volunteer=('h', '三、志工服務與社群共建'),
  culture=('i', '舉辦讀書會、羽毛球賽等藝文體育活動，凝聚團隊向心力'), service=('h', '二、提升視窗服務品質'),
  governance=('i', '嚴格落實安全生產責任制，定期排查車道安全隱患'), responsibility=('h', '三、志工服務與社群共建'),
  results=('i', '於2018年被評定為市級文明單位'), problems=('h', '五、存在問題與明年規劃'), plans=('h', '五、存在問題與明年規劃'),
  signature=('i', '2024年1月5日'))
F('activity', 18, '次', '政治理論集中學習18次')
F('publicity', 150000, '人次', '累計觀看約15萬人次', q='about')
sx = secs[-1]
for k, st, e in (('theory', 'inline', '站黨支部全年開展政治理論集中學習18次'), ('morality', 'inline', '舉辦“最美收費員”評選和職業道德講座')):
    sx['sections'][k] = st; sx['evidence'][k] = e
sx['evidence'] = {k: sx['evidence'][k] for k in IDS if k in sx['evidence']}
F('other', 12000, '件', '受理用路人諮詢和求助1.2萬餘件', q='more_than')

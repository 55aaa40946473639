DOC('20-gas-company-trad')
F('other', 412, '人', '現有員工412人', 'background')
F('other', 1860, '公里', '管理中低壓燃氣管網1860公里', 'background')
F('other', 326000, '戶', '服務居民用戶32.6萬戶', 'background')
F('other', 4100, '戶', '工商業用戶4100餘戶', 'background', 'more_than')
F('other', 230000000, '立方米', '年供氣量約2.3億立方米', 'background', 'about')
for row, cat, unit in (('客戶滿意率（%）', 'satisfaction', '%'), ('入戶安檢率（%）', 'rate', '%'),
                       ('搶修平均到場時間（分鐘）', 'other', '分鐘'), ('用戶投訴量（件）', 'other', '件')):
    T(cat, row, '2022年', unit, 'background')
    T(cat, row, '2023年', unit)
F('other', 8, '個', '與8個基層單位簽訂創建目標責任書')
F('investment', 860000, '元', '全年投入創建經費86萬元')
F('activity', 14, '次', '全年開展集中學習14次')
F('activity', 5, '期', '舉辦“道德講堂”5期')
F('other', 38000, '公里', '管網巡檢里程達到3.8萬公里')
F('other', 1260, '處', '整改安全隱患1260處')
F('other', 21000, '戶', '為2.1萬戶居民更換老舊燃氣軟管')
F('activity', 96, '場', '進學校活動96場')
F('publicity', 60000, '冊', '發放安全用氣手冊6萬冊')
F('other', 6, '個', '公司在6個營業廳推行“一窗通辦”', 'background')
F('other', 7, '個工作日', '由原來的7個工作日', 'background')
F('other', 3, '個工作日', '壓縮至3個工作日')
F('other', 1380, '份', '建立服務檔案1380份')
F('volunteer', 156, '人', '現有志願者156人', 'background')
F('volunteer', 92, '次', '全年開展志願服務92次')
F('donation', 285000, '元', '減免燃氣初裝費等費用共計28.5萬元')
F('donation', 39000, '元', '捐款3.9萬元')
F('other', 2, '名', '2名員工被評為“全省燃氣行業安全生產先進個人”')
F('investment', 120000000, '元', '計劃投入1.2億元', 'plan')
F('other', 120, '公里', '改造老舊管網120公里', 'plan')
F('satisfaction', 97, '%', '力爭客戶滿意率達到97%以上', 'target', 'at_least')
F('rate', 98, '%', '入戶安檢率保持在98%以上', 'target', 'at_least')
H('市級文明單位', '公司2019年被市委、市政府命名為市級文明單位', awarder='市委、市政府', year='2019')
H('先進基層黨組織', '公司黨委被中共東陽市委授予“先進基層黨組織”稱號', awarder='中共東陽市委')
H('省巾幗文明崗', '客服中心當選為省“巾幗文明崗”')
H('全省燃氣行業安全生產先進個人', '2名員工被評為“全省燃氣行業安全生產先進個人”', rec='person')
S('summary', overview=('i', '現將全年工作總結如下'), profile=('i', '現有員工412人，管理中低壓燃氣管網1860公里'),
  leadership=('h', '一、加強領導，完善創建機制'), theory=('i', '公司黨委堅持理論學習中心組學習制度，全年開展集中學習14次'),
  morality=('i', '舉辦“道德講堂”5期，引導員工愛崗敬業、誠信守諾'),
  volunteer=('i', '“藍色火焰”志願服務隊現有志願者156人'), service=('h', '三、優化服務，打造陽光窗口'),
  governance=('h', '二、安全為本，築牢供氣防線'), responsibility=('h', '四、回饋社會，踐行國企責任'),
  results=('h', '五、所獲榮譽'), problems=('h', '六、存在問題和下一步打算'), plans=('h', '六、存在問題和下一步打算'),
  signature=('i', '2024年1月20日'))
F('activity', 8, '次', '攝影比賽等文體活動8次')
F('activity', 1100, '人次', '參與員工1100餘人次', q='more_than')
sx = secs[-1]
for k, e in (('culture', '舉辦職工運動會、攝影比賽等文體活動8次'), ('environment', '各營業廳統一設置等候區、便民服務箱和無障礙通道，營業環境整潔舒適')):
    sx['sections'][k] = 'inline'; sx['evidence'][k] = e
sx['evidence'] = {k: sx['evidence'][k] for k in IDS if k in sx['evidence']}

// Sample passages written for these tests (not taken from any outside source).
import { normalize } from '../../src/normalize/index.js';
import { reuseInputOf, type ReuseInput, type ReuseSourceInfo } from '../../src/reuse/index.js';

export const TEMPLATE_PASSAGE =
  '我们把窗口服务作为展示单位形象的第一道门，在大厅设置了便民服务台，配备老花镜、雨伞和饮水机，推行首问负责和限时办结制度，群众办事平均等候时间由原来的二十分钟缩短到八分钟以内，全年没有发生一起有效投诉。';
export const SECOND_PASSAGE =
  '针对职工文化生活单调的问题，工会牵头建成了职工书屋和健身活动室，购置图书一千二百册，组建了摄影、书法和羽毛球三个兴趣小组，每季度举办一次职工运动会，职工的归属感和凝聚力明显增强。';
export const FILLER_A =
  '今年春天，河滨街道的老旧小区改造进入收尾阶段，施工队在雨季到来之前完成了排水管网的更换。居民代表多次到现场查看进度，对新铺的透水砖路面提出了修改意见。';
export const FILLER_B =
  '图书馆的少儿阅览区重新布置后，周末的读者明显多了起来。馆员把绘本按年龄段分类摆放，又在角落里放了几张矮桌，方便家长陪着孩子一起读书。';
export const FILLER_C =
  '果园里的桃树今年挂果很多，合作社请来农技员讲授疏果和防虫的方法。村里的年轻人用手机直播卖桃，三天就卖出了两千多箱，比往年提前半个月清园。';
export const FILLER_D =
  '冬季供暖开始前，热力公司逐户检查了管道阀门，更换了一批老化的散热器。客服热线延长了接听时间，夜里也有人值守，用户反映的问题当天就能派单处理。';

export function input(id: string, text: string, kind: ReuseSourceInfo['kind'] = 'batch', unit: string | null = null): ReuseInput {
  return reuseInputOf({ id, path: `${id}.txt`, kind, unit }, text, normalize(text));
}

import { describe, expect, it } from 'vitest';
import { quantitiesOf } from '../../src/figures/index.js';
import { parseChineseNumber } from '../../src/figures/chinese-numeral.js';

type Row = [string, string, number | null, number | null, string | null, string];

/** input, quantity text, value, valueMax, unit, qualifier */
const CASES: Row[] = [
  ['全年捐款近4万元', '近4万元', 40000, null, '元', 'nearly'],
  ['约500人参加', '约500人', 500, null, '人', 'about'],
  ['超过30次', '超过30次', 30, null, '次', 'more_than'],
  ['投资500余万元', '500余万元', 5_000_000, null, '元', 'more_than'],
  ['投资2万余元', '2万余元', 20000, null, '元', 'more_than'],
  ['捐款5000多元', '5000多元', 5000, null, '元', 'more_than'],
  // Foreign money keeps its currency: a measure, not converted to 元.
  ['出口创汇2.5亿美元', '2.5亿美元', 250_000_000, null, '美元', 'exact'],
  // A unit opening with 千 ends the scales: 42万 kWh, not 42万千.
  ['全年节电42万千瓦时', '42万千瓦时', 420000, null, '千瓦时', 'exact'],
  // A gift card before a Chinese numeral is a word of its own, so the amount starts a word.
  ['捐赠购书卡一万元', '一万元', 10000, null, '元', 'exact'],
  ['满意率99%以上', '99%以上', 99, null, '%', 'at_least'],
  ['300人左右', '300人左右', 300, null, '人', 'about'],
  ['每月1—2次', '1—2次', 1, 2, '次', 'range'],
  // A floor set on a rhythm holds its count though words stand between.
  ['每季度至少专题研究一次', '一次', 1, null, '次', 'at_least'],
  ['每周不少于开展两次巡查', '两次', 2, null, '次', 'at_least'],
  ['6—8个小组', '6—8个', 6, 8, '个', 'range'],
  ['10至15人', '10至15人', 10, 15, '人', 'range'],
  ['两到三万元', '两到三万元', 20000, 30000, '元', 'range'],
  ['知晓率百分之九十五', '百分之九十五', 95, null, '%', 'exact'],
  ['达标率百分之百', '百分之百', 100, null, '%', 'exact'],
  ['三成', '三成', 30, null, '%', 'exact'],
  ['满意度达9成4', '9成4', 94, null, '%', 'exact'],
  ['同比提高5.93个百分点', '5.93个百分点', 5.93, null, '个百分点', 'exact'],
  ['发表稿件38篇(次)', '38篇(次)', 38, null, '篇(次)', 'exact'],
  ['购置14台(套)电脑', '14台(套)', 14, null, '台(套)', 'exact'],
  ['开展200余场(次)', '200余场(次)', 200, null, '场(次)', 'more_than'],
  ['绿化1.7万余米', '1.7万余米', 17000, null, '米', 'more_than'],
  ['投入8000多万元', '8000多万元', 80_000_000, null, '元', 'more_than'],
  ['4.6万平方米', '4.6万平方米', 46000, null, '平方米', 'exact'],
  ['完成投资18亿元', '18亿元', 1_800_000_000, null, '元', 'exact'],
  ['捐款五千元', '五千元', 5000, null, '元', 'exact'],
  ['两名同志', '两名', 2, null, '名', 'exact'],
  // Two neighbouring digits with no place after them are an approximate range, as 三五百 is.
  ['每月走访两三个村', '两三个', 2, 3, '个', 'range'],
  ['全年举办七八次', '七八次', 7, 8, '次', 'range'],
  ['占两三成', '两三成', 20, 30, '%', 'range'],
  // jieba's HMM glues 有 to a small count (有五人): the numeral still begins the count.
  ['班组有五人获评', '五人', 5, null, '人', 'exact'],
  ['一百多人', '一百多人', 100, null, '人', 'more_than'],
  ['十几位老人', '十几位', 10, null, '位', 'more_than'],
  ['百余条建议', '百余条', 100, null, '条', 'more_than'],
  ['藏书上万册', '上万册', 10000, null, '册', 'at_least'],
  ['壹佰元', '壹佰元', 100, null, '元', 'exact'],
  ['十几万元', '十几万元', 100000, null, '元', 'more_than'],
  ['1万-5万元', '1万-5万元', 10000, 50000, '元', 'range'],
  ['错情率为0.0‰', '0.0‰', 0, null, '‰', 'exact'],
  ['共1,203人', '1,203人', 1203, null, '人', 'exact'],
  ['活动四十二次', '四十二次', 42, null, '次', 'exact'],
  ['參與群眾１．５萬人次', '１．５萬人次', 15000, null, '人次', 'exact'],
  ['捐款2萬餘元', '2萬餘元', 20000, null, '元', 'more_than'],
  ['总投资xx万元', 'xx万元', null, null, '元', 'exact'],
  ['培训××人次', '××人次', null, null, '人次', 'exact'],
  ['捐款20__0余元', '20__0余元', null, null, '元', 'more_than'],
  ['投资5万4千6百元', '5万4千6百元', 54600, null, '元', 'exact'],
  ['共3万4000人次', '3万4000人次', 34000, null, '人次', 'exact'],
  ['收到7万5元', '7万5元', 75000, null, '元', 'exact'],
  ['捐款123元1角1分', '123元1角1分', 123.11, null, '元', 'exact'],
  ['壹拾壹元整', '壹拾壹元整', 11, null, '元', 'exact'],
  ['好评达8.5成', '8.5成', 85, null, '%', 'exact'],
  ['小于40万元', '小于40万元', 400000, null, '元', 'at_most'],
  ['50万元(含)以上', '50万元(含)以上', 500000, null, '元', 'at_least'],
  ['一千到两千万元', '一千到两千万元', 10_000_000, 20_000_000, '元', 'range'],
  ['五到六百人', '五到六百人', 500, 600, '人', 'range'],
  // issue 9
  ['共有注册志愿者2139259人', '2139259人', 2139259, null, '人', 'exact'],
  ['现场签约390多个项目', '390多个', 390, null, '个', 'more_than'],
  ['事故率控制在千分之一', '千分之一', 1, null, '‰', 'exact'],
  ['差错率万分之三', '万分之三', 0.03, null, '%', 'exact'],
  // 千万 the adverb is masked, 千万元 is a sum.
  ['累计捐款近千万元', '近千万元', 10_000_000, null, '元', 'nearly'],
  ['位于百分之七十百分位', '百分之七十', 70, null, '%', 'exact'],
  ['同比下降负3.9%', '负3.9%', -3.9, null, '%', 'exact'],
  ['增速为-22.2%', '-22.2%', -22.2, null, '%', 'exact'],
  ['覆盖率提高5-20%', '5-20%', 5, 20, '%', 'range'],
  ['10%—20%', '10%—20%', 10, 20, '%', 'range'],
  ['三分之一的职工', '三分之一', 1 / 3, null, null, 'exact'],
  ['3又1/2', '3又1/2', 3.5, null, null, 'exact'],
  ['百分之五十五点五七九', '百分之五十五点五七九', 55.579, null, '%', 'exact'],
  ['投入资金十 余 万元', '十 余 万元', 100000, null, '元', 'more_than'],
  ['三五百块', '三五百块', 300, 500, '元', 'range'],
  ['1万(含)-5万元', '1万(含)-5万元', 10000, 50000, '元', 'range'],
  ['三成半', '三成半', 35, null, '%', 'exact'],
  ['制作展板40块', '40块', 40, null, '块', 'exact'],
  ['制作公益广告1.2万块', '1.2万块', 12000, null, '块', 'exact'],
  // 块 before a longer noun phrase counts its head (牌, 井盖); before anything else it is money.
  ['更换了15块新制作的公示牌', '15块', 15, null, '块', 'exact'],
  ['修复30余块松动的井盖', '30余块', 30, null, '块', 'more_than'],
  ['新设 4 块限速行驶的标志', '4 块', 4, null, '块', 'exact'],
  ['增设了 5 块禁止车辆长时间停放的标志', '5 块', 5, null, '块', 'exact'],
  // Days within a limit are a span of time with its hedge (7日内: at_most), not a day of a month.
  ['自立案之日起7日内回访', '7日内', 7, null, '日', 'at_most'],
  // Editions held (a verb of holding earlier in the clause, or 各) are counted; 第五届 and 连续五届 are not (below).
  ['今年召开职工代表大会一届', '一届', 1, null, '届', 'exact'],
  ['读书节、运动会各1届', '1届', 1, null, '届', 'exact'],
  // A population in 万 with no measure word takes 人 from the word before it.
  ['全区常住人口34.02万', '34.02万', 340200, null, '人', 'exact'],
  ['户籍人口约12万', '约12万', 120000, null, '人', 'about'],
  // Scrolls, bodies and medals are counted too.
  ['馆藏档案达到十二万卷', '十二万卷', 120000, null, '卷', 'exact'],
  ['获得金牌3枚', '3枚', 3, null, '枚', 'exact'],
  // A count in 万 right before a noun of customers counts them, the noun as its unit.
  ['负责全市48万用户的用电', '48万用户', 480000, null, '用户', 'exact'],
  ['为约2.5万居民用户供水', '约2.5万居民用户', 25000, null, '居民用户', 'about'],
  ['送去300块给困难户', '300块', 300, null, '元', 'exact'],
  // spoken hundred-millions, a span of months with its hedge inside, words ending in 约
  ['全年收入13.6个亿', '13.6个亿', 1360000000, null, '元', 'exact'],
  ['投资两个亿元', '两个亿元', 200000000, null, '元', 'exact'],
  ['历时两个多月', '两个多月', 2, null, '个月', 'more_than'],
  ['修订村规民约16份', '16份', 16, null, '份', 'exact'],
  ['抽检商品3.2万批次', '3.2万批次', 32000, null, '批次', 'exact'],
  // 平方 spoken for 平方米; a transformer's capacity in 千伏安, not the voltage class 千伏
  ['铺设草坪约600平方', '约600平方', 600, null, '平方', 'about'],
  ['增容12.5万千伏安', '12.5万千伏安', 125000, null, '千伏安', 'exact'],
  // Ministries acting together, and a move in a ranking measured in places like 个百分点.
  ['海关总署等四部委联合发文', '四部委', 4, null, '部委', 'exact'],
  ['全省排名上升了6个名次', '6个名次', 6, null, '个名次', 'exact'],
  ['综合考评前移3个位次', '3个位次', 3, null, '个位次', 'exact'],
  // A rate per thousand of the population is written with no unit: people per thousand.
  ['全市千人口献血率达到12.4', '12.4', 12.4, null, '人/千人', 'exact'],
  ['辖区每千人口执业医师配备率为2.8', '2.8', 2.8, null, '人/千人', 'exact'],
  // A template's blank for a rate, written with no percent sign, is the rate's percent (a water plant, a clinic).
  ['设施正常运行率XX', 'XX', null, null, '%', 'exact'],
  ['门诊患者满意率达到××', '××', null, null, '%', 'exact'],
  // A counted formula (三个代表) whose noun starts a longer noun is a count of that noun.
  ['作为全省三个代表县之一', '三个', 3, null, '个', 'exact'],
  ['医院选出三个代表队参赛', '三个', 3, null, '个', 'exact'],
  ['法院评选出三个代表性案例', '三个', 3, null, '个', 'exact'],
];

describe('quantities', () => {
  it.each(CASES)('%s → %s', (input, text, value, valueMax, unit, qualifier) => {
    const found = quantitiesOf(input);
    expect(found).toHaveLength(1);
    const q = found[0]!;
    expect(q).toMatchObject({ text, value, valueMax, unit, qualifier });
    expect(input.slice(q.start, q.end)).toBe(text);
    expect(q.placeholder).toBe(value === null);
  });

  it('gives a bare number after a rate with no population base no unit', () => {
    expect(quantitiesOf('全市人口出生率为8.5').map((q) => q.unit)).toEqual([null]);
  });

  it('keeps 人次 apart from 人', () => {
    expect(quantitiesOf('培训120人次，80人结业').map((q) => q.unit)).toEqual(['人次', '人']);
  });

  it.each([
    ['2019年'],
    ['2019年度'],
    ['2003—2004年度'],
    ['20xx年9月'],
    ['12月31日'],
    ['上午9:30开会'],
    ['〔2020〕3号文件'],
    ['(xx)22号'],
    ['第五届'],
    ['举办第六届职工运动会'],
    ['读书节已连续举办五届'],
    ['第2次会议'],
    ['建党86周年'],
    ['党的十九大精神'],
    ['一是加强领导'],
    ['一、加强组织领导'],
    ['(一)健全机构'],
    ['统一部署'],
    ['这项工作十分重要'],
    ['千万不要轻信陌生来电'],
    ['践行“三个代表”重要思想'],
    ['践行三个代表重要思想'],
    ['每年的六一节'],
    ['五一节期间'],
    ['推行“一次都不跑”服务'],
    ['XX单位'],
    ['电话0335-1234567'],
    ['捐款（万元）'],
    ['工作总结(通用7篇)'],
    ['二三十个百分点'.slice(4)],
    ['三门峡市召开表彰会'],
    ['群众三五成群地散步'],
    ['七台河市文明办'],
    ['三门县和三台县'],
  ])('finds no quantity in %s', (input) => {
    expect(quantitiesOf(input)).toEqual([]);
  });
});

describe('parseChineseNumber', () => {
  it.each([
    ['五千', 5000],
    ['一百零八', 108],
    ['两千六', 2600],
    ['三万五', 35000],
    ['一百二', 120],
    ['十一', 11],
    ['一亿五千万零六千三百五十五', 150006355],
    ['二〇一九', 2019],
    ['壹佰壹拾壹', 111],
    ['廿二', 22],
    ['零点五', 0.5],
  ])('%s = %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it('rejects what is not a numeral', () => {
    expect(parseChineseNumber('元整')).toBeNull();
    expect(parseChineseNumber('')).toBeNull();
  });
});

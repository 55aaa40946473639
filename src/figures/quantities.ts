// Finds every numeric quantity in normalized text, independent of meaning: the number (Arabic, Chinese,
// financial, mixed scale), its hedges wherever they stand, its unit, percent forms and ranges. Dates, times,
// document numbers, ordinals, headings and set phrases are left out; numbers broken by template blanks become
// quantities without a value.
import { loadWordList } from '../dictionary/index.js';
import { tokenize } from '../segment/index.js';
import { parseChineseNumber } from './chinese-numeral.js';
import { loadUnits, type UnitKind } from './units.js';

import type { Qualifier, Span } from '../model/document.js';

export type { Qualifier };

export interface Quantity extends Span {
  /** The quantity as written, with its hedges and unit. */
  text: string;
  /** Fully scaled (1.7万 → 17000); null when a template blank stands in for digits. */
  value: number | null;
  valueMax: number | null;
  /** As written after the scale: 元, 人次, 篇(次), %, ‰, 个百分点; null for a bare number. */
  unit: string | null;
  unitKind: UnitKind | 'percent' | null;
  qualifier: Qualifier;
  placeholder: boolean;
  /** Where the digits themselves stand. */
  number: Span;
}

const PRE_QUALIFIERS: [string, Qualifier][] = [
  ['将近', 'nearly'], ['接近', 'nearly'], ['近', 'nearly'],
  ['大约', 'about'], ['大概', 'about'], ['约', 'about'],
  ['超过', 'more_than'], ['超', 'more_than'], ['逾', 'more_than'], ['突破', 'more_than'], ['多达', 'exact'], ['高达', 'exact'],
  ['不少于', 'at_least'], ['不低于', 'at_least'], ['至少', 'at_least'],
  ['不超过', 'at_most'], ['不足', 'at_most'], ['不到', 'at_most'], ['最多', 'at_most'], ['小于', 'at_most'], ['低于', 'at_most'], ['少于', 'at_most'],
  ['大于', 'more_than'], ['高于', 'more_than'], ['多于', 'more_than'],
];
// Only qualifiers that hedge go into the span; 达/共/累计 do not change the claim.
const HEDGING_PRE = PRE_QUALIFIERS.filter(([, q]) => q !== 'exact');
const AFTER_QUALIFIERS: [string, Qualifier][] = [
  ['以上', 'at_least'], ['左右', 'about'], ['上下', 'about'], ['以下', 'at_most'], ['以内', 'at_most'],
  ['有余', 'more_than'], ['之多', 'exact'], ['开外', 'more_than'],
];

const CN = '零〇一二两俩三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟廿卅';
const BLANK = 'xX×_*';
const CORE = new RegExp(
  [
    String.raw`百分之(?<pct>[${CN}]+(?:点[零〇一二三四五六七八九]+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`,
    // Arabic, possibly broken by template blanks (20__0, 5xx)
    String.raw`(?<ar>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*[${BLANK}]+\d+|\d+(?:\.\d+)?(?:[${BLANK}]+\d*)?)`,
    String.raw`(?<blank>[${BLANK}]{1,4})`,
    String.raw`(?<cn>[${CN}]+(?:点[零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖]+)?)`,
  ].join('|'),
  'gu',
);
const RANGE_CONNECTOR = /^(?:——|—|–|-|－|~|～|至|到)/;
const SCALE: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };

let notQuantities: RegExp | undefined;

export function notQuantityPattern(): RegExp {
  if (!notQuantities) {
    const words = loadWordList('figures/not-quantities.txt').map((e) => e.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    words.sort((a, b) => b.length - a.length);
    notQuantities = new RegExp(words.join('|'), 'g');
  }
  return notQuantities;
}

/** Places where digits are not quantities: times, document numbers, phone numbers, labels, ordinals, set phrases. */
function masked(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  const patterns = [
    /\d{1,2}:\d{2}(?::\d{2})?/g, // times
    /[〔[(（【][^〕\])）】\n]{1,10}[〕\])）】]\s*(?:第)?[\dxX×_*]+号/g, // document numbers 〔2020〕3号, (xx)22号
    /第[\d零〇一二两三四五六七八九十百千]+/g, // ordinals
    /(?<!\d)(?:\d{3,4}-)?\d{7,8}(?!\d)|(?<!\d)1[3-9]\d{9}(?!\d)/g, // phone numbers
    /^[ \t]*(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[、.](?!\d)|\(\d{1,2}\))/gm, // numbered headings
    /[一二三四五六七八九十]是/g, // 一是…二是…
    /[一二三四五六七八九十\d]期(?=工程|项目)/g, // 二期工程: a phase, not a count
    notQuantityPattern(),
  ];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      mask.fill(1, m.index, m.index + m[0].length);
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  return mask;
}

function parseArabic(digits: string): number | null {
  if (/[xX×_*]/.test(digits)) return null;
  return Number(digits.replace(/,/g, ''));
}

function isYear(value: number | null, digits: string): boolean {
  if (value === null) return /^(?:19|20)/.test(digits) || /^[xX×_*]+$/.test(digits); // 20xx, 20__
  return Number.isInteger(value) && value >= 1900 && value <= 2100 && !digits.includes(',');
}

interface Core {
  start: number;
  end: number;
  value: number | null;
  placeholder: boolean;
  chinese: boolean;
  percentPrefix: boolean;
  digits: string;
}

function coreOf(m: RegExpExecArray): Core | null {
  const start = m.index;
  const end = start + m[0].length;
  const g = m.groups!;
  if (g.pct !== undefined) {
    const value = /\d/.test(g.pct) ? Number(g.pct.replace(/,/g, '')) : parseChineseNumber(g.pct);
    return value === null ? null : { start, end, value, placeholder: false, chinese: false, percentPrefix: true, digits: g.pct };
  }
  if (g.ar !== undefined) {
    const value = parseArabic(g.ar);
    return { start, end, value, placeholder: value === null, chinese: false, percentPrefix: false, digits: g.ar };
  }
  if (g.blank !== undefined) return { start, end, value: null, placeholder: true, chinese: false, percentPrefix: false, digits: g.blank };
  // 拾 alone is the verb "pick up" (拾起), not ten.
  if (/^[拾佰仟]$/u.test(g.cn!)) return null;
  const value = parseChineseNumber(g.cn!);
  return value === null ? null : { start, end, value, placeholder: false, chinese: true, percentPrefix: false, digits: g.cn! };
}

/** A Chinese numeral must begin a word: 统一部署 holds no quantity 一部. */
function startsWord(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 6);
  const window = text.slice(from, Math.min(text.length, end + 6));
  const tokens = tokenize(window);
  const at = start - from;
  const token = tokens.find((t) => t.start <= at && at < t.end);
  if (!token || token.start === at) return true;
  // A hedge glued to the numeral in one token is fine: 上万, 近百, 数十, 几十.
  return /^(?:上|近|数|几|约|逾|超|共|计|达)+$/.test(window.slice(token.start, at));
}

export function extractQuantities(text: string): Quantity[] {
  const units = loadUnits();
  const mask = masked(text);
  const out: Quantity[] = [];
  CORE.lastIndex = 0;
  for (let m = CORE.exec(text); m; m = CORE.exec(text)) {
    if (mask[m.index]) continue;
    const core = coreOf(m);
    if (!core) continue;
    const q = extend(text, core, units);
    if (!q) continue;
    if (core.chinese && !startsWord(text, core.start, core.end)) continue;
    out.push(q);
    CORE.lastIndex = Math.max(CORE.lastIndex, q.end);
  }
  // Lone numerals kept only to open a range go if no range took them.
  return mergeRanges(text, out).filter((q) => q.unit !== null || !isLoneChineseDigit(text, q));
}

/**
 * The low end of a range whose first number borrows the second's scale: 两到三万 (2万), 一千到两千万 (1千万),
 * 五到六百 (5百); 1—2次 borrows nothing. The borrowed value must stay within a tenth of the high end.
 */
function sharedScaleLow(text: string, low: number, b: Quantity): number {
  const written = text.slice(b.number.start, b.number.end);
  const high = b.value!;
  for (const strip of [/[万亿]+$/u, /[万亿千百]+$/u]) {
    const digits = written.replace(strip, '');
    if (digits === written) continue;
    const base = /^\d/.test(digits) ? Number(digits.replace(/,/g, '')) : parseChineseNumber(digits);
    if (!base) continue;
    const scaled = low * (high / base);
    if (scaled <= high && scaled >= high / 10) return scaled;
  }
  // An Arabic second number with its scale after it (1-2万): the scale is past the digits.
  const base = Number(written.replace(/,/g, ''));
  if (/^\d/.test(written) && base && high / base > 1 && low * (high / base) <= high) return low * (high / base);
  return low;
}

function isLoneChineseDigit(text: string, q: Quantity): boolean {
  const digits = text.slice(q.number.start, q.number.end);
  return /^[^\d]/.test(digits) && !(digits.length >= 2 && /[十百千万亿点]/.test(digits));
}

function extend(text: string, core: Core, units: ReturnType<typeof loadUnits>): Quantity | null {
  let pos = core.end;
  let value = core.value;
  let qualifier: Qualifier = 'exact';
  let unit: string | null = null;
  let unitKind: Quantity['unitKind'] = null;
  const hedge = (q: Qualifier) => {
    if (qualifier === 'exact') qualifier = q;
  };

  let start = core.start;
  for (const [word, q] of HEDGING_PRE) {
    if (text.startsWith(word, core.start - word.length)) {
      start = core.start - word.length;
      hedge(q);
      break;
    }
  }
  // 上万 / 数十 / 几百: a lower bound without digits.
  if (core.chinese && /^[十百千万亿]/.test(core.digits) && start === core.start && /[上数几]/.test(text[core.start - 1] ?? '')) {
    start = core.start - 1;
    hedge(text[start] === '上' ? 'at_least' : 'more_than');
  }

  if (core.percentPrefix) {
    return finish(text, start, core.end, core, value, null, '%', 'percent', qualifier);
  }
  // number [余|多|几|来] [万|亿|千|百] [余|多] unit
  const mid = /^(?:余|多|几|来)/.exec(text.slice(pos, pos + 1));
  if (mid) {
    pos += 1;
    hedge(mid[0] === '来' ? 'about' : 'more_than');
  }
  if (!core.chinese || mid) {
    const scale = /^[万亿千百十]+/.exec(text.slice(pos, pos + 3));
    // 千米 and 百分点 are units, not a scale followed by one.
    if (scale && !(scale[0].startsWith('千') && units.match(text, pos)?.unit.startsWith('千')) && !text.startsWith('百分点', pos)) {
      let factor = 1;
      for (const c of scale[0]) factor *= SCALE[c]!;
      if (value !== null) value = Math.round(value * factor * 1e6) / 1e6;
      pos += scale[0].length;
    }
  }
  // 5万4千6百, 3万4000, 1千零20, 100万三千: smaller places after a scale add on.
  if (value !== null && !mid && pos > core.end) {
    const lastScale = SCALE[text[pos - 1]!] ?? 1;
    const compound = compoundTail(text, pos, lastScale);
    // 2千零30万: digits with a larger scale after a smaller one make the whole count in that scale.
    const outerPart = compound ? null : /^零?(\d+)([万亿])/u.exec(text.slice(pos, pos + 12));
    if (outerPart && SCALE[outerPart[2]!]! > lastScale) {
      value = (value + Number(outerPart[1])) * SCALE[outerPart[2]!]!;
      pos += outerPart[0].length;
    }
    if (compound) {
      value += compound.value;
      pos = compound.end;
      // 2千零30万: the whole of it counts in 万.
      const outer = SCALE[text[pos] ?? ''];
      if (outer && outer >= 1e4 && value < outer) {
        value *= outer;
        pos++;
      }
    }
  }
  if (!mid) {
    const post = /^(?:余|多)/.exec(text.slice(pos, pos + 1));
    if (post && (units.match(text, pos + 1) || /^[%‰]/.test(text.slice(pos + 1)))) {
      pos += 1;
      hedge('more_than');
    }
  }
  const rest = text.slice(pos, pos + 8);
  if (/^[%‰]/.test(rest)) {
    unit = rest[0]!;
    unitKind = 'percent';
    pos += 1;
  } else if (/^成(?![员为功立绩本果长效交就熟果份])/.test(rest) && value !== null && value <= 10) {
    // 三成 = 30%, 9成4 = 94%
    const tenths = Number.isInteger(value) ? /^成([一二三四五六七八九\d])/.exec(rest) : null;
    value = Math.round((value * 10 + (tenths ? (parseChineseNumber(tenths[1]!) ?? Number(tenths[1])) : 0)) * 1e6) / 1e6;
    unit = '%';
    unitKind = 'percent';
    pos += tenths ? 2 : 1;
  } else {
    const match = units.match(text, pos);
    if (match) {
      unit = match.unit;
      unitKind = match.kind;
      pos += match.length;
      if (match.kind === 'money' && value !== null) {
        const tail = moneyTail(text, pos);
        value += tail.value;
        pos = tail.end;
      }
    }
  }
  return finish(text, start, pos, core, value, null, unit, unitKind, qualifier);
}

const PLACE_NUMBER = new RegExp(String.raw`^(零)?(\d+|[${CN.replace('万亿', '')}]+?)([万亿千百十])?`, 'u');

/** The smaller places written after a scale: 4千6百 after 5万, 4000 after 3万, 零20 after 1千. */
function compoundTail(text: string, at: number, lastScale: number): { value: number; end: number } | null {
  let value = 0;
  let pos = at;
  let scale = lastScale;
  for (;;) {
    const m = PLACE_NUMBER.exec(text.slice(pos, pos + 12));
    if (!m || m[2] === undefined) break;
    const digits = /^\d/.test(m[2]) ? Number(m[2]) : parseChineseNumber(m[2]);
    if (digits === null) break;
    const partScale = m[3] ? SCALE[m[3]]! : 1;
    if (partScale >= scale) break;
    if (!m[3]) {
      // A last digit with no place of its own counts one place below the scale (7万5 = 75000); more digits
      // count as written (1万600 = 10600). It must not run into a unit-less word.
      if (/[\d.]/.test(text[pos + m[0].length] ?? '')) break;
      value += !m[1] && String(digits).length === 1 && m[2].length === 1 ? digits * (scale / 10) : digits;
      pos += m[0].length;
      break;
    }
    value += digits * partScale;
    scale = partScale;
    pos += m[0].length;
  }
  return pos > at ? { value, end: pos } : null;
}

const MONEY_TAIL = new RegExp(String.raw`^(?:(\d|[${CN}])[角毛])?(?:(\d|[${CN}])分)?(?:钱)?(?:整|正)?`, 'u');

/** 1角1分 after 元, 整 closing a sum: 123元1角1分 = 123.11. */
function moneyTail(text: string, at: number): { value: number; end: number } {
  const m = MONEY_TAIL.exec(text.slice(at, at + 8));
  if (!m || m[0] === '') return { value: 0, end: at };
  const digit = (d: string | undefined) => (d === undefined ? 0 : /\d/.test(d) ? Number(d) : (parseChineseNumber(d) ?? 0));
  return { value: digit(m[1]) / 10 + digit(m[2]) / 100, end: at + m[0].length };
}

function finish(
  text: string,
  start: number,
  end: number,
  core: Core,
  value: number | null,
  valueMax: number | null,
  unit: string | null,
  unitKind: Quantity['unitKind'],
  qualifier: Qualifier,
): Quantity | null {
  if (unitKind === 'date') {
    // 2019年, 20xx年 and 9月 are dates; 3年 is a span of time.
    if (unit !== '年' || isYear(value, core.digits) || core.chinese && /^[零〇一二三四五六七八九]{4}$/.test(core.digits)) return null;
    unitKind = 'measure';
  }
  // A lone Chinese numeral is too often part of a word; it counts when it is a real number (三千, 一百二十)
  // or opens a range (两到三万元).
  if (core.chinese && unit === null && !(core.digits.length >= 2 && /[十百千万亿点]/.test(core.digits)) && !RANGE_CONNECTOR.test(text.slice(end, end + 2))) {
    return null;
  }
  if (core.placeholder && unit === null && !/[万亿千百]/.test(text.slice(core.end, end))) {
    // A blank with nothing numeric after it is a placeholder mark, not a quantity (XX单位).
    if (!/^\d/.test(core.digits) || /^[xX×_*]+$/.test(core.digits)) return null;
  }
  if (unit === null && value !== null && isYear(value, core.digits) && /^[-—–~～至到]/.test(text.slice(end, end + 2))) return null;
  if (unitKind === 'money' && value !== null) value = Math.round(value * 100) / 100;
  let finalEnd = end;
  // 50万元(含)以上: whether the bound itself counts changes nothing here.
  const inclusive = /^\((?:含|不含)\)(?=以上|以下|以内)/u.exec(text.slice(finalEnd, finalEnd + 6));
  if (inclusive) finalEnd += inclusive[0].length;
  for (const [word, q] of AFTER_QUALIFIERS) {
    if (text.startsWith(word, finalEnd)) {
      finalEnd += word.length;
      if (qualifier === 'exact') qualifier = q;
      break;
    }
  }
  const moneyUnit = unitKind === 'money' ? '元' : unit;
  return {
    start,
    end: finalEnd,
    text: text.slice(start, finalEnd),
    value,
    valueMax,
    unit: moneyUnit,
    unitKind,
    qualifier,
    placeholder: core.placeholder,
    number: { start: core.start, end: core.end },
  };
}

/** 1—2次, 10至15人, 1万-5万元: a number, a connector and a quantity with a unit become one range. */
function mergeRanges(text: string, quantities: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < quantities.length; i++) {
    const a = quantities[i]!;
    const b = quantities[i + 1];
    const between = b ? text.slice(a.end, b.start) : '';
    if (b && RANGE_CONNECTOR.test(between) && between.replace(RANGE_CONNECTOR, '') === '' && b.unit !== null && (a.unit === null || a.unit === b.unit) && a.value !== null && b.value !== null) {
      // 1-2万元: the first number takes the second's scale when it has none of its own.
      const low = a.unit === null ? sharedScaleLow(text, a.value, b) : a.value;
      out.push({ ...b, start: a.start, text: text.slice(a.start, b.end), value: low, valueMax: b.value, qualifier: 'range', number: { start: a.number.start, end: b.number.end } });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

// Reads the number at the heart of a quantity: Arabic (1,203, 3.5, .5), Chinese (三百五, 二〇一九, 一百点123),
// signed (负3.9, -22.2), fractions (三分之一, 3又1/2, 1 4/5), percent words (百分之七十, 千分之一, 万分之三),
// approximate ranges (三五百, 二三十), halves (半百) and template blanks (xx, 20__).
import { parseChineseNumber } from '../chinese-numeral.js';

export const CN_DIGITS = '零〇一二两俩三四五六七八九壹贰叁肆伍陆柒捌玖';
export const CN = `${CN_DIGITS}十百千万亿拾佰仟廿卅`;
export const BLANK = 'xX×_*';
/** Extracted PDFs and hand-typed text put spaces inside numerals: 三 百 五, 五 分之 一. */
const SP = ' {0,2}';
const CN_NUM = `[${CN}](?:${SP}[${CN}])*(?:${SP}点${SP}(?:[${CN_DIGITS}](?:${SP}[${CN_DIGITS}])*|\\d+))?`;
const AR_NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.(?<![\d.]\.)\d+`;
const NUM = `(?:${AR_NUM}|${CN_NUM})`;
/** A minus sign only where no number or unit ends right before it: 增速为-22.2%, but 5-20% and 1万-5万 are ranges. */
const MINUS_AFTER = /[\s,，、:：;；(（=为是达至到降长幅率比值度]/u;

/** The length of the sign written right before `at` (负, or a minus that is no range connector), or 0. */
export function signBefore(text: string, at: number): number {
  const c = text[at - 1];
  if (c === '负') return 1;
  if (c !== '-' && c !== '−') return 0;
  return at - 1 === 0 || MINUS_AFTER.test(text[at - 2]!) ? 1 : 0;
}

// 三分之一, 3又一千分之23, 百分之七十 (not 百分之七十百 before 百分位), 千分之一, 五 分之 一
const SHARE = `(?:(?<fw>${NUM})${SP}又${SP})?(?<fd>${NUM})${SP}分${SP}之${SP}(?<fn>负?${NUM})(?!${SP}分)`;
// 3又1/2, 1 4/3, 3/5; not dates 2019/10/1
const SLASHED = String.raw`(?<![\d/])(?:(?<aw>\d+) +|(?<aw2>\d+|${CN_NUM})又)?(?<an>\d+) *[/／] *(?<ad>\d+)(?![/\d])`;
const PLAIN = [
    // 三五百, 二三十, 四五千: two neighbouring digits before a place
    `(?<r1>[一二三四五六七八九])(?<r2>[二三四五六七八九])(?<rs>[十百千万]+)`,
    // 两三个, 七八次, 一两次: two neighbouring digits with no place after them are an approximate range too (not 23,
    // 78, 12), unless a numeral stands before them (十二三人).
    `(?<p1>[一二两三四五六七八])(?<![${CN}].)(?<p2>[两二三四五六七八九])(?![${CN}点])`,
    // 半百 = 50; 半成 = 5% (the 成 is read as a unit)
    '(?<half>半百|半(?=成(?![员为功立绩本果长效交就熟份品])))',
    // Arabic, possibly broken by template blanks (20__0, 5xx)
    `(?<ar>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d*[${BLANK}]+\\d+|\\d+(?:\\.\\d+)?(?:[${BLANK}]+\\d*)?|\\.(?<![\\d.]\\.)\\d+)`,
    `(?<blank>[${BLANK}]{1,4})`,
    `(?<cn>${CN_NUM})`,
];

// Trying the fraction forms at every numeral costs more than all the rest: a text without 分之 or a slash gets a
// pattern without them.
const patterns = new Map<number, RegExp>();

/** The numeral pattern for a text (global; reset lastIndex before use). */
export function corePattern(text: string): RegExp {
  const key = (text.includes('分之') || /分 {1,2}之/.test(text) ? 1 : 0) + (/[/／]/.test(text) ? 2 : 0);
  let pattern = patterns.get(key);
  if (!pattern) {
    pattern = new RegExp([...(key & 1 ? [SHARE] : []), ...(key & 2 ? [SLASHED] : []), ...PLAIN].join('|'), 'gu');
    patterns.set(key, pattern);
  }
  return pattern;
}

/** The number as read: where it stands, its value, and how it was written. */
export interface Core {
  start: number;
  end: number;
  value: number | null;
  /** The high end of an approximate range (三五百 → 300–500). */
  valueMax: number | null;
  placeholder: boolean;
  chinese: boolean;
  /** Written as a share (百分之, 千分之): the unit is already known. */
  percentUnit: '%' | '‰' | null;
  /** A fraction (三分之一): no scale or unit follows. */
  fraction: boolean;
  digits: string;
}

const unspaced = (s: string) => s.replace(/ /g, '');

/** The value of a number written either way. */
export function numberValue(written: string): number | null {
  const s = unspaced(written);
  if (s.startsWith('负')) {
    const v = numberValue(s.slice(1));
    return v === null ? null : -v;
  }
  if (/^[\d.,]+$/.test(s)) return Number(s.replace(/,/g, ''));
  // 一百点123: a Chinese whole with Arabic decimals
  const mixed = /^(.+)点(\d+)$/u.exec(s);
  if (mixed) {
    const whole = parseChineseNumber(mixed[1]!);
    return whole === null ? null : Number(`${whole}.${mixed[2]}`);
  }
  return parseChineseNumber(s);
}

const round = (x: number) => Math.round(x * 1e9) / 1e9;
const PERCENT_DENOMINATORS: Record<string, { unit: '%' | '‰'; divide: number }> = {
  百: { unit: '%', divide: 1 }, 佰: { unit: '%', divide: 1 },
  千: { unit: '‰', divide: 1 }, 仟: { unit: '‰', divide: 1 },
  万: { unit: '%', divide: 100 },
};

// Each field written out, in the order a spread would give: a spread of `fields` into a literal that adds keys is
// many times slower, and every numeral of a text comes here.
function core(m: RegExpExecArray, fields: Omit<Core, 'start' | 'end' | 'digits'> & { digits?: string }): Core {
  return {
    start: m.index,
    end: m.index + m[0].length,
    digits: fields.digits ?? m[0],
    valueMax: fields.valueMax,
    placeholder: fields.placeholder,
    chinese: fields.chinese,
    percentUnit: fields.percentUnit,
    fraction: fields.fraction,
    value: fields.value,
  };
}

/** The fields a numeral has unless it says otherwise; `value` and `digits` are here so that the spreads only override. */
const none: Omit<Core, 'start' | 'end' | 'digits'> & { digits?: string } = { valueMax: null, placeholder: false, chinese: false, percentUnit: null, fraction: false, value: null, digits: undefined };

/** The number of a CORE match, or null when the match is no number (拾 alone, an unreadable numeral). */
export function readNumeral(m: RegExpExecArray): Core | null {
  const g = m.groups!;
  if (g.fd !== undefined) {
    const numerator = numberValue(g.fn!);
    const denominator = unspaced(g.fd);
    const share = PERCENT_DENOMINATORS[denominator];
    if (numerator === null) return null;
    if (share && g.fw === undefined) {
      return core(m, { ...none, value: round(numerator / share.divide), percentUnit: share.unit, digits: g.fn! });
    }
    const d = numberValue(denominator);
    const whole = g.fw === undefined ? 0 : numberValue(g.fw);
    if (!d || whole === null) return null;
    return core(m, { ...none, value: whole + numerator / d, fraction: true });
  }
  if (g.ad !== undefined) {
    const d = Number(g.ad);
    const wholeText = g.aw ?? g.aw2;
    const whole = wholeText === undefined ? 0 : numberValue(wholeText);
    if (!d || whole === null) return null;
    return core(m, { ...none, value: whole + Number(g.an) / d, fraction: true });
  }
  if (g.r1 !== undefined) {
    const scale = parseChineseNumber(`一${g.rs}`);
    const low = parseChineseNumber(g.r1);
    const high = parseChineseNumber(g.r2!);
    if (scale === null || low === null || high === null || high <= low) return null;
    return core(m, { ...none, value: low * scale, valueMax: high * scale, chinese: true });
  }
  if (g.p1 !== undefined) {
    const low = parseChineseNumber(g.p1);
    const high = parseChineseNumber(g.p2!);
    // Neighbours or 三五 (a round guess); 二二, 八五 are no range.
    if (low === null || high === null || high <= low || high - low > 2) return null;
    return core(m, { ...none, value: low, valueMax: high, chinese: true });
  }
  if (g.half !== undefined) return core(m, { ...none, value: g.half === '半百' ? 50 : 0.5, chinese: g.half === '半百' });
  if (g.ar !== undefined) {
    if (/[xX×_*]/.test(g.ar)) return core(m, { ...none, value: null, placeholder: true, digits: g.ar });
    const value = Number(g.ar.replace(/,/g, ''));
    return core(m, { ...none, value, digits: g.ar });
  }
  if (g.blank !== undefined) return core(m, { ...none, value: null, placeholder: true, digits: g.blank });
  const cn = unspaced(g.cn!);
  // 拾 alone is the verb "pick up" (拾起), not ten; 百 alone before 分 (百分点) is no number either.
  if (/^[拾佰仟]$/u.test(cn) || (/^[十百千万亿]$/u.test(cn) && m.input[m.index + m[0].length] === '分')) return null;
  const value = numberValue(cn);
  if (value === null) return null;
  return core(m, { ...none, value, chinese: !/\d/.test(cn), digits: cn });
}

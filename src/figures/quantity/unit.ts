// Unit parsers: a percent sign, 成 (三成 = 30%, 9成4, 三成半), a measure word from dictionaries/units.yaml, and the
// 角/分 that follow 元 (123元1角1分).
import { parseChineseNumber } from '../chinese-numeral.js';
import { CN } from './numeral.js';
import { hedged, type QuantityParser } from './draft.js';

export const percentSign: QuantityParser = (text, d) => {
  const sign = text[d.end];
  if (sign !== '%' && sign !== '‰') return null;
  return { ...d, unit: sign, unitKind: 'percent', end: d.end + 1 };
};

/** 三成 = 30%, 9成4 = 94%, 三成半 = 35%, 半成 = 5%; not 成员, 成为, 成功 … */
export const tenths: QuantityParser = (text, d) => {
  const rest = text.slice(d.end, d.end + 2);
  if (!/^成(?![员为功立绩本果长效交就熟份])/.test(rest) || d.value === null || d.value > 10) return null;
  const next = Number.isInteger(d.value) ? /^成([一二三四五六七八九半\d])/.exec(rest) : null;
  const extra = !next ? 0 : next[1] === '半' ? 0.5 : (parseChineseNumber(next[1]!) ?? Number(next[1]));
  const value = Math.round((d.value * 10 + extra * (next?.[1] === '半' ? 10 : 1)) * 1e6) / 1e6;
  // An approximate range before it (两三成) is in tenths at both ends.
  const valueMax = d.valueMax === null || next ? d.valueMax : Math.round(d.valueMax * 10 * 1e6) / 1e6;
  return { ...d, value, valueMax, unit: '%', unitKind: 'percent', end: d.end + (next ? 2 : 1) };
};

const MONEY_TAIL = new RegExp(String.raw`^(?:(\d|[${CN}])[角毛])?(?:(\d|[${CN}])分)?(?:钱)?(?:整|正)?`, 'u');
const digit = (d: string | undefined) => (d === undefined ? 0 : /\d/.test(d) ? Number(d) : (parseChineseNumber(d) ?? 0));

/** A measure word; after 元, its 角 and 分 and a closing 整. Money is counted in 元. */
export const measureWord: QuantityParser = (text, d, { units }) => {
  const match = units.match(text, d.end, d.core.start);
  if (!match) return null;
  let end = d.end + match.length;
  let value = d.value;
  // 两个多月, 三个余月: a span of months with its hedge inside (个 + 多月), not a count of 个.
  const months = match.unit === '个' ? /^[多余]月/u.exec(text.slice(end, end + 2)) : null;
  if (months) {
    return { ...d, unit: '个月', unitKind: 'measure', end: end + 2, qualifier: hedged(d, 'more_than') };
  }
  if (match.kind === 'money' && value !== null) {
    const tail = MONEY_TAIL.exec(text.slice(end, end + 8));
    if (tail && tail[0] !== '') {
      value += digit(tail[1]) / 10 + digit(tail[2]) / 100;
      end += tail[0].length;
    }
  }
  return { ...d, value, unit: match.kind === 'money' ? '元' : match.unit, unitKind: match.kind, end };
};

/**
 * A count in 万 or 亿 with no measure word after a word that says what it counts (常住人口34.02万): the unit that
 * word implies (units.yaml `implied`); or right before a noun of customers it counts (66万用户: units.yaml
 * `implied-before`), which becomes its unit. Only scaled numbers: a bare 人口2010 may be anything.
 */
export const impliedUnit: QuantityParser = (text, d, { units }) => {
  if (d.value === null || !/[万亿]/u.test(text.slice(d.core.end, d.end))) return null;
  const unit = units.implied(text, d.core.start);
  if (unit !== null) return { ...d, unit, unitKind: 'count' };
  const noun = units.impliedNoun(text, d.end);
  return noun === null ? null : { ...d, unit: noun, unitKind: 'count', end: d.end + noun.length };
};

/** A bare number right after a rate per a population base (千人口献血率达到12.4): people per that base (units.yaml `per-population`). */
export const perPopulation: QuantityParser = (text, d, { units }) => {
  if (d.value === null || d.end !== d.core.end) return null;
  const unit = units.perPopulation(text, d.core.start);
  return unit === null ? null : { ...d, unit, unitKind: 'measure' };
};

/** 率 and the words that may stand between a rate's name and its number (设施正常运行率XX, 合格率达到××). */
const RATE_BEFORE_BLANK = /率(?:达到|达|为|是)?\s*$/u;

/**
 * A blank a template leaves for a rate, written with no percent sign (设施正常运行率XX): the rate's percent, as the
 * annotated sets read it. Only a blank: a bare digit after 率 may be anything (出生率为8.5).
 */
export const blankRate: QuantityParser = (text, d) => {
  if (!d.core.placeholder || d.end !== d.core.end) return null;
  return RATE_BEFORE_BLANK.test(text.slice(Math.max(0, d.core.start - 4), d.core.start)) ? { ...d, unit: '%', unitKind: 'percent' } : null;
};

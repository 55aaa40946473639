// Checks on a read quantity: each names why a draft is no quantity (a date, a lone numeral inside a word, a
// placeholder mark, a year opening a span of years), or gives null when the draft stands.
import type { Draft } from './draft.js';

export type QuantityCheck = (text: string, d: Draft) => string | null;

export const RANGE_CONNECTOR = /^(?:--|——|—|–|-|－|~|～|至|到)/;

export function isYear(value: number | null, digits: string): boolean {
  if (value === null) return /^(?:19|20)/.test(digits) || /^[xX×_*]+$/.test(digits); // 20xx, 20__
  return Number.isInteger(value) && value >= 1900 && value <= 2100 && !digits.includes(',');
}

/** 2019年, 20xx年 and 9月 are dates; 3年 is a span of time (it becomes a measure in `settleDates`). */
export const date: QuantityCheck = (_text, d) => {
  if (d.unitKind !== 'date') return null;
  if (d.unit !== '年' || isYear(d.value, d.core.digits) || (d.core.chinese && /^[零〇一二三四五六七八九]{4}$/.test(d.core.digits))) return 'date';
  return null;
};

/** A lone Chinese numeral is too often part of a word; it counts as a real number (三千, 一百二十) or opening a range. */
export const loneNumeral: QuantityCheck = (text, d) => {
  if (!d.core.chinese || d.unit !== null || d.core.fraction || d.core.valueMax !== null) return null;
  if (d.core.digits.length >= 2 && /[十百千万亿点]/.test(d.core.digits)) return null;
  return RANGE_CONNECTOR.test(text.slice(d.end, d.end + 2)) ? null : 'lone numeral';
};

/** A blank with nothing numeric after it is a placeholder mark, not a quantity (XX单位). */
export const placeholderMark: QuantityCheck = (text, d) => {
  if (!d.core.placeholder || d.unit !== null || /[万亿千百]/.test(text.slice(d.core.end, d.end))) return null;
  return !/^\d/.test(d.core.digits) || /^[xX×_*]+$/.test(d.core.digits) ? 'placeholder mark' : null;
};

/**
 * A blank that stands for a name, not for digits: one right before 几 (xx几次哽咽: 几 is the numeral itself), and one
 * right after a person's title before 多次 or 次 (组长XX多次召集, 书记XX次: 局长, 主任, 书记, 经理, 主席, 同志 end in
 * these characters). A blank count keeps its noun or verb before it (开展活动XX次, 党员XX名).
 */
export const blankName: QuantityCheck = (text, d) => {
  if (!d.core.placeholder || d.value !== null || !/^[xX×_*]+$/.test(d.core.digits)) return null;
  if (text[d.core.end] === '几') return 'blank name';
  return TITLE_END.test(text[d.core.start - 1] ?? '') && /^多?次/.test(text.slice(d.core.end, d.core.end + 2)) ? 'blank name' : null;
};
/** The last characters of a person's title (组长, 主任, 书记, 经理, 主席, 同志). */
const TITLE_END = /[长任记理席志]/u;

/** 2019-2020: a year opening a span of years. */
export const yearSpan: QuantityCheck = (text, d) =>
  d.unit === null && d.value !== null && isYear(d.value, d.core.digits) && /^[-—–~～至到]/.test(text.slice(d.end, d.end + 2)) ? 'year span' : null;

/** 捐款（万元）: a scale alone, with no digit and no hedge (上万, 百余), is a column's unit, not a number. */
export const bareScale: QuantityCheck = (_text, d) =>
  d.core.chinese && /^[百千万亿]$/u.test(d.core.digits) && d.start === d.core.start && !d.hedgedBeforeScale ? 'bare scale' : null;

export const CHECKS: QuantityCheck[] = [date, loneNumeral, placeholderMark, blankName, yearSpan, bareScale];

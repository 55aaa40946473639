// Scale parsers: 万/亿/千/百 after a number (1.7万, 500余万), and the smaller places written after a scale
// (5万4千6百, 3万4000, 1千零20, 7万5), or a larger scale over the whole (2千零30万).
import { parseChineseNumber } from '../chinese-numeral.js';
import { CN } from './numeral.js';
import type { QuantityParser } from './draft.js';

export const SCALE: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };

/** 1.7万, 1 万, 500余万: a scale after Arabic digits, or after a hedge. 千米 and 百分点 are units, not scales. */
export const scale: QuantityParser = (text, d, { units }) => {
  if (d.core.chinese && !d.hedgedBeforeScale) return null;
  const space = !d.core.chinese && text[d.end] === ' ' ? 1 : 0;
  const at = d.end + space;
  const m = /^[万亿千百十]+/.exec(text.slice(at, at + 3));
  if (!m || text.startsWith('百分点', at)) return null;
  // The scales stop where a unit opens with 千 (42万千瓦时 is 42万 kWh).
  let scales = m[0];
  const unitAt = [...scales].findIndex((c, i) => c === '千' && units.match(text, at + i)?.unit.startsWith('千'));
  if (unitAt >= 0) scales = scales.slice(0, unitAt);
  if (!scales) return null;
  let factor = 1;
  for (const c of scales) factor *= SCALE[c]!;
  const value = d.value === null ? null : Math.round(d.value * factor * 1e6) / 1e6;
  const valueMax = d.valueMax === null ? null : Math.round(d.valueMax * factor * 1e6) / 1e6;
  return { ...d, value, valueMax, end: at + scales.length };
};

const PLACE_NUMBER = new RegExp(String.raw`^(零)?(\d+|[${CN.replace('万亿', '')}]+?)([万亿千百十])?`, 'u');

/** 5万4千6百, 3万4000, 1千零20, 100万三千: smaller places after a scale add on; 2千零30万 counts in 万. */
export const compoundPlaces: QuantityParser = (text, d, { units }) => {
  if (d.value === null || d.hedgedBeforeScale || d.end <= d.core.end || d.valueMax !== null) return null;
  const lastScale = SCALE[text[d.end - 1]!] ?? 1;
  // A unit opening with a numeral (千瓦时, 千克) follows the scale; it adds no place.
  const tail = units.match(text, d.end)?.unit.startsWith('千') ? null : placesAfter(text, d.end, lastScale);
  let value = d.value;
  let end = d.end;
  if (!tail) {
    // 2千零30万: digits with a larger scale after a smaller one make the whole count in that scale.
    const outer = /^零?(\d+)([万亿])/u.exec(text.slice(end, end + 12));
    if (!outer || SCALE[outer[2]!]! <= lastScale) return null;
    return { ...d, value: (value + Number(outer[1])) * SCALE[outer[2]!]!, end: end + outer[0].length };
  }
  value += tail.value;
  end = tail.end;
  const outer = SCALE[text[end] ?? ''];
  if (outer && outer >= 1e4 && value < outer) {
    value *= outer;
    end++;
  }
  return { ...d, value, end };
};

function placesAfter(text: string, at: number, lastScale: number): { value: number; end: number } | null {
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

/**
 * 13.6个亿, 两个亿: spoken hundred-millions. Said of money (收入13.6个亿), so with no measure word after it the
 * unit is 元; a measure word after it (3个亿元) is read as usual.
 */
export const spokenHundredMillions: QuantityParser = (text, d) => {
  if (!text.startsWith('个亿', d.end) || d.end !== d.core.end || text[d.end + 2] === '级') return null;
  const value = d.value === null ? null : Math.round(d.value * 1e8 * 1e6) / 1e6;
  const valueMax = d.valueMax === null ? null : Math.round(d.valueMax * 1e8 * 1e6) / 1e6;
  const written = /^[元圆]/u.test(text.slice(d.end + 2, d.end + 3));
  return { ...d, value, valueMax, ...(written ? {} : { unit: '元', unitKind: 'money' as const }), end: d.end + 2 };
};

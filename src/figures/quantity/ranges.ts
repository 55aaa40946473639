// Joins a number, a range connector and a quantity into one range: 1—2次, 10至15人, 1万-5万元, 1万(含)-5万元.
import { parseChineseNumber } from '../chinese-numeral.js';
import type { Quantity } from '../quantities.js';
import { RANGE_CONNECTOR } from './checks.js';

const BETWEEN = /^(?:\((?:含|不含)\))?(?:--|——|—|–|-|－|~|～|至|到)$/u;

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

export function mergeRanges(text: string, quantities: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < quantities.length; i++) {
    const a = quantities[i]!;
    const b = quantities[i + 1];
    const between = b ? text.slice(a.end, b.start) : '';
    if (b && BETWEEN.test(between) && b.unit !== null && (a.unit === null || a.unit === b.unit) && a.value !== null && b.value !== null && a.valueMax === null) {
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

export { RANGE_CONNECTOR };

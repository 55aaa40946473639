// Turns Chinese numerals (五千, 一百零八, 两千六, 壹佰, 二〇一九) into numbers.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 幺: 1, 二: 2, 两: 2, 俩: 2, 贰: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5,
  六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export const CHINESE_NUMERAL_CHARS = '零〇一壹幺二两俩贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿廿卅';

export function isChineseDigit(char: string): boolean {
  return char in DIGITS;
}

/**
 * The value of a Chinese numeral, or null when the string is not one. Digit-by-digit readings (二〇一九) and
 * colloquial omitted units (三万五 = 35000, 一百二 = 120) are understood.
 */
export function parseChineseNumber(text: string): number | null {
  if (text.startsWith('负')) {
    const positive = parseChineseNumber(text.slice(1));
    return positive === null ? null : -positive;
  }
  const point = text.indexOf('点');
  if (point >= 0) {
    const whole = parseChineseNumber(text.slice(0, point));
    const decimals = [...text.slice(point + 1)];
    if (whole === null || decimals.length === 0 || decimals.some((c) => !(c in DIGITS))) return null;
    return Number(`${whole}.${decimals.map((c) => DIGITS[c]).join('')}`);
  }
  return parseInteger(text.replace(/廿/g, '二十').replace(/卅/g, '三十'));
}

function parseInteger(text: string): number | null {
  if (text === '') return null;
  const chars = [...text];
  if (chars.some((c) => !(c in DIGITS) && !(c in SMALL_UNITS) && !(c in BIG_UNITS))) return null;
  if (chars.length > 1 && chars.every((c) => c in DIGITS)) {
    return Number(chars.map((c) => DIGITS[c]).join(''));
  }
  // Two digits in a row before a unit (二三十, 三五百) are an approximate range, not one number.
  for (let i = 1; i < chars.length; i++) {
    if (chars[i - 1]! in DIGITS && chars[i]! in DIGITS && DIGITS[chars[i - 1]!] !== 0 && DIGITS[chars[i]!] !== 0) return null;
  }
  let total = 0;
  let section = 0;
  let number = 0;
  let lastUnit = 0;
  let zeroSinceUnit = false;
  for (const c of chars) {
    if (c in DIGITS) {
      if (DIGITS[c] === 0) zeroSinceUnit = true;
      else number = DIGITS[c]!;
    } else if (c in SMALL_UNITS) {
      const unit = SMALL_UNITS[c]!;
      // 十一 starts with an implied 一; 一百十一 has one inside.
      section += (number === 0 ? 1 : number) * unit;
      number = 0;
      lastUnit = unit;
      zeroSinceUnit = false;
    } else {
      const unit = BIG_UNITS[c]!;
      if (unit === 1e8) {
        total = (total + section + number) * unit;
        section = 0;
      } else {
        section = (section + number) * unit;
        if (section === 0) section = unit; // 万 alone
      }
      number = 0;
      lastUnit = unit;
      zeroSinceUnit = false;
    }
  }
  // A trailing digit right after a unit, with no 零 between, counts one place lower: 三万五, 两千六, 百三.
  if (number > 0 && lastUnit >= 100 && !zeroSinceUnit && chars.length >= 2 && !(chars[chars.length - 2]! in DIGITS)) {
    number *= lastUnit / 10;
  }
  return total + section + number;
}

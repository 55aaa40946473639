// Rebuilds the labels Word draws for auto-numbered paragraphs (一、 (一) 1. ① 甲、 第一部分) from numbering.xml,
// which text extractors such as mammoth drop.

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const CN_LEGAL = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const CN_LEGAL_TRADITIONAL = ['零', '壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖'];
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** Chinese counting as Word draws it: 十, 十一, 二十一, 一百零五, 一千二百. */
export function chineseCounting(n: number, digits = CN_DIGITS, units = ['', '十', '百', '千']): string {
  if (n <= 0 || n >= 10000) return String(n);
  const parts: string[] = [];
  const s = String(n);
  let pendingZero = false;
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const unit = units[s.length - 1 - i]!;
    if (d === 0) {
      pendingZero = parts.length > 0;
      continue;
    }
    if (pendingZero) parts.push(digits[0]!);
    pendingZero = false;
    // 十一 rather than 一十一 at the start, as Word writes it.
    if (!(d === 1 && unit === units[1] && i === 0)) parts.push(digits[d]!);
    parts.push(unit);
  }
  return parts.join('');
}

function letters(n: number, upper: boolean): string {
  const base = upper ? 65 : 97;
  const letter = String.fromCharCode(base + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number, upper: boolean): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let out = '';
  for (const [value, symbol] of table) {
    while (n >= value) {
      out += symbol;
      n -= value;
    }
  }
  return upper ? out.toUpperCase() : out;
}

function enclosed(n: number, first: number, count: number): string {
  return n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : String(n);
}

/** The number `n` in a w:numFmt style. Unknown styles fall back to decimal, as Word does. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'decimal':
    case 'arabicAbjad':
      return String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n, true);
    case 'lowerRoman':
      return roman(n, false);
    case 'upperLetter':
      return letters(n, true);
    case 'lowerLetter':
      return letters(n, false);
    case 'chineseCounting':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCountingThousand':
    case 'japaneseDigitalTenThousand':
      return chineseCounting(n);
    case 'chineseLegalSimplified':
      return chineseCounting(n, CN_LEGAL, ['', '拾', '佰', '仟']);
    case 'ideographLegalTraditional':
      return chineseCounting(n, CN_LEGAL_TRADITIONAL, ['', '拾', '佰', '仟']);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => (d === '0' ? '〇' : CN_DIGITS[Number(d)]!)).join('');
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? HEAVENLY_STEMS[n - 1]! : String(n);
    case 'ideographZodiac':
      return n >= 1 && n <= 12 ? EARTHLY_BRANCHES[n - 1]! : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosed(n, 0x2460, 20);
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488, 20);
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474, 20);
    case 'ideographEnclosedCircle':
      return enclosed(n, 0x3220, 10);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

export interface NumberingLevel {
  start: number;
  format: string;
  text: string;
  suffix: 'tab' | 'space' | 'nothing';
  /** "Legal" numbering shows every level's counter in decimal. */
  legal: boolean;
  /** The paragraph style linked to this level (w:pStyle), for style-based numbering. */
  style?: string;
}

export interface NumberingInstance {
  abstractId: string;
  /** Per level: a start override (restarts the list) and/or a replacement level definition. */
  overrides: Map<number, { start?: number; level?: NumberingLevel }>;
}

export interface NumberingDefinitions {
  abstracts: Map<string, NumberingLevel[]>;
  instances: Map<string, NumberingInstance>;
}

/**
 * Counts numbered paragraphs in document order. Instances of one abstract list share their counters, as Word
 * continues a list across them; an instance with a start override restarts the level the first time it is used.
 */
export class NumberingCounter {
  private readonly counts = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  constructor(private readonly defs: NumberingDefinitions) {}

  level(numId: string, ilvl: number): NumberingLevel | undefined {
    const instance = this.defs.instances.get(numId);
    if (!instance) return undefined;
    return instance.overrides.get(ilvl)?.level ?? this.defs.abstracts.get(instance.abstractId)?.[ilvl];
  }

  /** Advances the counter for a numbered paragraph and returns its label with its separator ('' for bullets). */
  next(numId: string, ilvl: number): string {
    const instance = this.defs.instances.get(numId);
    const level = this.level(numId, ilvl);
    if (!instance || !level) return '';
    const counts = this.counts.get(instance.abstractId) ?? [];
    this.counts.set(instance.abstractId, counts);
    const override = instance.overrides.get(ilvl)?.start;
    const key = `${numId}/${ilvl}`;
    if (override !== undefined && !this.started.has(key)) {
      this.started.add(key);
      counts[ilvl] = override;
    } else {
      counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl]! + 1;
    }
    for (let deeper = ilvl + 1; deeper < counts.length; deeper++) counts[deeper] = undefined;
    if (level.format === 'bullet' || level.format === 'none') return '';
    const label = level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const k = Number(digit) - 1;
      const kLevel = this.level(numId, k);
      const value = counts[k] ?? kLevel?.start ?? 1;
      return formatNumber(value, level.legal ? 'decimal' : (kLevel?.format ?? 'decimal'));
    });
    if (label === '') return '';
    if (level.suffix === 'space') return `${label} `;
    if (level.suffix === 'tab' && /[\p{L}\p{N}]$/u.test(label)) return `${label} `;
    return label;
  }
}

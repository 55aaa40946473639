// Finds every numeric quantity in normalized text, independent of meaning. A configuration in the manner of
// chrono-node: the numeral (quantity/numeral.ts), then an ordered list of parsers that each read on or give
// nothing (hedges, scale, compound places, unit, money), then checks that reject what is no quantity (dates,
// lone numerals inside words, placeholder marks), then range merging. Times, document numbers, phone numbers,
// ordinals, headings and set phrases are masked first.
import { loadWordList } from '../dictionary/index.js';
import { escapeRegExp } from '../dictionary/word-pattern.js';
import { loadCues } from './cues.js';
import { headingLabelAtLineStart } from './heading-label.js';
import { CATEGORIES } from './rules/index.js';
import type { Qualifier, Span } from '../model/document.js';
import { tokenize } from '../segment/index.js';
import { CHECKS } from './quantity/checks.js';
import type { Draft, QuantityParser, QuantityResources } from './quantity/draft.js';
import { digitlessHedge, hedgeBeforeScale, hedgeBeforeUnit, leadingHedge, rhythmFloor, trailingHedge } from './quantity/hedges.js';
import { corePattern, readNumeral, signBefore, type Core } from './quantity/numeral.js';
import { loadQuantityMasks } from './quantity/masks.js';
import { loadQualifiers } from './quantity/qualifiers.js';
import { mergeRanges } from './quantity/ranges.js';
import { compoundPlaces, scale, spokenHundredMillions } from './quantity/scale.js';
import { blankRate, impliedUnit, measureWord, perPopulation, percentSign, tenths } from './quantity/unit.js';
import { loadUnits, type UnitKind } from './units.js';

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

/** Parsers around the number, in order; a unit group tries its members until one reads. */
const BEFORE: QuantityParser[] = [leadingHedge, digitlessHedge];
const AFTER_NUMBER: QuantityParser[] = [hedgeBeforeScale, spokenHundredMillions, scale, compoundPlaces, hedgeBeforeUnit];
const UNIT: QuantityParser[] = [percentSign, tenths, measureWord, impliedUnit, perPopulation, blankRate];


let notQuantities: RegExp | undefined;

export function notQuantityPattern(): RegExp {
  if (!notQuantities) {
    const words = loadWordList('figures/not-quantities.txt').map((e) => escapeRegExp(e.text));
    words.sort((a, b) => b.length - a.length);
    notQuantities = new RegExp(words.join('|'), 'g');
  }
  return notQuantities;
}

const NUMBERED_HEADING = headingLabelAtLineStart('gm');

/** Places where digits are not quantities: times, document numbers, phone numbers, labels, ordinals, set phrases. */
function masked(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  const patterns = [
    /\d{1,2}:\d{2}(?::\d{2})?/g, // times
    /\d{2,4}[/.]\d{1,2}[/.]\d{1,2}/g, // dates 2019/10/1, 2019.10.1
    /[〔[(（【][^〕\])）】\n]{1,10}[〕\])）】]\s*(?:第)?[\dxX×_*]+号/g, // document numbers 〔2020〕3号, (xx)22号
    /第[\d零〇一二两三四五六七八九十百千]+/g, // ordinals
    // A run of digits opening with 0 (the 00家 of a number a page split with a space, 50 00家; an area code 0531) is a
    // fragment or a code: no number of things. 0 itself and 0.5 stay.
    /(?<![\d.])0\d+/g,
    NUMBERED_HEADING,
    // 一是…二是…, 二期工程, phone numbers (dictionaries/figures/quantity-masks.yaml).
    ...loadQuantityMasks().patterns,
    // Counts a template site writes about its own pages: 工作总结(通用7篇), (精选8篇), 共印30份.
    ...loadCues(CATEGORIES).siteCounts,
    notQuantityPattern(),
  ];
  const formulas = notQuantityPattern();
  const { formulaHead } = loadQuantityMasks();
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      // 全国三个代表县: the formula's noun starts a longer noun, and the numeral counts it.
      if (pattern === formulas && m[0].includes('个') && formulaHead.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
      mask.fill(1, m.index, m.index + m[0].length);
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  // 万分 and 十分 are adverbs, but 万分之三 and 十分之一 are shares.
  for (let i = text.indexOf('分之'); i >= 0; i = text.indexOf('分之', i + 2)) if (i > 0 && mask[i - 1]) mask.fill(0, i - 1, i);
  // 千万 is an adverb (千万不要), but 千万元 (近千万元, 上千万元) is a sum of money.
  for (let i = text.indexOf('千万元'); i >= 0; i = text.indexOf('千万元', i + 3)) if (mask[i]) mask.fill(0, i, i + 2);
  return mask;
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
  return loadQuantityMasks().gluedPrefix.test(window.slice(token.start, at));
}

function apply(text: string, draft: Draft, parsers: QuantityParser[], resources: QuantityResources, firstOnly = false): Draft {
  for (const parse of parsers) {
    const next = parse(text, draft, resources);
    if (next) {
      draft = next;
      if (firstOnly) break;
    }
  }
  return draft;
}

/** 负3.9%, -22.2%: the sign before a number makes it negative and belongs to its span. */
function signed(text: string, core: Core): Core {
  const sign = signBefore(text, core.start);
  if (sign === 0 || core.value === null) return core;
  return { ...core, start: core.start - sign, value: -core.value, valueMax: core.valueMax === null ? null : -core.valueMax };
}

/** The quantity around one numeral, or null when the checks reject it. */
function readQuantity(text: string, m: RegExpExecArray, resources: QuantityResources): Quantity | null {
  const read = readNumeral(m);
  if (!read) return null;
  const core = signed(text, read);
  let d: Draft = { core, start: core.start, end: core.end, value: core.value, valueMax: core.valueMax, unit: null, unitKind: null, qualifier: core.valueMax !== null ? 'range' : 'exact', hedgedBeforeScale: false };
  d = apply(text, d, BEFORE, resources);
  if (core.percentUnit) d = { ...d, unit: core.percentUnit, unitKind: 'percent' };
  else if (!core.fraction) {
    d = apply(text, d, AFTER_NUMBER, resources);
    // A unit set off by spaces (一百五十    个百分点, from extracted PDFs) still belongs to the number.
    const gap = /^ {1,4}/.exec(text.slice(d.end, d.end + 5));
    const spaced = gap ? apply(text, { ...d, end: d.end + gap[0].length }, UNIT, resources, true) : d;
    d = spaced.unit !== null ? spaced : apply(text, d, UNIT, resources, true);
  }
  // 7日内: days within a limit, a span of time, not the 7th of a month.
  if (d.unitKind === 'date' && d.unit !== null && resources.units.spanWithin(text, d.unit, d.core.start, d.end)) d = { ...d, unitKind: 'measure' };
  // 举办警营文化节一届, 艺术节、技能节各1届: editions held are a count, not a session number (第五届) or a run (连续三届).
  if (d.unitKind === 'date' && d.unit !== null && resources.units.editionsHeld(text, d.unit, d.start)) d = { ...d, unitKind: 'count' };
  if (CHECKS.some((check) => check(text, d) !== null)) return null;
  d = trailingHedge(text, d, resources) ?? d;
  d = rhythmFloor(text, d, resources) ?? d;
  const value = d.unitKind === 'money' && d.value !== null ? Math.round(d.value * 100) / 100 : d.value;
  return {
    start: d.start,
    end: d.end,
    text: text.slice(d.start, d.end),
    value,
    valueMax: d.valueMax,
    unit: d.unit,
    unitKind: d.unitKind === 'date' ? 'measure' : d.unitKind,
    qualifier: d.qualifier,
    placeholder: core.placeholder,
    number: { start: core.start, end: core.end },
  };
}

export function extractQuantities(text: string): Quantity[] {
  const resources: QuantityResources = { units: loadUnits(), qualifiers: loadQualifiers() };
  const mask = masked(text);
  const out: Quantity[] = [];
  const CORE = corePattern(text);
  CORE.lastIndex = 0;
  for (let m = CORE.exec(text); m; m = CORE.exec(text)) {
    if (mask[m.index]) continue;
    if (m[0].length === 1 && isBareDigit(text, m.index + 1, resources)) continue;
    const q = readQuantity(text, m, resources);
    if (!q) continue;
    if (/^[^\d\-−.]/.test(text[q.number.start]!) && !/[xX×_*]/.test(text[q.number.start]!) && !startsWord(text, q.number.start, q.number.end)) continue;
    out.push(q);
    CORE.lastIndex = Math.max(CORE.lastIndex, q.end);
  }
  // Lone numerals kept only to open a range go if no range took them.
  return mergeRanges(text, out).filter((q) => q.unit !== null || q.valueMax !== null || !isLoneChineseDigit(text, q));
}

const CONTINUATIONS = new Set([...'余多几来%‰成半-—–－~～至到 ']);

/**
 * A single Chinese digit with nothing that could make it a quantity after it (一些, 统一): most numerals in a
 * report are these, and the parsers need not see them.
 */
function isBareDigit(text: string, after: number, resources: QuantityResources): boolean {
  const c = text[after - 1]!;
  if (!/[一二两三四五六七八九壹贰叁肆伍陆柒捌玖]/u.test(c)) return false;
  const next = text[after] ?? '';
  return !CONTINUATIONS.has(next) && !/[十百千万亿点分又]/u.test(next) && resources.units.match(text, after) === null;
}

function isLoneChineseDigit(text: string, q: Quantity): boolean {
  const digits = text.slice(q.number.start, q.number.end).replace(/^负/, '');
  if (/[分/]/.test(digits)) return false; // a fraction
  return /^[^\d.\-]/.test(digits) && !(digits.length >= 2 && /[十百千万亿点]/.test(digits));
}

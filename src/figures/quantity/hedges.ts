// Hedge parsers: 近/约/超过 before the number, 上万/数十/几百 without digits, 余/多/几/来 between the number and
// its scale or unit, 以上/左右 after the quantity.
import { hedged, type QuantityParser } from './draft.js';

/** 近5万元, 超过30次; 签约390个 holds no hedge. The exact words (多达, 高达) stay out of the span. */
export const leadingHedge: QuantityParser = (text, d, { qualifiers }) => {
  const at = d.core.start;
  for (const [word, qualifier] of qualifiers.before) {
    if (!text.startsWith(word, at - word.length)) continue;
    if (qualifiers.notHedges.some((w) => w.endsWith(word) && text.startsWith(w, at - w.length))) return null;
    if (qualifier === 'exact') return null;
    return { ...d, start: at - word.length, qualifier: hedged(d, qualifier) };
  }
  return null;
};

/** 上万 / 数十 / 几百: a lower bound without digits. */
export const digitlessHedge: QuantityParser = (text, d) => {
  if (!d.core.chinese || d.start !== d.core.start || !/^[十百千万亿]/.test(d.core.digits)) return null;
  const before = text[d.core.start - 1] ?? '';
  if (!/[上数几]/.test(before)) return null;
  return { ...d, start: d.core.start - 1, qualifier: hedged(d, before === '上' ? 'at_least' : 'more_than') };
};

const MID = /^ ?(余|多|几|来) ?/;

/** 500余万元, 十 余 万, 十几位: a hedge between the number and its scale or unit. */
export const hedgeBeforeScale: QuantityParser = (text, d) => {
  const m = MID.exec(text.slice(d.end, d.end + 4));
  if (!m) return null;
  return { ...d, end: d.end + m[0].length, qualifier: hedged(d, m[1] === '来' ? 'about' : 'more_than'), hedgedBeforeScale: true };
};

/** 3万多元, 5000余% : a hedge after the scale, kept only when a unit follows. */
export const hedgeBeforeUnit: QuantityParser = (text, d, { units }) => {
  if (d.hedgedBeforeScale || !/^(?:余|多)/.test(text.slice(d.end, d.end + 1))) return null;
  if (!units.match(text, d.end + 1, d.core.start) && !/^[%‰]/.test(text.slice(d.end + 1, d.end + 2))) return null;
  return { ...d, end: d.end + 1, qualifier: hedged(d, 'more_than') };
};

/** 300人左右, 99%以上, 50万元(含)以上. Whether the bound itself counts changes nothing here. */
export const trailingHedge: QuantityParser = (text, d, { qualifiers }) => {
  let end = d.end;
  const inclusive = /^\((?:含|不含)\)(?=以上|以下|以内)/u.exec(text.slice(end, end + 6));
  if (inclusive) end += inclusive[0].length;
  for (const [word, qualifier] of qualifiers.after) {
    if (text.startsWith(word, end)) return { ...d, end: end + word.length, qualifier: hedged(d, qualifier) };
  }
  return null;
};

/** How far before a count its rhythm's floor (每季度至少…一次) is looked for. */
const RHYTHM_FLOOR_REACH = 24;

/** 每季度至少专题研究一次: the floor a rhythm sets holds its count, though words stand between (qualifiers.ts). */
export const rhythmFloor: QuantityParser = (text, d, { qualifiers }) => {
  if (d.qualifier !== 'exact' || d.value === null) return null;
  if (!qualifiers.rhythmFloor.test(text.slice(Math.max(0, d.start - RHYTHM_FLOOR_REACH), d.start))) return null;
  return { ...d, qualifier: 'at_least' };
};

// Finds figures that changed implausibly between a unit's yearly submissions: a satisfaction rate repeated to the
// decimal three years running, donations that grow a hundredfold in a year, a training count copied from last year.
import type { Submission } from '../store/store.js';

export interface ImplausibleChange {
  rule: 'satisfaction-repeated' | 'donation-jump' | 'training-repeated';
  years: number[];
  message: string;
}

/** A year's submission: the latest analysed one when a unit sent several for the same year. */
export function byYear(submissions: Submission[]): Map<number, Submission> {
  const years = new Map<number, Submission>();
  for (const s of submissions) {
    if (s.year === null) continue;
    const held = years.get(s.year);
    if (!held || held.analysedAt < s.analysedAt) years.set(s.year, s);
  }
  return new Map([...years].sort((a, b) => a[0] - b[0]));
}

const valuesOf = (s: Submission, category: string) => s.figures.filter((f) => f.category === category && f.value !== null);

/** The donation total a submission claims, in 元. */
export function donationTotal(s: Submission): number {
  return valuesOf(s, 'donation').filter((f) => f.unit === '元').reduce((sum, f) => sum + f.value!, 0);
}

/** Training counts below this are too common to be suspicious when equal (两次培训 every year). */
const MIN_TRAINING_COUNT = 10;
/** Year-on-year growth of donations from which the jump is flagged. */
const DONATION_JUMP = 100;

export function implausibleChanges(submissions: Submission[]): ImplausibleChange[] {
  const years = byYear(submissions);
  const changes: ImplausibleChange[] = [];
  const list = [...years];
  for (let i = 0; i + 2 < list.length; i++) {
    const [[y0, a], [y1, b], [y2, c]] = [list[i]!, list[i + 1]!, list[i + 2]!];
    if (y1 !== y0 + 1 || y2 !== y1 + 1) continue;
    const rates = (s: Submission) => new Set(valuesOf(s, 'satisfaction').filter((f) => f.unit === '%').map((f) => f.value!));
    const [ra, rb, rc] = [rates(a), rates(b), rates(c)];
    // 100% every year is a common claim; a rate like 98.6% repeated exactly is not.
    for (const v of ra) {
      if (v < 100 && rb.has(v) && rc.has(v)) changes.push({ rule: 'satisfaction-repeated', years: [y0, y1, y2], message: `satisfaction ${v}% in ${y0}, ${y1} and ${y2} alike` });
    }
  }
  for (let i = 1; i < list.length; i++) {
    const [[y0, a], [y1, b]] = [list[i - 1]!, list[i]!];
    if (y1 !== y0 + 1) continue;
    const [d0, d1] = [donationTotal(a), donationTotal(b)];
    if (d0 > 0 && d1 >= d0 * DONATION_JUMP) {
      changes.push({ rule: 'donation-jump', years: [y0, y1], message: `donations ${d0} 元 in ${y0}, ${d1} 元 in ${y1}: ${Math.round(d1 / d0)}×` });
    }
    const training = (s: Submission) => valuesOf(s, 'training').filter((f) => f.unit !== '%' && f.unit !== '元' && f.value! >= MIN_TRAINING_COUNT);
    const last = training(a);
    for (const f of training(b)) {
      const same = last.find((g) => g.value === f.value && g.unit === f.unit && g.metric === f.metric);
      if (same) changes.push({ rule: 'training-repeated', years: [y0, y1], message: `training ${f.metric ?? ''} ${f.value}${f.unit ?? ''} in ${y1}, exactly as in ${y0} ("${same.text}" / "${f.text}")` });
    }
  }
  return changes;
}

// Turns the store's record of a unit's yearly submissions into the report's unit history: the one seam between
// the report and the store (when the store's history functions change shape, only this module follows).
import { implausibleChanges } from '../history/implausible.js';
import type { Store } from '../store/store.js';
import { normalizeUnitName } from '../store/unit-name.js';
import type { HistorySource, ReportDocument, UnitHistory } from './input.js';

/** A unit's history as the report shows it, from the store: null below two submissions (nothing to compare). */
export function storeHistory(store: Pick<Store, 'submissions'>): HistorySource {
  const byKey = new Map<string, Promise<UnitHistory | null>>();
  const load = async (key: string): Promise<UnitHistory | null> => {
    const stored = await store.submissions(key);
    if (stored.length < 2) return null;
    const latest = stored[stored.length - 1]!;
    return {
      unit: latest.unit ?? key,
      submissions: stored.map((s) => ({ path: s.path, unit: s.unit, period: s.period, year: s.year, figures: s.figures })),
      implausible: implausibleChanges(stored).map((c) => ({ rule: c.rule, years: c.years, message: c.message })),
    };
  };
  return {
    historyOf(doc: ReportDocument) {
      if (doc.status !== 'ok' || !doc.unit?.text) return Promise.resolve(null);
      const key = normalizeUnitName(doc.unit.text);
      if (!key) return Promise.resolve(null);
      let history = byKey.get(key);
      if (!history) byKey.set(key, (history = load(key)));
      return history;
    },
  };
}

// `wenshen history <unit|path>`: a unit's submissions over the years side by side with their key figures, and
// the figures that changed implausibly.
import { parseArgs } from 'node:util';
import { UsageError } from '../batch/discover.js';
import { loadConfig } from '../config.js';
import { byYear, donationTotal, implausibleChanges } from '../history/implausible.js';
import { DEFAULT_DB, openStore } from '../store/open.js';
import type { Store, Submission } from '../store/store.js';
import { normalizeUnitName } from '../store/unit-name.js';

/** The categories shown side by side, in this order. */
const KEY_CATEGORIES = ['satisfaction', 'donation', 'investment', 'training', 'volunteer', 'activity'];

function figureCell(s: Submission, category: string): string {
  if (category === 'donation') {
    const total = donationTotal(s);
    return total > 0 ? `${total}元` : '';
  }
  const values = s.figures.filter((f) => f.category === category && f.value !== null).map((f) => `${f.value}${f.unit ?? ''}`);
  return [...new Set(values)].slice(0, 4).join(' ');
}

/** A unit's history as the store has it (what `history --json` prints). */
export interface UnitHistory {
  /** The normalized unit key the submissions were matched by. */
  unit: string;
  /** One per distinct submission, oldest year first, with its key figures. */
  submissions: Submission[];
  implausible: ReturnType<typeof implausibleChanges>;
}

/**
 * A unit's submissions over the years and the implausible changes between them; `query` is a unit name as written
 * (normalized to match across years) or a path a run analysed. Undefined when the store has none.
 */
export async function unitHistory(store: Store, query: string): Promise<UnitHistory | undefined> {
  const atPath = await store.unitKeysAtPath(query);
  const keys = atPath.length > 0 ? atPath : [normalizeUnitName(query)];
  const submissions = (await Promise.all(keys.map((k) => store.submissions(k)))).flat();
  if (submissions.length === 0) return undefined;
  return { unit: keys[0]!, submissions, implausible: implausibleChanges(submissions) };
}

export async function historyCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: 'string' }, config: { type: 'string' }, json: { type: 'boolean', default: false } } });
  if (positionals.length !== 1) throw new UsageError('expected one unit name or path: `wenshen history <unit|path>`');
  const query = positionals[0]!;
  const store = await openStore(values.db ?? loadConfig(values.config).db ?? DEFAULT_DB, { create: false });
  try {
    const history = await unitHistory(store, query);
    if (!history) throw new UsageError(`no submission of \`${query}\` in ${store.location}: give a unit name as reports write it, or a path a run analysed`);
    const { submissions, implausible: changes } = history;
    if (values.json) {
      process.stdout.write(JSON.stringify(history, null, 2) + '\n');
      return 0;
    }
    const years = byYear(submissions);
    const undated = submissions.filter((s) => s.year === null);
    const columns = [...[...years].map(([year, s]) => ({ head: String(year), s })), ...undated.map((s) => ({ head: 'year?', s }))];
    const rows: string[][] = [
      ['', ...columns.map((c) => c.head)],
      ['path', ...columns.map((c) => c.s.path)],
      ['unit', ...columns.map((c) => c.s.unit ?? '')],
      ['period', ...columns.map((c) => c.s.period ?? '')],
      ...KEY_CATEGORIES.map((category) => [category, ...columns.map((c) => figureCell(c.s, category))]),
    ];
    process.stdout.write(rows.map((r) => r.join('\t')).join('\n') + '\n');
    process.stdout.write(changes.length === 0 ? 'no implausible changes found\n' : changes.map((c) => `implausible: ${c.rule}: ${c.message}`).join('\n') + '\n');
    return 0;
  } finally {
    await store.close();
  }
}

// `wenshen prune --keep-runs <n>`: forgets old runs and the superseded analyses only they used; history stays.
import { parseArgs } from 'node:util';
import { UsageError } from '../batch/discover.js';
import { loadConfig } from '../config.js';
import { DEFAULT_DB, openStore } from '../store/open.js';

export async function pruneCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { 'keep-runs': { type: 'string' }, db: { type: 'string' }, config: { type: 'string' } } });
  const keep = Number(values['keep-runs']);
  if (values['keep-runs'] === undefined || !Number.isInteger(keep) || keep < 1) {
    throw new UsageError(`expected --keep-runs to be a whole number from 1 up, got \`${values['keep-runs'] ?? ''}\`: how many of the last runs to keep`);
  }
  const store = await openStore(values.db ?? loadConfig(values.config).db ?? DEFAULT_DB, { create: false });
  try {
    const { runs, documents } = await store.prune(keep);
    process.stdout.write(`wenshen: pruned ${runs} runs and ${documents} superseded analyses from ${store.location}; every content's latest analysis and reuse history kept\n`);
    return 0;
  } finally {
    await store.close();
  }
}

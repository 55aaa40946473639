// `wenshen report --out <dir> [--db <db>]`: rebuilds <dir>/report/ from the documents.jsonl and texts a run
// wrote there, with the units' histories the run kept, or fresh from the store when --db names it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../batch/discover.js';
import { openStore } from '../store/open.js';
import { runFolderOf, storeHistory, writeReport } from './index.js';

export async function reportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' }, db: { type: 'string' } } });
  const out = values.out ?? positionals[0];
  if (!out) throw new UsageError('missing --out <dir>: the output folder of a run (with documents.jsonl)');
  if (!existsSync(join(out, 'documents.jsonl'))) throw new UsageError(`no documents.jsonl in ${out}: run \`wenshen analyze <folder> --out ${out}\` first`);
  const started = Date.now();
  const runFolder = await runFolderOf(out);
  const store = values.db ? await openStore(values.db, { create: false }) : undefined;
  const result = await writeReport(runFolder, { histories: store && storeHistory(store) }).finally(() => store?.close());
  process.stdout.write(`wenshen: report of ${result.documents} documents (${result.pairs} reuse pairs, ${result.units} unit histories) in ${((Date.now() - started) / 1000).toFixed(1)} s: ${existsSync(join(out, 'report')) ? join(out, 'report', 'index.html') : result.path}\n`);
  return 0;
}

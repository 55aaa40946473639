// `wenshen export`: writes a past run's outputs again from the store, analysing nothing.
import { parseArgs } from 'node:util';
import { UsageError } from '../batch/discover.js';
import { loadConfig } from '../config.js';
import { OUTPUT_KINDS, OutputCollector, renderDocument, type OutputKind } from '../output/index.js';
import { DEFAULT_DB, openStore } from '../store/open.js';
import type { Store } from '../store/store.js';

/** Writes run `ref`'s documents in the given formats to `outDir`; returns how many documents. */
export async function exportRun(store: Store, ref: string, kinds: readonly OutputKind[], outDir: string): Promise<number> {
  const run = await store.run(ref);
  if (!run) throw new UsageError(`no run ${ref} in ${store.location}; \`--run latest\` takes the last one`);
  const documents = await store.runDocuments(run.id);
  const output = new OutputCollector(outDir, kinds);
  await output.start();
  for (const d of documents) await output.add(renderDocument(d.record, d.text));
  await output.finish();
  return documents.length;
}

export async function exportCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { run: { type: 'string', default: 'latest' }, format: { type: 'string', multiple: true }, out: { type: 'string' }, db: { type: 'string' }, config: { type: 'string' } },
  });
  if (!values.out) throw new UsageError('missing --out <dir>: where to write the exported files');
  const formats = (values.format ?? ['jsonl']).flatMap((f) => f.split(','));
  for (const f of formats) {
    if (!(OUTPUT_KINDS as readonly string[]).includes(f)) throw new UsageError(`expected --format to be ${OUTPUT_KINDS.join(', ')}, got \`${f}\``);
  }
  const store = await openStore(values.db ?? loadConfig(values.config).db ?? DEFAULT_DB, { create: false });
  try {
    const count = await exportRun(store, values.run, formats as OutputKind[], values.out);
    process.stdout.write(`wenshen: exported ${count} documents of run ${values.run} from ${store.location} to ${values.out}/ (${formats.join(', ')})\n`);
    return 0;
  } finally {
    await store.close();
  }
}

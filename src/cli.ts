// Command line: parses arguments, calls the batch or the pipeline, prints a summary, sets the exit code.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_BYTES, DEFAULT_POOL_OPTIONS } from './batch/defaults.js';
import type { RunInfo } from './store/store.js';
import { displayName, terminalSafe } from './batch/display-name.js';
import { UsageError } from './batch/discover.js';
import type { BatchResult } from './batch/index.js';
import { checkOutDir } from './batch/out-dir.js';

// The pipeline (pdf.js, jieba, OpenCC, the dictionaries), the store and the settings file's schema (zod) load only
// for a command that needs them, so `--help` and a usage error answer at once; `analyze` loads the pipeline only
// once it finds a file to analyse.
const loadPipeline = () => import('./pipeline.js');
/** How long `analyze` waits by default for another run on the same database to finish. */
const DEFAULT_WAIT_SECONDS = 600;
/** Kept in step with store/open.ts, which loads the database drivers. */
const DEFAULT_DB = process.env.WENSHEN_DB || 'wenshen.db';

const HELP = `wenshen: review 文明单位 work summaries in batch

Usage:
  wenshen analyze <folder|files...> --out <dir>   analyse every report, write <dir>/documents.jsonl
  wenshen history <unit|path> [--db <db>]         a unit's submissions over the years, and implausible changes
  wenshen export --run <id|latest> --format jsonl|csv|xlsx --out <dir> [--db <db>]
                                                  write a past run's outputs again from the store
  wenshen prune --keep-runs <n> [--db <db>]       forget older runs and superseded analyses; history stays
  wenshen schema [--out schema]                   write the JSON Schema of every output record
  wenshen text <file>                             print the text of record (what spans index into)
  wenshen quantities < lines.txt                  print the quantities of each stdin line as a JSON array
  wenshen report --out <dir> [--db <db>]          rebuild <dir>/report/index.html from a run's output
  wenshen --version | --help

Options for analyze:
  --out <dir>           output folder (required)
  --concurrency <n>     documents at once (default: ${DEFAULT_POOL_OPTIONS.concurrency}, the cores)
  --timeout <seconds>   per-document limit (default: 120)
  --max-bytes <n>       larger files fail with E_TOO_LARGE (default: 50000000)
  --memory-mb <n>       JavaScript heap limit per worker, at least 256 (default: 1536; see README for the rest)
  --follow-symlinks     also read links that lead outside the input folders
  --no-ocr              do not OCR scanned pages (they fail with E_NO_TEXT_LAYER)
  --group-images        page images of one stem (报告_1.jpg, 报告_2.jpg …) are one document
  --checklist <name|path>  section checklist (default: wenming-summary, dictionaries/sections/)
  --all-figures         also write figures that are targets, plans, rules or background (default: achieved only)
  --split               analyse each essay of a compilation page (篇1, 第一篇 …) as its own document
  --templates <dir>     template pages (范文) to detect copying from, any supported format
  --no-reuse            skip reuse detection (reuse.jsonl, reuse-pairs.csv)
  --log <bar|json|none> progress on stderr (default: bar on a terminal, none otherwise)
  --no-report           do not write the HTML report (<dir>/report/index.html)
  --db <path|url>       the store: a SQLite file, or postgres://… (default: ${DEFAULT_DB})
  --force               analyse every file again, even those the store has results for
  --wait <seconds>      wait this long for another run on the same --db to finish (default 600; 0: fail at once)
  --config <file>       settings file (default: ${'wenshen.config.json'} when present); options here win

Options for text:
  --normalized          print the normalized text instead
  --no-ocr              do not OCR scanned pages

Exit codes: 0 all analysed, 3 some documents failed (see documents.jsonl), 2 usage or configuration error.`;

function positiveInt(name: string, value: string | undefined, fallback: number, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `from ${min} up` : `from ${min} to ${max}`;
    throw new UsageError(`expected --${name} to be a whole number ${range}, got \`${value}\``);
  }
  return n;
}

/** Timers hold at most 2^31 − 1 ms; a longer --timeout would fire at once. */
const MAX_TIMEOUT_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

/** `--timeout -5` as `--timeout=-5`, so a negative number reaches the range check instead of the parser's riddle. */
function joinNegativeValues(args: string[], valued: Set<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    if (valued.has(arg) && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

function summary(result: BatchResult, outDir: string, run: RunInfo, db: string, reuseKept = false): string {
  const { records } = result;
  const count = (key: (r: (typeof records)[number]) => string | null) => {
    const m = new Map<string, number>();
    for (const r of records) {
      const k = key(r);
      if (k) m.set(k, (m.get(k) ?? 0) + 1);
    }
    return [...m].map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
  };
  const failed = records.filter((r) => r.status === 'failed');
  const ocrPages = records.reduce((sum, r) => sum + r.ocrPages.length, 0);
  return [
    `wenshen: ${records.length} documents in ${result.seconds.toFixed(1)} s: ${records.length - failed.length} ok, ${failed.length} failed${failed.length ? ` (${count((r) => r.error?.code ?? null)})` : ''}${result.interrupted ? ' — interrupted' : ''}`,
    `  formats: ${count((r) => (r.status === 'ok' ? r.format : null))}`,
    `  scripts: ${count((r) => r.script)}`,
    `  OCR: ${records.filter((r) => r.ocr).length} documents, ${ocrPages} pages`,
    `  figures: ${records.reduce((n, r) => n + r.counts.figures, 0)}, honors: ${records.reduce((n, r) => n + r.counts.honors, 0)}, placeholders: ${records.reduce((n, r) => n + r.counts.placeholders, 0)} in ${records.filter((r) => r.counts.placeholders > 0).length} documents`,
    `  checklist: ${records.filter((r) => r.checklist.some((c) => c.level === 'R' && c.status === 'missing')).length} documents miss a required section`,
    result.interrupted
      ? `  output: interrupted, ${result.run.counts.unfinished} documents unfinished; finished work in ${outDir}/latest/ (run.json lists the rest); ${outDir}/documents.jsonl still holds the last complete run`
      : `  output: ${outDir}/documents.jsonl, figures.jsonl, honors.jsonl, figures.csv, checklist.csv, wenshen.xlsx, reuse.jsonl, reuse-pairs.csv, texts/, run.json (as configured)${result.report ? ', report/index.html' : ''}${result.run.carriedOverFrom ? `; carried over from run ${result.run.carriedOverFrom} (nothing they are made of changed)` : ''}`,
    ...(result.run.counts.skipped ? [`  skipped: ${result.run.counts.skipped} files that are not reports (listed in run.json)`] : []),
    ...result.run.warnings.map((w) => `  warning: ${w}`),
    `  store: ${db} run ${run.id}: ${run.reused ?? 0} reused unchanged, ${(run.documents ?? 0) - (run.reused ?? 0)} analysed${reuseKept ? '; reuse results kept (nothing they depend on changed)' : ''}`,
    ...failed.map((r) => `  failed ${r.path}: ${r.error!.code} ${r.error!.message}`),
  ]
    .map(terminalSafe)
    .join('\n');
}

async function analyze(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: joinNegativeValues(args, new Set(['--concurrency', '--timeout', '--max-bytes', '--memory-mb'])),
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      concurrency: { type: 'string' },
      timeout: { type: 'string' },
      'max-bytes': { type: 'string' },
      'memory-mb': { type: 'string' },
      'no-ocr': { type: 'boolean', default: false },
      'group-images': { type: 'boolean', default: false },
      checklist: { type: 'string' },
      split: { type: 'boolean', default: false },
      templates: { type: 'string', multiple: true },
      'no-reuse': { type: 'boolean', default: false },
      'all-figures': { type: 'boolean', default: false },
      log: { type: 'string' },
      db: { type: 'string' },
      force: { type: 'boolean', default: false },
      wait: { type: 'string' },
      config: { type: 'string' },
      'follow-symlinks': { type: 'boolean', default: false },
      'no-report': { type: 'boolean', default: false },
    },
  });
  if (!values.out) throw new UsageError('missing --out <dir>: where to write documents.jsonl');
  const log = values.log ?? (process.stderr.isTTY ? 'bar' : 'none');
  if (log !== 'bar' && log !== 'json' && log !== 'none') throw new UsageError(`expected --log to be bar, json or none, got \`${log}\``);
  const { MIN_MEMORY_MB, startWorkerEarly } = await import('./batch/worker-start.js');
  // The first worker loads the pipeline while this thread loads its own modules and opens the store: for one small
  // report that was half of the wait. A run sure to analyse (--force, or a store file not made yet) starts it now,
  // before the settings schema (zod) loads when no settings file can change its heap limit; any other run starts it
  // when the batch meets the first file to analyse, so that an unchanged re-run never starts one.
  let workerStarted = false;
  const startWorker = (memoryMb: number) => {
    if (!workerStarted) startWorkerEarly(memoryMb);
    workerStarted = true;
  };
  const sureToAnalyse = (db: string) => values.force || (!/^postgres(ql)?:\/\//.test(db) && !existsSync(db));
  const noSettingsFile = values.config === undefined && !existsSync('wenshen.config.json');
  const settled = values['memory-mb'] !== undefined || noSettingsFile;
  if (settled && sureToAnalyse(values.db ?? DEFAULT_DB)) startWorker(positiveInt('memory-mb', values['memory-mb'], DEFAULT_POOL_OPTIONS.memoryMb, MIN_MEMORY_MB));
  // The settings schema (zod) loads only when there is a settings file to read.
  const config = noSettingsFile ? {} : (await import('./config.js')).loadConfig(values.config);
  const memoryMb = positiveInt('memory-mb', values['memory-mb'], config.limits?.memoryMb ?? DEFAULT_POOL_OPTIONS.memoryMb, MIN_MEMORY_MB);
  const { runBatch } = await import('./batch/index.js');
  const { DEFAULT_CHECKLIST, loadChecklist } = await import('./sections/checklist.js');
  const checklist = values.checklist ?? config.checklist ?? DEFAULT_CHECKLIST;
  const ocr = values['no-ocr'] ? false : (config.ocr ?? true);
  const split = values.split || (config.split ?? false);
  const db = values.db ?? config.db ?? DEFAULT_DB;
  if (sureToAnalyse(db)) startWorker(memoryMb);
  const numbers = {
    maxBytes: positiveInt('max-bytes', values['max-bytes'], config.limits?.maxBytes ?? DEFAULT_MAX_BYTES),
    concurrency: positiveInt('concurrency', values.concurrency, config.concurrency ?? DEFAULT_POOL_OPTIONS.concurrency),
    timeoutMs: positiveInt('timeout', values.timeout, config.limits?.timeoutSeconds ?? DEFAULT_POOL_OPTIONS.timeoutMs / 1000, 1, MAX_TIMEOUT_SECONDS) * 1000,
    memoryMb,
  };
  await checkOutDir(values.out);
  // The checklist is checked at once (a wrong name is a usage error); the other dictionaries when a file needs
  // analysing: an unchanged re-run's are those its stored results were made with (they are in the analysis version).
  loadChecklist(checklist);
  const allFigures = values['all-figures'];
  const { analysisVersion, reuseDictionaryVersion } = await import('./store/analysis-version.js');
  const { openStore } = await import('./store/open.js');
  const { RunSession } = await import('./store/session.js');
  const store = await openStore(db);
  try {
    const session = await RunSession.start(store, {
      analysisVersion: analysisVersion({ checklist, ocr, split, allFigures }),
      reuseDictionaryVersion: reuseDictionaryVersion(),
      wait: { seconds: positiveInt('wait', values.wait, DEFAULT_WAIT_SECONDS, 0), onWait: (message) => process.stderr.write(terminalSafe(`wenshen: ${message}`) + '\n') },
      force: values.force,
      maxBytes: numbers.maxBytes,
      options: { inputs: positionals, out: values.out, checklist, ocr, split, force: values.force },
    });
    const controller = new AbortController();
    process.once('SIGINT', () => controller.abort());
    process.once('SIGTERM', () => controller.abort());
    const result = await runBatch(
      positionals,
      {
        outDir: values.out,
        log,
        ocr,
        groupImages: values['group-images'],
        checklist,
        split,
        followSymlinks: values['follow-symlinks'],
        report: !values['no-report'],
        allFigures,
        reuse: values['no-reuse'] ? false : { templates: values.templates ?? (config.templates ? [config.templates] : undefined) },
        outputs: config.outputs,
        session,
        // The first worker loads the pipeline while this thread hashes the rest of the files and checks the
        // dictionaries: for one small report that was half of the wait.
        onAnalysis: async () => {
          startWorker(memoryMb);
          // Dictionaries the build validated and nobody changed since need no validating (dictionary/compiled.ts).
          if (!(await import('./dictionary/compiled.js')).unchangedSinceBuild()) (await loadPipeline()).checkResources(checklist);
        },
        ...numbers,
      },
      controller.signal,
    ).catch(async (e: unknown) => {
      await session.end(true);
      throw e;
    });
    const run = await session.end(result.interrupted);
    process.stdout.write(summary(result, values.out, run, store.location, session.reuseKept) + '\n');
    if (result.interrupted) return 130;
    return result.records.some((r) => r.status === 'failed') ? 3 : 0;
  } finally {
    await store.close();
  }
}

async function text(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { normalized: { type: 'boolean', default: false }, 'no-ocr': { type: 'boolean', default: false } },
  });
  if (positionals.length !== 1) throw new UsageError('expected one file: `wenshen text <file>`');
  const path = positionals[0]!;
  const { analyzeDocument, DEFAULT_ANALYZE_OPTIONS, loadResources } = await loadPipeline();
  loadResources();
  const { record, text: original, stages } = (await analyzeDocument(path, displayName(path), { ...DEFAULT_ANALYZE_OPTIONS, ocr: !values['no-ocr'] }))[0]!;
  if (record.status === 'failed') {
    process.stderr.write(terminalSafe(`wenshen: ${record.error!.code}: ${record.error!.message}`) + '\n');
    if (record.error!.stack) process.stderr.write(record.error!.stack + '\n');
    return 3;
  }
  process.stdout.write((values.normalized ? stages!.normalized.text : original) + '\n');
  return 0;
}

/** One JSON array per input line: the quantities, with offsets into that line. */
async function quantities(): Promise<number> {
  (await loadPipeline()).loadResources();
  const { createInterface } = await import('node:readline');
  const { quantitiesOf } = await import('./figures/index.js');
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    const records = quantitiesOf(line).map(({ text, start, end, value, valueMax, unit, qualifier }) => ({ text, start, end, value, valueMax, unit, qualifier }));
    process.stdout.write(JSON.stringify(records) + '\n');
  }
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'analyze':
        return await analyze(rest);
      case 'text':
        return await text(rest);
      case 'quantities':
        return await quantities();
      case 'report':
        return await (await import('./report/command.js')).reportCommand(rest);
      case 'history':
        return await (await import('./commands/index.js')).historyCommand(rest);
      case 'export':
        return await (await import('./commands/index.js')).exportCommand(rest);
      case 'schema':
        return await (await import('./commands/index.js')).schemaCommand(rest);
      case 'prune':
        return await (await import('./commands/index.js')).pruneCommand(rest);
      case '--version':
      case '-v': {
        const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
        process.stdout.write(`${pkg.version}\n`);
        return 0;
      }
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(HELP + '\n');
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command \`${command}\`; run \`wenshen --help\``);
    }
  } catch (e) {
    // A DictionaryError or StoreError can only come from modules loaded by then.
    const { DictionaryError } = await import('./dictionary/index.js');
    const { StoreError } = await import('./store/connection.js');
    if (e instanceof UsageError || e instanceof DictionaryError || e instanceof StoreError || String((e as { code?: string }).code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`wenshen: ${terminalSafe((e as Error).message.split('\n')[0]!)}\n`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));

// Runs the reuse stage once the batch's documents are analysed: reads the template collection through the same
// pool, detects reuse over the whole batch, amends each document's lines, and writes reuse.jsonl and
// reuse-pairs.csv.
import type { DocumentReuse } from '../model/reuse.js';
import type { OutputCollector } from '../output/index.js';
import { amendedLines } from '../output/amended-lines.js';
import { PartWriter, readPlacedBytes } from '../output/parts.js';
import { ReuseOutputWriter } from '../output/reuse.js';
import type { AnalyzeOptions } from '../pipeline.js';
import { findReuseWith, loadReuseResources, reusePairs, reuseRecord, type DetectedReuse, type ReusePair, type ReuseHistory, type ReuseInput, type ReuseResources, type DetectionStats } from '../reuse/index.js';
import { needsFullAmend } from '../reuse/amend.js';
import type { TemplateCache } from '../reuse/history.js';
import { discover } from './discover.js';
import { runPool, type PoolOptions } from './pool.js';
import { WorkerPairAligner } from './align-pool.js';

/** The part number of the amended lines' files: workers' parts count up from 0. */
const AMENDED_PART = -1;

export interface ReuseStageOptions {
  /** A folder (or files) of template pages (范文), any supported format; compilations split into essays. */
  templates?: string[];
  /** Documents of earlier runs; tonight's batch is added to it. */
  history?: ReuseHistory;
  /** Template pages read on earlier nights. */
  templateCache?: TemplateCache;
  /** The run's warnings (run.json): the stage adds one when it could not compare every pair. */
  warnings?: string[];
  /** Called once detection is over, when this thread holds the most (the run's memory peak is read then). */
  afterDetection?: () => void;
}

async function readTemplates(inputs: string[], analyzeOptions: AnalyzeOptions, poolOptions: PoolOptions, cache?: TemplateCache): Promise<ReuseInput[]> {
  const { files } = await discover(inputs);
  // Pages kept by an earlier night come from the store; only new or changed files are read.
  const { kept, missing } = cache ? await cache.lookup(files) : { kept: [], missing: files };
  const templates: ReuseInput[] = [...kept];
  await runPool(missing, { ...analyzeOptions, split: true }, poolOptions, async (documents, input) => {
    const pages = documents.flatMap((d) => (d.reuse ? [{ ...d.reuse, info: { ...d.reuse.info, kind: 'templates' as const } }] : []));
    templates.push(...pages);
    if (pages.length > 0) await cache?.save(input, pages);
  });
  return templates;
}

/** A documents.jsonl line with the reuse field added at its end, as a document with nothing copied gets it. */
export function withReuseField(line: string, reuse: DocumentReuse): string {
  return line.slice(0, line.lastIndexOf('}')) + ',"reuse":' + JSON.stringify(reuse) + '}\n';
}

/** What the stage leaves for the store: each batch document's pair rows (reuse-pairs.csv), by id. */
export interface ReuseStageResult {
  pairs: Map<string, ReusePair[]>;
  /**
   * Keeps tonight's batch in the history for later nights, a document at a time, letting other work of this
   * thread run in between. Only after the detection (it read the history already), and not before this night's
   * outputs are written, so the caller runs it while the report is written.
   */
  keepHistory: () => Promise<void>;
}

/** Waits for one turn of the event loop: what the thread had waiting (a page thread's answer) runs first. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs the stage; what it returns is for the store. */
export async function runReuseStage(
  batch: ReuseInput[],
  output: OutputCollector,
  options: ReuseStageOptions,
  analyzeOptions: AnalyzeOptions,
  poolOptions: PoolOptions,
): Promise<ReuseStageResult> {
  const templates = options.templates?.length ? await readTemplates(options.templates, analyzeOptions, poolOptions, options.templateCache) : [];
  // Completion order varies from run to run; path order makes the output the same every night.
  const byPathOrder = (a: ReuseInput, b: ReuseInput) => (a.info.path < b.info.path ? -1 : a.info.path > b.info.path ? 1 : 0);
  batch = [...batch].sort(byPathOrder);
  templates.sort(byPathOrder);
  const history = (await options.history?.documents(batch)) ?? [];
  // Workers send their documents' formulaic masks: the phrases are loaded here only for inputs without one.
  let resources: ReuseResources | undefined;
  const lazy = {
    get phrases() {
      return (resources ??= loadReuseResources()).phrases;
    },
  };
  const stats: DetectionStats = { skippedBatchPairs: 0, batchPairBudget: 0 };
  const entries = output.entries();
  const byPath = new Map(entries.map((e, i) => [e.path, i]));
  // Amended lines go to a part file of their own at once, and each document's result is written and dropped in
  // turn (they come in path order): no thread holds every document's lines, and the passages go as they are written.
  const amended = new PartWriter(output.partsDir, AMENDED_PART);
  const files = new ReuseOutputWriter(output.outDir);
  const pairs = new Map<string, ReusePair[]>();
  // Each document is written as soon as it is resolved, while the threads align the pairs of the next ones.
  const take = (d: DetectedReuse) => {
    const reuse = reuseRecord(d);
    files.add(d, reuse);
    pairs.set(d.entry.id, reusePairs(d));
    const at = byPath.get(d.entry.path);
    if (at === undefined) return;
    const entry = entries[at]!;
    const lines = 'lines' in entry ? entry.lines : readPlacedBytes(output.partsDir, entry.placement);
    if (needsFullAmend(d)) {
      // The lines that show reuse are rendered again from the record; the others are written back as they were.
      entries[at] = { path: entry.path, placement: amended.append(amendedLines(lines, d, reuse)) };
    } else {
      // Nothing copied: the reuse field goes into the documents.jsonl line as it is, with no re-rendering.
      const withReuse = [...lines];
      withReuse[0] = withReuseField(lines[0]!.toString(), reuse);
      entries[at] = { path: entry.path, placement: amended.append(withReuse) };
    }
  };
  // The pairs are aligned in as many threads as the pool had workers; this thread chooses them and resolves.
  const aligner = new WorkerPairAligner(Math.max(1, poolOptions.concurrency), poolOptions.memoryMb);
  try {
    await findReuseWith(aligner, { batch, templates, history }, lazy, undefined, stats, take);
  } finally {
    await aligner.close();
  }
  options.afterDetection?.();
  if (stats.skippedBatchPairs > 0) {
    options.warnings?.push(
      `reuse: ${stats.skippedBatchPairs} pairs of submissions sharing text were not compared (nearly every pair of this batch shares text; at most ${stats.batchPairBudget} pairs are): reuse between submissions is understated, reuse from templates and earlier runs is complete`,
    );
  }
  await files.finish();
  const keep = options.history;
  const keepHistory = async () => {
    for (const input of keep ? batch : []) {
      await keep!.save([input]);
      await nextTurn();
    }
  };
  return { pairs, keepHistory };
}

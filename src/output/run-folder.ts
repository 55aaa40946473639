// Turns a run's staging folder into the published outputs with one atomic switch, so a reader sees the last
// complete run or the new one, never a mix, and an interrupted run never replaces a complete one.
//
//   <out>/runs/<run id>/   one folder per run: the five files, texts/ and run.json
//   <out>/current          link to the last complete run; replaced by one rename when a run completes
//   <out>/latest           link to the last run whatever its status (an interrupted run's finished work)
//   <out>/documents.jsonl  … fixed links through current/, so the usual paths keep working
import { lstat, mkdir, readdir, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunSummary } from '../model/run.js';
import { FORMATS } from './formats.js';

export const RUNS_FOLDER = 'runs';
export const RUN_SUMMARY_FILE = 'run.json';
/** What <out> shows through `current`: every output of one run. */
const PUBLISHED = [...FORMATS.map((f) => f.file), 'texts', RUN_SUMMARY_FILE];

/** A sortable, unique folder name for a run started now. */
export function newRunId(now = new Date()): string {
  return `${now.toISOString().replace(/[:.]/g, '-')}-${process.pid}`;
}

/** Creates the run's staging folder; nothing in <out> that readers use changes yet. */
export async function createRunFolder(outDir: string, runId: string): Promise<string> {
  const folder = join(outDir, RUNS_FOLDER, runId);
  await mkdir(join(folder, 'texts'), { recursive: true });
  return folder;
}

/** Points `name` in `outDir` at `target` in one rename: readers see the old link or the new, never none. */
async function pointLink(outDir: string, name: string, target: string): Promise<void> {
  const temp = join(outDir, `.${name}.${process.pid}.link`);
  await rm(temp, { force: true });
  await symlink(target, temp);
  await rename(temp, join(outDir, name));
}

/** Moves files of a pre-staging wenshen (a real documents.jsonl, texts/) out of the way of the links, once. */
async function moveAsideUnlinked(outDir: string): Promise<void> {
  for (const name of [...PUBLISHED, 'documents.partial.jsonl']) {
    const info = await lstat(join(outDir, name)).catch(() => undefined);
    if (!info || info.isSymbolicLink()) continue;
    const legacy = join(outDir, RUNS_FOLDER, 'legacy');
    await mkdir(legacy, { recursive: true });
    await rm(join(legacy, name), { recursive: true, force: true });
    await rename(join(outDir, name), join(legacy, name));
  }
}

async function ensureFixedLinks(outDir: string): Promise<void> {
  for (const name of PUBLISHED) {
    const path = join(outDir, name);
    const target = join('current', name);
    if ((await readlink(path).catch(() => undefined)) !== target) await pointLink(outDir, name, target);
  }
}

/** Removes run folders no link points at any more (and older crashed runs without a summary). */
async function removeStaleRuns(outDir: string): Promise<void> {
  const keep = new Set<string>();
  for (const link of ['current', 'latest']) {
    const target = await readlink(join(outDir, link)).catch(() => undefined);
    if (target) keep.add(target.split('/').pop()!);
  }
  const runs = await readdir(join(outDir, RUNS_FOLDER)).catch(() => [] as string[]);
  for (const run of runs) if (!keep.has(run)) await rm(join(outDir, RUNS_FOLDER, run), { recursive: true, force: true });
}

/**
 * Writes the run summary into the run's folder and publishes it: a complete run becomes `current` (the switch
 * is one rename of a link) and `latest`; an interrupted one only `latest`, leaving the last complete run in place.
 */
export async function publishRun(outDir: string, runId: string, summary: RunSummary): Promise<void> {
  await writeFile(join(outDir, RUNS_FOLDER, runId, RUN_SUMMARY_FILE), JSON.stringify(summary, null, 2) + '\n');
  const target = join(RUNS_FOLDER, runId);
  if (summary.status === 'complete') {
    await pointLink(outDir, 'current', target);
    await moveAsideUnlinked(outDir);
    await ensureFixedLinks(outDir);
  }
  await pointLink(outDir, 'latest', target);
  await removeStaleRuns(outDir);
}

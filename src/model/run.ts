// The records of a batch run: the run summary written as run.json beside its outputs, and the run as the store
// keeps it (which `wenshen export` re-exports).
import { z } from 'zod';
import { RUN_SCHEMA } from './vocabulary.js';

export { RUN_SCHEMA } from './vocabulary.js';

export const runSummarySchema = z.strictObject({
  schema: z.literal(RUN_SCHEMA),
  /** `complete`: every document found has a record; `interrupted`: stopped by a signal, see `unfinished`. */
  status: z.enum(['complete', 'interrupted']),
  runId: z.string(),
  /** ISO 8601 times. */
  startedAt: z.string(),
  endedAt: z.string(),
  inputs: z.array(z.string()),
  counts: z.strictObject({
    /** Files found to analyse. */
    found: z.number().int(),
    /** Records written (a split compilation counts each essay). */
    records: z.number().int(),
    ok: z.number().int(),
    failed: z.number().int(),
    /** Files found that the run did not finish. */
    unfinished: z.number().int(),
    skipped: z.number().int(),
  }),
  /** Paths of the files found that have no record because the run stopped first. */
  unfinished: z.array(z.string()),
  /** Files found and not analysed: system files, images, links leading outside the input folder… */
  skipped: z.array(z.strictObject({ path: z.string(), reason: z.string() })),
  /** Problems that did not stop the run, such as a folder that cannot be read. */
  warnings: z.array(z.string()),
  /**
   * Fingerprint of everything the output files are made of (analysis, documents, reuse context, store history,
   * output options); null for an interrupted run. A later run with the same key takes these files over.
   */
  outputKey: z.string().nullable(),
  /**
   * The run whose output files this run took over unchanged (hard links, or copies), because nothing they are made
   * of had changed; null when this run wrote its files itself. Only run.json and the report's time are its own.
   */
  carriedOverFrom: z.string().nullable(),
});
export type RunSummary = z.infer<typeof runSummarySchema>;

/** A run as the store keeps it. */
export const runSchema = z.strictObject({
  id: z.number().int().min(1),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  /** `running` while it goes, and for a run whose process was killed until the next run starts. */
  status: z.enum(['running', 'finished', 'interrupted']),
  pid: z.number().int().nullable(),
  host: z.string().nullable(),
  /** Fingerprint of code, dictionaries, checklist and options: results are reused only under the same one. */
  analysisVersion: z.string(),
  options: z.record(z.string(), z.unknown()),
  documents: z.number().int().nullable(),
  failed: z.number().int().nullable(),
  reused: z.number().int().nullable(),
});
export type RunRecord = z.infer<typeof runSchema>;

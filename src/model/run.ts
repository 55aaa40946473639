// Types of the run summary: what one batch run did, written as run.json beside its outputs.

export const RUN_SCHEMA = 'wenshen/run@1';

export interface RunSummary {
  schema: typeof RUN_SCHEMA;
  /** `complete`: every document found has a record; `interrupted`: stopped by a signal, see `unfinished`. */
  status: 'complete' | 'interrupted';
  runId: string;
  /** ISO 8601 times. */
  startedAt: string;
  endedAt: string;
  inputs: string[];
  counts: {
    /** Files found to analyse. */
    found: number;
    /** Records written (a split compilation counts each essay). */
    records: number;
    ok: number;
    failed: number;
    /** Files found that the run did not finish. */
    unfinished: number;
    skipped: number;
  };
  /** Paths of the files found that have no record because the run stopped first. */
  unfinished: string[];
  /** Files found and not analysed: system files, images, links leading outside the input folder… */
  skipped: { path: string; reason: string }[];
  /** Problems that did not stop the run, such as a folder that cannot be read. */
  warnings: string[];
}

// The record of one batch run, as the store keeps it and `wenshen export` and the summary report it.
import { z } from 'zod';

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

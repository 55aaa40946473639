// The batch's default settings, apart from the pool and the pipeline so that `wenshen --help` can show them, and
// an unchanged re-run use them, without loading either.
import { availableParallelism } from 'node:os';
import type { PoolOptions } from './pool.js';

export const DEFAULT_POOL_OPTIONS: PoolOptions = {
  concurrency: availableParallelism(),
  timeoutMs: 120_000,
  // A 16 MB text peaks at 1.06 GB of live heap (`node --trace-gc`); the bench's 3–20k-character reports at far
  // less. Half as much again bounds a worker's garbage without failing any document the bench runs.
  memoryMb: 1536,
};

/** Larger files fail with E_TOO_LARGE (the pipeline's default too). */
export const DEFAULT_MAX_BYTES = 50_000_000;

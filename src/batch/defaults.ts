// The batch's default settings, apart from the pool and the pipeline so that `wenshen --help` can show them, and
// an unchanged re-run use them, without loading either.
import { availableParallelism } from 'node:os';
import type { PoolOptions } from './pool.js';

export const DEFAULT_POOL_OPTIONS: PoolOptions = {
  concurrency: availableParallelism(),
  timeoutMs: 120_000,
  // The most a worker gets (a document starts under what its size calls for, heap-limit.ts): a 16 MB text peaks at
  // 1.06 GB of live heap (`node --trace-gc`), and half as much again lets it through.
  memoryMb: 1536,
};

/** Larger files fail with E_TOO_LARGE (the pipeline's default too). */
export const DEFAULT_MAX_BYTES = 50_000_000;

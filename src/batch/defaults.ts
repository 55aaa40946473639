// The pool's default settings, apart from the pool so that `wenshen --help` can show them without loading it.
import { availableParallelism } from 'node:os';
import type { PoolOptions } from './pool.js';

export const DEFAULT_POOL_OPTIONS: PoolOptions = {
  concurrency: availableParallelism(),
  timeoutMs: 120_000,
  memoryMb: 4096,
};

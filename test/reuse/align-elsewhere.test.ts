import { describe, expect, it } from 'vitest';
import { alignPair, packPassages, DEFAULT_REUSE_PARAMS, findReuse, findReuseWith, loadReuseResources, reusePairs, reuseRecord, type PairAligner } from '../../src/reuse/index.js';
import { IndependentText } from '../../scripts/lib/independent-text.js';
import { input } from './texts.js';

const resources = loadReuseResources();

/** A chain of submissions, each sharing pieces with its neighbours, and a template page holding some pieces. */
function chainedBatch() {
  const words = new IndependentText(7);
  const pieces = Array.from({ length: 44 }, () => words.text(260));
  const batch = Array.from({ length: 40 }, (_, i) => input(`doc-${String(i).padStart(2, '0')}`, words.text(120) + pieces[i] + pieces[i + 1] + pieces[i + 2] + words.text(120)));
  const page = input('page', pieces[5]! + words.text(200) + pieces[30]!, 'templates');
  return { batch, templates: [page] };
}

/** Aligns here, but answers each request after a random delay, so answers come back out of order. */
function shuffledAligner(parallelism: number): PairAligner & { requests: number } {
  let seed = 1;
  const aligner = {
    parallelism,
    requests: 0,
    align: async (pairs: Parameters<PairAligner['align']>[0], frequency: Parameters<PairAligner['align']>[1], params: Parameters<PairAligner['align']>[2]) => {
      aligner.requests++;
      seed = (seed * 48271) % 2147483647;
      await new Promise((resolve) => setTimeout(resolve, seed % 7));
      return packPassages(pairs.map(([a, b]) => alignPair(a, b, params, frequency)));
    },
  };
  return aligner;
}

const published = (detected: ReturnType<typeof findReuse>) => JSON.stringify(detected.map((d) => [reuseRecord(d), reusePairs(d)]));

describe('reuse: pairs aligned elsewhere', () => {
  it('give the same results as pairs aligned in this thread, whatever order the answers come in', async () => {
    const inputs = chainedBatch();
    const here = findReuse(inputs, resources);
    const aligner = shuffledAligner(2);
    const elsewhere = await findReuseWith(aligner, inputs, resources);
    expect(aligner.requests).toBeGreaterThan(1);
    expect(here.filter((d) => reuseRecord(d).passages.some((p) => p.source.kind === 'batch')).length).toBeGreaterThan(30);
    expect(published(elsewhere)).toBe(published(here));
  });

  it('keep the pair budget and its count of pairs left out', async () => {
    const inputs = chainedBatch();
    const params = { ...DEFAULT_REUSE_PARAMS, batchPairsPerDocument: 0, minBatchPairs: 25 };
    const statsHere = { skippedBatchPairs: 0, batchPairBudget: 0 };
    const here = findReuse(inputs, resources, params, statsHere);
    const statsElsewhere = { skippedBatchPairs: 0, batchPairBudget: 0 };
    const elsewhere = await findReuseWith(shuffledAligner(3), inputs, resources, params, statsElsewhere);
    expect(statsHere.skippedBatchPairs).toBeGreaterThan(0);
    expect(statsElsewhere).toEqual(statsHere);
    expect(published(elsewhere)).toBe(published(here));
  });

  it('align a batch whose pairs fit in one request in this thread', async () => {
    const { batch, templates } = chainedBatch();
    const aligner = shuffledAligner(2);
    const few = { batch: batch.slice(0, 4), templates };
    expect(published(await findReuseWith(aligner, few, resources))).toBe(published(findReuse(few, resources)));
    expect(aligner.requests).toBe(0);
  });
});

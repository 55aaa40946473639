import { describe, expect, it } from 'vitest';
import { WorkerPairAligner } from '../../src/batch/align-pool.js';
import { findReuse, findReuseWith, loadReuseResources, reusePairs, reuseRecord } from '../../src/reuse/index.js';
import { IndependentText } from '../../scripts/lib/independent-text.js';
import { input } from '../reuse/texts.js';

const resources = loadReuseResources();

function chainedBatch() {
  const words = new IndependentText(11);
  const pieces = Array.from({ length: 64 }, () => words.text(260));
  const batch = Array.from({ length: 60 }, (_, i) => input(`doc-${String(i).padStart(2, '0')}`, words.text(120) + pieces[i] + pieces[i + 1] + pieces[i + 2] + words.text(120)));
  return { batch, templates: [input('page', pieces[9]! + words.text(200) + pieces[40]!, 'templates')] };
}

const published = (detected: ReturnType<typeof findReuse>) => JSON.stringify(detected.map((d) => [reuseRecord(d), reusePairs(d)]));

describe('reuse: pairs aligned in worker threads', () => {
  const inputs = chainedBatch();
  const here = published(findReuse(inputs, resources));

  it('give the same results as pairs aligned in this thread', async () => {
    const aligner = new WorkerPairAligner(2, 512);
    try {
      expect(published(await findReuseWith(aligner, inputs, resources))).toBe(here);
    } finally {
      await aligner.close();
    }
  });

  it('hand each document to onDetected as it is resolved, in batch order, the same results', async () => {
    const aligner = new WorkerPairAligner(2, 512);
    const taken: ReturnType<typeof findReuse> = [];
    try {
      const returned = await findReuseWith(aligner, inputs, resources, undefined, undefined, (d) => taken.push(d));
      expect(returned).toEqual([]);
    } finally {
      await aligner.close();
    }
    expect(taken.map((d) => d.entry.path)).toEqual(inputs.batch.map((b) => b.info.path));
    expect(published(taken)).toBe(here);
  });

  it('fall back to this thread when the workers cannot run', async () => {
    // A 1 MB heap is too small for a worker to start: every request is aligned here instead.
    const aligner = new WorkerPairAligner(2, 1);
    try {
      expect(published(await findReuseWith(aligner, inputs, resources))).toBe(here);
    } finally {
      await aligner.close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { Handover } from '../../src/batch/handover.js';

describe('Handover', () => {
  it('hands every item over in order, the giver waiting until the taker has done with each', async () => {
    const handover = new Handover<number>();
    const log: string[] = [];
    const taking = (async () => {
      for await (const item of handover) {
        log.push(`take ${item}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        log.push(`done ${item}`);
      }
    })();
    for (const item of [1, 2, 3]) {
      await handover.give(item);
      log.push(`given ${item}`);
    }
    handover.end();
    await taking;
    expect(log).toEqual(['take 1', 'done 1', 'given 1', 'take 2', 'done 2', 'given 2', 'take 3', 'done 3', 'given 3']);
  });

  it('lets the giver go on when the taker stops, and ends the taker with the error given', async () => {
    const handover = new Handover<number>();
    const taking = (async () => {
      for await (const item of handover) if (item === 2) throw new Error('store failed');
    })();
    await handover.give(1);
    await handover.give(2);
    await expect(taking).rejects.toThrow('store failed');
    await handover.give(3); // the taker is gone: resolves at once
    const second = new Handover<number>();
    const taken: number[] = [];
    const ending = (async () => {
      for await (const item of second) taken.push(item);
    })();
    await second.give(7);
    second.end(new Error('report failed'));
    await expect(ending).rejects.toThrow('report failed');
    expect(taken).toEqual([7]);
  });
});

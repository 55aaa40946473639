// Worker thread body of the reuse stage's pair alignment: keeps the entries it is sent and answers each request
// with the aligned passages of its pairs.
import { parentPort } from 'node:worker_threads';
// From align.js itself, not the stage's index: the worker loads in milliseconds, without the normalizer.
import { alignPair, frequencyOf, type AlignedPassage, type AlignSide, type Frequency, type FrequencyHashes } from '../reuse/align.js';
import type { ReuseParams } from '../reuse/entry.js';
import { packPassages, type PackedPairs } from '../reuse/passage-block.js';

/** An entry as alignment needs it, under its number in the detection. */
export interface SentEntry extends AlignSide {
  number: number;
}

export interface AlignRequest {
  seq: number;
  /** The detection's frequency and parameters: in the first request only. */
  setup?: { frequency: FrequencyHashes; params: ReuseParams };
  /** Entries of this request's pairs not sent before. */
  entries: SentEntry[];
  /** Entry numbers, two a pair. */
  pairs: Uint32Array;
}

export interface AlignReply {
  seq: number;
  packed: PackedPairs;
}

const entries = new Map<number, SentEntry>();
let frequency: Frequency | undefined;
let params: ReuseParams | undefined;

parentPort!.on('message', (request: AlignRequest) => {
  if (request.setup) {
    frequency = frequencyOf(request.setup.frequency);
    params = request.setup.params;
  }
  for (const entry of request.entries) entries.set(entry.number, entry);
  const passages: AlignedPassage[][] = [];
  for (let p = 0; p < request.pairs.length; p += 2) passages.push(alignPair(entries.get(request.pairs[p]!)!, entries.get(request.pairs[p + 1]!)!, params!, frequency!));
  const packed = packPassages(passages);
  // Packed and transferred: a million candidate passages cross as four buffers, not as a million objects.
  parentPort!.postMessage({ seq: request.seq, packed } satisfies AlignReply, [packed.block.passages.buffer, packed.block.runs.buffer, packed.counts.buffer] as ArrayBuffer[]);
});

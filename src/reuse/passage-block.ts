// Packs the aligned passages of many pairs into two typed arrays and unpacks one passage again: a batch of
// self-similar reports yields over a million candidate passages, most of them trimmed away when documents are
// resolved, so they travel between threads and wait in the lists as numbers, and become objects only if kept.
import type { AlignedPassage } from './align.js';

/** Per passage: aStart, aEnd, bStart, bEnd, matched, evidence, first run, run count. */
export const PASSAGE_FIELDS = 8;
/** Per run: aStart, bStart, length, evidence. */
export const RUN_FIELDS = 4;

export interface PassageBlock {
  passages: Int32Array;
  runs: Int32Array;
}

/** The passages of consecutive pairs in one block, and how many each pair has. */
export interface PackedPairs {
  block: PassageBlock;
  counts: Uint32Array;
}

export function packPassages(pairs: AlignedPassage[][]): PackedPairs {
  let passageCount = 0;
  let runCount = 0;
  for (const list of pairs) {
    passageCount += list.length;
    for (const p of list) runCount += p.runs.length;
  }
  const passages = new Int32Array(passageCount * PASSAGE_FIELDS);
  const runs = new Int32Array(runCount * RUN_FIELDS);
  let at = 0;
  let run = 0;
  for (const list of pairs) {
    for (const p of list) {
      passages[at] = p.aStart;
      passages[at + 1] = p.aEnd;
      passages[at + 2] = p.bStart;
      passages[at + 3] = p.bEnd;
      passages[at + 4] = p.matched;
      passages[at + 5] = p.evidence;
      passages[at + 6] = run;
      passages[at + 7] = p.runs.length;
      at += PASSAGE_FIELDS;
      for (const r of p.runs) {
        runs[RUN_FIELDS * run] = r.aStart;
        runs[RUN_FIELDS * run + 1] = r.bStart;
        runs[RUN_FIELDS * run + 2] = r.length;
        runs[RUN_FIELDS * run + 3] = r.evidence;
        run++;
      }
    }
  }
  return { block: { passages, runs }, counts: Uint32Array.from(pairs, (list) => list.length) };
}

/** Passage `index` of the block, as alignPair made it. */
export function unpackPassage(block: PassageBlock, index: number): AlignedPassage {
  const p = block.passages.subarray(index * PASSAGE_FIELDS, (index + 1) * PASSAGE_FIELDS);
  const runs = [];
  for (let r = p[6]!; r < p[6]! + p[7]!; r++) {
    runs.push({ aStart: block.runs[RUN_FIELDS * r]!, bStart: block.runs[RUN_FIELDS * r + 1]!, length: block.runs[RUN_FIELDS * r + 2]!, evidence: block.runs[RUN_FIELDS * r + 3]! });
  }
  return { aStart: p[0]!, aEnd: p[1]!, bStart: p[2]!, bEnd: p[3]!, matched: p[4]!, evidence: p[5]!, runs };
}

// The reuse stage's public face: a document's reuse input (made where it was analysed), detection over a whole
// batch with templates and earlier runs, and the records, pair rows and copied marks it publishes.
import { normalize, type NormalizedText } from '../normalize/index.js';
import { detectReuse, detectReuseWith, type DetectedReuse, type DetectionStats, type PairAligner, type ReuseInput } from './detect.js';
import { DEFAULT_REUSE_PARAMS, type ReuseParams, type ReuseSourceInfo } from './entry.js';
import { formulaicMask, loadFormulaicPhrases, type FormulaicPhrases } from './formulaic.js';
import { reuseTextOf } from './reuse-text.js';

export { copiedAt, reusePairs, reuseRecord, PAIR_THRESHOLD, type ReusePair } from './report.js';
export { DEFAULT_REUSE_PARAMS, type ReuseParams, type ReuseSourceInfo, type SourceKind } from './entry.js';
export { MemoryFingerprintIndex, type FingerprintIndex } from './fingerprint-index.js';
export { MemoryReuseHistory, type ReuseHistory } from './history.js';
export { loadFormulaicPhrases, type FormulaicPhrases } from './formulaic.js';
export type { DetectedReuse, DetectionStats, PairAligner, ReuseInput } from './detect.js';
export { alignPair, frequencyOf, type AlignedPassage, type AlignSide, type FrequencyHashes } from './align.js';
export { packPassages, type PackedPairs } from './passage-block.js';

export interface ReuseResources {
  phrases: FormulaicPhrases;
}

export function loadReuseResources(): ReuseResources {
  return { phrases: loadFormulaicPhrases() };
}

/**
 * A document's reuse input, with its formulaic mask when `phrases` are given (workers give them, so that the
 * batch's main thread need not load them). A copied passage in Taiwan phrasing inside a mainland text is too short to switch
 * the document's Taiwan-phrase rewriting on, so reuse normalizes such a text again with the rewriting on.
 */
export function reuseInputOf(
  info: ReuseSourceInfo,
  original: string,
  normalized: Pick<NormalizedText, 'text' | 'map' | 'fingerprints' | 'taiwanPhrased'>,
  phrases?: FormulaicPhrases,
): ReuseInput {
  const phrased = normalized.fingerprints.length > 0 && !normalized.taiwanPhrased ? normalize(original, { taiwanPhrases: 'on' }) : normalized;
  const text = reuseTextOf(phrased);
  return phrases ? { info, text, original, mask: formulaicMask(text, phrases) } : { info, text, original };
}

export function findReuse(
  inputs: { batch: ReuseInput[]; templates?: ReuseInput[]; history?: ReuseInput[] },
  resources: ReuseResources,
  params: ReuseParams = DEFAULT_REUSE_PARAMS,
  stats?: DetectionStats,
): DetectedReuse[] {
  return detectReuse({ batch: inputs.batch, templates: inputs.templates ?? [], history: inputs.history ?? [] }, () => resources.phrases, params, undefined, stats);
}

/**
 * findReuse with the pairs aligned by `aligner` (worker threads): the same results. With `onDetected`, each
 * document's result goes to it as soon as it is resolved, in batch order, and none is returned.
 */
export function findReuseWith(
  aligner: PairAligner,
  inputs: { batch: ReuseInput[]; templates?: ReuseInput[]; history?: ReuseInput[] },
  resources: ReuseResources,
  params: ReuseParams = DEFAULT_REUSE_PARAMS,
  stats?: DetectionStats,
  onDetected?: (detected: DetectedReuse) => void,
): Promise<DetectedReuse[]> {
  return detectReuseWith(aligner, { batch: inputs.batch, templates: inputs.templates ?? [], history: inputs.history ?? [] }, () => resources.phrases, params, undefined, stats, onDetected);
}

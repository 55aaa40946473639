// Loads dictionaries/figures/qualifiers.yaml: the hedges written before and after a number, and words that
// only look like one (签约, 最近).
import { loadYamlDictionary, type Zod } from '../../dictionary/index.js';
import { oncePerFile } from '../../dictionary/once-per-file.js';
import { alternation } from '../../dictionary/word-pattern.js';
import type { Qualifier } from '../../model/document.js';

const fileSchema = (z: Zod) => {
  const qualifier = z.enum(['exact', 'at_least', 'more_than', 'about', 'nearly', 'at_most']);
  return z.strictObject({
    before: z.record(z.string().min(1), qualifier),
    after: z.record(z.string().min(1), qualifier),
    'not-hedges': z.array(z.string().min(2)),
  });
};

export interface QualifierDictionary {
  /** Longest first, so 将近 is tried before 近. */
  before: [string, Qualifier][];
  after: [string, Qualifier][];
  notHedges: string[];
  /**
   * A floor set on a rhythm, some words before its count (每季度至少专题研究一次, 每月至少走访客户一次): 每, then an
   * `at_least` word of `before`, then up to 12 characters of no break and no number right before the count.
   */
  rhythmFloor: RegExp;
}

const qualifiersOnce = oncePerFile(readQualifiers);

export function loadQualifiers(file = 'figures/qualifiers.yaml'): QualifierDictionary {
  return qualifiersOnce(file);
}

function readQualifiers(file: string): QualifierDictionary {
  const data = loadYamlDictionary(file, fileSchema);
  const byLength = (a: [string, Qualifier], b: [string, Qualifier]) => b[0].length - a[0].length;
  const floors = alternation(Object.entries(data.before).filter(([, q]) => q === 'at_least').map(([w]) => w));
  return {
    rhythmFloor: new RegExp(`每[^,，。;；!?！？\\n\\d]{0,6}?(?:${floors})[^,，。;；!?！？\\n\\d一二三四五六七八九十两百千万]{1,12}$`, 'u'),
    before: (Object.entries(data.before) as [string, Qualifier][]).sort(byLength),
    after: (Object.entries(data.after) as [string, Qualifier][]).sort(byLength),
    notHedges: data['not-hedges'],
  };
}

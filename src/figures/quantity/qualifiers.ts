// Loads dictionaries/figures/qualifiers.yaml: the hedges written before and after a number, and words that
// only look like one (签约, 最近).
import { loadYamlDictionary, type Zod } from '../../dictionary/index.js';
import { oncePerFile } from '../../dictionary/once-per-file.js';
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
}

const qualifiersOnce = oncePerFile(readQualifiers);

export function loadQualifiers(file = 'figures/qualifiers.yaml'): QualifierDictionary {
  return qualifiersOnce(file);
}

function readQualifiers(file: string): QualifierDictionary {
  const data = loadYamlDictionary(file, fileSchema);
  const byLength = (a: [string, Qualifier], b: [string, Qualifier]) => b[0].length - a[0].length;
  return {
    before: (Object.entries(data.before) as [string, Qualifier][]).sort(byLength),
    after: (Object.entries(data.after) as [string, Qualifier][]).sort(byLength),
    notHedges: data['not-hedges'],
  };
}

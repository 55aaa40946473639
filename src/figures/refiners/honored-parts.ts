// Turns a background count of the unit's own parts back into a result when its clause says they won an honor
// (全辖9个支行级单位全部创建为市级以上“文明单位”，其中4个单位创建为省级“文明单位”): a standing-fact cue (辖, 其中 after it)
// names the parts, but the clause reports what they achieved (dictionaries/figures/honored-parts.yaml). Runs after
// the claims and before the awarding-round refiners, which still make a national or provincial round background.
// Works and people count too (共有41件作品获市级以上新闻奖, 近三年共有23名教师在…比赛中获奖).
import { loadYamlDictionary, type Zod } from '../../dictionary/index.js';
import { oncePerFile } from '../../dictionary/once-per-file.js';
import { alternation } from '../../dictionary/word-pattern.js';
import type { FigureRefiner } from '../figures.js';
import { countClause } from './round-count.js';

const fileSchema = (z: Zod) => {
  const words = z.array(z.string().min(1)).min(1);
  return z.strictObject({ verbs: words, prizes: words, measures: words, titles: words, 'not-after': words, regions: words, reach: z.number().int().positive() });
};

export interface HonoredPartsWords {
  /** The rest of a count's clause: a verb of winning within reach, then a title word; or a word of a prize won. */
  honored: RegExp;
  /** Measure words of the parts counted. */
  measures: Set<string>;
  /** A sentence's words before the count that announce a round's whole field. */
  announced: RegExp;
  /** The words right before a count that make it a region's (全县共有). */
  region: RegExp;
}

const honoredPartsOnce = oncePerFile(readHonoredParts);

export function loadHonoredParts(file = 'figures/honored-parts.yaml'): HonoredPartsWords {
  return honoredPartsOnce(file);
}

function readHonoredParts(file: string): HonoredPartsWords {
  const data = loadYamlDictionary(file, fileSchema);
  return {
    honored: new RegExp(`^[^,，。;；\\n]{0,${data.reach}}?(?:(?:${alternation(data.verbs)})[^,，。;；\\n]*?(?:${alternation(data.titles)})|${alternation(data.prizes)})`, 'u'),
    measures: new Set(data.measures),
    announced: new RegExp(`(?:${alternation(data['not-after'])})`, 'u'),
    region: new RegExp(`(?:${alternation(data.regions)})(?:共有|有|共)?$`, 'u'),
  };
}

export const honoredParts: FigureRefiner = (context, drafts) => {
  if (!drafts.some((d) => d.claim === 'background')) return drafts;
  const words = loadHonoredParts();
  const { text } = context;
  return drafts.map((d) => {
    if (d.claim !== 'background' || d.table || d.category !== 'other' || d.quantity.unit === null || !words.measures.has(d.quantity.unit)) return d;
    const { before, after } = countClause(text, d);
    if (words.region.test(before)) return d;
    if (!words.honored.test(after) || words.announced.test(text.slice(d.sentence.norm.start, d.quantity.start))) return d;
    return { ...d, claim: 'achieved' };
  });
};

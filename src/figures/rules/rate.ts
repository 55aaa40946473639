// figures/rate: any other percentage the report claims (知晓率, 及时率, 覆盖率, 占比); also the default for
// a percentage with no cue at all.
import { isPercent, type FigureRule } from './rule.js';

export const rate: FigureRule = { category: 'rate', accepts: isPercent };

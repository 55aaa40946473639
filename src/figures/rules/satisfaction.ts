// figures/satisfaction: a percentage saying how satisfied people are (满意率, 满意度, 好评率).
import { isPercent, type FigureRule } from './rule.js';

export const satisfaction: FigureRule = { category: 'satisfaction', accepts: isPercent };

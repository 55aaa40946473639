// figures/investment: money spent or planned on facilities, equipment and activities (投入, 投资, 经费).
import type { FigureRule } from './rule.js';

export const investment: FigureRule = { category: 'investment', accepts: (q) => q.unitKind === 'money' };

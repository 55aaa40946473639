// figures/personnel: staff, party members, teachers and students the unit has.
import { unitIn, type FigureRule } from './rule.js';

export const personnel: FigureRule = { category: 'personnel', accepts: unitIn(['人', '名', '位']) };

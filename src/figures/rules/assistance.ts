// figures/assistance: households and people helped, visited or supported.
import { unitIn, type FigureRule } from './rule.js';

export const assistance: FigureRule = { category: 'assistance', accepts: unitIn(['户', '人', '名', '位', '个', '人次', '户次', '家', '所', '个村']) };

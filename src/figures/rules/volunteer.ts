// figures/volunteer: volunteers, volunteer activities and volunteer hours.
import { unitIn, type FigureRule } from './rule.js';

export const volunteer: FigureRule = {
  category: 'volunteer',
  accepts: unitIn(['人', '名', '位', '人次', '次', '场', '场次', '支', '个', '小时', '工时', '项', '批']),
};

// figures/activity: activities, events and lectures held, and how many took part.
import { unitIn, type FigureRule } from './rule.js';

export const activity: FigureRule = {
  category: 'activity',
  accepts: unitIn(['次', '场', '场次', '期', '项', '个', '人次', '人', '名', '届', '节', '堂', '台', '批', '轮']),
};

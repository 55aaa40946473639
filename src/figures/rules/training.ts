// figures/training: training given, as sessions, classes or trainees; a duration alone (3天) is not counted.
import { unitIn, type FigureRule } from './rule.js';

export const training: FigureRule = {
  category: 'training',
  accepts: unitIn(['期', '场', '场次', '次', '班', '个', '人', '人次', '名', '位', '课时', '学时', '批', '轮', '节', '堂']),
};

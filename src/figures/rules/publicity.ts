// figures/publicity: articles, reports, boards, banners and leaflets.
import { unitIn, type FigureRule } from './rule.js';

export const publicity: FigureRule = {
  category: 'publicity',
  accepts: unitIn(['篇', '条', '期', '幅', '块', '份', '本', '册', '个', '次', '篇次', '条次', '张', '面', '处', '座', '版', '集', '部']),
};

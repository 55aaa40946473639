// figures/workload: cases handled, items approved, requests and visits dealt with.
import { unitIn, type FigureRule } from './rule.js';

export const workload: FigureRule = {
  category: 'workload',
  accepts: unitIn(['件', '项', '起', '个', '笔', '人次', '次', '宗', '例', '户', '人', '单', '万笔']),
};

// figures/donation: money or goods given to people in need or a cause (捐款, 慰问金), blood included.
// A count of people or visits is not a donation: only what was given is.
import { unitIn, type FigureRule } from './rule.js';

const goods = unitIn(['件', '份', '箱', '袋', '册', '本', '台', '套', '批', '只', '包', '桶', '床', '箱', '斤', '吨', '千克', '公斤', '毫升', '升', 'CC', 'cc', 'ml', 'mL', '个']);

export const donation: FigureRule = { category: 'donation', accepts: (q) => q.unitKind === 'money' || goods(q) };

// figures/donation: money or goods given to people in need or a cause (捐款, 慰问金), blood included.
// A count of people or visits is not a donation: only what was given is.
import { unitIn, type FigureRule } from './rule.js';

const goods = unitIn(['件', '份', '箱', '袋', '册', '本', '台', '套', '批', '只', '包', '桶', '床', '箱', '斤', '吨', '千克', '公斤', '毫升', '升', 'CC', 'cc', 'ml', 'mL', '个']);

// Blood is counted in donors and donations as well (献血126人次); a count of people who gave is not a donation (参与献血干部职工87人).
const donors = unitIn(['人次']);

export const donation: FigureRule = { category: 'donation', accepts: (q, cue) => q.unitKind === 'money' || goods(q) || (cue !== undefined && cue.includes('献血') && donors(q)) };

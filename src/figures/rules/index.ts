// The ordered list of figure rules: when two cues stand equally near, the earlier category wins.
import { activity } from './activity.js';
import { assistance } from './assistance.js';
import { donation } from './donation.js';
import { investment } from './investment.js';
import { personnel } from './personnel.js';
import { publicity } from './publicity.js';
import { rate } from './rate.js';
import type { FigureCategory, FigureRule } from './rule.js';
import { satisfaction } from './satisfaction.js';
import { training } from './training.js';
import { volunteer } from './volunteer.js';
import { workload } from './workload.js';

export const RULES: FigureRule[] = [satisfaction, rate, donation, investment, training, volunteer, activity, publicity, assistance, personnel, workload];

export const CATEGORIES: FigureCategory[] = RULES.map((r) => r.category);

export { type FigureCategory, type FigureRule, isPercent } from './rule.js';

// Finds honors a report says the unit or its people received: 被…授予…称号, 被…评为…, 荣获…, 获得…奖, 成为市级…单位,
// 涌现出…各2人, 荣记集体三等功, titles listed under a heading or in a table; one honor per title.
import { bestOfEach } from './best-of-each.js';
import { commendedAs } from './commended-as.js';
import { countedHolders } from './counted-holders.js';
import { epithetHonors } from './epithets.js';
import { joinHardWraps } from './hard-wraps.js';
import { levelOf } from './level.js';
import { loadHonorPatterns } from './patterns.js';
import { collector, type HonorMatch } from './resolve.js';
import { fillFromContests, fillFromRounds } from './round-documents.js';
import { pairInTurn } from './in-turn.js';
import { honorTableRows } from './table-rows.js';
import { verbLedHonors } from './verb-led.js';
import { listedWithoutVerb } from './verbless-lists.js';

export { loadHonorPatterns } from './patterns.js';
export type { HonorMatch } from './resolve.js';

/** A quoted title with 奖 after it (“优秀义工”奖): 1 the quoted name. */
const QUOTED_THEN_PRIZE = /^[“"「]([^”"」]+)[”"」]奖$/u;

/** Honors in normalized text, clause by clause. */
export function findHonors(normalized: string): HonorMatch[] {
  const text = joinHardWraps(normalized);
  const p = loadHonorPatterns();
  const found = collector(text, p);
  verbLedHonors(text, p, found);
  countedHolders(text, p, found);
  commendedAs(text, p, found);
  epithetHonors(text, p, found.add);
  listedWithoutVerb(text, found.out, p, found.add);
  honorTableRows(text, p, found.add);
  const best = bestOfEach(found.out, text, p);
  fillFromRounds(best, text, p);
  fillFromContests(best, text, p);
  pairInTurn(best, text, p);
  // 公安部发布命令,给100个集体记集体一等功…。某大队被荣记集体一等功: the round's giver gave the unit's own.
  // “优秀义工”奖 is a round's 100名优秀义工 too.
  const roundOf = (title: string) => found.rounds.get(title) ?? found.rounds.get(title.replace(QUOTED_THEN_PRIZE, '$1'));
  for (const h of best) {
    const giver = roundOf(h.title);
    if (h.awarder !== null || giver === undefined) continue;
    h.awarder = giver;
    if (h.level === 'unknown') h.level = levelOf(h.awarder, h.title, p);
  }
  return best.sort((a, b) => a.start - b.start);
}

// The rest of an awarding round's news is about the round too (claims.yaml `round-share`): a count of holders that
// a province or the nation has among the honored (福建省共有7家单位荣获…, 全省37个文明村镇一起获得…) becomes
// background, and so does a count that goes on with the round's count just before it in its sentence, listed in
// the same clause (…奖章1035个、全国工人先锋号1044个) or in a clause of its own with the same awarding word
// (16个单位被授予…，44人被授予…). The unit's own honored parts (我局共有5个科室被授予…) stay results.
import type { FigureDraft, FigureRefiner } from '../figures.js';
import { CLAUSE_OR_SENTENCE_BREAK } from '../clause.js';
import { countClause, countsHolders } from './round-count.js';
/** How far apart two counts of one listed round stand at most. */
const LIST_GAP = 24;

export const roundShare: FigureRefiner = (context, drafts) => {
  const words = context.claims.roundShare;
  const { text } = context;
  const awardingWords = (clause: string) => new Set(clause.match(words.awarding) ?? []);
  /** The last count of the round in the sentence at hand, with the awarding words of its clause. */
  let last: { draft: FigureDraft; awarding: Set<string> } | null = null;
  return drafts.map((d) => {
    if (last && last.draft.sentence !== d.sentence) last = null;
    if (!countsHolders(context, d)) return d;
    const { before, after } = countClause(text, d);
    let refined = d;
    if (d.claim === 'achieved') {
      const share = words.region.test(before) && words.honored.test(after);
      const goesOn = last !== null && !words.own.test(before) && (listed(last.draft, d) || sharesWord(last.awarding, awardingWords(before + after)));
      if (share || goesOn) refined = { ...d, claim: 'background' };
    }
    if (refined.claim === 'background') {
      const awarding = awardingWords(before + after);
      last = awarding.size > 0 ? { draft: refined, awarding } : null;
    } else {
      last = null;
    }
    return refined;
  });

  /** Whether `d` follows `previous` in one list of its clause: only a list separator and a noun phrase between. */
  function listed(previous: FigureDraft, d: FigureDraft): boolean {
    const between = text.slice(previous.quantity.end, d.quantity.start);
    return (
      between.length <= LIST_GAP &&
      context.claims.functionWords.listSeparators.some((s) => between.includes(s)) &&
      !CLAUSE_OR_SENTENCE_BREAK.test(between) &&
      !context.cues.predicates.test(between)
    );
  }
};

function sharesWord(a: Set<string>, b: Set<string>): boolean {
  for (const w of b) if (a.has(w)) return true;
  return false;
}

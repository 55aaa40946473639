// Gives each figure its claim (dictionaries/figures/claims.yaml): the nearest target, plan or rule cue before it
// in its sentence, a background cue in its clause, else what its section (下一步工作打算) or its document
// (a 工作方案, a 通知) makes of it, else achieved. In a plan, percentages are targets.
import type { Claim } from '../../model/document.js';
import type { ClaimDictionary, FunctionWords } from '../claims.js';
import type { FigureContext, FigureDraft, FigureRefiner } from '../figures.js';
import type { Sentence } from '../../segment/index.js';
import { CLAUSE_BREAK, clauseEnd, clauseStart, lastIndexOfAny, SENTENCE_BREAK } from '../clause.js';
import { governedAsStanding, inScene, inScopeFrame, inTargetScope } from '../governing-predicate.js';
import { matchesIn } from '../matches.js';
import { headingLine } from '../heading-label.js';
import { firstStartingAt } from '../contained.js';
import { isPercent } from '../rules/index.js';

/** The claim a document's title gives every figure in it, or null. */
function documentClaim(text: string, documents: [Claim, RegExp][], openings: [Claim, RegExp][], reportTitle: RegExp): Claim | null {
  const lines = titleLines(text);
  if (lines.some((l) => reportTitle.test(l))) return null;
  const byTitle = documents.find(([, pattern]) => lines.some((l) => pattern.test(l)))?.[0];
  if (byTitle) return byTitle;
  // A page that starts with its body says what it is in its opening (现制定…工作方案如下).
  const opening = text.slice(0, OPENING_REACH);
  return openings.find(([, pattern]) => pattern.test(opening))?.[0] ?? null;
}

/** The lines a document's title may stand on: it may follow the unit's name on a line of its own. */
function titleLines(text: string): string[] {
  return text.slice(0, 400).split('\n').map((l) => l.trim()).filter((l) => l !== '' && l.length <= 60).slice(0, 3);
}

/** The year a plan's or notice's title line names (2024年…工作方案), or null. */
function titleYear(text: string): number | null {
  for (const line of titleLines(text)) {
    const m = /(?<!\d)(20\d\d)年/u.exec(line);
    if (m) return Number(m[1]);
  }
  return null;
}

/** A sentence opening on an earlier year than the title's (2023年，全县…): the review a plan or notice starts from. */
const REVIEW_YEAR = /^\s*(?:[^\d,，。;；]{0,12}?)(?<!\d)(20\d\d)年(?:度|以来)?[,，]/u;

/** How many characters of a document its opening sentences are looked for in. */
const OPENING_REACH = 600;


/** A heading's title is at most this long; a longer line after a label is a run-in paragraph. */
const HEADING_TITLE = 40;

/** Every heading line's start, in text order, and whether it opens a plans section, and one of goals among them. */
function headings(text: string, plans: RegExp, goals: RegExp): Heading[] {
  const out: Heading[] = [];
  const HEADING = headingLine(HEADING_TITLE);
  for (let m = HEADING.exec(text); m; m = HEADING.exec(text)) {
    const isPlans = plans.test(m[1]!);
    out.push({ start: m.index, plans: isPlans, goals: isPlans && goals.test(m[1]!) });
  }
  return out;
}
interface Heading {
  start: number;
  plans: boolean;
  goals: boolean;
}

/**
 * What a document says of all its figures, read once for the refiners that ask: the claim its title gives them
 * (documentClaim) and where its plans sections (下一步工作打算) stand.
 */
export class DocumentFrame {
  private claimOfTitle: Claim | null | undefined;
  private heads: Heading[] | undefined;

  constructor(
    private readonly text: string,
    private readonly claims: ClaimDictionary,
  ) {}

  /** The claim the document's title or opening gives every figure in it, or null. */
  get claim(): Claim | null {
    if (this.claimOfTitle === undefined) this.claimOfTitle = documentClaim(this.text, this.claims.documents, this.claims.openings, this.claims.functionWords.reportTitle);
    return this.claimOfTitle;
  }

  /** Whether the last heading starting before `end` opens a plans section (goals included). */
  inPlansBefore(end: number): boolean {
    return this.headingBefore(end)?.plans ?? false;
  }

  /** Whether the last heading starting before `end` opens a section of goals (工作目标): a scope of targets. */
  inGoalsBefore(end: number): boolean {
    return this.headingBefore(end)?.goals ?? false;
  }

  private headingBefore(end: number): Heading | undefined {
    this.heads ??= headings(this.text, this.claims.sections, this.claims.goalSections);
    return this.heads[firstStartingAt(this.heads, end) - 1];
  }
}

/**
 * A background cue counts within the figure's clause, and the clause before when this one starts with 其中 or that
 * one ends announcing results (…揭晓,).
 */
function backgroundFloor(text: string, at: number, sentenceStart: number, words: FunctionWords): number {
  const start = clauseStart(text, at, sentenceStart);
  if (start <= sentenceStart) return start;
  const joined = words.subClause.some((w) => text.startsWith(w, start)) || words.announcedBefore.test(text.slice(Math.max(sentenceStart, start - ANNOUNCED_REACH), start));
  return joined ? clauseStart(text, start - 1, sentenceStart) : start;
}

/** How far before a clause its announcing word is looked for. */
const ANNOUNCED_REACH = 6;

/** A clause-bound rule cue counts within the figure's clause and the parallel routines before it. */
function routineFloor(text: string, at: number, sentenceStart: number, words: FunctionWords): number {
  let start = clauseStart(text, at, sentenceStart);
  while (words.routine.test(text.slice(start, start + ROUTINE_REACH)) && start > sentenceStart) start = clauseStart(text, start - 1, sentenceStart);
  return start;
}
/** How many characters of a clause's start the routine words are looked for in. */
const ROUTINE_REACH = 8;

/**
 * The last claim cue that starts before a number in its sentence. A cue may run into the number it qualifies
 * (人口\d in 人口1万多人, 给予…奖励 around 给予500元奖励), so cues are matched in the whole sentence, once for all its
 * numbers, and each number takes the last one starting before it.
 */
class ClaimCueFinder {
  private sentenceStart = -1;
  private matches: { start: number; end: number }[][] = [];

  private readonly cues: [Claim, RegExp, boolean][];

  /** `clauseCues` count only in the figure's clause, as background cues do. */
  constructor(
    private readonly text: string,
    cues: [Claim, RegExp][],
    clauseCues: [Claim, RegExp][],
  ) {
    this.cues = [...cues.map(([c, p]): [Claim, RegExp, boolean] => [c, p, c === 'background']), ...clauseCues.map(([c, p]): [Claim, RegExp, boolean] => [c, p, true])];
  }

  /** `floors` are where a background cue and another clause-bound cue may start at the earliest. */
  last(sentenceStart: number, sentenceEnd: number, at: number, floors: { background: number; routine: number }, skipBackground = false): { claim: Claim; at: number } | null {
    if (sentenceStart !== this.sentenceStart) {
      this.sentenceStart = sentenceStart;
      this.matches = this.cues.map(([, pattern]) => matchesIn(pattern, this.text, sentenceStart, sentenceEnd));
    }
    let best: { claim: Claim; at: number } | null = null;
    this.cues.forEach(([claim, , inClause], i) => {
      const matches = this.matches[i]!;
      if (skipBackground && claim === 'background') return;
      const found = matches[firstStartingAt(matches, at) - 1];
      const floor = !inClause ? sentenceStart : claim === 'background' ? floors.background : floors.routine;
      if (found && found.start >= floor && (!best || found.start > best.at)) best = { claim, at: found.start };
    });
    return best;
  }

  /** Where the last cue of `claim` before `at` in the sentence of the last lookup starts, or null. */
  lastAt(claim: Claim, at: number): number | null {
    let best: number | null = null;
    this.cues.forEach(([c], i) => {
      if (c !== claim) return;
      const matches = this.matches[i]!;
      const found = matches[firstStartingAt(matches, at) - 1];
      if (found && (best === null || found.start > best)) best = found.start;
    });
    return best;
  }

  /** How many cues of `claim` the sentence of the last lookup holds, leaving out those `skip` discounts. */
  countInSentence(claim: Claim, skip: (at: number) => boolean = () => false): number {
    return this.cues.reduce((n, [c], i) => (c === claim ? n + this.matches[i]!.filter((m) => !skip(m.start)).length : n), 0);
  }
}

/**
 * How far the stretches a figure's claim reads (from a goal to the figure's clause, from the last standing fact to
 * the figure, the rest of the sentence after it) reach at most, so that a sentence of thousands of figures costs
 * as much per figure as a short one.
 */
const REACH = 200;

/** A sentence stating this many standing facts (现有…，辖区面积…，常住人口…) is a profile: its other counts are background too. */
const PROFILE_FACTS = 2;

/** Whether a clause names a period of its own (今年, 全年, 2023年). */
function hasPeriod(clause: string, periods: RegExp): boolean {
  periods.lastIndex = 0;
  return periods.test(clause);
}

/** The part of a clause (starting at `clauseFrom`) after the last colon before `at`, or the whole clause. */
function afterColon(text: string, clauseFrom: number, at: number, clause: string): string {
  const colon = lastIndexOfAny(text.slice(clauseFrom, at), COLONS);
  return colon < 0 ? clause : clause.slice(colon + 1);
}
const COLONS = '：:';

/** The clause holding `at`, within its sentence. */
function clauseAround(text: string, at: number, sentenceStart: number, sentenceEnd: number): string {
  const start = clauseStart(text, at, sentenceStart);
  const end = text.slice(at, sentenceEnd).search(CLAUSE_BREAK);
  return text.slice(start, end < 0 ? sentenceEnd : at + end);
}

export const assignClaims: FigureRefiner = (context, drafts) => {
  if (drafts.length === 0) return drafts;
  const { text, claims } = context;
  const words = claims.functionWords;
  const byDocument = context.document.claim;
  const documentYear = byDocument ? titleYear(text) : null;
  
  const finder = new ClaimCueFinder(text, claims.cues, claims.clauseCues);
  const governing = { ...claims.governing, work: context.cues.predicateMatches };
  const datedOrDone = (clause: string) => claims.done.test(clause) || hasPeriod(clause, context.cues.periods);
  let previous: FigureDraft | null = null;
  /** Whether the sentence at hand, and the one with figures before it, are profiles (≥ PROFILE_FACTS standing facts). */
  let profile: { sentence: Sentence | null; isProfile: boolean } = { sentence: null, isProfile: false };
  /** What the section (下一步工作打算) or the document (a 工作方案, a 通知) makes of a figure with no cue of its own. */
  const framedClaim = (at: number): Claim | null => (context.document.inPlansBefore(at + 1) ? 'plan' : byDocument);
  /** The same, with a section of goals (工作目标) a scope of targets (DECISIONS.md call 2). */
  const sectionClaim = (at: number): Claim | null => (context.document.inGoalsBefore(at + 1) ? 'target' : framedClaim(at));
  return drafts.map((d) => {
    const q = d.quantity;
    // A table cell has no sentence of cues: its header's claim (目标, 计划) or else its section's.
    if (d.table) {
      const claim = d.claim !== 'achieved' ? d.claim : (sectionClaim(q.start) ?? 'achieved');
      return { ...d, claim: claim === 'plan' && isPercent(q) ? 'target' : claim };
    }
    const { start: sentenceStart, end: sentenceEnd } = d.sentence.norm;
    const clauseFrom = clauseStart(text, q.start, sentenceStart);
    // The unit's own territory or leaders counted (走遍了全镇26个村、3个社区; 两名副站长分别抓…) are standing facts
    // whatever its clause did with them or when.
    if (isStandingPart(text, q.end, () => text.slice(clauseFrom, q.start), claims.standingParts)) {
      const refined: FigureDraft = { ...d, claim: 'background' };
      previous = refined;
      return refined;
    }
    const ownClause = clauseAround(text, q.start, sentenceStart, sentenceEnd);
    const floors = { background: backgroundFloor(text, q.start, sentenceStart, words), routine: routineFloor(text, q.start, sentenceStart, words) };
    let best = finder.last(sentenceStart, sentenceEnd, q.start, floors);
    // A baseline (由上年的35%, 从78%提升到96%) is background whatever it counts.
    const baseline = best !== null && words.baseline.some((w) => text.startsWith(w, best!.at));
    // A background cue that cannot make this figure background leaves it to the claim cue before it
    // (力争注册志愿者占在校生比例达到45%: 在校 gives way to 力争).
    if (best?.claim === 'background' && !context.claims.backgroundCategories.has(d.category) && !baseline) best = finder.last(sentenceStart, sentenceEnd, q.start, floors, true);
    // A standing fact has no period of its own: 今年发展党员3名 is a result, whatever cue it holds.
    // A colon before the cue opens a list of its own (确定了以下项目：图书室：配书柜三组): what the words before it did
    // does not date the list.
    // A cue locating a place (海拔1860米的观测站) stays whatever the clause dates (2001年来到…).
    if (best?.claim === 'background' && !baseline && !claims.placed.test(text.slice(best.at, best.at + PLACED_REACH)) && datedOrDone(afterColon(text, clauseFrom, best.at, ownClause))) best = null;
    // A verb between a standing fact and the number starts work of its own (在原有5个站点基础上新增服务点8个).
    if (best?.claim === 'background' && !baseline && context.cues.predicates.test(text.slice(best.at + 1, q.start))) best = null;
    // A goal or plan stated in an earlier clause does not reach a clause that dates or completes its own work
    // (以…为目标，全年累计组织活动287场), nor past a clause that reports work done (为确保…，开展了…，活动共开展20场).
    // Nor does it reach a routine the clause says is kept (全力确保…开放，坚持每周开放40小时).
    if ((best?.claim === 'target' || best?.claim === 'plan') && best.at < clauseFrom && (datedOrDone(ownClause) || claims.kept.test(ownClause) || claims.done.test(text.slice(Math.max(best.at, clauseFrom - REACH), clauseFrom)))) best = null;
    // A change (提高到65%) that the clause aims at (力争…提高到65%) is that aim, not a result.
    // So is a change, or a count after it, that an earlier clause of the sentence aims at with nothing done or dated
    // between (2024年，…力争旅客满意度达到98%以上，注册志愿者增至120人以上: both targets).
    if (best?.claim === 'achieved') {
      const before = text.slice(clauseFrom, best.at);
      let aim = claims.intentions.find(([, pattern]) => pattern.test(before));
      if (!aim) {
        const sentenceBefore = text.slice(sentenceStart, best.at);
        for (const [claim, pattern] of claims.intentions) {
          const at = sentenceBefore.search(pattern);
          if (at >= 0 && !datedOrDone(text.slice(sentenceStart + at, q.start))) { aim = [claim, pattern]; break; }
        }
      }
      if (aim) best = { claim: aim[0], at: best.at };
    }
    // With no cue of its own, the predicate governing the count decides (DECISIONS.md call 1): the object of a
    // stative, maintaining or means predicate (有相距2公里的两个校区, 维护…28个停车区, 利用5个广场) or a count in a frame of
    // scope (在十个行业中) is a standing fact; and a count in a scope of targets (其总体目标是…，具体量化如下：…) is a target,
    // whatever the document's genre.
    if (!best && !datedOrDone(ownClause) && inTargetScope(text, q.start, claims.targetScope)) best = { claim: 'target', at: q.start };
    if (!best && context.claims.backgroundCategories.has(d.category)) {
      const clause = { start: clauseFrom, end: clauseEnd(text, q.end, sentenceEnd) };
      if (governedAsStanding(text, clause, q, governing, datedOrDone) || inScopeFrame(text, clause, q, governing.frame, governing.work) || inScene(text, clause, q, governing)) best = { claim: 'background', at: q.start };
    }
    let claim: Claim = best?.claim ?? 'achieved';
    // In a plan or a notice (or a plans section), a change to a level (普及率由88%提高到92%, 时限压缩至3个工作日内) is
    // the level to reach, unless its clause dates or completes it (2023年满意度提高到96%: the review it starts from).
    if (best?.claim === 'achieved' && framedClaim(q.start) !== null && !datedOrDone(ownClause)) {
      best = { claim: 'target', at: best.at };
      claim = 'target';
    }
    // A count outside the named categories in a profile sentence (下辖8个自然村，17个村民小组，人口3112人) is a standing
    // fact, unless its own clause dates or completes it (今年发展党员3名, 新建了…). Only standing facts count
    // towards a profile: 建成了占地…的广场 in a sentence of results is none.
    const standing = (at: number) => datedOrDone(clauseAround(text, at, sentenceStart, sentenceEnd));
    // A sentence that goes on with the profile before it in its paragraph needs one standing fact of its own
    // (学校占地面积…，现有校舍…。学校辐射半径2千米，服务7个自然村庄，人口2500人).
    // A profile chained by ； (…，困难户17户；失业人员188人，退休人员267人；) goes on into the sentence right after it
    // with no fact of its own, as long as that sentence only lists counts: no verb of work.
    if (d.sentence !== profile.sentence) {
      const facts = finder.countInSentence('background', standing);
      const before = profile.sentence;
      const goesOn = before !== null && before.paragraph === d.sentence.paragraph && profile.isProfile;
      const adjacent = before !== null && before.paragraph === d.sentence.paragraph && text.slice(before.norm.end, sentenceStart).trim() === ''
        && !context.cues.predicates.test(text.slice(sentenceStart, sentenceEnd));
      const chained = goesOn && adjacent && words.profileChain.test(text.slice(before.norm.start, before.norm.end));
      // A sentence opening with a sub-clause word right after a standing fact (…全村共174户，700人。其中劳动力300人，
      // 五个社) breaks that fact down: its counts are standing facts too, as the parts of a clause after 其中 are.
      // So does one opening by pointing back at what that fact counted (这支队伍中，专家11人，博士2人).
      const opening = text.slice(sentenceStart, sentenceEnd).trimStart();
      const partOf = adjacent && previous?.sentence === before && previous.claim === 'background'
        && (words.subClause.some((w) => opening.startsWith(w)) || claims.recapOpening.test(opening));
      profile = { sentence: d.sentence, isProfile: partOf || facts >= (chained ? 0 : goesOn ? 1 : PROFILE_FACTS) };
    }
    // In a profile, a share with no period of its own is a standing fact too (绿化率35%, 占专任教师的62%), unless it
    // is the share of a result just before it (现有注册志愿者1460人，占常住人口的13%).
    const standingKind = context.claims.profileCategories.has(d.category) || (d.category === 'rate' && isPercent(q) && (previous?.sentence !== d.sentence || previous.claim === 'background'));
    // Nor does a profile reach past a clause that dates or completes work (…员工1800余人，2023年实现销售额9.6亿元，纳税3100万元).
    const sinceFact = () => {
      const stretch = text.slice(Math.max(sentenceStart, q.start - REACH, finder.lastAt('background', q.start) ?? sentenceStart), q.start);
      return stretch.slice(stretch.search(CLAUSE_BREAK) + 1);
    };
    if (!best && standingKind && profile.isProfile && !datedOrDone(ownClause) && !datedOrDone(sinceFact())) {
      best = { claim: 'background', at: q.start };
      claim = 'background';
    }
    // A count listed right after a standing fact, with no verb of its own, is one too (老人238人，80岁以上55人),
    // and so is a share of it (其中女性13名，占87%).
    if (!best && previous?.claim === 'background' && previous.sentence === d.sentence && continuesProfile(context, previous, d)) {
      best = { claim: 'background', at: q.start };
      claim = 'background';
    }
    if (!best && claims.ruleAfter.test(text.slice(q.end, Math.min(sentenceEnd, q.end + REACH)))) {
      best = { claim: 'rule', at: q.start };
      claim = 'rule';
    }
    // Items chained by ； after a sentence that plans them (今年将进一步健全…；打造青年会客厅3个以上，开展…10场次以上；)
    // are planned too, unless the item or the chain since the plan says it is done.
    if (!best && isChainedPlan(text, sentenceStart, claims) && !datedOrDone(text.slice(sentenceStart, q.start))) {
      best = { claim: 'plan', at: q.start };
      claim = 'plan';
    }
    if (!best) {
      claim = sectionClaim(q.start) ?? claim;
      // In a plan, a clause saying its work is done reports results, and so does one whose verb comes in a
      // later clause (对排查出的31户店家，开展了集中整治).
      if (claim !== 'achieved' && claims.done.test(text.slice(clauseFrom, sentenceEnd))) claim = 'achieved';
      // A number held to a floor by its own hedge (比例应不低于90%) sets a bar, unless its clause tells a habit of
      // the unit's (每年组织读书会不少于6次).
      const hedge = text.slice(q.start, q.number.start);
      const { words: minimums, habits } = claims.minimumHedges;
      if (claim === 'achieved' && minimums.some((w) => hedge.includes(w)) && !habits.some((w) => ownClause.includes(w))) claim = isPercent(q) ? 'target' : 'rule';
    }
    // In a plan, the unit's own actions are planned, only outcome levels are targets: 确保每周组织3次整治 plans 3
    // rounds, while 力争达到50次 names a level to reach.
    if (claim === 'target' && best && framedClaim(q.start) === 'plan' && !isPercent(q) && q.unit !== null && claims.planActions.has(q.unit)
      && !claims.levelWords.test(text.slice(best.at, q.start))) claim = 'plan';
    // The share done of a task set (为年度任务570户的61.7%) is a result, though the task is a target.
    if (claim === 'target' && isPercent(q) && previous?.claim === 'target' && previous.sentence === d.sentence && !isPercent(previous.quantity)
      && words.shareOf.test(text.slice(previous.quantity.end, q.start))) claim = 'achieved';
    // In a plan or a notice, a measure held at a level (等候时间控制在10分钟以内, 差错率控制在0.5‰以内) is an outcome to
    // reach, not planned work nor a rule, when no cue of its own says otherwise.
    if ((claim === 'plan' || claim === 'rule') && !best && claims.heldLevel.test(text.slice(clauseFrom, q.start))) claim = 'target';
    // A plan or a notice that opens a passage on an earlier year (2023年，全县共有注册青年志愿者1.26万名，开展志愿服务
    // 活动1800余场次) reviews where it starts from: baselines, whatever they count, unless a cue of their own says otherwise.
    if (!best && documentYear !== null && framedClaim(q.start) === byDocument) {
      const review = REVIEW_YEAR.exec(text.slice(sentenceStart, q.start));
      if (review && Number(review[1]) < documentYear) claim = 'background';
    }
    if (claim === 'plan' && isPercent(q)) claim = 'target';
    const refined = { ...d, claim };
    previous = refined;
    return refined;
  });
};

/** How many characters of a cue's start are read for a word locating a place (海拔, 远离). */
const PLACED_REACH = 2;

/** How far back a chain of ；-joined sentences is read for the plan that opens it. */
const CHAIN_REACH = 400;

/**
 * Whether the sentence at `sentenceStart` goes on, after a ；, with a chain of sentences of its line whose first plans
 * (…将进一步健全…；打造…；组织…), nothing done since the plan cue.
 */
function isChainedPlan(text: string, sentenceStart: number, claims: FigureContext['claims']): boolean {
  let joint = sentenceStart - 1;
  while (joint >= 0 && (text[joint] === ' ' || text[joint] === '\t' || text[joint] === '\u3000')) joint--;
  if (joint < 0 || !CHAIN_JOINTS.includes(text[joint]!)) return false;
  const before = text.slice(Math.max(0, sentenceStart - CHAIN_REACH), sentenceStart);
  const chain = before.slice(Math.max(before.lastIndexOf('\n'), lastIndexOfAny(before, FULL_STOPS)) + 1);
  const plan = claims.intentions.find(([c]) => c === 'plan')![1];
  const at = chain.search(plan);
  return at >= 0 && !claims.done.test(chain.slice(at));
}
/** The mark ending a sentence of a chain (；, half-width once normalized). */
const CHAIN_JOINTS = '；;';
const FULL_STOPS = '。！？!?';

/** How far after a count the part it counts (社区, 副校长) is read. */
const PART_REACH = 8;

/** Whether the count ending at `end`, after `lead` in its clause, counts the unit's territory or leaders. */
function isStandingPart(text: string, end: number, lead: () => string, parts: { after: RegExp; owners: RegExp | null }[]): boolean {
  const after = text.slice(end, end + PART_REACH);
  return parts.some((p) => p.after.test(after) && (p.owners === null || p.owners.test(lead())));
}

/**
 * Whether `d` continues the standing fact `previous` of its sentence: nothing between them but a clause break
 * and a noun phrase (no verb, no period, nothing done), and `d` a count outside the named categories or a
 * share (占87%).
 */
function continuesProfile(context: FigureContext, previous: FigureDraft, d: FigureDraft): boolean {
  const { text } = context;
  const between = text.slice(previous.quantity.end, d.quantity.start);
  // A breakdown in brackets right after a standing fact (12个服务窗口（6个综合窗口…）) and the count after the bracket
  // closes (…）和1个总服务台) are listed with it.
  const listed = CLAUSE_BREAK.test(between) || BRACKETS.test(between) || context.claims.functionWords.listSeparators.some((s) => between.includes(s));
  if (between.length > PROFILE_GAP || !listed || SENTENCE_BREAK.test(between)) return false;
  if (context.cues.predicates.test(between) || context.claims.done.test(between) || hasPeriod(between, context.cues.periods)) return false;
  if (context.claims.profileCategories.has(d.category)) return true;
  return d.category === 'rate' && context.claims.functionWords.shareBefore.test(between);
}
/** Brackets around a breakdown, full- or half-width. */
const BRACKETS = /[(（)）]/u;
/** How far apart two counts of one profile list stand at most. */
const PROFILE_GAP = 16;

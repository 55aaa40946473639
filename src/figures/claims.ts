// Loads dictionaries/figures/claims.yaml: the cues that make a figure a target, plan, rule or background claim.
import { loadYamlDictionary, regexSource, type DictionaryData, type Zod } from '../dictionary/index.js';
import { oncePerFile } from '../dictionary/once-per-file.js';
import type { Claim } from '../model/document.js';
import { FIGURE_CATEGORIES } from '../model/vocabulary.js';
import { alternation, escapeRegExp } from '../dictionary/word-pattern.js';
import type { GoverningWords } from './governing-predicate.js';

/** How long the noun after a count may be before the verb of a scene it is the subject of (过路司机正在…). */
const SCENE_NOUN = 6;

/**
 * A cue joined into one pattern with the others of its claim opens with its first word and checks what stands before
 * it in a lookbehind ending with that word (占地(?<!新建占地)): the engine then tries it only where that word's first
 * character stands. One that opens with a lookbehind, a lookahead, a negated class or ^ is tried at every character of
 * every sentence, four to five times slower. Only a cue that must start on the character before a number opens with
 * a lookahead of both ((?=[^\d][\d])[^\d]…): no word of its own comes first.
 */
const cueSource = (z: Zod) =>
  regexSource(z).refine((source) => !/^(?:\(\?<[=!]|\[\^|\(\?:\^\||\(\?=(?!\[\^))/.test(source), {
    message: 'a cue must open with its first word and check what stands before it in a lookbehind ending with that word: 占地(?<!新建占地); only a cue on the character before a number opens with a lookahead of both: (?=[^\\d][\\d])[^\\d](?=…)',
  });

const fileSchema = (z: Zod) => {
  const words = z.array(z.string().min(1)).min(1);
  return z.strictObject({
    cues: z.strictObject({
      achieved: z.array(cueSource(z)).min(1),
      target: z.array(cueSource(z)).min(1),
      plan: z.array(cueSource(z)).min(1),
      rule: z.array(cueSource(z)).min(1),
      background: z.array(cueSource(z)).min(1),
    }),
    'clause-cues': z.strictObject({ target: z.array(cueSource(z)).optional(), plan: z.array(cueSource(z)).optional(), rule: z.array(cueSource(z)).optional() }),
    'rule-after': regexSource(z),
    'standing-parts': z.array(z.strictObject({ after: regexSource(z), owners: regexSource(z).optional() })),
    documents: z.strictObject({ plan: regexSource(z), rule: regexSource(z) }),
    openings: z.strictObject({ plan: regexSource(z) }),
    done: regexSource(z),
    kept: regexSource(z),
    'plan-actions': z.strictObject({ units: words, levels: words }),
    'held-levels': words,
    'minimum-hedges': z.strictObject({ words: z.array(z.string().min(1)).min(1), habits: z.array(z.string().min(1)) }),
    sections: regexSource(z),
    'goal-sections': regexSource(z),
    placed: regexSource(z),
    governing: z.strictObject({ stative: z.array(regexSource(z)).min(1), maintaining: z.array(regexSource(z)).min(1), means: z.array(regexSource(z)).min(1), 'subject-of': words, 'frame-opens': regexSource(z), 'frame-closes': regexSource(z), 'scene-after': z.array(regexSource(z)).min(1), 'scene-units': words, 'scene-counters': words, 'scene-people': words }),
    'target-scopes': regexSource(z),
    'recap-opening': regexSource(z),
    'background-categories': z.array(z.enum(FIGURE_CATEGORIES)).min(1),
    'profile-categories': z.array(z.enum(FIGURE_CATEGORIES)).min(1),
    'function-words': z.strictObject({
      baseline: words,
      'routine-joins': words,
      'routine-head': z.string().min(1),
      'sub-clause': words,
      announced: words,
      share: words,
      'report-titles': words,
      'list-separators': words,
      'list-joins': words,
      'list-tail': words,
      distributives: words,
      'list-places': words,
      'list-honored': words,
      'neighbour-joins': words,
      'profile-chains': words,
      'inventory-joins': words,
      'share-of': words,
    }),
    'round-size': z.strictObject({
      measures: words,
      verbs: words,
      passive: words,
      scopes: words,
      'list-end': z.string().min(1),
      joint: words,
    }),
    'round-share': z.strictObject({
      regions: words,
      has: words,
      honored: words,
      own: words,
    }),
  });
};

/** The function words of the refiners, as the patterns they are read by. */
export interface FunctionWords {
  /** Characters or words that open a baseline (由, 从), tested at a background cue's start. */
  baseline: string[];
  /** A clause start that goes on with the routine before it (即每, 并每, 每). */
  routine: RegExp;
  subClause: string[];
  /** A clause ending in one of these (…优秀典型揭晓,) opens the results it announces: its background cue reaches them. */
  announcedBefore: RegExp;
  /** A share word ending the stretch between a standing fact and a share of it. */
  shareBefore: RegExp;
  /** A title line that ends so is a report. */
  reportTitle: RegExp;
  /** Every list separator (g flag). */
  listSeparator: RegExp;
  /** The separators as a class, to find the last one. */
  listSeparators: string[];
  /** A join word before a name (g flag). */
  lastJoin: RegExp;
  /** Words between a list and its count, at the end of the list. */
  listTail: RegExp;
  distributive: RegExp;
  /** Words opening a list of places a verb before them goes to (分别到): the last one, with the g flag. */
  listPlaces: RegExp;
  /** The rest of a count's clause that makes the list before it its honorees (…两位教师被评为): a result. */
  listHonored: RegExp;
  /** A join and at most six characters between two counts. */
  neighbour: RegExp;
  /** What stands between a count and a percentage that is the share of it done (570户的61.7%). */
  shareOf: RegExp;
  /** A join and a noun of one to six characters between two counts of an inventory list (，长桌). */
  inventoryNeighbour: RegExp;
  /** A sentence ending in one of these (；) hands its profile on to the sentence right after it. */
  profileChain: RegExp;
}

export interface ClaimDictionary {
  /** One pattern a claim, each with the `g` flag, to find the last cue before a number. */
  cues: [Claim, RegExp][];
  /** Cues that count only within the figure's clause, as the background cues do. */
  clauseCues: [Claim, RegExp][];
  documents: [Claim, RegExp][];
  /** Opening sentences that say the document is a plan (现制定…方案如下), for pages with no title line. */
  openings: [Claim, RegExp][];
  /** The rest of a sentence after a number that makes the number a rule (…的规定标准). */
  ruleAfter: RegExp;
  /** The unit's own territory or leaders counted (我街道五个社区, 两名副站长): `after` right after the count, `owners`
   * (when given) ending its clause's text before it. */
  standingParts: { after: RegExp; owners: RegExp | null }[];
  /** Target and plan cues, unanchored and without the `g` flag, to test a stretch of text. */
  intentions: [Claim, RegExp][];
  /** A clause saying its work is done: its figures are achieved whatever the document plans. */
  done: RegExp;
  /** A clause keeping a routine (坚持每周…): a goal of an earlier clause does not reach it. */
  kept: RegExp;
  /** Measure words of actions (次, 场): in a plan, a count of them that a target cue sets (确保每周3次) is planned work. */
  planActions: Set<string>;
  /** Words between a target cue and its count that make the count a level to reach (达到50次). */
  levelWords: RegExp;
  /** Words holding a measure at a level right before its number (控制在10分钟以内): in a plan or notice, a target. */
  heldLevel: RegExp;
  /** Hedges that hold a number to a floor (不少于): a bar set, not a result. */
  minimumHedges: { words: string[]; habits: string[] };
  sections: RegExp;
  /** Headings among `sections` that name goals (工作目标): their sections are scopes of targets. */
  goalSections: RegExp;
  /** Background cues that locate a place (海拔, 距): a date in their clause leaves them standing facts. */
  placed: RegExp;
  /**
   * Predicates whose object is a standing fact when they govern a count with no cue of its own (DECISIONS.md call 1),
   * the verbs that make a count their subject, and the frame of scope around a count: governing-predicate.ts
   * GoverningWords, but for the verbs of work, which come from cues.yaml.
   */
  governing: Omit<GoverningWords, 'work'>;
  /** Words opening a scope of targets that runs to the end of their paragraph (总体目标是, 具体量化如下). */
  targetScope: RegExp;
  /** A sentence opening that points back at what the sentence before counted (这支队伍中，): its counts break that down. */
  recapOpening: RegExp;
  /** Categories a background cue can make background (standing facts outside the named categories). */
  backgroundCategories: Set<string>;
  /** Categories a profile sentence makes background without a cue of their own. */
  profileCategories: Set<string>;
  functionWords: FunctionWords;
  roundSize: RoundSizeWords;
  roundShare: RoundShareWords;
}

/** The words of the rest of an awarding round's news (福建省共有7家…荣获, …、全国工人先锋号1044个), read by refiners/round-share.ts. */
export interface RoundShareWords {
  /** The words right before a count that name a province or the nation as its holder (福建省共有, 全省). */
  region: RegExp;
  /** An honor word after a count in its clause (荣获, 被授予), found anywhere in a clause. */
  honored: RegExp;
  /** The awarding words a clause of a round holds: `round-size` verbs and `honored`, each match globally. */
  awarding: RegExp;
  /** Words naming the unit's own (我, 本, 该). */
  own: RegExp;
}

/** The words that tell the size of an awarding round (共表彰…“全国…”207个, 等23家…联合), read by refiners/round-size.ts. */
export interface RoundSizeWords {
  /** Measures of counted holders (个, 家, 名). */
  measures: Set<string>;
  /** An active awarding verb in the words before a count, not right after a passive word: the round's act. */
  verb: RegExp;
  /** A sentence naming one of these is about a national or provincial round. */
  scope: RegExp;
  /** The word ending a list right before a count (等). */
  listEnd: string;
  /** After such a count in its clause: the bodies issuing together. */
  joint: RegExp;
}

/**
 * How far after a restated count its honor verb stands at most (…4个社区被市文明委表彰; with the noun, an adverb and
 * the awarder between: …两个窗口部门先后被市文明委命名为…).
 */
const LIST_HONORED_REACH = 16;

const anyOf = (list: string[]) => `(?:${alternation(list)})`;

/** How far an awarding verb stands before the count it acts on, and 联合 after it, at most. */
const ROUND_REACH = 30;

function roundSizeWords(data: DictionaryData<typeof fileSchema>['round-size']): RoundSizeWords {
  return {
    measures: new Set(data.measures),
    verb: new RegExp(`(?<!${anyOf(data.passive)})${anyOf(data.verbs)}了?[^,，。;；\\n]{0,${ROUND_REACH}}$`, 'u'),
    scope: new RegExp(anyOf(data.scopes), 'u'),
    listEnd: data['list-end'],
    joint: new RegExp(`^[^,，。;；\\n]{0,${ROUND_REACH}}?${anyOf(data.joint)}`, 'u'),
  };
}

function roundShareWords(data: DictionaryData<typeof fileSchema>['round-share'], verbs: string[]): RoundShareWords {
  return {
    region: new RegExp(`${anyOf(data.regions)}${anyOf(data.has)}?$`, 'u'),
    honored: new RegExp(anyOf(data.honored), 'u'),
    awarding: new RegExp(anyOf([...verbs, ...data.honored]), 'gu'),
    own: new RegExp(anyOf(data.own), 'u'),
  };
}

function functionWords(data: DictionaryData<typeof fileSchema>['function-words']): FunctionWords {
  return {
    baseline: data.baseline,
    routine: new RegExp(`^${anyOf(data['routine-joins'])}?${escapeRegExp(data['routine-head'])}`, 'u'),
    subClause: data['sub-clause'],
    announcedBefore: new RegExp(`(?:${anyOf(data.announced)})[,，]\\s*$`, 'u'),
    shareBefore: new RegExp(`${anyOf(data.share)}$`, 'u'),
    reportTitle: new RegExp(`${anyOf(data['report-titles'])}\\s*$`, 'u'),
    listSeparator: new RegExp(anyOf(data['list-separators']), 'gu'),
    listSeparators: data['list-separators'],
    lastJoin: new RegExp(`${anyOf(data['list-joins'])}(?=[\\p{Script=Han}])`, 'gu'),
    listTail: new RegExp(`${anyOf(data['list-tail'])}+$`, 'u'),
    distributive: new RegExp(anyOf(data.distributives), 'u'),
    listPlaces: new RegExp(anyOf(data['list-places']), 'gu'),
    listHonored: new RegExp(`^[^,，。;；\\n]{0,${LIST_HONORED_REACH}}?${anyOf(data['list-honored'])}`, 'u'),
    neighbour: new RegExp(`^${anyOf(data['neighbour-joins'])}[\\p{Script=Han}]{0,6}$`, 'u'),
    shareOf: new RegExp(`^${anyOf(data['share-of'])}$`, 'u'),
    inventoryNeighbour: new RegExp(`^${anyOf(data['inventory-joins'])}[\\p{Script=Han}]{1,6}$`, 'u'),
    profileChain: new RegExp(`${anyOf(data['profile-chains'])}[”’」』)）]*\\s*$`, 'u'),
  };
}

const claimsOnce = oncePerFile(readClaims);

export function loadClaims(file = 'figures/claims.yaml'): ClaimDictionary {
  return claimsOnce(file);
}

function readClaims(file: string): ClaimDictionary {
  const data = loadYamlDictionary(file, fileSchema);
  return {
    cues: (Object.entries(data.cues) as [Claim, string[]][]).map(([claim, words]) => [claim, new RegExp(words.join('|'), 'gu')]),
    intentions: (['target', 'plan'] as const).map((claim): [Claim, RegExp] => [claim, new RegExp(data.cues[claim].join('|'), 'u')]),
    clauseCues: (Object.entries(data['clause-cues']) as [Claim, string[] | undefined][]).filter(([, words]) => words && words.length > 0).map(([claim, words]) => [claim, new RegExp(words!.join('|'), 'gu')]),
    ruleAfter: new RegExp(data['rule-after'], 'u'),
    standingParts: data['standing-parts'].map((p) => ({ after: new RegExp(p.after, 'u'), owners: p.owners === undefined ? null : new RegExp(p.owners, 'u') })),
    documents: [['plan', new RegExp(data.documents.plan, 'u')], ['rule', new RegExp(data.documents.rule, 'u')]],
    openings: [['plan', new RegExp(data.openings.plan, 'u')]],
    done: new RegExp(data.done, 'u'),
    kept: new RegExp(data.kept, 'u'),
    planActions: new Set(data['plan-actions'].units),
    levelWords: new RegExp(anyOf(data['plan-actions'].levels), 'u'),
    heldLevel: new RegExp(`${anyOf(data['held-levels'])}[约近]?$`, 'u'),
    minimumHedges: data['minimum-hedges'],
    sections: new RegExp(data.sections, 'u'),
    goalSections: new RegExp(data['goal-sections'], 'u'),
    placed: new RegExp(data.placed, 'u'),
    governing: { stative: new RegExp(data.governing.stative.join('|'), 'gu'), maintaining: new RegExp(data.governing.maintaining.join('|'), 'gu'), means: new RegExp(data.governing.means.join('|'), 'gu'), subjectOf: new RegExp(anyOf(data.governing['subject-of']), 'u'), frame: { open: new RegExp(data.governing['frame-opens'], 'gu'), close: new RegExp(`^[^,，。;；]*?(?:${data.governing['frame-closes']})`, 'u') }, scene: new RegExp(`^(\\p{Script=Han}{0,${SCENE_NOUN}}?)(?:${data.governing['scene-after'].join('|')})`, 'u'), sceneUnits: new Set(data.governing['scene-units']), sceneCounters: new Set(data.governing['scene-counters']), scenePeople: new RegExp(`(?:${anyOf(data.governing['scene-people'])})[正都还也]?$`, 'u') },
    targetScope: new RegExp(data['target-scopes'], 'gu'),
    recapOpening: new RegExp(data['recap-opening'], 'u'),
    backgroundCategories: new Set(data['background-categories']),
    profileCategories: new Set(data['profile-categories']),
    functionWords: functionWords(data['function-words']),
    roundSize: roundSizeWords(data['round-size']),
    roundShare: roundShareWords(data['round-share'], data['round-size'].verbs),
  };
}

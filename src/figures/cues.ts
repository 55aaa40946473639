// Loads dictionaries/figures/cues.yaml: the cue words and unit rules of each figure category and the period expressions.
import { DictionaryError, loadYamlDictionary, regexSource, type DictionaryData, type Zod } from '../dictionary/index.js';
import { loadUnits } from './units.js';
import { ruleAccepts, UNIT_KINDS, type Accepts, type FigureCategory } from './rules/rule.js';
import { alternation } from '../dictionary/word-pattern.js';
import { oncePerFile } from '../dictionary/once-per-file.js';

const fileSchema = (z: Zod) => {
  const categorySchema = z.strictObject({
    cues: z.array(z.string().min(1)).min(1),
    vetoes: z.array(z.string().min(1)).optional(),
    'vetoes-before': z.array(z.string().min(1)).optional(),
    'vetoes-after': z.array(z.string().min(1)).optional(),
    'noun-tails': z.array(z.string().min(1)).optional(),
    'area-subjects': z.array(z.string().min(1)).optional(),
    'place-heads': z.array(z.string().min(1)).optional(),
    talks: z.strictObject({ cues: z.array(z.string().min(1)).min(1), topics: z.array(z.string().min(1)).min(1) }).optional(),
    weak: z.array(z.string().min(1)).optional(),
    'unit-kinds': z.array(z.enum(UNIT_KINDS)).optional(),
    units: z.array(z.string().min(1)).optional(),
    'units-with-cue': z.array(z.strictObject({ cue: z.string().min(1), units: z.array(z.string().min(1)).min(1) })).optional(),
    'money-only-cues': z.array(z.string().min(1)).optional(),
  }).refine((c) => (c['unit-kinds']?.length ?? 0) + (c.units?.length ?? 0) > 0, { message: 'a category needs `unit-kinds` or `units`' });

  return z.strictObject({
    categories: z.record(z.string(), categorySchema),
    predicates: z.array(z.string().min(1)).min(1),
    periods: z.array(regexSource(z)).min(1),
    'not-figure-units': z.array(z.string().min(1)),
    'counting-words': z.array(regexSource(z)).min(1),
    'vague-measures': z.array(z.string().min(1)),
    'postposed-once': z.strictObject({ units: z.array(z.string().min(1)).min(1), 'not-after': z.array(z.string().min(1)), narrative: z.array(z.string().min(1)) }),
    'scheme-parts': z.strictObject({ units: z.array(z.string().min(1)).min(1), before: z.array(z.string().min(1)).min(1), disposal: z.array(z.string().min(1)).min(1), after: z.array(z.string().min(1)).min(1) }),
    participants: z.strictObject({ words: z.array(z.string().min(1)).min(1), units: z.array(z.string().min(1)).min(1), households: z.array(z.string().min(1)) }),
    mobilised: z.strictObject({ verbs: z.array(z.string().min(1)).min(1), moves: z.array(z.string().min(1)).min(1) }),
    'honor-times': z.strictObject({ units: z.array(z.string().min(1)).min(1), before: z.array(z.string().min(1)).min(1), streak: z.array(z.string().min(1)) }),
    timed: z.strictObject({ units: z.array(z.string().min(1)).min(1), before: z.array(z.string().min(1)).min(1), after: z.array(z.string().min(1)).min(1) }),
    rhythms: z.array(regexSource(z)),
    anaphors: z.array(z.string().min(1)),
    'set-phrase-heads': z.array(z.string().min(1)),
    'set-phrase-counted': z.array(z.string().min(1)).optional(),
    'site-counts': z.array(regexSource(z)),
    ordinals: z.array(regexSource(z)),
    idioms: z.array(regexSource(z)),
    'unit-word-heads': z.array(z.string().min(1)),
    'restated-propositions': z.array(z.string().min(1)).min(1),
    'partner-verbs': z.array(z.string().min(1)).min(1),
    'placeholder-word-heads': z.array(z.string().min(1)),
    'ranking-pools': z.array(regexSource(z)).min(1),
    'level-changes': z.array(z.string().min(1)),
    gifts: z.strictObject({ spend: z.array(z.string().min(1)).min(1), verbs: z.array(z.string().min(1)).min(1), for: z.array(z.string().min(1)).min(1), marks: z.array(z.string().min(1)).min(1), received: z.array(z.string().min(1)).min(1), sponsor: z.strictObject({ spend: z.array(z.string().min(1)).min(1), events: z.array(z.string().min(1)).min(1), audience: z.array(z.string().min(1)).min(1) }) }),
    'gives-way': z.array(z.strictObject({ category: z.string(), to: z.string(), 'sentence-cues': z.array(z.string().min(1)).optional(), 'back-words': z.array(z.string().min(1)).optional() })),
    subject: z.strictObject({
      'beneficiary-marks': z.array(z.string().min(1)).min(1),
      'verbs-after': z.array(z.string().min(1)),
      'not-in': z.array(z.string().min(1)),
      'not-first': z.array(z.string().min(1)),
    }),
  });
};

export interface CategoryCues {
  category: FigureCategory;
  words: string[];
  vetoes: string[];
  /** Words shortly before the cue word that cancel it (接收 in 接收社会捐赠款物: a gift received, not given). */
  vetoesBefore: string[];
  /** Words right after the cue, in its clause, that cancel it when the count comes before the cue (1名志工获得…). */
  vetoesAfter: string[];
  /** Words right after the cue word that make it part of a noun (活动室, 活动场所): a place, no cue. */
  nounTails: string[];
  /** Words of a whole area opening the clause of the cue or the count (全市…参与无偿献血): the area's figure, not the unit's. */
  areaSubjects: RegExp | null;
  /** Nouns right after a count that name the places it counts (4个村组, 12个社区), which the category does not count. */
  placeHeads: string[];
  /** Talk cue words (讲座, 宣讲) that a veto naming their topic (安全 in 安全用电知识宣讲) does not cancel. */
  talks: { cues: Set<string>; topics: Set<string> };
  weak: Set<string>;
  /** Whether a quantity of this unit can be a figure of this category, given the cue word when there is one. */
  accepts: Accepts;
  /** Its place in the file: at equal distance the earlier category wins. */
  rank: number;
}

export interface CueDictionary {
  /** In the file's order: at equal distance the earlier category wins. */
  categories: CategoryCues[];
  byCategory: Map<FigureCategory, CategoryCues>;
  /** The length of the longest cue word. */
  longestCue: number;
  /** Verbs that open a clause of its own. */
  predicates: RegExp;
  /** The same verbs with the g flag, to find where they stand (the predicate governing a count). */
  predicateMatches: RegExp;
  periods: RegExp;
  /** Units of quantities that are never figures (3年, 60岁). */
  notFigureUnits: Set<string>;
  /** Words right before 一 that make 一次 a count (每月一次). */
  countingWords: RegExp;
  /** Spans of time that measure the work (办理时间缩短至15分钟, 3个工作日内): `before` in the clause or `after` right behind. */
  timed: { units: Set<string>; before: string[]; after: string[] };
  /** A once closing its clause after what it counts (召开动员会一次): its measure words, and the words of its clause
   * that make it the times an honor was received (荣立三等功一次), no figure; a clause of only a `narrative` word before
   * it (有一次，…) opens an anecdote: an article. */
  postposedOnce: { units: Set<string>; notAfter: string[]; narrative: Set<string> };
  /** The parts a scheme's tasks are split into (细化为28项, 将19项工作任务进行分解): a count of `units` right after one
   * of `before`, or after a `disposal` word with one of `after` later in its clause. */
  schemeParts: { units: Set<string>; before: RegExp; disposal: string[]; after: string[] };
  /** The people taking part in the event counted in the clause before (举办道德讲堂24期，参与职工3100余人次): a clause
   * holding one of `words` before a count of `units`, with no cue of its own, takes that event's category. */
  participants: { words: string[]; units: Set<string>; households: Set<string> };
  /** People sent out to serve (组织党员480人次到…开展志愿服务): a verb of `verbs` shortly before the count (`lead`), and one
   * of `moves` shortly after it (`after`, anchored at the count's end). */
  mobilised: { lead: RegExp; after: RegExp };
  /** The times an honor was received (先后5次获得…, 两次被…授予): a count of `units` right before one of `before`,
   * unless one of `streak` stands right before it (连续两次被评为: a record run, which is a figure). */
  honorTimes: { units: Set<string>; before: string[]; streak: string[] };
  /** Measure words that after 一 never count, counting words or not (每年新增一批). */
  vagueMeasures: Set<string>;
  /** A clause stretch before a once that makes it a rhythm (每月一次, 每三年…一次). */
  rhythm: RegExp;
  /** Words pointing back right before a count (这5名, 上述3项): the count told again. */
  anaphors: string[];
  /** Words after a count that make it part of a set phrase (八个方面, 六个一). */
  setPhraseHeads: string[];
  /** Words a set-phrase head starts that name counted things (文明村 after 20个: villages, no slogan). */
  setPhraseCounted: string[];
  /** Counts a template site writes about its own pages (精选8篇, 共印30份): masked before quantities are read. */
  siteCounts: RegExp[];
  /** Session numbers (八届五次, 六次全委会). */
  ordinals: RegExp[];
  /** Set phrases with a count that count nothing (24小时服务, 做好…三篇文章). */
  idioms: RegExp[];
  /** Words a measure word only starts (人民 after **人). */
  unitWordHeads: string[];
  /** Nouns of what is said or proposed (建议, 措施, 要求): a list of them before their count is their content. */
  restatedPropositions: string[];
  /** Verbs of pairing with a partner (结对, 共建): after 与 + a count, they make 与 a preposition. */
  partnerVerbs: RegExp;
  /** Words a measure word starts after a blank (**处长): a title, no figure. */
  placeholderWordHeads: string[];
  /** The rest of a clause after a count that makes it the field of a ranking (…第8位). */
  rankingPool: RegExp;
  /** A category whose cue gives way to another's nearby (活动 to 志愿服务 in 志愿服务队开展劝导活动36次). */
  givesWay: Map<FigureCategory, FigureCategory>;
  /** The cue words of a yielding category that also yield to a doer opening the sentence (活动 after 某某志愿服务队…，). */
  givesWaySentence: Map<FigureCategory, Set<string>>;
  /** Words right before a yielding cue word that point back at the clause before (各类活动 after …志愿活动，). */
  givesWayBack: Map<FigureCategory, string[]>;
  /**
   * A sum spent under one of `spend` (出资, 筹资) that is given away: the donation cue words of `verbs` in the next
   * clause (…，向…赠送), or `beneficiary` right after it in its own (为该村修建: a mark, then who receives).
   */
  gifts: { spend: string[]; verbs: Set<string>; beneficiary: RegExp; received: string[]; sponsor: { spend: Set<string>; event: RegExp } };
  /** A stretch between a baseline and its new level (由91%提高到96.5%): the whole stretch, anchored. */
  levelChange: RegExp;
  subject: SubjectWords;
}

/** The patterns a figure's subject is read by (cues.yaml `subject`). */
export interface SubjectWords {
  /** A beneficiary mark and the noun after it, at the end of the stretch before a cue (为困难群众). */
  beneficiary: RegExp;
  /** A short noun after a count, up to a break or a verb that may follow it. */
  after: RegExp;
  notSubject: RegExp;
}

const anyOf = (list: string[]) => `(?:${alternation(list)})`;

/** How many characters may stand between a sum and the verb of the event it sponsors (左右, 的). */
const GIFT_GAP = 2;

/** How many characters may stand between a verb of sending and the count of people (组织党员干部480余人次). */
const MOBILISED_LEAD = 10;
/** …and between the count and the verb of going (12名专家、20名农技人员组成). */
const MOBILISED_AFTER = 12;

/** How many characters may stand between a verb of splitting and the count of parts (分解为八个方面、36项). */
const SCHEME_PART_GAP = 8;

function subjectWords(data: DictionaryData<typeof fileSchema>['subject']): SubjectWords {
  const verbs = data['verbs-after'].length > 0 ? `|${anyOf(data['verbs-after'])}` : '';
  return {
    beneficiary: new RegExp(`${anyOf(data['beneficiary-marks'])}([\\p{Script=Han}]{2,8})$`, 'u'),
    after: new RegExp(`^([\\p{Script=Han}]{2,6}?)(?=[，,。；;、\\s]|$${verbs})`, 'u'),
    notSubject: new RegExp(`${anyOf(data['not-in'])}|^${anyOf(data['not-first'])}`, 'u'),
  };
}

const cuesOnce = oncePerFile(readCues);

/** Whether a cue's word is one of its category's weak words (开展, 提高): it names the category only when nothing nearer does. */
export function isWeakCue(dictionary: CueDictionary, cue: { category: FigureCategory; word: string }): boolean {
  return dictionary.byCategory.get(cue.category)!.weak.has(cue.word);
}

export function loadCues(knownCategories: readonly FigureCategory[], file = 'figures/cues.yaml'): CueDictionary {
  return cuesOnce(file, knownCategories);
}

function readCues(file: string, knownCategories: readonly FigureCategory[]): CueDictionary {
  const data = loadYamlDictionary(file, fileSchema);
  const categories = Object.entries(data.categories).map(([category, entry], rank) => {
    if (!knownCategories.includes(category as FigureCategory)) {
      throw new Error(`${file}: unknown figure category "${category}" (known: ${knownCategories.join(', ')})`);
    }
    const moneyOnly = entry['money-only-cues'] ?? [];
    const accepts = ruleAccepts({ kinds: entry['unit-kinds'] ?? [], units: entry.units ?? [], withCue: entry['units-with-cue'] ?? [], moneyOnly });
    return { category: category as FigureCategory, words: [...entry.cues, ...moneyOnly.filter((w) => !entry.cues.includes(w))], vetoes: entry.vetoes ?? [], vetoesBefore: entry['vetoes-before'] ?? [], vetoesAfter: entry['vetoes-after'] ?? [], weak: new Set(entry.weak ?? []), accepts, rank,
      nounTails: entry['noun-tails'] ?? [], placeHeads: entry['place-heads'] ?? [],
      areaSubjects: entry['area-subjects']?.length ? new RegExp(`^${anyOf(entry['area-subjects'])}`, 'u') : null,
      talks: { cues: new Set(entry.talks?.cues ?? []), topics: new Set(entry.talks?.topics ?? []) } };
  });
  const known = (name: string): FigureCategory => {
    if (!knownCategories.includes(name as FigureCategory)) throw new DictionaryError(`${file}: gives-way names the unknown figure category "${name}"`);
    return name as FigureCategory;
  };
  const units = loadUnits();
  for (const [category, entry] of Object.entries(data.categories)) {
    const unknown = [...(entry.units ?? []), ...(entry['units-with-cue'] ?? []).flatMap((w) => w.units)].filter((u) => !units.has(u));
    if (unknown.length > 0) throw new DictionaryError(`${file}: ${category} lists units that units.yaml does not know: ${unknown.join(', ')}`);
  }
  const missing = knownCategories.filter((k) => !categories.some((c) => c.category === k));
  if (missing.length > 0) throw new DictionaryError(`${file}: no entry for the figure categories ${missing.join(', ')}`);
  const cues: CueDictionary = {
    categories,
    byCategory: new Map(categories.map((c) => [c.category, c])),
    longestCue: Math.max(...categories.flatMap((c) => c.words.map((w) => w.length))),
    predicates: new RegExp(data.predicates.join('|'), 'u'),
    predicateMatches: new RegExp(data.predicates.join('|'), 'gu'),
    periods: new RegExp(data.periods.join('|'), 'gu'),
    notFigureUnits: new Set(data['not-figure-units']),
    countingWords: new RegExp(`(?:${data['counting-words'].join('|')})$`, 'u'),
    vagueMeasures: new Set(data['vague-measures']),
    postposedOnce: { units: new Set(data['postposed-once'].units), notAfter: data['postposed-once']['not-after'], narrative: new Set(data['postposed-once'].narrative) },
    schemeParts: { units: new Set(data['scheme-parts'].units), before: new RegExp(`${anyOf(data['scheme-parts'].before)}[^,，。;；!?！？\\n]{0,${SCHEME_PART_GAP}}$`, 'u'), disposal: data['scheme-parts'].disposal, after: data['scheme-parts'].after },
    participants: { words: data.participants.words, units: new Set(data.participants.units), households: new Set(data.participants.households) },
    mobilised: { lead: new RegExp(`${anyOf(data.mobilised.verbs)}[^,，。;；!?！？\\n]{0,${MOBILISED_LEAD}}$`, 'u'), after: new RegExp(`^[^,，。;；!?！？\\n]{0,${MOBILISED_AFTER}}?${anyOf(data.mobilised.moves)}`, 'u') },
    honorTimes: { units: new Set(data['honor-times'].units), before: data['honor-times'].before, streak: data['honor-times'].streak },
    timed: { units: new Set(data.timed.units), before: data.timed.before, after: data.timed.after },
    rhythm: new RegExp(`(?:${data.rhythms.join('|')})$`, 'u'),
    anaphors: data.anaphors,
    setPhraseHeads: data['set-phrase-heads'],
    setPhraseCounted: data['set-phrase-counted'] ?? [],
    siteCounts: data['site-counts'].map((source) => new RegExp(source, 'gu')),
    ordinals: data.ordinals.map((source) => new RegExp(source, 'gu')),
    idioms: data.idioms.map((source) => new RegExp(source, 'gu')),
    unitWordHeads: data['unit-word-heads'],
    restatedPropositions: data['restated-propositions'],
    partnerVerbs: new RegExp(anyOf(data['partner-verbs']), 'u'),
    placeholderWordHeads: data['placeholder-word-heads'],
    rankingPool: new RegExp(data['ranking-pools'].join('|'), 'u'),
    subject: subjectWords(data.subject),
    levelChange: new RegExp(`^${anyOf(data['level-changes'])}$`, 'u'),
    gifts: { spend: data.gifts.spend, verbs: new Set(data.gifts.verbs), beneficiary: new RegExp(`${anyOf(data.gifts.marks)}${anyOf(data.gifts.for)}`, 'u'), received: data.gifts.received, sponsor: { spend: new Set(data.gifts.sponsor.spend), event: new RegExp(`^[^,，。;；!?！？\\n]{0,${GIFT_GAP}}[,，]?\\s*${anyOf(data.gifts.sponsor.events)}[^,，。;；!?！？\\n]{0,24}?${anyOf(data.gifts.sponsor.audience)}`, 'u') } },
    givesWay: new Map(data['gives-way'].map((w) => [known(w.category), known(w.to)])),
    givesWaySentence: new Map(data['gives-way'].map((w) => [known(w.category), new Set(w['sentence-cues'] ?? [])])),
    givesWayBack: new Map(data['gives-way'].map((w) => [known(w.category), w['back-words'] ?? []])),
  };
  return cues;
}

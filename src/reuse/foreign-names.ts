// Turns a report's text and its own unit name into `reuse/stale/foreign-name` findings: another place's name
// under the unit's own kind of body (北山市图书馆 in a report of 东川市图书馆), or a neighbouring county's or
// township's committee leading the work. The words and shapes are data (dictionaries/reuse/foreign-names.yaml).
import { loadYamlDictionary, type Zod } from '../dictionary/index.js';
import { oncePerFile } from '../dictionary/once-per-file.js';
import type { Evidence, Finding } from '../model/document.js';
import { normalize, originalEvidence, type NormalizedText } from '../normalize/index.js';
import { alternation, escapeRegExp } from '../dictionary/word-pattern.js';

const LEVELS = ['province', 'prefecture', 'city', 'county', 'township'] as const;
type Level = (typeof LEVELS)[number];

const fileSchema = (z: Zod) => {
  const words = z.array(z.string().min(1)).min(1);
  return z.strictObject({
    placeSuffixes: z.strictObject(Object.fromEntries(LEVELS.map((l) => [l, words])) as Record<Level, typeof words>),
    leadershipLevels: z.array(z.enum(LEVELS)).min(1),
    leadershipBodies: words,
    leadershipCues: words,
    genericPlaces: words,
    nameBoundaries: z.string().min(1),
    relations: words,
    maxNameLength: z.number().int().min(2).max(10),
  });
};

export interface ForeignNameRules {
  levelOf: Map<string, Level>;
  /** A place at the start of the remaining unit name: the name and its level ending. */
  place: RegExp;
  leadership: RegExp;
  leadershipLevels: Set<Level>;
  cues: string[];
  generic: Set<string>;
  /** Characters a name never contains: the boundaries and the one-character level endings. */
  boundaries: Set<string>;
  relations: string[];
  maxNameLength: number;
}


const rulesOnce = oncePerFile(readRules);

/** Loads and validates dictionaries/reuse/foreign-names.yaml (or `file`) once per file. */
export function loadForeignNameRules(file = 'reuse/foreign-names.yaml'): ForeignNameRules {
  return rulesOnce(file);
}

function readRules(file: string): ForeignNameRules {
  const raw = loadYamlDictionary(file, fileSchema);
  const levelOf = new Map<string, Level>();
  for (const level of LEVELS) for (const suffix of raw.placeSuffixes[level]) levelOf.set(suffix, level);
  const suffixes = alternation([...levelOf.keys()]);
  // A name is Han characters that are neither a boundary nor a one-character level ending (东川 in 东川市西河区).
  const excluded = escapeRegExp(raw.nameBoundaries) + [...levelOf.keys()].filter((s) => s.length === 1).map(escapeRegExp).join('');
  const name = `((?:(?![${excluded}])\\p{Script=Han}){2,${raw.maxNameLength}}?)`;
  return {
    levelOf,
    place: new RegExp(`^${name}(${suffixes})`, 'u'),
    leadership: new RegExp(`在${name}(${suffixes})(?:${alternation(raw.leadershipBodies)})`, 'gu'),
    leadershipLevels: new Set(raw.leadershipLevels),
    cues: raw.leadershipCues,
    generic: new Set(raw.genericPlaces),
    boundaries: new Set([...raw.nameBoundaries, ...[...levelOf.keys()].filter((s) => s.length === 1)]),
    relations: raw.relations,
    maxNameLength: raw.maxNameLength,
  };
}

interface Place {
  name: string;
  suffix: string;
  level: Level;
}

/** The places a unit name opens with (东川市西河区人民医院 → 东川市, 西河区) and the body words after them. */
export function unitPlaces(unit: string, rules: ForeignNameRules): { places: Place[]; body: string } {
  const places: Place[] = [];
  let rest = unit;
  for (let m = rules.place.exec(rest); m; m = rules.place.exec(rest)) {
    if (rules.generic.has(m[0])) break;
    places.push({ name: m[1]!, suffix: m[2]!, level: rules.levelOf.get(m[2]!)! });
    rest = rest.slice(m[0].length);
  }
  return { places, body: rest };
}

const SENTENCE_END = /[。！？；\n]/u;

function sentenceAfter(text: string, from: number, limit: number): string {
  let end = from;
  while (end < text.length && end - from < limit && !SENTENCE_END.test(text[end]!)) end++;
  return text.slice(from, end);
}

/** Whether the words just before `at` make the name a partner, a visit or a source rather than the report's own. */
function afterRelation(text: string, at: number, rules: ForeignNameRules): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  return rules.relations.some((r) => before.endsWith(r));
}

/** The place name that ends right before `at`: Han characters back to a boundary, at most the longest name. */
function nameBefore(text: string, at: number, rules: ForeignNameRules): string {
  let start = at;
  while (start > 0 && at - start < rules.maxNameLength && /\p{Script=Han}/u.test(text[start - 1]!) && !rules.boundaries.has(text[start - 1]!)) start--;
  return text.slice(start, at);
}

export function foreignNameFindings(original: string, norm: NormalizedText, unit: Evidence | null, rules: ForeignNameRules): Finding[] {
  if (!unit) return [];
  const own = normalize(unit.text).text;
  const { places, body } = unitPlaces(own, rules);
  if (places.length === 0) return [];
  const text = norm.text;
  const findings: Finding[] = [];
  const seen = new Set<number>();
  const report = (start: number, end: number, name: string, why: string) => {
    if (seen.has(start)) return;
    seen.add(start);
    findings.push({
      ruleId: 'reuse/stale/foreign-name',
      severity: 'warning',
      message: `"${name}" ${why} in a report of "${unit.text}": a name left from another unit's text?`,
      ...originalEvidence(original, norm, start, end),
    });
  };

  // Self-naming: the unit's own body words after the same level ending, under another name.
  const last = places[places.length - 1]!;
  if (body.length >= 2) {
    const tail = last.suffix + body;
    for (let at = text.indexOf(tail); at >= 0; at = text.indexOf(tail, at + 1)) {
      const name = nameBefore(text, at, rules);
      if (name.length < 2 || name.endsWith(last.name) || rules.generic.has(name + last.suffix)) continue;
      if (places.some((p) => (p.name + p.suffix).endsWith(name + last.suffix))) continue;
      const start = at - name.length;
      if (afterRelation(text, start, rules)) continue;
      report(start, at + tail.length, text.slice(start, at + tail.length), 'names the same kind of body as this unit under another place');
    }
  }

  // Leadership: a county's or township's committee other than the unit's own leading the work.
  rules.leadership.lastIndex = 0;
  for (let m = rules.leadership.exec(text); m; m = rules.leadership.exec(text)) {
    const place = m[1]! + m[2]!;
    const level = rules.levelOf.get(m[2]!)!;
    if (!rules.leadershipLevels.has(level) || rules.generic.has(place)) continue;
    const ownAtLevel = places.filter((p) => p.level === level);
    if (ownAtLevel.length === 0 || places.some((p) => p.name + p.suffix === place)) continue;
    const after = sentenceAfter(text, m.index + m[0].length, 40);
    if (!rules.cues.some((c) => after.includes(c) || m![0].includes(c))) continue;
    const start = m.index + 1;
    report(start, start + place.length, place, `leads the work, but the unit belongs to ${ownAtLevel.map((p) => p.name + p.suffix).join('、')},`);
  }
  return findings.sort((a, b) => a.start - b.start);
}

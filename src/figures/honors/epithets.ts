// Finds titles written before a person's name as epithets: 在市劳动模范、“全国优秀人民警察”中队长——王某的带领下.
import { ALL_QUOTES, ANY_QUOTE, clausesOf } from './clauses.js';
import type { HonorPatterns } from './patterns.js';
import type { Candidate } from './resolve.js';
import { cleanItem, honorShaped, type Item, splitItems } from './titles.js';

/** What may follow the name: the rest of the sentence goes on about the person (…的带领下, …等, …同志). */
const AFTER_NAME = '(?=的|等|同志|[,，。;；、!?\\s]|$)';
/** A clause longer than this is no list of epithets. */
const MAX_CLAUSE = 160;
/** The longest role word between the titles and the name (中队长, 党支部书记). */
const MAX_ROLE = 5;

/**
 * Two or more titles listed with 、 right before a person's name, with a role word and a dash between (荆门市特等劳模、
 * 一等功臣、“全国优秀人民警察”中队长——李某) or a role word alone (省劳动模范、全国优秀共产党员、站长王某的带领下):
 * honors of that person. Every item of the list must be a title; the first may follow words opening the clause (在).
 */
export function epithetHonors(text: string, p: HonorPatterns, add: (c: Candidate) => void): void {
  const name = new RegExp(`(——|—)?(${p.namedSubject.source.replace(/^\^|\$$/gu, '')})${AFTER_NAME}`, 'gu');
  const role = new RegExp(`^(?:${p.roleSource})$`, 'u');
  const roleLike = new RegExp(`^(?:[\\p{Script=Han}]{0,3}(?:${p.roleEndingSource})|${p.roleSource})$`, 'u');
  // Only a clause listing something with 、 may hold such a run: the rest of the text costs one test each.
  for (const clause of clausesOf(text)) {
    const words = text.slice(clause.start, clause.end);
    const firstComma = words.indexOf('、');
    if (firstComma < 0 || words.length > MAX_CLAUSE) continue;
    for (const m of words.matchAll(name)) {
      if (m.index <= firstComma) continue;
      const [, dash, person] = m;
      const before = words.slice(0, m.index);
      const found = epithets(before, dash ? roleLike : role, dash !== undefined, p);
      if (!found) continue;
      const nameStart = clause.start + m.index + (dash?.length ?? 0);
      const start = clause.start + found.start;
      for (const item of found.items) {
        add({ start, end: nameStart + person!.length, item: { ...item, people: true, end: 0 }, awarder: null, verbStart: start, heldBy: { recipient: `person:${person}`, name: { start: nameStart, end: nameStart + person!.length } } });
      }
      break;
    }
  }
}

/** The titles of a run ending in a role word (or, after a dash, in none): null unless every item is a title. */
function epithets(run: string, role: RegExp, dashed: boolean, p: HonorPatterns): { items: Omit<Item, 'end'>[]; start: number } | null {
  for (let k = Math.min(MAX_ROLE, run.length); k >= (dashed ? 0 : 1); k--) {
    const tail = run.slice(run.length - k);
    if (k > 0 && (ANY_QUOTE.test(tail) || tail.includes('、') || !role.test(tail))) continue;
    const list = run.slice(0, run.length - k);
    const parts = splitItems(list);
    if (parts.length < 2 || parts.some((part) => part.text.includes('、'))) continue;
    // The first item may follow words opening the clause (该中队在…): its longest end that is a title led by a level, place or quote.
    const head = parts[0]!;
    let firstAt = -1;
    let first: Omit<Item, 'end'> | null = null;
    for (let i = 0; i < head.text.length - 1 && first === null; i++) {
      const words = head.text.slice(i);
      if ((i > 0 && !p.openingEnds.has(head.text[i - 1]!)) || p.openingEnds.has(words[0]!)) continue;
      if (!ANY_QUOTE.test(words[0]!) && !p.startsWithLevel.test(words)) continue;
      const item = cleanItem(words, p, 'kept');
      if (item && honorShaped(item, p, 'normal')) {
        first = item;
        firstAt = head.start + i;
      }
    }
    if (!first) continue;
    const rest = parts.slice(1).map((part) => cleanItem(part.text, p, 'kept'));
    // Later items need only end as a title does (荆楚十大爱民警察), the list being one of titles.
    if (rest.some((item) => !item || !(honorShaped(item, p, 'normal') || (!item.quoted && p.titleHead.test(item.title.replace(ALL_QUOTES, '')))))) continue;
    return { items: [first, ...(rest as Omit<Item, 'end'>[])], start: firstAt };
  }
  return null;
}

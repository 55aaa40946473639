// Pairs the people of a 分别 clause with its titles in order: 甲、乙分别荣获“A”和“B”称号 gives A to 甲 and B to 乙.
import type { HonorPatterns } from './patterns.js';
import type { HonorMatch } from './resolve.js';

const NAME_JOINS = /[、和]/u;

/**
 * Honors read with a list of names as their recipient (person:甲、乙) that share that list, as many as the names, in a
 * clause saying 分别: each name takes the title in its place. With more or fewer titles than names
 * (甲、乙等5人分别获得一等奖、二等奖) no pairing is sure, and the honors keep the whole list.
 */
export function pairInTurn(found: HonorMatch[], text: string, p: HonorPatterns): void {
  const byList = new Map<string, HonorMatch[]>();
  for (const h of found) {
    if (!h.recipientName || !h.recipient.startsWith('person:')) continue;
    const key = `${h.recipientName.start}:${h.recipientName.end}`;
    byList.set(key, [...(byList.get(key) ?? []), h]);
  }
  for (const group of byList.values()) {
    const list = group[0]!.recipientName!;
    const names = text.slice(list.start, list.end).split(NAME_JOINS);
    if (names.length < 2 || names.length !== group.length) continue;
    // Every title in the clause of 分别: 甲、乙分别荣获“A”称号,并被评为“B” gives both to both.
    const lastTitleEnd = Math.max(...group.map((h) => h.end));
    if (!p.inTurn.test(text.slice(list.end, lastTitleEnd).replace(/“[^”]*”/gu, ''))) continue;
    let at = list.start;
    const offsets = names.map((name) => {
      const start = at;
      at += name.length + 1;
      return { name, start };
    });
    [...group].sort((a, b) => a.end - b.end).forEach((h, i) => {
      const { name, start } = offsets[i]!;
      h.recipient = `person:${name}`;
      h.recipientName = { start, end: start + name.length };
    });
  }
}

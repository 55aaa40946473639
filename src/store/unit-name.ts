// Turns a unit's name as written into the key that matches it across years, and a record into its year.
import type { DocumentRecord } from '../model/document.js';

const CHINESE_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/**
 * The same unit however a year's report writes it: full-width forms folded (NFKC), spaces, punctuation and
 * bracketed remarks such as （盖章） dropped, and the party prefix 中共 that some years add left out.
 */
export function normalizeUnitName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\([^)]*\)|【[^】]*】|〔[^〕]*〕/gu, '')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .replace(/^中共/u, '');
}

/** The year a report covers: the last year its period names (2022—2023学年度 → 2023), else its title's. */
export function yearOf(record: Pick<DocumentRecord, 'period' | 'title'>): number | null {
  for (const text of [record.period?.text, record.title?.text]) {
    if (!text) continue;
    const arabic = text.replace(/[〇零一二三四五六七八九](?=[〇零一二三四五六七八九]{3})|(?<=[〇零一二三四五六七八九]{1,3})[〇零一二三四五六七八九]/gu, (c) => CHINESE_DIGITS[c]!);
    const years = [...arabic.matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/g)].map((m) => Number(m[1]));
    if (years.length > 0) return Math.max(...years);
  }
  return null;
}

// Reads rows of a table of honors (tab-separated cells) as honors: the title cell, the awarder cell and the year cell.
import type { HonorPatterns } from './patterns.js';
import type { Candidate } from './resolve.js';
import { cleanItem, honorShaped } from './titles.js';
import { YEAR } from './years.js';

/** A table header naming honors (荣誉名称	授予单位	时间). */
const HONOR_TABLE_HEADER = /荣誉|称号|奖项|表彰|获奖|奖励/u;
/** A cell naming a body: the awarder column of an honor table. */
const AWARDER_CELL = /(?:委|政府|局|厅|部|会|院|办|中心|公司|集团|总工会|团委|妇联|文明委)$/u;

/**
 * Rows of a table of honors (cells split by tabs, as tables come out of .docx and PDF layout): under a header that
 * names honors, or holding a year cell, a row's honor-shaped cell is the title, a body's cell the awarder and a year
 * cell the year. A table of figures (tables4's) has no honor-shaped cells and gives none.
 */
export function honorTableRows(text: string, p: HonorPatterns, add: (c: Candidate) => void): void {
  if (!text.includes('\t')) return;
  let underHeader = false;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const start = lineStart;
    lineStart += line.length + 1;
    if (!line.includes('\t')) {
      underHeader = false;
      continue;
    }
    const cells: { text: string; start: number }[] = [];
    for (let at = 0, i = 0; i <= line.length; i++) {
      if (i === line.length || line[i] === '\t') {
        const cell = line.slice(at, i);
        const lead = cell.length - cell.trimStart().length;
        if (cell.trim() !== '') cells.push({ text: cell.trim(), start: start + at + lead });
        at = i + 1;
      }
    }
    const items = cells.map((cell) => ({ cell, item: cell.text.length <= 40 ? cleanItem(cell.text, p, 'kept') : null }));
    const titleAt = items.findIndex(({ cell, item }) => item !== null && !YEAR_CELL.test(cell.text) && honorShaped(item, p, 'normal'));
    if (titleAt < 0) {
      if (cells.some((cell) => HONOR_TABLE_HEADER.test(cell.text))) underHeader = true;
      continue;
    }
    const yearCell = cells.find((cell) => YEAR_CELL.test(cell.text));
    const { cell, item } = items[titleAt]!;
    // Without a header about honors, a dated row needs honor words (2020年	市级重点项目	3个 is a plan).
    if (!underHeader && !(yearCell && p.honorWords.test(item!.title))) continue;
    const awarder = cells.find((other, i) => i !== titleAt && other.text.length <= 20 && AWARDER_CELL.test(other.text))?.text ?? null;
    const y = yearCell ? YEAR.exec(yearCell.text) ?? /^((?:19|20)\d{2})/u.exec(yearCell.text) : null;
    add({ start: cell.start, end: cell.start + cell.text.length, item: { ...item!, end: 0, year: item!.year ?? (y ? y[1]! : null) }, awarder: item!.awarder ?? awarder, verbStart: cell.start, heldBy: { recipient: p.personHead.test(item!.title) ? 'person' : 'unit', name: null } });
  }
}

/** A cell that is a date: 2019年, 2019年12月, 2019.12, 2019-12-01. */
export const YEAR_CELL = /^(?:19|20)\d{2}(?:年(?:度)?(?:\d{1,2}月(?:\d{1,2}日)?)?|[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?)?$/u;

// Turns positioned lines of a page (from a PDF text layer or from OCR) into paragraphs: drops repeated page
// headers, footers and page numbers, rejoins lines wrapped mid-sentence, keeps paragraph breaks.
import type { Block, PageInfo } from '../model/document.js';

/** A line of text on a page, in page units with y growing downwards from the top edge. */
export interface LayoutLine {
  text: string;
  x0: number;
  x1: number;
  /** Top of the line. */
  y: number;
  /** Font size or line height. */
  size: number;
}

export interface LayoutPage {
  width: number;
  height: number;
  lines: LayoutLine[];
}

export interface LayoutParagraph {
  text: string;
  page: number;
}

/** The text of record of laid-out paragraphs: one paragraph a line, a block each, and each page's span. */
export function textOfParagraphs(paragraphs: LayoutParagraph[], pageCount: number): { text: string; blocks: Block[]; pages: PageInfo[] } {
  const blocks: Block[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    blocks.push({ start: offset, end: offset + p.text.length, kind: p.text.includes('\t') ? 'table-row' : 'paragraph', page: p.page });
    parts.push(p.text);
    offset += p.text.length + 1;
  }
  const pages: PageInfo[] = [];
  let k = 0;
  for (let n = 1; n <= pageCount; n++) {
    const first = k;
    while (k < blocks.length && blocks[k]!.page === n) k++;
    pages.push({ page: n, ocr: false, start: blocks[first]?.start ?? offset, end: k > first ? blocks[k - 1]!.end : offset });
  }
  return { text: parts.join('\n'), blocks, pages };
}

const PAGE_NUMBER = /^(?:[-—–_·\s]*\d{1,4}[-—–_·\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?|共\s*\d+\s*页\s*第\s*\d+\s*页)$/i;
const HEADING_START = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．](?!\d)|[(（]\d{1,2}[)）]|[⒈-⒛㈠-㈩⑴-⒇①-⑳]|第[一二三四五六七八九十]{1,3}[章节部分篇条])/;
const SENTENCE_END = /[。！？!?；;：:”」』]$/;
const LATIN_END = /[A-Za-z0-9]$/;
const LATIN_START = /^[A-Za-z0-9]/;

const masked = (text: string) => text.replace(/\s+/g, '').replace(/\d+/g, '#');

/** Lines in the top or bottom band of a page that repeat on at least half the pages, or look like page numbers. */
function furniture(pages: LayoutPage[]): Set<LayoutLine> {
  const band = (page: LayoutPage, line: LayoutLine) => line.y < page.height * 0.1 || line.y + line.size > page.height * 0.9;
  const counts = new Map<string, number>();
  for (const page of pages) {
    const seen = new Set<string>();
    for (const line of page.lines) if (band(page, line)) seen.add(masked(line.text));
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeatThreshold = Math.max(2, Math.ceil(pages.length / 2));
  const out = new Set<LayoutLine>();
  for (const page of pages) {
    for (const line of page.lines) {
      if (!band(page, line)) continue;
      const key = masked(line.text);
      if (PAGE_NUMBER.test(line.text.trim()) || (pages.length >= 2 && (counts.get(key) ?? 0) >= repeatThreshold)) out.add(line);
    }
  }
  return out;
}

function joinLines(previous: string, next: string): string {
  return LATIN_END.test(previous) && LATIN_START.test(next) && /[A-Za-z]/.test(previous.slice(-1) + next[0]) ? `${previous} ${next}` : previous + next;
}

/** Paragraphs of all pages in reading order; a paragraph that runs on over a page break is joined. */
export function paragraphsFromLayout(pages: LayoutPage[]): LayoutParagraph[] {
  const drop = furniture(pages);
  const out: LayoutParagraph[] = [];
  let open: { paragraph: LayoutParagraph; lastLine: LayoutLine; right: number } | undefined;
  pages.forEach((page, index) => {
    const lines = page.lines.filter((line) => !drop.has(line) && line.text.trim() !== '');
    if (lines.length === 0) return;
    const left = Math.min(...lines.map((l) => l.x0));
    const right = Math.max(...lines.map((l) => l.x1));
    let previous: LayoutLine | undefined;
    for (const line of lines) {
      const text = line.text.trim();
      const indented = line.x0 - left > line.size * 1.2;
      const startsNew = (() => {
        // A table row (cells parted by tabs) is a line of its own, never joined to the next or the previous.
        if (!open || HEADING_START.test(text) || indented || text.includes('\t') || open.paragraph.text.includes('\t')) return true;
        const last = open.lastLine;
        const shortLast = open.right - last.x1 > last.size * 1.5;
        if (shortLast) return true;
        if (previous) {
          const gap = line.y - (previous.y + previous.size);
          if (gap > previous.size * 1.2 || line.y < previous.y) return true;
          if (Math.abs(line.size - previous.size) > previous.size * 0.2) return true;
        } else if (SENTENCE_END.test(open.paragraph.text)) {
          // First line of a page continues the last paragraph only when that one stopped mid-sentence.
          return true;
        }
        return false;
      })();
      if (startsNew) {
        const paragraph = { text, page: index + 1 };
        out.push(paragraph);
        open = { paragraph, lastLine: line, right };
      } else {
        open!.paragraph.text = joinLines(open!.paragraph.text, text);
        open!.lastLine = line;
        open!.right = right;
      }
      previous = line;
    }
  });
  return out;
}

// Reads HTML pages (template-site copies, Word's "web page" .doc files) into text: scripts, styles and page
// chrome dropped, block elements as lines, table cells separated by tabs.
import type { Extraction } from '../model/document.js';
import { decodeText } from './encoding.js';
import { assertReadableText, lineBlocks } from './text-lines.js';

const BLOCK = /<\/?(?:p|div|br|li|ul|ol|tr|table|thead|tbody|h[1-6]|section|article|blockquote|pre|dd|dt|dl|hr|title|form|center)\b[^>]*>/gi;
const CELL = /<\/t[dh]\s*>\s*(?=<t[dh]\b)/gi;
const CELL_CLOSE = /<\/t[dh]\s*>/gi;
/** The tags that place a cell: a table (new columns), a row (back to the first column), a cell. */
const CELL_PLACING = /<(?:(t[dh])|(tr)|(table))\b[^>]*>/gi;
/** A larger colspan or rowspan is damage, not layout (HTML caps them at 1000 and 65534; no report table is that big). */
const MAX_SPAN = 63;

const spanOf = (tag: string, name: string) => Math.min(MAX_SPAN, Math.max(1, Number(new RegExp(String.raw`\b${name}\s*=\s*["']?(\d+)`, 'i').exec(tag)?.[1] ?? 1)));

/**
 * Each table cell on one line with single spaces (a tab or a line break inside a cell would part it), whatever
 * breaks its source holds (<td>\n 12\n</td>, <td><p>…</p><p>…</p></td>); a cell spanning columns followed by as
 * many empty cells, and an empty cell where a cell above spans down into the row (rowspan), so that every row
 * keeps its numbers under its headers. Cells are found by one forward scan; an unclosed cell ends the scan.
 */
function flattenCells(html: string): string {
  const parts: string[] = [];
  let copied = 0;
  // For each column, how many more rows a cell above still covers.
  let covered: number[] = [];
  let column = 0;
  CELL_PLACING.lastIndex = 0;
  for (let tag = CELL_PLACING.exec(html); tag; tag = CELL_PLACING.exec(html)) {
    if (!tag[1]) {
      // A new row (or table): columns the last row did not reach are covered one row less.
      for (let c = column; c < covered.length; c++) if (covered[c]! > 0) covered[c]!--;
      if (tag[3]) covered = [];
      column = 0;
      continue;
    }
    CELL_CLOSE.lastIndex = tag.index + tag[0].length;
    const close = CELL_CLOSE.exec(html);
    if (!close) break;
    let before = '';
    while ((covered[column] ?? 0) > 0) {
      covered[column]!--;
      column++;
      before += '<td></td>';
    }
    const columns = spanOf(tag[0], 'colspan');
    const rows = spanOf(tag[0], 'rowspan');
    for (let c = column; c < column + columns; c++) covered[c] = rows - 1;
    column += columns;
    const content = html.slice(tag.index + tag[0].length, close.index).replace(BLOCK, ' ').replace(/\s+/g, ' ').trim();
    parts.push(html.slice(copied, tag.index), before, tag[0], content, '\t'.repeat(columns - 1));
    copied = close.index;
    CELL_PLACING.lastIndex = close.index;
  }
  parts.push(html.slice(copied));
  return parts.join('');
}

const NAMED: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', hellip: '…', middot: '·', times: '×', ensp: ' ', emsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

function declaredCharset(bytes: Buffer): string | null {
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(bytes.subarray(0, 4096).toString('latin1'));
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * `transform` applied to the text up to its last `last`, the rest kept as it is: for patterns whose every match
 * ends with `last`. The rest cannot hold a match, and leaving it out keeps a pattern that fails only after
 * scanning to the end (an unclosed `<!--`, a `<` with no `>`) from scanning once per attempt: quadratic.
 */
function upToLast(text: string, last: string, transform: (head: string) => string): string {
  const at = text.lastIndexOf(last);
  if (at < 0) return text;
  const end = at + last.length;
  return transform(text.slice(0, end)) + text.slice(end);
}

const OPENING_DROPPED = /<(script|style|noscript|template|head|nav|header|footer|aside|iframe|svg|select|button)\b[^>]*>/gi;

/**
 * Replaces each dropped element (script, style, page chrome) and its content with a line break, as the pattern
 * `<(script|…)\b[^>]*>[\s\S]*?<\/\1\s*>` would, in linear time: an element whose closing tag never comes is
 * searched for once, and later openings of it are skipped (no closing tag comes after them either).
 */
function dropElements(html: string): string {
  const unclosed = new Set<string>();
  const parts: string[] = [];
  let copied = 0;
  OPENING_DROPPED.lastIndex = 0;
  for (let open = OPENING_DROPPED.exec(html); open; open = OPENING_DROPPED.exec(html)) {
    const name = open[1]!.toLowerCase();
    if (!unclosed.has(name)) {
      const closing = new RegExp(`<\\/${name}\\s*>`, 'gi');
      closing.lastIndex = open.index + open[0].length;
      const close = closing.exec(html);
      if (close) {
        parts.push(html.slice(copied, open.index), '\n');
        copied = close.index + close[0].length;
        OPENING_DROPPED.lastIndex = copied;
        continue;
      }
      unclosed.add(name);
    }
    OPENING_DROPPED.lastIndex = open.index + 1;
  }
  parts.push(html.slice(copied));
  return parts.join('');
}

/** The page without comments, dropped elements and tags: block tags as line breaks, table cells as tabs. */
export function stripTags(html: string): string {
  const withoutComments = upToLast(html, '-->', (head) => head.replace(/<!--[\s\S]*?-->/g, ''));
  const cells = flattenCells(upToLast(withoutComments, '>', dropElements)).replace(CELL, '\t');
  return upToLast(upToLast(cells, '>', (head) => head.replace(BLOCK, '\n')), '>', (head) => head.replace(/<[^>]+>/g, ''));
}

export function htmlToText(html: string): string {
  const stripped = stripTags(html);
  return decodeEntities(stripped)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+$/g, '').replace(/^[ \u00a0]+/, ''))
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

export function readHtml(bytes: Buffer, path: string): Extraction {
  const charset = declaredCharset(bytes);
  let html: string;
  let encoding: string;
  let warnings: string[] = [];
  if (charset && /^(gb2312|gbk|gb18030|big5|utf-8)$/.test(charset) && charset !== 'utf-8') {
    // Pages that declare GB2312 or GBK are decoded as GB18030, the superset, so four-byte characters survive.
    encoding = charset === 'big5' ? 'big5' : 'gb18030';
    html = new TextDecoder(encoding).decode(bytes);
  } else {
    const decoded = decodeText(bytes, path);
    html = decoded.text;
    encoding = decoded.encoding;
    warnings = decoded.warnings ?? [];
  }
  const text = htmlToText(html);
  assertReadableText(text, path);
  return { format: 'html', text, blocks: lineBlocks(text), encoding, ocr: false, warnings };
}

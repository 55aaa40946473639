// Reads HTML pages (template-site copies, Word's "web page" .doc files) into text: scripts, styles and page
// chrome dropped, block elements as lines, table cells separated by tabs.
import type { Extraction } from '../model/document.js';
import { decodeText } from './encoding.js';
import { assertReadableText, lineBlocks } from './text-lines.js';

const BLOCK = /<\/?(?:p|div|br|li|ul|ol|tr|table|thead|tbody|h[1-6]|section|article|blockquote|pre|dd|dt|dl|hr|title|form|center)\b[^>]*>/gi;
const CELL = /<\/t[dh]\s*>\s*(?=<t[dh]\b)/gi;
const CELL_OPEN = /<t[dh]\b[^>]*>/gi;
const CELL_CLOSE = /<\/t[dh]\s*>/gi;
/** A larger colspan is damage, not layout (HTML caps it at 1000; no report table is that wide). */
const MAX_COLSPAN = 63;

/**
 * Each table cell on one line with single spaces (a tab or a line break inside a cell would part it), whatever
 * breaks its source holds (<td>\n 12\n</td>, <td><p>…</p><p>…</p></td>),
 * and a cell spanning columns followed by as many empty cells, so that every row keeps its numbers under its
 * headers. Cells are found by one forward scan; an unclosed cell ends the scan.
 */
function flattenCells(html: string): string {
  const parts: string[] = [];
  let copied = 0;
  CELL_OPEN.lastIndex = 0;
  for (let open = CELL_OPEN.exec(html); open; open = CELL_OPEN.exec(html)) {
    CELL_CLOSE.lastIndex = open.index + open[0].length;
    const close = CELL_CLOSE.exec(html);
    if (!close) break;
    const span = Math.min(MAX_COLSPAN, Math.max(1, Number(/\bcolspan\s*=\s*["']?(\d+)/i.exec(open[0])?.[1] ?? 1)));
    const content = html.slice(open.index + open[0].length, close.index).replace(BLOCK, ' ').replace(/\s+/g, ' ').trim();
    parts.push(html.slice(copied, open.index + open[0].length), content, '\t'.repeat(span - 1));
    copied = close.index;
    CELL_OPEN.lastIndex = close.index;
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

// Reads HTML pages (template-site copies, Word's "web page" .doc files) into text: scripts, styles and page
// chrome dropped, block elements as lines, table cells separated by tabs.
import type { Extraction } from '../model/document.js';
import { decodeText } from './encoding.js';
import { assertReadableText, lineBlocks } from './text-lines.js';

const DROPPED = /<(script|style|noscript|template|head|nav|header|footer|aside|iframe|svg|select|button)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const BLOCK = /<\/?(?:p|div|br|li|ul|ol|tr|table|thead|tbody|h[1-6]|section|article|blockquote|pre|dd|dt|dl|hr|title|form|center)\b[^>]*>/gi;
const CELL = /<\/t[dh]\s*>\s*(?=<t[dh]\b)/gi;

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

export function htmlToText(html: string): string {
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(DROPPED, '\n')
    .replace(CELL, '\t')
    .replace(BLOCK, '\n')
    .replace(/<[^>]+>/g, '');
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

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripTags } from '../../src/ingest/html.js';

// The tag stripping as plain regular expressions: the same result, in time quadratic in the page size.
function reference(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template|head|nav|header|footer|aside|iframe|svg|select|button)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '\n')
    .replace(/(<t[dh]\b[^>]*>)([\s\S]*?)(?=<\/t[dh]\s*>)/gi, (_, open: string, content: string) => open + content.replace(/<\/?(?:p|div|br|li|ul|ol|tr|table|thead|tbody|h[1-6]|section|article|blockquote|pre|dd|dt|dl|hr|title|form|center)\b[^>]*>/gi, ' ').replace(/\s+/g, ' ').trim() + '\t'.repeat(Math.min(63, Math.max(1, Number(/\bcolspan\s*=\s*["']?(\d+)/i.exec(open)?.[1] ?? 1))) - 1))
    .replace(/<\/t[dh]\s*>\s*(?=<t[dh]\b)/gi, '\t')
    .replace(/<\/?(?:p|div|br|li|ul|ol|tr|table|thead|tbody|h[1-6]|section|article|blockquote|pre|dd|dt|dl|hr|title|form|center)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '');
}

const FRAGMENTS = ['<!--', '-->', '<', '>', '<script>', '</script>', '<SCRIPT a="1">', '</script >', '<style>', '</style>', '<header>', '<head>', '</head>', '</header>', '<p>', '</p>', '<td>', '</td>', '<th>', '<td colspan="3">', '<tr>', ' ', '\n', '正文', '创建', 'x', '&amp;'];

describe('stripTags', () => {
  it('strips tags, comments and dropped elements as the plain regular expressions do', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }), (parts) => {
        const html = parts.join('');
        expect(stripTags(html)).toBe(reference(html));
      }),
      { numRuns: 2000 },
    );
  });
});

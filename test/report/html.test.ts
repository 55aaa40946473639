import { describe, expect, it } from 'vitest';
import { escapeHtml, html, jsonBlock, pageName, raw } from '../../src/report/html.js';

describe('html template', () => {
  it('escapes every interpolated value, in text and in quoted attributes', () => {
    const evil = `"><script>alert('x')</script>&`;
    expect(html`<td title="${evil}">${evil}</td>`.value).toBe(
      '<td title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</td>',
    );
  });

  it('keeps markup it made, joins arrays and drops null, undefined and false', () => {
    const items = ['<a>', 'b'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}${null}${undefined}${false}${0}</ul>`.value).toBe('<ul><li>&lt;a&gt;</li><li>b</li>0</ul>');
    expect(html`${raw('<br>')}`.value).toBe('<br>');
    expect(escapeHtml(null)).toBe('');
  });

  it('embeds JSON that no string can close or comment out', () => {
    const data = { t: '</script><script>alert(1)</script><!--', u: '\u2028' };
    const block = jsonBlock('rows', data).value;
    expect(block.match(/<\/script>/g)).toHaveLength(1);
    expect(block).not.toContain('<!--');
    const json = block.slice(block.indexOf('>') + 1, block.lastIndexOf('</script>'));
    expect(JSON.parse(json)).toEqual(data);
  });

  it('makes page names that are safe in a path and a URL', () => {
    expect(pageName('85244d263b09bc74')).toBe('85244d263b09bc74');
    for (const id of ['../../etc/passwd', '"><script>', 'a b', '', 'x'.repeat(80), 'javascript:alert(1)']) {
      expect(pageName(id)).toMatch(/^x[0-9a-f]{16}$/);
    }
    expect(pageName('../a')).not.toBe(pageName('../b'));
  });
});

import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/index.js';
import { expandDeltas } from '../../src/ingest/ofd.js';

const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';

async function ofdOf(pageBodies: string[], extra: Record<string, string> = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('OFD.xml', `<ofd:OFD ${NS}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`);
  const refs = pageBodies.map((_, i) => `<ofd:Page ID="${i + 1}" BaseLoc="Pages/Page_${i}/Content.xml"/>`).join('');
  zip.file('Doc_0/Document.xml', `<ofd:Document ${NS}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages>${refs}</ofd:Pages></ofd:Document>`);
  pageBodies.forEach((body, i) => zip.file(`Doc_0/Pages/Page_${i}/Content.xml`, `<ofd:Page ${NS}><ofd:Content><ofd:Layer ID="1">${body}</ofd:Layer></ofd:Content></ofd:Page>`));
  for (const [name, content] of Object.entries(extra)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer' });
}

const text = (x: number, y: number, s: string, attrs = '') =>
  `<ofd:TextObject ID="9" Boundary="${x} ${y} 150 5" Size="4"${attrs}><ofd:TextCode X="0" Y="3.5" DeltaX="g ${[...s].length - 1} 4">${s}</ofd:TextCode></ofd:TextObject>`;

describe('OFD', () => {
  it.each([
    ['g 3 4', [4, 4, 4]],
    ['1 g 2 3.5 2', [1, 3.5, 3.5, 2]],
    ['', []],
  ])('expands DeltaX %s', (value, out) => {
    expect(expandDeltas(value)).toEqual(out);
  });

  it('reads text objects by position, not by their order in the file, and sniffs OFD by content', async () => {
    const body = text(20, 40, '第二行的文字。') + text(20, 30, '第一行的文字。') + text(60, 30, '同一行右边。');
    const extraction = await extract(await ofdOf([body]), 'report.zip');
    expect(extraction.format).toBe('ofd');
    expect(extraction.text).toBe('第一行的文字。同一行右边。\n第二行的文字。');
  });

  it('joins a paragraph wrapped over lines and keeps page numbers and spans per page', async () => {
    const line = '这是一段很长的正文文字，需要折行显示，'.repeat(2);
    const page1 = text(25, 30, line) + text(17, 37, '接着上一行继续写完。') + text(100, 285, '- 1 -');
    const page2 = text(25, 30, '第二页的新段落。') + text(100, 285, '- 2 -');
    const extraction = await extract(await ofdOf([page1, page2]), 'two-pages.ofd');
    expect(extraction.text).toBe(`${line}接着上一行继续写完。\n第二页的新段落。`);
    expect(extraction.pages!.map((p) => [p.page, extraction.text.slice(p.start, p.end)])).toEqual([
      [1, `${line}接着上一行继续写完。`],
      [2, '第二页的新段落。'],
    ]);
  });

  it('fails a package with a damaged page with E_CORRUPT', async () => {
    const bytes = await ofdOf(['<ofd:TextObject']);
    await expect(extract(bytes, 'bad.ofd')).rejects.toMatchObject({ code: 'E_CORRUPT' });
  });
});

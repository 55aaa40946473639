import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/index.js';
import { sniff } from '../../src/ingest/sniff.js';

const sample = (name: string) => readFileSync(new URL(`../../corpus/samples/${name}`, import.meta.url));

describe('sniff', () => {
  it('reads a .doc renamed .docx by its content', async () => {
    const extraction = await extract(sample('06-power-supply.doc'), 'renamed.docx');
    expect(extraction.format).toBe('doc');
    expect(extraction.text).toContain('青原供电公司');
  });

  it('reads a .docx renamed .doc by its content', async () => {
    expect((await sniff(sample('01-tax-bureau.docx'), 'renamed.doc')).format).toBe('docx');
  });

  it('reads a Word "web page" saved as .doc as HTML', async () => {
    const html = Buffer.from('<html><body><p>一、加强组织领导</p><p>全年开展志愿服务活动42次。</p></body></html>');
    const extraction = await extract(html, 'report.doc');
    expect(extraction.format).toBe('html');
    expect(extraction.text).toBe('一、加强组织领导\n全年开展志愿服务活动42次。');
  });

  it.each([
    [Buffer.from('\x89PNG\r\n\x1a\n0000', 'latin1'), 'scan.pdf', 'E_CORRUPT'],
    [Buffer.from('{\\rtf1\\ansi hello}'), 'a.doc', 'E_UNSUPPORTED'],
    [Buffer.from('just some bytes that are not a pdf'), 'a.pdf', 'E_CORRUPT'],
    [Buffer.from('PK\x03\x04garbage', 'latin1'), 'a.docx', 'E_CORRUPT'],
    [Buffer.alloc(0), 'a.txt', 'E_EMPTY'],
  ])('%#: %s fails with %s', async (bytes, name, code) => {
    await expect(extract(bytes, name)).rejects.toMatchObject({ code });
  });

  it('fails a whitespace-only text file as empty', async () => {
    await expect(extract(Buffer.from('  \r\n\t \n'), 'blank.txt')).rejects.toMatchObject({ code: 'E_EMPTY' });
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeReport } from '../../src/report/index.js';
import { escapeHtml } from '../../src/report/html.js';
import { CONTENT_SECURITY_POLICY } from '../../src/report/page.js';
import { reuseFixture, TEMPLATE_SENTENCE, xssFixture } from './fixture.js';

const OUR_TAGS = 'html head meta title link script body nav a main section h1 h2 h3 p small span b i q div dl dt dd ul ol li table thead tbody tr th td button input select option label details summary aside header noscript svg g rect text line code br'.split(' ');

/** The start tags of a page with their attributes; quoted values may hold anything but their quote. */
function tagsOf(markup: string): { name: string; attributes: [string, string][] }[] {
  const tags: { name: string; attributes: [string, string][] }[] = [];
  for (const m of markup.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>"']+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const attributes = [...m[2]!.matchAll(/\s([^\s=>"']+)(?:="([^"]*)")?/g)].map((a) => [a[1]!, a[2] ?? ''] as [string, string]);
    tags.push({ name: m[1]!.toLowerCase(), attributes });
  }
  return tags;
}

const read = (dir: string, path: string) => readFileSync(join(dir, 'report', path), 'utf8');

function rowsOf(index: string): Record<string, unknown>[] {
  const m = /<script type="application\/json" id="rows">([\s\S]*?)<\/script>/.exec(index)!;
  return JSON.parse(m[1]!) as Record<string, unknown>[];
}

describe('writeReport', () => {
  it('writes the overview, one page per document, per reuse pair and per unit history', async () => {
    const { dir } = reuseFixture();
    const result = await writeReport(dir, { generatedAt: new Date('2026-01-01T00:00:00Z') });
    expect(result).toMatchObject({ documents: 3, pairs: 3, units: 1 });
    expect(readdirSync(join(dir, 'report')).sort()).toEqual(['assets', 'd', 'index.html', 'p', 'u']);
    expect(readdirSync(join(dir, 'report/p')).sort()).toEqual(['aaaa000000000001-1.html', 'aaaa000000000001-2.html', 'bbbb000000000002-1.html']);
    const index = read(dir, 'index.html');
    expect(index).toContain(`content="${escapeHtml(CONTENT_SECURITY_POLICY)}"`);
    expect(rowsOf(index).map((r) => [r.p, r.s, r.r, r.m, r.ph, r.f])).toEqual([
      ['a/东川市税务局.docx', 'ok', 0.42, 1, 0, 5],
      ['b/西河区人民医院.docx', 'ok', 0.4, 1, 1, 2],
      ['c/broken.pdf', 'E_CORRUPT', null, 0, 0, 0],
    ]);
    expect(index).toContain('damaged PDF: ask the unit to send it again');
    expect(index).toContain('<svg class="chart"');
  });

  it('links a document to its pair pages and its unit history, and lists copied figures', async () => {
    const { dir } = reuseFixture();
    await writeReport(dir);
    const page = read(dir, 'd/aaaa000000000001.html');
    expect(page).toContain('href="../p/aaaa000000000001-1.html"');
    expect(page).toContain('href="../u/');
    expect(page).toContain('复制段落内，来源原文为“志愿者达到320人次”');
    const pair = read(dir, 'p/aaaa000000000001-1.html');
    // The unit's word was swapped (局/院) and a number changed (56/48): both sides show the edit.
    expect(pair).toMatch(/<span class="h ed" data-a="\d+">局<\/span>/);
    expect(pair).toMatch(/<span class="h ed" data-a="\d+">院<\/span>/);
    expect(pair).toContain('复制段落内的数据');
    expect(pair).toContain(TEMPLATE_SENTENCE.slice(0, 5));
    const unit = read(dir, readdirSync(join(dir, 'report/u')).map((f) => `u/${f}`)[0]!);
    expect(unit).toContain('满意度连续三年完全相同');
    expect(unit).toContain('title="satisfaction 99.2% in 2021, 2022 and 2023 alike"');
    expect(unit).toContain('href="../d/aaaa000000000001.html"');
  });

  it('replaces the previous report whole', async () => {
    const { dir } = reuseFixture();
    await writeReport(dir);
    await writeReport(dir);
    expect(readdirSync(dir).filter((f) => f.startsWith('report'))).toEqual(['report']);
    expect(existsSync(join(dir, 'report/index.html'))).toBe(true);
  });

  it('rebuilds from an output folder with `wenshen report --out`, and says what to do without one', async () => {
    const { reportCommand } = await import('../../src/report/command.js');
    const { dir } = reuseFixture();
    await expect(reportCommand(['--out', join(dir, 'nowhere')])).rejects.toThrow(/no documents\.jsonl in .*nowhere: run `wenshen analyze/);
    await expect(reportCommand([])).rejects.toThrow('missing --out <dir>');
    const write = process.stdout.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    try {
      expect(await reportCommand(['--out', dir])).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    expect(existsSync(join(dir, 'report/d/bbbb000000000002.html'))).toBe(true);
  });

  it('escapes every piece of text and file name', async () => {
    const { dir } = xssFixture();
    await writeReport(dir);
    const pages = ['index.html', ...['d', 'p', 'u'].flatMap((f) => readdirSync(join(dir, 'report', f)).map((p) => `${f}/${p}`))];
    expect(pages.length).toBe(4);
    for (const path of pages) {
      const markup = read(dir, path);
      // Every tag is one the report makes: no image, no event handler, no javascript: URL, no script but its own.
      const tags = tagsOf(markup);
      // Every `<` followed by a letter is a whole tag in this form (an unquoted value would not be).
      expect(tags.length).toBe(markup.match(/<[a-zA-Z]/g)!.length);
      for (const tag of tags) {
        expect(OUR_TAGS).toContain(tag.name);
        expect(tag.attributes.filter(([name]) => /^on/i.test(name))).toEqual([]);
        expect(tag.attributes.filter(([name, value]) => (name === 'href' || name === 'src') && !/^(\.\.\/)?([dpu]\/[\w-]+\.html|assets\/report\.(js|css)|index\.html|#a\d+)$/.test(value))).toEqual([]);
        if (tag.name === 'script') expect(tag.attributes.some(([name, value]) => (name === 'type' && value === 'application/json') || name === 'src')).toBe(true);
      }
      expect(markup).not.toMatch(/<img\b/i);
    }
    expect(readdirSync(join(dir, 'report/u'))[0]).toMatch(/^x[0-9a-f]{16}\.html$/);
  });
});

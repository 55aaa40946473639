// The report as a reviewer uses it, in Debian's chromium driven by playwright-core: the overview of
// corpus/samples against documents.jsonl, sorting and filtering, a document's findings jumping to their exact
// spans, a side-by-side reuse view, a unit's history, printing, and a report of hostile text that runs nothing.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../src/report/index.js';
import { writeReport } from '../../src/report/index.js';
import { reuseFixture, xssFixture, type Fixture } from './fixture.js';

const CHROMIUM = process.env.WENSHEN_CHROMIUM ?? '/usr/bin/chromium';
const ROOT = new URL('../../', import.meta.url).pathname;
const SCREENSHOTS = join(ROOT, '.tmp', 'report-screenshots');
const available = existsSync(CHROMIUM);
const inCi = process.env.CI === 'true';
if (!available && !inCi) console.warn(`browser tests skipped: no ${CHROMIUM}; install it with \`sudo apt-get install -y chromium\``);

const run = promisify(execFile);
const fileUrl = (path: string) => pathToFileURL(path).href;

function readRecords(out: string): ReportDocument[] {
  return readFileSync(join(out, 'documents.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ReportDocument);
}

/** What the page did that it should not: dialogs, console errors, script errors, requests leaving the report. */
function watch(page: Page) {
  const trouble: string[] = [];
  page.on('dialog', (d) => {
    trouble.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') trouble.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => trouble.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) trouble.push(`request: ${r.url()}`);
  });
  return trouble;
}

/** The text of the highlighted pieces, in order. */
const activeText = (page: Page) => page.$$eval('.text .h.active', (els) => els.map((e) => e.textContent).join(''));

describe.skipIf(!available && !inCi)('report in a browser', () => {
  let context: BrowserContext;
  let samples: string;
  let records: ReportDocument[];
  let reuse: Fixture;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    samples = mkdtempSync(join(tmpdir(), 'wenshen-report-samples-'));
    // Without OCR the scanned sample fails: the overview then shows a failed document too.
    await run(process.execPath, [join(ROOT, 'bin/wenshen.js'), 'analyze', join(ROOT, 'corpus/samples'), '--out', samples, '--no-ocr', '--log', 'none'], { cwd: ROOT }).catch((e: { code?: number }) => {
      if (e.code !== 3) throw e;
    });
    records = readRecords(samples);
    reuse = reuseFixture();
    await writeReport(reuse.dir);
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'wenshen-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1400, height: 900 },
    });
  }, 240_000);

  afterAll(async () => {
    await context?.close();
  });

  it('shows the run: overview counts as in documents.jsonl, and the table sorts, filters and pages', async () => {
    const page = await context.newPage();
    const trouble = watch(page);
    await page.goto(fileUrl(join(samples, 'report/index.html')));
    const card = (filter: string) => page.textContent(`.card[data-filter="${filter}"] b`);
    const ok = records.filter((r) => r.status === 'ok');
    expect(records.some((r) => r.status === 'failed')).toBe(true);
    expect(await card('all')).toBe(String(ok.length));
    expect(await card('failed')).toBe(String(records.length - ok.length));
    expect(await card('missing')).toBe(String(records.filter((r) => r.checklist.some((c) => c.level === 'R' && c.status === 'missing')).length));
    expect(await card('placeholders')).toBe(String(records.filter((r) => r.placeholders.length > 0).length));
    expect(await page.textContent('table.failed')).toContain(records.find((r) => r.status === 'failed')!.error!.code);
    expect(await page.$$eval('#docs tbody tr', (rows) => rows.length)).toBe(records.length);
    await page.screenshot({ path: join(SCREENSHOTS, 'overview.png'), fullPage: true });

    const figureCounts = () => page.$$eval('#docs tbody tr', (rows) => rows.map((r) => Number(r.children[6]!.textContent)));
    await page.click('#docs th[data-key="f"] button');
    expect(await page.getAttribute('#docs th[data-key="f"]', 'aria-sort')).toBe('descending');
    const descending = await figureCounts();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect(descending[0]).toBe(Math.max(...records.map((r) => r.figures.length)));
    await page.click('#docs th[data-key="f"] button');
    const ascending = await figureCounts();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page.screenshot({ path: join(SCREENSHOTS, 'overview-sorted.png') });

    const unit = ok.find((r) => r.unit)!.unit!.text;
    await page.fill('#q', unit);
    const matching = records.filter((r) => r.unit?.text === unit || r.title?.text.includes(unit) || r.path.includes(unit)).map((r) => r.unit?.text ?? '—');
    // The filter waits for typing to pause.
    await page.waitForFunction((n) => document.querySelectorAll('#docs tbody tr').length === n, matching.length);
    expect(await page.$$eval('#docs tbody tr', (rows) => rows.map((r) => r.children[0]!.textContent))).toEqual(matching);
    await page.fill('#q', '');
    await page.click('.card[data-filter="placeholders"]');
    expect(await page.$$eval('#docs tbody tr', (rows) => rows.length)).toBe(records.filter((r) => r.placeholders.length > 0).length);
    expect(trouble).toEqual([]);
  });

  it('opens a document from the table; a finding, a figure and a checklist item jump to their exact spans', async () => {
    const page = await context.newPage();
    const trouble = watch(page);
    await page.goto(fileUrl(join(samples, 'report/index.html')));
    await page.click('.card[data-filter="placeholders"]');
    await page.click('#docs tbody tr:first-child td.title a');
    const path = await page.textContent('dd.path');
    const record = records.find((r) => r.path === path)!;
    const text = readFileSync(join(samples, 'texts', `${record.id}.txt`), 'utf8');
    expect(record.placeholders.length).toBeGreaterThan(0);

    const placeholders = await page.$$('.panel a.item.k-placeholder');
    expect(placeholders).toHaveLength(record.placeholders.length);
    const last = record.placeholders.length - 1;
    await placeholders[last]!.click();
    const p = record.placeholders[last]!;
    expect(await activeText(page)).toBe(p.text);
    expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(await page.$eval('.text .h.active', (el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; })).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'document-placeholder.png') });

    // A figure's group is folded: clicking its heading opens it, the entry jumps to the figure's words.
    const figure = record.figures.find((f) => f.end > f.start)!;
    await page.click(`.panel details:has(a.item.fig-${figure.category}) > summary`);
    await page.click(`.panel a.item.fig-${figure.category} >> nth=0`);
    expect(await activeText(page)).toBe(figure.text);
    expect(page.url()).toMatch(/#a\d+$/);

    const evidence = record.checklist.find((c) => c.status !== 'missing' && c.text)!;
    await page.click(`ul.checklist a[title="${evidence.text!.replace(/"/g, '\\"')}"] >> nth=0`);
    expect(await activeText(page)).toBe(evidence.text);

    // The link survives a reload: the page opens on the highlighted span.
    await page.reload();
    expect(await activeText(page)).toBe(evidence.text);
    await page.screenshot({ path: join(SCREENSHOTS, 'document-top.png') });
    expect(trouble).toEqual([]);
  });

  it('prints a document as a one-page summary', async () => {
    const page = await context.newPage();
    const record = records.find((r) => r.status === 'ok' && r.figures.length > 20)!;
    await page.goto(fileUrl(join(samples, 'report/d', `${record.id}.html`)));
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(SCREENSHOTS, 'document-print.png'), fullPage: true });
  });

  it('shows a reuse pair side by side with the edits inside copied passages, and a unit history', async () => {
    const page = await context.newPage();
    const trouble = watch(page);
    await page.goto(fileUrl(join(reuse.dir, 'report/index.html')));
    expect(await page.textContent('.card[data-filter="reuse"] b')).toBe('2');
    await page.click('#docs tbody tr:first-child td.title a');
    await page.click('ul.sources a >> nth=0');
    const a = reuse.documents[0]!;
    const fromB = a.reuse!.passages.filter((p) => p.source.kind === 'batch');
    expect(await page.$$eval('.row.shared', (rows) => rows.length)).toBe(fromB.length);
    const left = await page.$$eval('.row.shared .cell:first-child .passage', (els) => els.map((e) => e.textContent));
    const right = await page.$$eval('.row.shared .cell:last-child .passage', (els) => els.map((e) => e.textContent));
    expect(left).toEqual(fromB.map((p) => p.text));
    expect(right).toEqual(fromB.map((p) => p.source.text));
    expect(await page.$$eval('.row.shared .cell:first-child .h.ed', (els) => els.map((e) => e.textContent))).toEqual(['局', '局', '56']);
    expect(await page.$$eval('.row.shared .cell:last-child .h.ed', (els) => els.map((e) => e.textContent))).toEqual(['院', '院', '48']);
    expect(await page.$$eval('ul.copied-figures .fig.copied', (els) => els.map((e) => e.textContent))).toEqual(['志愿服务活动56次', '志愿者达到320人次']);
    // Inside the passage the figure is cut where an edit starts, its pieces together are its words.
    expect(await page.$$eval('.row.shared .passage .fig.copied', (els) => els.map((e) => e.textContent).join(''))).toBe('志愿服务活动56次志愿者达到320人次');
    await page.screenshot({ path: join(SCREENSHOTS, 'pair.png'), fullPage: true });

    // A template source is shown whole: its title, outside the copied passage, is on the source side.
    await page.goBack();
    await page.click('ul.sources a >> nth=1');
    expect(await page.textContent('main.pair')).toContain('某单位创建工作总结范文');
    expect(await page.$$eval('.row.shared .cell:last-child .passage', (els) => els.map((e) => e.textContent))).toEqual(['群众满意率达98%以上']);
    await page.screenshot({ path: join(SCREENSHOTS, 'pair-template.png'), fullPage: true });
    await page.goBack();
    await page.click('ul.sources a >> nth=0');

    await page.click('h2 a');
    await page.click('dl.meta a.history-link');
    expect(await page.$$eval('ul.implausible li', (els) => els.length)).toBe(2);
    await page.screenshot({ path: join(SCREENSHOTS, 'unit.png'), fullPage: true });
    expect(trouble).toEqual([]);
  });

  it('runs no script from a hostile report: no dialog, no console error, no injected node', async () => {
    const xss = xssFixture();
    await writeReport(xss.dir);
    const pages = ['index.html', ...['d', 'p', 'u'].flatMap((f) => readdirSync(join(xss.dir, 'report', f)).map((p) => `${f}/${p}`))];
    expect(pages).toHaveLength(4);
    for (const path of pages) {
      const page = await context.newPage();
      const trouble = watch(page);
      await page.goto(fileUrl(join(xss.dir, 'report', path)));
      await page.waitForTimeout(200);
      await page.$$eval('a[data-a]', (links) => links.forEach((a) => (a as HTMLElement).click()));
      const injected = await page.evaluate(() => ({
        flag: (window as unknown as { __xss?: number }).__xss ?? null,
        images: document.querySelectorAll('img').length,
        scripts: [...document.querySelectorAll('script')].filter((s) => !(s.type === 'application/json' || /assets\/report\.js$/.test(s.src))).length,
        handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
        scriptLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^javascript:/i.test(a.getAttribute('href')!)).length,
      }));
      expect(injected).toEqual({ flag: null, images: 0, scripts: 0, handlers: [], scriptLinks: 0 });
      expect(trouble).toEqual([]);
      if (path.startsWith('d/')) {
        expect(await page.textContent('.text')).toContain('<script>window.__xss = 1;');
        await page.screenshot({ path: join(SCREENSHOTS, 'xss-document.png'), fullPage: true });
      }
      if (path === 'index.html') expect(await page.textContent('#docs tbody')).toContain('<script>alert(1)</script>.docx');
      await page.close();
    }
  });
});

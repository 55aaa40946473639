import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
const [url, out, w = '1400', h = '900', full = '1'] = process.argv.slice(2);
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/chr-'), { executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'], viewport: { width: +w, height: +h } });
const page = await ctx.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(url);
await page.waitForTimeout(300);
if (process.env.CLICK) { await page.click(process.env.CLICK); await page.waitForTimeout(300); }
await page.screenshot({ path: out, fullPage: full === '1' });
console.log(await page.evaluate(() => document.querySelectorAll('#docs tbody tr').length));
await ctx.close();

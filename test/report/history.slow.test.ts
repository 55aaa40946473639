// Two nightly runs on one database, a year apart, over the same unit's reports: the second run's report shows
// both years side by side with the implausible changes the store finds, and `wenshen report` rebuilds the same.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POOL_OPTIONS, runBatch } from '../../src/batch/index.js';
import { DEFAULT_ANALYZE_OPTIONS } from '../../src/pipeline.js';
import { reportCommand } from '../../src/report/command.js';
import { writeReport } from '../../src/report/index.js';
import { analysisVersion } from '../../src/store/analysis-version.js';
import { openStore } from '../../src/store/open.js';
import { RunSession } from '../../src/store/session.js';

function report(year: number, lines: { volunteers: string; donation: string; satisfaction: string }): string {
  return [
    `东川市税务局${year}年度创建文明单位工作总结`,
    '',
    '一、总体情况',
    `${year}年，东川市税务局在市文明委的指导下推进创建工作，各项任务按计划完成。`,
    '',
    '二、加强组织领导',
    '局党组成立了以局长为组长的创建工作领导小组，定期研究创建中的具体问题。',
    '',
    '三、志愿服务',
    `全年组织志愿服务活动${lines.volunteers}。组织干部职工向困难群众捐款${lines.donation}。`,
    '',
    '四、教育培训',
    `全年开展业务培训12期，培训干部职工360人次，纳税人满意率达${lines.satisfaction}。`,
    '',
    '五、存在问题',
    '宣传工作还不够深入，下一步将继续改进。',
  ].join('\n');
}

describe('unit history in the report, from the store', () => {
  it('shows last year and this year side by side with the implausible changes flagged', async () => {
    const base = mkdtempSync(join(tmpdir(), 'wenshen-history-'));
    const db = join(base, 'wenshen.db');
    const out = join(base, 'out');
    const years = { 2022: report(2022, { volunteers: '36次', donation: '300元', satisfaction: '98.6%' }), 2023: report(2023, { volunteers: '41次', donation: '5万元', satisfaction: '99.1%' }) };
    for (const [year, text] of Object.entries(years)) {
      mkdirSync(join(base, year));
      writeFileSync(join(base, year, `东川市税务局${year}年度工作总结.txt`), text);
    }
    const store = await openStore(db);
    try {
      for (const year of Object.keys(years)) {
        const session = await RunSession.start(store, { analysisVersion: analysisVersion({ checklist: DEFAULT_ANALYZE_OPTIONS.checklist!, ocr: false, split: false }), force: false, maxBytes: DEFAULT_ANALYZE_OPTIONS.maxBytes, options: {} });
        await runBatch([join(base, year)], { ...DEFAULT_ANALYZE_OPTIONS, ...DEFAULT_POOL_OPTIONS, ocr: false, concurrency: 1, log: 'none', outDir: out, session });
        await session.end(false);
      }
    } finally {
      await store.close();
    }
    const units = readdirSync(join(out, 'report', 'u'));
    expect(units).toHaveLength(1);
    const unit = readFileSync(join(out, 'report', 'u', units[0]!), 'utf8');
    const headings = [...unit.matchAll(/<th class="(flag)?"[^>]*>(\d{4})<\/th>/g)].map((m) => [m[2], m[1] ?? '']);
    expect(headings).toEqual([['2022', 'flag'], ['2023', 'flag']]);
    expect(unit).toContain('捐款金额一年内激增百倍以上');
    expect(unit).toContain('培训数据与上一年完全相同');
    // The flagged figures stand out in their rows: 300 元 then 50,000 元.
    expect([...unit.matchAll(/<td class="flag"><div title="[^"]*">捐款 <b>([\d,]+)<\/b>元/g)].map((m) => m[1])).toEqual(['300', '50,000']);
    // This year's document links to the history; the history links back to this year's document.
    const record = JSON.parse(readFileSync(join(out, 'documents.jsonl'), 'utf8').trim()) as { id: string };
    expect(readFileSync(join(out, 'report', 'd', `${record.id}.html`), 'utf8')).toContain(`href="../u/${units[0]}"`);
    expect(unit).toContain(`href="../d/${record.id}.html"`);
    // The run kept what the store said, so a rebuild without the database shows the same page.
    await writeReport(join(out, 'current'));
    expect(readFileSync(join(out, 'report', 'u', units[0]!), 'utf8')).toBe(unit);
    // And `wenshen report --db` reads the store again, with no history.jsonl to fall back on.
    rmSync(join(out, 'current', 'history.jsonl'));
    const write = process.stdout.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    try {
      expect(await reportCommand(['--out', out, '--db', db])).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    expect(readFileSync(join(out, 'report', 'u', units[0]!), 'utf8')).toBe(unit);
    expect(existsSync(join(out, 'current', 'history.jsonl'))).toBe(true);
  }, 120_000);
});

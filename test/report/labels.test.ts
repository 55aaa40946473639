import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingText } from '../../src/report/finding-text.js';
import { codeLabel, errorAdvice, loadReportLabels, reportLabels, scriptLabels, t } from '../../src/report/labels.js';

const SRC = new URL('../../src/report/', import.meta.url).pathname;

describe('report labels', () => {
  it('has every key the report asks for, in its code and in its script', () => {
    const labels = reportLabels();
    const sources = readdirSync(SRC).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(SRC, f), 'utf8'));
    const used = new Set(sources.flatMap((s) => [...s.matchAll(/\bt\('([\w.-]+)'/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(80);
    expect([...used].filter((k) => !(k in labels))).toEqual([]);
    const script = readFileSync(join(SRC, 'assets/report.js'), 'utf8');
    const scriptKeys = [...script.matchAll(/\blabel\('([\w.-]+)'/g)].map((m) => m[1]!);
    expect(scriptKeys.length).toBeGreaterThan(2);
    expect(scriptKeys.filter((k) => !(k in scriptLabels()))).toEqual([]);
  });

  it('fills in names and translates codes, and keeps an unknown code as it is', () => {
    expect(t('js.page', { page: 2, pages: 5 })).toBe('第 2 / 5 页');
    expect(codeLabel('status', 'missing')).toBe('缺失');
    expect(codeLabel('genre', 'summary')).toBe('工作总结');
    expect(codeLabel('rule', 'some-new-rule')).toBe('some-new-rule');
    expect(errorAdvice('E_ENCRYPTED')).toContain('密码');
    expect(() => t('no.such.key')).toThrow('report-labels.yaml has no label `no.such.key`');
  });

  it('reports a bad entry with its file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenshen-labels-'));
    const file = join(dir, 'labels.yaml');
    const good = readFileSync(new URL('../../dictionaries/report-labels.yaml', import.meta.url), 'utf8');
    writeFileSync(file, good.replace('  category.other: 其他\n', ''));
    expect(() => loadReportLabels(file)).toThrow(/labels\.yaml:\d+: missing the label `category\.other`/);
    writeFileSync(file, good.replace('  brand: 文审', '  brand: 文审 {unclosed'));
    expect(() => loadReportLabels(file)).toThrow(/labels\.yaml:\d+: a `\{` that does not open a \{name\}/);
    expect(Object.keys(loadReportLabels()).length).toBeGreaterThan(150);
  });

  it('words known findings in Chinese from the finding and the checklist, and keeps other messages', () => {
    const checklist = [{ id: 'culture', label: '单位文化', level: 'E' as const, status: 'missing' as const, span: null, text: null }];
    expect(findingText({ ruleId: 'sections/missing/culture', message: 'No 单位文化 section (expected).', text: '' }, { checklist })).toBe('缺少“单位文化”部分（应有）');
    expect(findingText({ ruleId: 'figures/placeholder/x-run', message: 'Unfilled template placeholder "××".', text: '××' }, { checklist })).toBe('未填写的范文占位符“××”');
    expect(findingText({ ruleId: 'sections/missing/unknown', message: 'No such section.', text: '' }, { checklist })).toBe('No such section.');
    expect(findingText({ ruleId: 'fixture/new-rule', message: 'A new rule.', text: 'x' }, { checklist })).toBe('A new rule.');
  });
});

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeReuseOutputs } from '../../src/output/reuse.js';
import { writeReport } from '../../src/report/index.js';
import { findReuse, loadReuseResources, reuseRecord } from '../../src/reuse/index.js';
import { FILLER_A, FILLER_B, input, TEMPLATE_PASSAGE } from '../reuse/texts.js';
import { record } from './fixture.js';

describe('a template source shown side by side', () => {
  it('keeps the cited template text in sources/ and shows it whole next to the document, edits marked', async () => {
    const templateText = '东城区政务服务中心经验材料\n' + TEMPLATE_PASSAGE + '\n' + FILLER_B;
    const text = FILLER_A + '\n' + TEMPLATE_PASSAGE.replace('八分钟', '五分钟') + '\n下一步将继续改进。';
    const [detected] = findReuse({ batch: [input('doc0000000000001', text, 'batch')], templates: [input('template', templateText, 'templates')] }, loadReuseResources());
    const dir = mkdtempSync(join(tmpdir(), 'wenshen-sources-'));
    await writeReuseOutputs(dir, [detected!]);
    expect(readdirSync(join(dir, 'sources'))).toEqual(['template.txt']);
    expect(readFileSync(join(dir, 'sources', 'template.txt'), 'utf8')).toBe(templateText);

    mkdirSync(join(dir, 'texts'));
    writeFileSync(join(dir, 'texts', 'doc0000000000001.txt'), text);
    const doc = record('doc0000000000001', 'units/西河镇.docx', text, { reuse: reuseRecord(detected!) });
    writeFileSync(join(dir, 'documents.jsonl'), JSON.stringify(doc) + '\n');
    await writeReport(dir);
    const pair = readFileSync(join(dir, 'report', 'p', 'doc0000000000001-1.html'), 'utf8');
    // The template's own words outside the copied passage: its title and its closing filler, whole.
    expect(pair).toContain('东城区政务服务中心经验材料');
    expect(pair).toContain(FILLER_B);
    expect(pair).not.toContain('只保存了该来源被复制的段落');
    expect(pair).toMatch(/<span class="h ed" data-a="\d+">五<\/span>/);
    expect(pair).toMatch(/<span class="h ed" data-a="\d+">八<\/span>/);
  });
});

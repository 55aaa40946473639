import { describe, expect, it } from 'vitest';
import type { DocumentRecord, FigureRecord } from '../../src/model/document.js';
import { documentReuseSchema } from '../../src/model/reuse.js';
import { amendRecord } from '../../src/reuse/amend.js';
import { findReuse, loadReuseResources } from '../../src/reuse/index.js';
import { FILLER_A, FILLER_B, input, TEMPLATE_PASSAGE } from './texts.js';

const resources = loadReuseResources();

function figureAt(text: string, words: string): FigureRecord {
  const start = text.indexOf(words);
  return { text: words, start, end: start + words.length } as FigureRecord;
}

describe('reuse: figures inside a copied passage are marked copied', () => {
  const template = input('template', '东城区政务服务中心\n' + TEMPLATE_PASSAGE, 'templates', '东城区政务服务中心');
  const copied = TEMPLATE_PASSAGE.replace('八分钟', '五分钟');
  const text = FILLER_A + '\n' + copied + '\n东城区政务服务中心的做法值得学习。' + FILLER_B + '群众满意率达到99%。';
  const [detected] = findReuse({ batch: [input('doc', text, 'batch', '西河镇便民服务中心')], templates: [template] }, resources);
  const record = amendRecord(
    { figures: [figureAt(text, '五分钟'), figureAt(text, '满意率达到99%')], honors: [], findings: [], unit: { text: '西河镇便民服务中心', start: 0, end: 0 } } as unknown as DocumentRecord,
    detected!,
  );

  it.each([
    ['五分钟', { sourceId: 'template', sourceText: '八分钟' }],
    ['满意率达到99%', undefined],
  ])('%s', (words, copiedMark) => {
    expect(record.figures.find((f) => f.text === words)!.copied).toEqual(copiedMark);
  });

  it('the reuse field is valid against its schema', () => {
    expect(documentReuseSchema.parse(record.reuse)).toEqual(record.reuse);
  });
});

describe('reuse: the source unit left in a copied passage', () => {
  it('is a finding quoting the name', () => {
    const passage = '东城区政务服务中心把窗口服务作为展示单位形象的第一道门，在大厅设置了便民服务台，配备老花镜、雨伞和饮水机，推行首问负责和限时办结制度。';
    const template = input('template', passage + FILLER_B, 'templates', '东城区政务服务中心');
    const text = FILLER_A + passage;
    const [detected] = findReuse({ batch: [input('doc', text, 'batch', '西河镇便民服务中心')], templates: [template] }, resources);
    const record = amendRecord({ figures: [], honors: [], findings: [], unit: { text: '西河镇便民服务中心', start: 0, end: 0 } } as unknown as DocumentRecord, detected!);
    const finding = record.findings.find((f) => f.ruleId === 'reuse/foreign-unit')!;
    expect(finding.text).toBe('东城区政务服务中心');
    expect(text.slice(finding.start, finding.end)).toBe('东城区政务服务中心');
  });
});

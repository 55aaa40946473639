// Builds document records for store tests without running the pipeline.
import type { DocumentRecord } from '../../src/model/document.js';
import { documentId, failedRecord } from '../../src/pipeline.js';

export function sampleRecord(path: string, sha256: string, overrides: Partial<DocumentRecord> = {}): DocumentRecord {
  const base = failedRecord(path, undefined, null, 5);
  const text = '东川市税务局2023年度工作总结';
  return {
    ...base,
    id: documentId(path, sha256),
    sha256,
    bytes: 100,
    format: 'txt',
    status: 'ok',
    chars: text.length,
    script: 'simplified',
    genre: 'summary',
    title: { start: 0, end: text.length, text },
    unit: { start: 0, end: 6, text: '东川市税务局' },
    period: { start: 6, end: 12, text: '2023年度' },
    checklistName: 'wenming-summary',
    checklist: [{ id: 'results', label: '成效', level: 'R', status: 'missing', span: null, text: null }],
    figures: [
      {
        category: 'satisfaction', claim: 'achieved', metric: '满意率', subject: null, value: 98.6, valueMax: null, unit: '%', qualifier: 'exact', period: null, placeholder: false,
        text: '满意率98.6%', start: 0, end: 8, span: { start: 0, end: 8 }, sentence: { start: 0, end: 8, text: '满意率98.6%' }, quantity: { start: 3, end: 8, text: '98.6%' }, table: null,
      },
    ],
    honors: [{ title: '文明单位', awarder: '东川市委', level: 'city', year: '2022', recipient: 'unit', text: '荣获文明单位', start: 0, end: 6, span: { start: 0, end: 6 } }],
    ...overrides,
  };
}

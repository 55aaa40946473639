// Builds small run output folders by hand for the report tests: documents.jsonl records whose spans are found in
// texts written here, reuse passages between two documents and from a template, a unit's history, and a
// document whose text and file name try to inject markup and script.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChecklistItem, Evidence, FigureRecord } from '../../src/model/document.js';
import type { ReportDocument, ReusePassage, UnitHistory } from '../../src/report/index.js';

/** The `occurrence`-th place of `needle` in `text`, as evidence. */
export function at(text: string, needle: string, occurrence = 1): Evidence {
  let start = -1;
  for (let i = 0; i < occurrence; i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`fixture: no ${occurrence}. “${needle}”`);
  }
  return { start, end: start + needle.length, text: needle };
}

export function figure(text: string, needle: string, category: FigureRecord['category'], value: number | null, unit: string | null, metric: string | null = null): FigureRecord {
  const e = at(text, needle);
  return { ...e, category, claim: 'achieved', metric, subject: null, value, valueMax: null, unit, qualifier: 'exact', period: null, placeholder: value === null, span: { start: e.start, end: e.end }, sentence: e, quantity: e, table: null };
}

const CHECKLIST_IDS: [string, string, 'R' | 'E' | 'O'][] = [
  ['overview', '总体情况', 'R'], ['leadership', '组织领导', 'R'], ['volunteer', '学雷锋志愿服务', 'R'], ['problems', '存在问题', 'E'], ['plans', '下一步打算', 'E'],
];

function checklist(text: string, present: Record<string, string>): ChecklistItem[] {
  return CHECKLIST_IDS.map(([id, label, level]) => {
    const needle = present[id];
    if (!needle) return { id, label, level, status: 'missing', span: null, text: null };
    const e = at(text, needle);
    return { id, label, level, status: needle.includes('、') ? 'headed' : 'inline', span: { start: e.start, end: e.end }, text: e.text };
  });
}

export function record(id: string, path: string, text: string, fields: Partial<ReportDocument> = {}): ReportDocument {
  const firstLine = text.split('\n')[0]!;
  return {
    schema: 'wenshen/document@1', id, path, sha256: null, bytes: text.length * 3, format: 'txt', status: 'ok', error: null, chars: text.length,
    script: 'simplified', ocr: false, ocrPages: [], pages: null, encoding: 'utf-8', paragraphs: text.split('\n').length, sentences: 0, genre: 'summary',
    title: { start: 0, end: firstLine.length, text: firstLine }, unit: null, period: null, structure: { headings: [], essays: [] }, checklistName: 'fixture',
    checklist: [], figures: [], honors: [], placeholders: [], findings: [], warnings: [], ms: 1, ...fields,
  };
}

export const TEXT_A = [
  '东川市税务局2023年度文明单位创建工作总结',
  '一、加强组织领导',
  '局党委把文明单位创建作为一把手工程，成立了以局长为组长的创建工作领导小组。',
  '二、深化志愿服务',
  '全年组织志愿服务活动56次，参与志愿者达到320人次，办税群众满意率达99.2%以上。',
  '全年捐款近4万元，帮扶困难家庭12户。',
  '单位先后荣获“省级文明单位”称号。',
  '三、存在问题',
  '宣传工作还不够深入。',
].join('\n');

export const TEXT_B = [
  '西河区人民医院创建文明单位工作汇报',
  '一、加强组织领导',
  '院党委把文明单位创建作为一把手工程，成立了以院长为组长的创建工作领导小组。',
  '二、深化志愿服务',
  '全年组织志愿服务活动48次，参与志愿者达到320人次，患者满意率达98.6%以上。',
  '下一步，我院将继续完善XX制度。',
].join('\n');

export const TEMPLATE_SENTENCE = '参与志愿者达到320人次';

/** A passage of `doc` at `needle` copied from `source` at `sourceNeedle`. */
function passage(docText: string, needle: string, kind: ReusePassage['source']['kind'], sourceId: string, sourcePath: string, sourceText: string, sourceNeedle: string, similarity: number): ReusePassage {
  return { ...at(docText, needle), source: { kind, id: sourceId, path: sourcePath, ...at(sourceText, sourceNeedle) }, similarity };
}

export interface Fixture {
  dir: string;
  documents: ReportDocument[];
  texts: Record<string, string>;
}

function writeRun(documents: ReportDocument[], texts: Record<string, string>, histories: UnitHistory[] = [], sources: Record<string, string> = {}): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'wenshen-report-'));
  mkdirSync(join(dir, 'texts'));
  mkdirSync(join(dir, 'sources'));
  for (const [id, text] of Object.entries(sources)) writeFileSync(join(dir, 'sources', `${id}.txt`), text);
  writeFileSync(join(dir, 'documents.jsonl'), documents.map((d) => JSON.stringify(d) + '\n').join(''));
  for (const [id, text] of Object.entries(texts)) writeFileSync(join(dir, 'texts', `${id}.txt`), text);
  if (histories.length) writeFileSync(join(dir, 'history.jsonl'), histories.map((h) => JSON.stringify(h) + '\n').join(''));
  return { dir, documents, texts };
}

/** Two documents of one batch sharing edited passages, one also copying a template; a failed file; a history. */
export function reuseFixture(): Fixture {
  const idA = 'aaaa000000000001';
  const idB = 'bbbb000000000002';
  const leadA = TEXT_A.split('\n')[2]!;
  const leadB = TEXT_B.split('\n')[2]!;
  const volunteerA = TEXT_A.split('\n')[4]!;
  const volunteerB = TEXT_B.split('\n')[4]!;
  const templateText = '某单位创建工作总结范文\n全年组织志愿服务活动30次，参与志愿者达到320人次，群众满意率达98%以上。';
  const figuresA = [
    figure(TEXT_A, '志愿服务活动56次', 'volunteer', 56, '次', '志愿服务活动'),
    figure(TEXT_A, '志愿者达到320人次', 'volunteer', 320, '人次', '志愿者'),
    figure(TEXT_A, '满意率达99.2%以上', 'satisfaction', 99.2, '%', '满意率'),
    figure(TEXT_A, '捐款近4万元', 'donation', 40000, '元', '捐款'),
    figure(TEXT_A, '困难家庭12户', 'assistance', 12, '户', '困难家庭'),
  ];
  figuresA[1] = { ...figuresA[1]!, copied: { sourceId: idB, sourceText: '志愿者达到320人次' } } as FigureRecord;
  const a = record(idA, 'a/东川市税务局.docx', TEXT_A, {
    unit: at(TEXT_A, '东川市税务局'),
    period: at(TEXT_A, '2023年度'),
    structure: {
      headings: ['一、加强组织领导', '二、深化志愿服务', '三、存在问题'].map((h, i) => ({ ...at(TEXT_A, h), level: 1, style: 'cn-dun', label: '一二三'[i]! + '、', section: at(TEXT_A, h) })),
      essays: [],
    },
    checklist: checklist(TEXT_A, { leadership: '一、加强组织领导', volunteer: '二、深化志愿服务', problems: '三、存在问题' }),
    figures: figuresA,
    honors: [{ ...at(TEXT_A, '荣获“省级文明单位”称号'), title: '省级文明单位', awarder: null, level: 'provincial', year: null, recipient: 'unit', span: at(TEXT_A, '荣获“省级文明单位”称号') }],
    findings: [
      { ...at(TEXT_A, '宣传工作还不够深入。'), ruleId: 'fixture/note', severity: 'warning', message: 'A short problems section.' },
      { start: 0, end: 0, text: '', ruleId: 'sections/missing/overview', severity: 'error', message: 'No 总体情况 section (required).' },
    ],
    reuse: {
      ratio: 0.42,
      ratioBySource: { batch: 0.35, templates: 0.07, history: 0, self: 0 },
      maxSingleSource: { id: idB, path: 'b/西河区人民医院.docx', ratio: 0.35 },
      passages: [
        passage(TEXT_A, leadA, 'batch', idB, 'b/西河区人民医院.docx', TEXT_B, leadB, 0.94),
        passage(TEXT_A, volunteerA.slice(0, volunteerA.indexOf('，办税')), 'batch', idB, 'b/西河区人民医院.docx', TEXT_B, volunteerB.slice(0, volunteerB.indexOf('，患者')), 0.95),
        passage(TEXT_A, '帮扶困难家庭12户', 'templates', 'tpl-1', 'templates/范文.html', templateText, '群众满意率达98%以上', 0.6),
      ],
    },
  });
  const b = record(idB, 'b/西河区人民医院.docx', TEXT_B, {
    unit: at(TEXT_B, '西河区人民医院'),
    checklist: checklist(TEXT_B, { leadership: '一、加强组织领导', volunteer: '二、深化志愿服务' }),
    figures: [figure(TEXT_B, '志愿服务活动48次', 'volunteer', 48, '次', '志愿服务活动'), figure(TEXT_B, '满意率达98.6%以上', 'satisfaction', 98.6, '%', '满意率')],
    placeholders: [{ ...at(TEXT_B, 'XX'), ruleId: 'figures/placeholder/x-run', kind: 'blank', span: at(TEXT_B, 'XX') }],
    reuse: {
      ratio: 0.4,
      ratioBySource: { batch: 0.4, templates: 0, history: 0, self: 0 },
      maxSingleSource: { id: idA, path: 'a/东川市税务局.docx', ratio: 0.4 },
      passages: [passage(TEXT_B, leadB, 'batch', idA, 'a/东川市税务局.docx', TEXT_A, leadA, 0.94)],
    },
  });
  const failed: ReportDocument = { ...record('cccc000000000003', 'c/broken.pdf', ''), status: 'failed', error: { code: 'E_CORRUPT', message: 'damaged PDF: ask the unit to send it again' }, title: null, chars: 0, checklist: [] };
  const history: UnitHistory = {
    unit: '东川市税务局',
    submissions: [
      { path: 'archive/2021.docx', unit: '东川市税务局', period: '2021年度', year: 2021, figures: [{ category: 'satisfaction', metric: '满意率', value: 99.2, unit: '%', text: '满意率达99.2%' }] },
      { path: 'archive/2022.docx', unit: '东川市税务局', period: '2022年度', year: 2022, figures: [{ category: 'satisfaction', metric: '满意率', value: 99.2, unit: '%', text: '满意率达99.2%' }, { category: 'donation', metric: '捐款', value: 300, unit: '元', text: '捐款300元' }] },
      { path: 'a/东川市税务局.docx', unit: '东川市税务局', period: '2023年度', year: 2023, figures: figuresA.map((f) => ({ category: f.category, metric: f.metric, value: f.value, unit: f.unit, text: f.text })) },
    ],
    implausible: [
      { rule: 'satisfaction-repeated', years: [2021, 2022, 2023], message: 'satisfaction 99.2% in 2021, 2022 and 2023 alike' },
      { rule: 'donation-jump', years: [2022, 2023], message: 'donations 300 元 in 2022, 40000 元 in 2023: 133×' },
    ],
  };
  return writeRun([a, b, failed], { [idA]: TEXT_A, [idB]: TEXT_B }, [history], { 'tpl-1': templateText });
}

/** Markup and script in the text, the title, the unit, the file name, a finding and a reuse source. */
export const XSS_TEXT = [
  '<script>window.__xss = 1; alert("script")</script>工作总结',
  '<img src=x onerror="window.__xss = 2; alert(\'img\')">',
  '<a href="javascript:alert(\'link\')">点击查看</a>',
  '</script><script>alert("breakout")</script><!-- <svg onload=alert(1)>',
  '满意率达100%，"引号" \'单引号\' & 符号',
].join('\n');

export function xssFixture(): Fixture {
  const id = 'dddd000000000004';
  const evil = '"><img src=x onerror=alert(document.domain)>';
  const text = XSS_TEXT;
  const doc = record(id, `${evil}/<script>alert(1)<\/script>.docx`, text, {
    title: at(text, text.split('\n')[0]!),
    unit: at(text, '<img src=x onerror="window.__xss = 2; alert(\'img\')">'),
    genre: 'summary',
    figures: [figure(text, '满意率达100%', 'satisfaction', 100, '%', '满意率')],
    placeholders: [{ ...at(text, '<script>'), ruleId: 'figures/placeholder/x-run', kind: 'blank', span: at(text, '<script>') }],
    findings: [{ ...at(text, '<a href="javascript:alert(\'link\')">点击查看</a>'), ruleId: 'fixture/<b>rule</b>', severity: 'warning', message: '<img src=x onerror=alert(3)> message' }],
    checklist: [{ id: 'x"><script>', label: '<script>alert(4)</script>', level: 'R', status: 'missing', span: null, text: null }],
    warnings: ['<script>alert(5)</script>'],
    reuse: {
      ratio: 0.5,
      ratioBySource: { batch: 0, templates: 0.5, history: 0, self: 0 },
      maxSingleSource: { id: '../../<script>', path: 'javascript:alert(6)', ratio: 0.5 },
      passages: [{ ...at(text, '</script><script>alert("breakout")</script>'), similarity: 1, source: { kind: 'templates', id: '../../<script>', path: 'javascript:alert(6)', ...at(text, '</script><script>alert("breakout")</script>') } }],
    },
  });
  const history: UnitHistory = { unit: '"><script>alert(7)</script>', submissions: [{ path: evil, unit: '<b>u</b>', period: null, year: 2023, figures: [] }], implausible: [{ rule: '<i>r</i>', years: [2023], message: '<img src=x onerror=alert(8)>' }] };
  return writeRun([doc], { [id]: text }, [{ ...history, submissions: [{ ...history.submissions[0]!, path: doc.path }] }]);
}

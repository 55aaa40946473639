import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { DEFAULT_REUSE_PARAMS, findReuse, loadReuseResources, MemoryReuseHistory, reuseRecord } from '../../src/reuse/index.js';
import { FILLER_A, FILLER_B, FILLER_C, FILLER_D, input, SECOND_PASSAGE, TEMPLATE_PASSAGE } from './texts.js';

const resources = loadReuseResources();
const template = input('template', FILLER_C + '\n' + TEMPLATE_PASSAGE + '\n' + FILLER_D + '\n' + SECOND_PASSAGE, 'templates');
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

function reuseOf(text: string) {
  const [detected] = findReuse({ batch: [input('doc', text)], templates: [template] }, resources);
  return { record: reuseRecord(detected!), text };
}

describe('reuse: copied passages are found with their source', () => {
  it.each([
    ['verbatim', TEMPLATE_PASSAGE],
    ['names swapped', TEMPLATE_PASSAGE.replace('便民服务台', '爱心驿站台')],
    ['numbers changed', TEMPLATE_PASSAGE.replace('二十分钟', '30分钟').replace('八分钟', '10分钟')],
    ['punctuation and spaces', TEMPLATE_PASSAGE.replace(/，/g, ', ').replace(/。/g, '. ')],
    ['traditional script', toTraditional(TEMPLATE_PASSAGE)],
    ['a sentence inserted', TEMPLATE_PASSAGE.replace('推行首问', '今年还新增了两个自助服务终端，推行首问')],
    ['a clause dropped', TEMPLATE_PASSAGE.replace('配备老花镜、雨伞和饮水机，', '')],
  ])('%s', (_name, copied) => {
    const text = FILLER_A + '\n' + copied + '\n' + FILLER_B;
    const { record } = reuseOf(text);
    expect(record.passages).toHaveLength(1);
    const [p] = record.passages;
    const copiedAt = text.indexOf(copied);
    expect(p!.source).toMatchObject({ kind: 'templates', id: 'template' });
    expect(Math.abs(p!.start - copiedAt)).toBeLessThanOrEqual(2);
    expect(Math.abs(p!.end - (copiedAt + copied.length))).toBeLessThanOrEqual(2);
    expect(record.ratio).toBeGreaterThan(0.3);
    expect(record.ratio).toBeLessThan(0.7);
  });
});

describe('reuse: spans quote the texts of record on both sides', () => {
  it('passage and source text are the slices of their texts', () => {
    const text = FILLER_A + '\n' + TEMPLATE_PASSAGE + '\n' + FILLER_B;
    const { record } = reuseOf(text);
    const p = record.passages[0]!;
    expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(template.original.slice(p.source.start, p.source.end)).toBe(p.source.text);
    expect(p.source.text).toBe(TEMPLATE_PASSAGE);
  });
});

describe('reuse: containment, not similarity', () => {
  it('a short submission copied from part of a long page is found', () => {
    const longPage = input('long', [FILLER_C, FILLER_D, FILLER_A, TEMPLATE_PASSAGE, FILLER_B, SECOND_PASSAGE].join('\n').repeat(1) + '\n' + FILLER_D.repeat(3), 'templates');
    const [detected] = findReuse({ batch: [input('short', SECOND_PASSAGE)], templates: [longPage] }, resources);
    const record = reuseRecord(detected!);
    expect(record.ratio).toBeGreaterThan(0.95);
    expect(record.maxSingleSource).toMatchObject({ id: 'long' });
  });
});

describe('reuse: what is not flagged', () => {
  it.each([
    ['formulaic phrases alone', '在市委、市政府的正确领导下，我们坚持以习近平新时代中国特色社会主义思想为指导，培育和践行社会主义核心价值观，两手抓、两手都要硬。'],
    ['independent text', FILLER_A + FILLER_B],
    ['a short shared phrase', FILLER_A + '便民服务台' + FILLER_B],
  ])('%s', (_name, text) => {
    const formulaTemplate = input('formula', FILLER_D + '在市委、市政府的正确领导下，单位坚持以习近平新时代中国特色社会主义思想为指导，大力培育和践行社会主义核心价值观，做到两手抓、两手都要硬。' + FILLER_C, 'templates');
    const [detected] = findReuse({ batch: [input('doc', text)], templates: [template, formulaTemplate] }, resources);
    expect(reuseRecord(detected!).passages).toEqual([]);
  });
});

describe('reuse: sources of every kind', () => {
  it('two submissions of one batch point at each other', () => {
    const detected = findReuse({ batch: [input('a', FILLER_A + SECOND_PASSAGE), input('b', SECOND_PASSAGE + FILLER_B)] }, resources);
    expect(reuseRecord(detected[0]!).passages[0]!.source).toMatchObject({ kind: 'batch', id: 'b' });
    expect(reuseRecord(detected[1]!).passages[0]!.source).toMatchObject({ kind: 'batch', id: 'a' });
  });

  it('an earlier report of the same unit is self, of another unit history', () => {
    const history = new MemoryReuseHistory();
    history.save([input('old-own', FILLER_C + SECOND_PASSAGE, 'batch', '河滨街道办事处'), input('old-other', FILLER_D + TEMPLATE_PASSAGE, 'batch', '东城区图书馆')]);
    const tonight = input('new', SECOND_PASSAGE + FILLER_A + TEMPLATE_PASSAGE, 'batch', '河滨街道办事处');
    const [detected] = findReuse({ batch: [tonight], history: history.documents() }, resources);
    const record = reuseRecord(detected!);
    expect(record.passages.map((p) => [p.source.kind, p.source.id])).toEqual([
      ['self', 'old-own'],
      ['history', 'old-other'],
    ]);
    expect(record.ratioBySource.self).toBeGreaterThan(0.3);
    expect(record.ratioBySource.history).toBeGreaterThan(0.3);
    expect(record.ratioBySource.batch).toBe(0);
  });
});

describe('reuse: a batch in which every pair shares text', () => {
  const batch = [FILLER_A, FILLER_B, FILLER_C, FILLER_D].map((filler, i) => input(`doc-${i}`, filler + '\n' + TEMPLATE_PASSAGE));

  it('compares every pair within the budget', () => {
    const stats = { skippedBatchPairs: 0, batchPairBudget: 0 };
    const detected = findReuse({ batch }, resources, undefined, stats);
    expect(stats.skippedBatchPairs).toBe(0);
    expect(detected.every((d) => reuseRecord(d).passages.length === 1)).toBe(true);
  });

  it('stops comparing submissions past the pair budget and says how many pairs it left', () => {
    // Three submissions share one passage with each other and another with a template page.
    const shared = [FILLER_A, FILLER_B, FILLER_D].map((filler, i) => input(`doc-${i}`, filler + '\n' + TEMPLATE_PASSAGE + '\n' + SECOND_PASSAGE));
    const page = input('page', FILLER_C + '\n' + SECOND_PASSAGE, 'templates');
    const stats = { skippedBatchPairs: 0, batchPairBudget: 0 };
    const params = { ...DEFAULT_REUSE_PARAMS, batchPairsPerDocument: 0, minBatchPairs: 2 };
    const detected = findReuse({ batch: shared, templates: [page] }, resources, params, stats);
    expect(stats).toEqual({ skippedBatchPairs: 1, batchPairBudget: 2 });
    // Every submission still has its copied passages (from the page or the pairs that were compared).
    expect(detected.every((d) => reuseRecord(d).passages.length > 0)).toBe(true);
    const full = { skippedBatchPairs: 0, batchPairBudget: 0 };
    findReuse({ batch: shared, templates: [page] }, resources, undefined, full);
    expect(full.skippedBatchPairs).toBe(0);
  });
});

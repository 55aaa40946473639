// The function words of the claim and no-claim refiners (dictionaries/figures/claims.yaml `function-words`) and
// the table words (dictionaries/figures/tables.yaml) are data: validated on load, read as written.
import { describe, expect, it } from 'vitest';
import { dictionaryVariant } from '../support/dictionary-variant.js';
import { loadClaims } from '../../src/figures/claims.js';
import { headerUnit } from '../../src/figures/tables.js';
import { loadTableWords } from '../../src/figures/table-words.js';
import { quantitiesOf } from '../../src/figures/index.js';
import { loadQuantityMasks } from '../../src/figures/quantity/masks.js';
import { figuresOf } from './figures-of.js';


describe('function words of the claim refiners', () => {
  const words = loadClaims().functionWords;

  it.each([
    ['从78%提升到96%', 'baseline', (w: typeof words) => w.baseline.includes('从')],
    ['即每周一次', 'routine', (w: typeof words) => w.routine.test('即每周一次')],
    ['每季度', 'routine head alone', (w: typeof words) => w.routine.test('每季度')],
    ['工作汇报', 'report title', (w: typeof words) => w.reportTitle.test('工作汇报')],
    ['甲、乙和丙', 'last join before a name', (w: typeof words) => (w.lastJoin.lastIndex = 0, w.lastJoin.test('乙和丙'))],
    ['、公厕', 'neighbour join', (w: typeof words) => w.neighbour.test('、公厕')],
    ['教师被评为', 'honor after a restated count', (w: typeof words) => w.listHonored.test('教师被评为') && !w.listHonored.test('社区开展活动')],
  ])('%s: %s', (_text, _what, check) => {
    expect(check(words)).toBe(true);
  });

  it('drops a count restating a list, and builds the list joins from the file', () => {
    // 两个社区 restates the two names joined by 和: no figure.
    const text = '结对帮扶城东和城西两个社区。';
    expect(figuresOf(text)).toEqual([]);
    const file = dictionaryVariant('figures/claims.yaml', 'joins.yaml', (y) => y.replace('list-joins: [以及, 和, 及, 与]', 'list-joins: [以及, 及, 与]'));
    expect(loadClaims(file).functionWords.lastJoin.source).not.toContain('和');
  });

  it('refuses a file without its function words, as file:line', () => {
    const file = dictionaryVariant('figures/claims.yaml', 'no-baseline.yaml', (y) => y.replace('  baseline: [由, 从, 原来, 往年, 以往]\n', ''));
    expect(() => loadClaims(file)).toThrow(/no-baseline\.yaml:\d+: .*baseline/);
  });

  it('refuses a cue that opens with a lookbehind or a lookahead of its word, which would be tried at every character', () => {
    const file = dictionaryVariant('figures/claims.yaml', 'lookbehind-first.yaml', (y) => y.replace("'确保(?<!为确保)'", "'(?<!为)确保'"));
    expect(() => loadClaims(file)).toThrow(/lookbehind-first\.yaml:\d+: .*lookbehind ending with that word/);
    const ahead = dictionaryVariant('figures/claims.yaml', 'lookahead-first.yaml', (y) => y.replace("'确保(?<!为确保)'", "'(?=确保)(?<!为)确保'"));
    expect(() => loadClaims(ahead)).toThrow(/lookahead-first\.yaml:\d+: .*lookbehind ending with that word/);
  });

  it('refuses a cue that a negated class or ^ opens, which any character can open too', () => {
    const negated = dictionaryVariant('figures/claims.yaml', 'class-first.yaml', (y) => y.replace("'(?=[^\\d]24小时)[^\\d](?=24小时(?!内))'", "'[^\\d](?=24小时(?!内))'"));
    expect(() => loadClaims(negated)).toThrow(/class-first\.yaml:\d+: .*lookahead of both/);
    const anchored = dictionaryVariant('figures/claims.yaml', 'anchor-first.yaml', (y) => y.replace("'全村(?<=(?:^|[,，;；。\\s])全村)", "'(?:^|(?<=[,，;；。\\s]))全村"));
    expect(() => loadClaims(anchored)).toThrow(/anchor-first\.yaml:\d+: .*lookbehind ending with that word/);
  });
});

describe('table words', () => {
  it('takes scales and count suffixes from the file', () => {
    const file = dictionaryVariant('figures/tables.yaml', 'no-thousands.yaml', (y) => y.replace('scales: { 千: 1000, 万: 10000, 亿: 100000000 }', 'scales: { 万: 10000, 亿: 100000000 }'));
    expect(headerUnit('金额（千元）')).toMatchObject({ unit: '元', scale: 1000 });
    expect(headerUnit('金额（千元）', loadTableWords(file))).toMatchObject({ unit: '元', scale: 1 });
  });

  it('refuses a caption pattern that does not compile, as file:line', () => {
    const file = dictionaryVariant('figures/tables.yaml', 'bad-caption.yaml', (y) => y.replace(/^caption-endings: .*$/m, "caption-endings: '(如下'"));
    expect(() => loadTableWords(file)).toThrow(/bad-caption\.yaml:\d+: not a valid regular expression/);
  });
});

describe('quantity masks (dictionaries/figures/quantity-masks.yaml)', () => {
  it('masks enumerations, project phases and phone numbers, and keeps a long count', () => {
    expect(quantitiesOf('一是加强学习，二期工程完工，电话84562345，共有注册志愿者2139259人。').map((q) => q.text)).toEqual(['2139259人']);
    // A decimal is no phone number.
    expect(quantitiesOf('志愿者累计服务时长2468013.5小时。').map((q) => q.value)).toEqual([2468013.5]);
  });

  it('reads the words as written: without 项目 a 二期项目 is a count again', () => {
    const file = dictionaryVariant('figures/quantity-masks.yaml', 'phases.yaml', (y) => y.replace('before: [工程, 项目]', 'before: [工程]'));
    const masks = loadQuantityMasks(file);
    expect(masks.patterns.some((p) => ((p.lastIndex = 0), p.test('二期项目')))).toBe(false);
    expect(masks.gluedPrefix.test('上')).toBe(true);
  });

  it('refuses a file without its glued prefixes, as file:line', () => {
    const file = dictionaryVariant('figures/quantity-masks.yaml', 'no-prefixes.yaml', (y) => y.replace(/^glued-prefixes: .*$/m, 'glued-prefixes: []'));
    expect(() => loadQuantityMasks(file)).toThrow(/no-prefixes\.yaml:\d+: .*glued-prefixes/);
  });
});

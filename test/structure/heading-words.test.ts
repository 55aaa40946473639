// The run-in head words of structure.yaml: validated, and read as the heading finder uses them.
import { describe, expect, it } from 'vitest';
import { dictionaryVariant } from '../support/dictionary-variant.js';
import { loadStructureData } from '../../src/structure/metadata.js';


describe('structure.yaml run-in head words', () => {
  const data = loadStructureData();

  it('tells a prose opener from a title', () => {
    expect(data.proseOpener.test('这一年，我们把创建摆上日程。')).toBe(true);
    expect(data.proseOpener.test('在业务上，我努力钻研。')).toBe(true);
    expect(data.proseOpener.test('我国文明程度提升。')).toBe(false);
    expect(data.proseOpener.test('组织保障。')).toBe(false);
  });

  it('tells a stated result from a terse title', () => {
    expect(data.statementEnd.test('人居环境持续改善。')).toBe(true);
    expect(data.statementEnd.test('管理规范有序。')).toBe(true);
    expect(data.statementEnd.test('环境建设。')).toBe(false);
  });

  it('refuses a prose opener that does not compile, as file:line', () => {
    const file = dictionaryVariant('structure.yaml', 'bad-opener.yaml', (y) => y.replace(/^proseOpener: .*$/m, "proseOpener: '(我们'"));
    expect(() => loadStructureData(file)).toThrow(/bad-opener\.yaml:\d+: not a valid regular expression/);
  });

  it('refuses a file without its statement ends', () => {
    const file = dictionaryVariant('structure.yaml', 'no-end.yaml', (y) => y.replace(/^statementEnd: .*$/m, ''));
    expect(() => loadStructureData(file)).toThrow(/statementEnd/);
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DictionaryError, DICTIONARY_DIR } from '../../src/dictionary/index.js';
import { loadCues } from '../../src/figures/cues.js';
import { CATEGORIES } from '../../src/figures/rules/index.js';
import { analyse } from './figures-of.js';

const real = readFileSync(join(DICTIONARY_DIR, 'figures/cues.yaml'), 'utf8');
function variant(name: string, edit: (yaml: string) => string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'wenshen-cues-')), name);
  writeFileSync(file, edit(real));
  return file;
}

describe('figure rules as data (dictionaries/figures/cues.yaml)', () => {
  it('takes the units of a category from the file: a measure word added there is a figure of that category', () => {
    const file = variant('more-units.yaml', (y) => y.replace('    units: [篇, 条, 则, 期,', '    units: [盏, 篇, 条, 则, 期,'));
    const quantity = analyse('宣传栏安装灯箱12盏。').figures[0]!;
    expect(quantity.unit).toBe('盏');
    const dictionary = loadCues(CATEGORIES, file);
    const publicity = dictionary.byCategory.get('publicity')!;
    expect(publicity.accepts({ unit: '盏', unitKind: 'count' } as never)).toBe(true);
    expect(loadCues(CATEGORIES).byCategory.get('publicity')!.accepts({ unit: '盏', unitKind: 'count' } as never)).toBe(false);
  });

  it('takes blood counted in 人次 as a donation only after a 献血 cue', () => {
    const donation = loadCues(CATEGORIES).byCategory.get('donation')!;
    expect(donation.accepts({ unit: '人次', unitKind: 'count' } as never, '献血')).toBe(true);
    expect(donation.accepts({ unit: '人次', unitKind: 'count' } as never, '捐款')).toBe(false);
  });

  it('refuses a unit that units.yaml does not know, naming the file', () => {
    const file = variant('bad-unit.yaml', (y) => y.replace('    units: [篇, 条, 则, 期,', '    units: [篇篇, 条, 则, 期,'));
    expect(() => loadCues(CATEGORIES, file)).toThrow(DictionaryError);
    expect(() => loadCues(CATEGORIES, file)).toThrow(/bad-unit\.yaml: publicity lists units that units\.yaml does not know: 篇篇/);
  });

  it('refuses a category with no units, as file:line', () => {
    const file = variant('no-units.yaml', (y) => y.replace('    unit-kinds: [money]\n  training:', '  training:'));
    expect(() => loadCues(CATEGORIES, file)).toThrow(/no-units\.yaml:\d+: a category needs `unit-kinds` or `units`/);
  });
});

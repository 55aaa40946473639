import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DictionaryError } from '../../src/dictionary/index.js';
import { loadFormulaicPhrases } from '../../src/reuse/formulaic.js';
import { loadEras } from '../../src/reuse/stale.js';
import { loadForeignNameRules } from '../../src/reuse/foreign-names.js';

const dir = mkdtempSync(join(tmpdir(), 'wenshen-reuse-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('reuse dictionaries are validated on load', () => {
  it('the shipped lists load', () => {
    expect(loadFormulaicPhrases().parts.length).toBeGreaterThan(40);
    expect(loadEras().length).toBeGreaterThan(20);
  });

  it.each([
    ['a phrase too short', 'phrases-short.txt', '# header\n社会主义核心价值观\n在…下\n', /phrases-short\.txt:3: "在…下" has no part/],
    ['a repeated phrase', 'phrases-repeat.txt', '社会主义核心价值观\n社会主义核心价值观。\n', /phrases-repeat\.txt:2: .* repeats line 1/],
  ])('%s', (_name, name, content, message) => {
    expect(() => loadFormulaicPhrases(file(name, content))).toThrow(DictionaryError);
    expect(() => loadFormulaicPhrases(file(name, content))).toThrow(message);
  });

  it('an era ending before it starts', () => {
    const path = file('eras-bad.yaml', 'terms:\n  - { term: 两学一做, from: 2016, until: 2018 }\n  - { term: 三严三实, from: 2016, until: 2015 }\n');
    expect(() => loadEras(path)).toThrow(/eras-bad\.yaml:3: `from` must not be after `until`/);
  });

  it('a foreign-name level that does not exist', () => {
    const path = file('foreign.yaml', 'placeSuffixes: { province: [省], prefecture: [盟], city: [市], county: [县], township: [镇] }\nleadershipLevels: [village]\nleadershipBodies: [委]\nleadershipCues: [领导下]\ngenericPlaces: [新区]\nnameBoundaries: 在\nrelations: [与]\nmaxNameLength: 5\n');
    expect(() => loadForeignNameRules(path)).toThrow(DictionaryError);
    expect(() => loadForeignNameRules(path)).toThrow(/foreign\.yaml.*leadershipLevels/s);
  });
});

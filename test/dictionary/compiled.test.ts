import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { unchangedSinceBuild, useCompiledDictionaries, type CompiledDictionaries } from '../../src/dictionary/compiled.js';
import { DICTIONARY_DIR, loadYamlDictionary, type Zod } from '../../src/dictionary/index.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : []));

afterEach(() => useCompiledDictionaries(undefined));

describe('compiled dictionaries (dist/dictionaries.json)', () => {
  let compiled: CompiledDictionaries;
  beforeAll(async () => {
    // As the build compiles them, in modules of their own: loaders another test file ran keep what they loaded.
    vi.resetModules();
    compiled = (await import('../../src/compile-dictionaries.js')).compileEveryDictionary();
  });

  it('hold every YAML dictionary, validated, with the hash of its text', () => {
    const names = yamlFiles(DICTIONARY_DIR).map((f) => relative(DICTIONARY_DIR, f).split('\\').join('/')).sort();
    expect(Object.keys(compiled.data).map((k) => k.slice(k.indexOf(':') + 1)).sort()).toEqual(names);
    for (const name of names) expect(compiled.files[name]).toBe(sha256(readFileSync(join(DICTIONARY_DIR, name), 'utf8')));
    expect(compiled.files['jieba-user.txt']).toBeDefined(); // word lists: hashed, read as they are
  });

  const schema = (z: Zod) => z.strictObject({ money: z.array(z.string()) }).loose();
  const key = `${sha256(schema.toString())}:units.yaml`;
  const withUnits = (hash: string, data: unknown): CompiledDictionaries => ({ version: 1, files: { 'units.yaml': hash }, data: { [key]: JSON.stringify(data) } });
  const unitsText = readFileSync(join(DICTIONARY_DIR, 'units.yaml'), 'utf8');

  it('are read instead of the YAML while the file and the schema are those they were made from', () => {
    useCompiledDictionaries(withUnits(sha256(unitsText), { money: ['compiled'] }));
    expect(loadYamlDictionary('units.yaml', schema)).toEqual({ money: ['compiled'] });
  });

  it('are not read for a file changed since, nor for another schema: the YAML is validated again', () => {
    useCompiledDictionaries(withUnits(sha256('an older text'), { money: ['compiled'] }));
    expect(loadYamlDictionary('units.yaml', schema).money).toContain('元');
    useCompiledDictionaries(withUnits(sha256(unitsText), { money: ['compiled'] }));
    const other = (z: Zod) => z.object({ money: z.array(z.string()) });
    expect(loadYamlDictionary('units.yaml', other).money).toContain('元');
  });

  it('let a thread skip validating only while every file the build read is unchanged', () => {
    useCompiledDictionaries(compiled);
    expect(unchangedSinceBuild()).toBe(true);
    useCompiledDictionaries({ ...compiled, files: { ...compiled.files, 'units.yaml': sha256('an older text') } });
    expect(unchangedSinceBuild()).toBe(false);
    useCompiledDictionaries(null);
    expect(unchangedSinceBuild()).toBe(false);
  });
});

/** The modules `from` imports for their values (not `import type`), followed through src/. */
function valueImports(from: string, seen = new Set<string>(), packages = new Map<string, string>()): Map<string, string> {
  if (seen.has(from)) return packages;
  seen.add(from);
  const source = readFileSync(from, 'utf8');
  for (const m of source.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm)) {
    const spec = m[1]!;
    if (spec.startsWith('.')) valueImports(resolve(dirname(from), spec.replace(/\.js$/, '.ts')), seen, packages);
    else if (!spec.startsWith('node:')) packages.set(spec, relative(resolve('src'), from));
  }
  return packages;
}

describe('what a thread loads before its first document', () => {
  it.each([
    ['the worker', 'src/batch/worker.ts'],
    ['the command line up to the pool', 'src/batch/pool.ts'],
    ['the batch', 'src/batch/index.ts'],
  ])('%s imports neither YAML nor zod (they load only to validate a changed dictionary)', (_name, file) => {
    const packages = valueImports(resolve(file));
    expect(packages.get('zod')).toBeUndefined();
    expect(packages.get('yaml')).toBeUndefined();
    expect(packages.get('zod/mini')).toBeUndefined();
  });
});

// Validates every dictionary wenshen reads (the analysis's, each checklist under dictionaries/sections/, the reuse
// stage's and the report's) with the built code and writes the compiled form threads read instead (see
// dictionary/compiled.ts); `npm run build` runs it after the compiler (scripts/compile-dictionaries.mjs).
import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DICTIONARY_DIR } from './dictionary/index.js';
import { COMPILED_FILE, compileDictionaries, type CompiledDictionaries } from './dictionary/compiled.js';
import { checkResources } from './pipeline.js';
import { loadReportLabels } from './report/labels.js';
import { loadFormulaicPhrases } from './reuse/formulaic.js';

/** Every dictionary, validated, with the hash of each file's text. Throws the first DictionaryError. */
export function compileEveryDictionary(): CompiledDictionaries {
  const checklists = readdirSync(join(DICTIONARY_DIR, 'sections')).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length));
  return compileDictionaries(() => {
    for (const checklist of checklists.sort()) checkResources(checklist);
    loadFormulaicPhrases();
    loadReportLabels();
  });
}

/**
 * Writes the compiled dictionaries beside the built code. A dictionary that does not validate is no reason to fail
 * the build: nothing is written, and wenshen reports the file and line when it runs.
 */
export function writeCompiledDictionaries(file = fileURLToPath(COMPILED_FILE)): string {
  let compiled: CompiledDictionaries;
  try {
    compiled = compileEveryDictionary();
  } catch (e) {
    rmSync(file, { force: true });
    return `dictionaries not compiled (wenshen validates them when it runs): ${(e as Error).message}`;
  }
  writeFileSync(`${file}.tmp`, JSON.stringify(compiled));
  renameSync(`${file}.tmp`, file);
  return `dictionaries compiled: ${Object.keys(compiled.data).length} YAML files validated, ${Object.keys(compiled.files).length} files in all`;
}

// An edited copy of a dictionary file in a fresh temporary folder, for tests of what a loader does with a change.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DICTIONARY_DIR } from '../../src/dictionary/index.js';

/** Writes `edit` of dictionaries/<dictionary> as <tmp>/<name> and returns its path. */
export function dictionaryVariant(dictionary: string, name: string, edit: (yaml: string) => string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'wenshen-dictionary-')), name);
  writeFileSync(file, edit(readFileSync(join(DICTIONARY_DIR, dictionary), 'utf8')));
  return file;
}

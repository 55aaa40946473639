// Loads the data files in dictionaries/ and validates them, reporting a bad entry as `file:line: what is wrong`.
// A YAML file the build validated unchanged (compiled.ts) is read from its compiled form: YAML and zod load only for
// a file that needs validating.
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { z } from 'zod';
import { compiledData, noteValidated, noteWordList } from './compiled.js';
import { DICTIONARY_DIR, DictionaryError, displayPath } from './location.js';
import { validateYaml } from './validate.js';

export { DICTIONARY_DIR, DictionaryError } from './location.js';

/** The zod namespace, given to a schema when a file needs validating. */
export type Zod = typeof z;

/**
 * A dictionary's zod schema, built when a file needs validating: a module that loads dictionaries does not load
 * zod itself (it takes a third of a second), so a thread that reads compiled dictionaries never does.
 */
export type DictionarySchema<S extends z.ZodType = z.ZodType> = (z: Zod) => S;

/** What a dictionary schema validates to. */
export type DictionaryData<F extends DictionarySchema> = z.infer<ReturnType<F>>;

/** A name under dictionaries/ (`units.yaml`, `figures/cues.yaml`), or a path when absolute or starting with a dot. */
function resolveDictionary(nameOrPath: string): string {
  return isAbsolute(nameOrPath) || nameOrPath.startsWith('.') ? nameOrPath : join(DICTIONARY_DIR, nameOrPath);
}

/** The file's text; a missing or unreadable file is a DictionaryError naming it, not a crash. */
function readDictionaryFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new DictionaryError(`${displayPath(file)}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** Reads a YAML dictionary (by name under dictionaries/, or a path) and validates it with `schema`. */
export function loadYamlDictionary<F extends DictionarySchema>(nameOrPath: string, schema: F): DictionaryData<F> {
  const file = resolveDictionary(nameOrPath);
  const source = readDictionaryFile(file);
  const compiled = compiledData(file, source, schema);
  if (compiled !== undefined) return compiled as DictionaryData<F>;
  const data = validateYaml(file, source, schema) as DictionaryData<F>;
  noteValidated(file, source, schema, data);
  return data;
}

/** Reads a line-based word list: one entry a line, `#` starts a comment line, blank lines are skipped. */
export function loadWordList(nameOrPath: string): { line: number; text: string }[] {
  const file = resolveDictionary(nameOrPath);
  const source = readDictionaryFile(file);
  noteWordList(file, source);
  return source
    .split(/\r?\n/)
    .map((text, i) => ({ line: i + 1, text: text.trim() }))
    .filter((entry) => entry.text !== '' && !entry.text.startsWith('#'));
}

/** A string that must compile as a JavaScript regex (with the `u` flag), checked on load. */
export const regexSource = (z: Zod) =>
  z.string().refine(
    (source) => {
      try {
        new RegExp(source, 'u');
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not a valid regular expression' },
  );

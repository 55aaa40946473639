// The dictionaries as the build validated them (dist/dictionaries.json, written by scripts/compile-dictionaries.mjs):
// each file's content hash and its validated data, so that a thread reads JSON instead of loading YAML and zod and
// validating again. A file whose text or schema changed since is validated from its YAML as before.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { DICTIONARY_DIR } from './location.js';

/** Where the build writes the compiled dictionaries: dist/dictionaries.json (run from the sources, there is none). */
export const COMPILED_FILE = new URL('../dictionaries.json', import.meta.url);

export interface CompiledDictionaries {
  version: 1;
  /** Every dictionary file the build read (under dictionaries/) and the SHA-256 of its text then. */
  files: Record<string, string>;
  /** The validated data of each YAML file, as JSON, under `<schema hash>:<file>`: a file is valid for one schema. */
  data: Record<string, string>;
}

let compiled: CompiledDictionaries | null | undefined;
/** While the build compiles, what it has read so far (and nothing is taken from an earlier compilation). */
let recording: CompiledDictionaries | undefined;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A file's name in the compiled form: its path under dictionaries/, or null for a file elsewhere. */
function keyOf(file: string): string | null {
  const rel = relative(DICTIONARY_DIR, file);
  return rel.startsWith('..') || isAbsolute(rel) ? null : rel.split('\\').join('/');
}

/** The schema's fingerprint: the source of the function that builds it. */
const schemaKey = (schema: (...args: never[]) => unknown) => sha256(schema.toString());

function compiledDictionaries(): CompiledDictionaries | null {
  if (compiled === undefined) {
    try {
      compiled = JSON.parse(readFileSync(COMPILED_FILE, 'utf8')) as CompiledDictionaries;
      if (compiled.version !== 1) compiled = null;
    } catch {
      compiled = null; // not built, or run from the sources: every file is validated from its YAML
    }
  }
  return compiled;
}

/** The data the build validated for this file's text with this schema, or undefined when it must be validated. */
export function compiledData(file: string, source: string, schema: (...args: never[]) => unknown): unknown {
  const key = keyOf(file);
  const built = recording ? null : compiledDictionaries();
  if (!built || key === null || built.files[key] !== sha256(source)) return undefined;
  const json = built.data[`${schemaKey(schema)}:${key}`];
  return json === undefined ? undefined : JSON.parse(json);
}

/** While compiling: a YAML file validated, kept when its data survives JSON unchanged. */
export function noteValidated(file: string, source: string, schema: (...args: never[]) => unknown, data: unknown): void {
  const key = keyOf(file);
  if (!recording || key === null) return;
  recording.files[key] = sha256(source);
  const json = JSON.stringify(data);
  if (isDeepStrictEqual(JSON.parse(json), data)) recording.data[`${schemaKey(schema)}:${key}`] = json;
}

/** While compiling: a word list read (it has no compiled form; its hash says whether it changed). */
export function noteWordList(file: string, source: string): void {
  const key = keyOf(file);
  if (recording && key !== null) recording.files[key] = sha256(source);
}

/** Runs `loadEvery` (which loads every dictionary, validating each) and returns what it read, compiled. */
export function compileDictionaries(loadEvery: () => void): CompiledDictionaries {
  recording = { version: 1, files: {}, data: {} };
  try {
    loadEvery();
    return recording;
  } finally {
    recording = undefined;
  }
}

/** Replaces the compiled dictionaries this thread reads (tests); undefined reads dist/dictionaries.json again. */
export function useCompiledDictionaries(dictionaries: CompiledDictionaries | null | undefined): void {
  compiled = dictionaries;
}

/**
 * Whether every dictionary the build read still has the text it had then: what the build validated then needs no
 * validating again (the checklist named at run time is checked apart).
 */
export function unchangedSinceBuild(): boolean {
  const built = compiledDictionaries();
  if (!built) return false;
  return Object.entries(built.files).every(([key, hash]) => {
    try {
      return sha256(readFileSync(join(DICTIONARY_DIR, key), 'utf8')) === hash;
    } catch {
      return false;
    }
  });
}

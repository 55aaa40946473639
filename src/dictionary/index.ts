// Loads the data files in dictionaries/ and validates them, reporting a bad entry as `file:line: what is wrong`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isAbsolute, join, relative } from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { z } from 'zod';

export const DICTIONARY_DIR = fileURLToPath(new URL('../../dictionaries/', import.meta.url));

/** A dictionary file that does not say what it should; the message names the file and line. */
export class DictionaryError extends Error {
  override name = 'DictionaryError';
}

/** A name under dictionaries/ (`units.yaml`, `figures/cues.yaml`), or a path when absolute or starting with a dot. */
function resolveDictionary(nameOrPath: string): string {
  return isAbsolute(nameOrPath) || nameOrPath.startsWith('.') ? nameOrPath : join(DICTIONARY_DIR, nameOrPath);
}

function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
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
export function loadYamlDictionary<S extends z.ZodType>(nameOrPath: string, schema: S): z.infer<S> {
  const file = resolveDictionary(nameOrPath);
  const source = readDictionaryFile(file);
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  const where = (offset: number) => `${displayPath(file)}:${lines.linePos(offset).line}`;
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new DictionaryError(`${where(e.pos[0])}: ${e.message.split('\n')[0]}`);
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  let node: unknown = doc.getIn(issue.path as (string | number)[], true);
  for (let depth = issue.path.length - 1; !isNode(node) && depth >= 0; depth--) {
    node = doc.getIn(issue.path.slice(0, depth) as (string | number)[], true);
  }
  const offset = isNode(node) && node.range ? node.range[0] : 0;
  const at = issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
  throw new DictionaryError(`${where(offset)}: ${issue.message}${at}`);
}

/** Reads a line-based word list: one entry a line, `#` starts a comment line, blank lines are skipped. */
export function loadWordList(nameOrPath: string): { line: number; text: string }[] {
  const file = resolveDictionary(nameOrPath);
  return readDictionaryFile(file)
    .split(/\r?\n/)
    .map((text, i) => ({ line: i + 1, text: text.trim() }))
    .filter((entry) => entry.text !== '' && !entry.text.startsWith('#'));
}

/** A string that must compile as a JavaScript regex (with the `u` flag), checked on load. */
export const regexSource = z.string().refine(
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

// Where the dictionaries are, how a dictionary file is named in messages, and the error that names it.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DICTIONARY_DIR = fileURLToPath(new URL('../../dictionaries/', import.meta.url));

/** A dictionary file that does not say what it should; the message names the file and line. */
export class DictionaryError extends Error {
  override name = 'DictionaryError';
}

/** A file as messages name it: relative to the working folder when inside it. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

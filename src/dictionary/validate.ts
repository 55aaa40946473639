// Validates a YAML dictionary's text with its zod schema; a problem is a DictionaryError at `file:line`. YAML and zod
// are required here, when a file needs validating, not imported by every module that reads a dictionary.
import { createRequire } from 'node:module';
import type { z } from 'zod';
import type * as Yaml from 'yaml';
import { DictionaryError, displayPath } from './location.js';

const require = createRequire(import.meta.url);
let libraries: { yaml: typeof Yaml; z: typeof z } | undefined;

/** The YAML reader and zod, loaded on first use (zod's CommonJS build: the same API, loaded synchronously). */
function load(): { yaml: typeof Yaml; z: typeof z } {
  libraries ??= { yaml: require('yaml') as typeof Yaml, z: (require('zod') as { z: typeof z }).z };
  return libraries;
}

/** The data of a YAML dictionary's text, validated by the schema built from `schema`. */
export function validateYaml(file: string, source: string, schema: (zod: typeof z) => z.ZodType): unknown {
  const { yaml, z: zod } = load();
  const lines = new yaml.LineCounter();
  const doc = yaml.parseDocument(source, { lineCounter: lines, prettyErrors: false });
  const where = (offset: number) => `${displayPath(file)}:${lines.linePos(offset).line}`;
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new DictionaryError(`${where(e.pos[0])}: ${e.message.split('\n')[0]}`);
  }
  const result = schema(zod).safeParse(doc.toJS());
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  let node: unknown = doc.getIn(issue.path as (string | number)[], true);
  for (let depth = issue.path.length - 1; !yaml.isNode(node) && depth >= 0; depth--) {
    node = doc.getIn(issue.path.slice(0, depth) as (string | number)[], true);
  }
  const offset = yaml.isNode(node) && node.range ? node.range[0] : 0;
  const at = issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
  throw new DictionaryError(`${where(offset)}: ${issue.message}${at}`);
}

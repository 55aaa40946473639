// Validates records against the JSON Schema files committed under schema/ (not against the zod schemas they come
// from: scoring tools read the files).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';

export const SCHEMA_DIR = new URL('../../schema/', import.meta.url).pathname;

const ajv = new Ajv2020({ allErrors: true, strict: false });
for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json'))) ajv.addSchema(JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')), file);

/** The problems of a record against schema/<file>, empty when it is valid. */
export function problems(file: string, record: unknown): string[] {
  const validate = ajv.getSchema(file);
  if (!validate) throw new Error(`no schema/${file}`);
  return validate(record) ? [] : (validate.errors ?? []).map((e) => `${file} ${e.instancePath} ${e.message}`);
}

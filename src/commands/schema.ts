// `wenshen schema`: writes the JSON Schema of every output record into a folder (schema/ by default).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { jsonSchemaFiles } from '../model/json-schema.js';

export const SCHEMA_DIR = 'schema';

export async function schemaCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  const dir = values.out ?? SCHEMA_DIR;
  await mkdir(dir, { recursive: true });
  const files = jsonSchemaFiles();
  for (const [file, content] of files) await writeFile(join(dir, file), content);
  process.stdout.write(`wenshen: wrote ${files.size} JSON Schema files to ${dir}/\n`);
  return 0;
}

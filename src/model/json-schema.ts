// Turns the output records' zod schemas into the JSON Schema files committed under schema/.
import { z } from 'zod';
import { checklistItemSchema, documentSchema, figureLineSchema, findingSchema, honorLineSchema, placeholderSchema } from './document.js';
import { runSchema, runSummarySchema } from './run.js';

/** Every output record, by the file name of its JSON Schema. */
export const RECORD_SCHEMAS: Record<string, z.ZodType> = {
  'document.schema.json': documentSchema,
  'figure.schema.json': figureLineSchema,
  'honor.schema.json': honorLineSchema,
  'placeholder.schema.json': placeholderSchema,
  'finding.schema.json': findingSchema,
  'checklist-item.schema.json': checklistItemSchema,
  'run.schema.json': runSummarySchema,
  'store-run.schema.json': runSchema,
};

/** Each file's content: the JSON Schema (draft 2020-12) of its record, with an `$id` naming it. */
export function jsonSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [file, schema] of Object.entries(RECORD_SCHEMAS)) {
    const json = { $id: `https://wenshen.local/schema/${file}`, ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }) };
    files.set(file, JSON.stringify(json, null, 2) + '\n');
  }
  return files;
}

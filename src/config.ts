// Reads wenshen.config.json (or --config) and validates it; every problem is one line naming the key and what
// it expects. Command-line options override what the file says.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { UsageError } from './batch/discover.js';
import { OUTPUT_KINDS } from './output/formats.js';

export const CONFIG_FILE = 'wenshen.config.json';

const wholeFromOne = z.number().int().min(1);

export const configSchema = z.strictObject({
  /** Section checklist: a name under dictionaries/sections/ or a YAML path. */
  checklist: z.string().min(1).optional(),
  /** Folder of the official templates reports are compared with (used by reuse detection). */
  templates: z.string().min(1).optional(),
  concurrency: wholeFromOne.optional(),
  ocr: z.boolean().optional(),
  split: z.boolean().optional(),
  limits: z
    .strictObject({
      timeoutSeconds: wholeFromOne.optional(),
      maxBytes: wholeFromOne.optional(),
      memoryMb: wholeFromOne.optional(),
    })
    .optional(),
  /** Output files to write. */
  outputs: z.array(z.enum(OUTPUT_KINDS)).min(1).optional(),
  /** SQLite file path or postgres:// URL. */
  db: z.string().min(1).optional(),
});

export type Config = z.infer<typeof configSchema>;

/** What a value should have been, in words, for the one-line error. */
function expected(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? 'a whole number' : `a ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'array' ? `a list of at least ${issue.minimum}` : issue.origin === 'string' ? 'a non-empty string' : `a number from ${issue.minimum} up`;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);
}

/** Checks a parsed configuration; throws a UsageError of one line for the first problem. */
export function validateConfig(data: unknown, file: string): Config {
  const result = configSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const at = (path: PropertyKey[]) => path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const parent = issue.path.length ? `${at(issue.path)}.` : '';
    const known = issue.path.length === 0 ? Object.keys(configSchema.shape) : Object.keys(configSchema.shape.limits.unwrap().shape);
    throw new UsageError(`${file}: unknown key \`${parent}${issue.keys[0]}\`; expected one of ${known.join(', ')}`);
  }
  const got = valueAt(data, issue.path);
  throw new UsageError(`${file}: \`${at(issue.path)}\` should be ${expected(issue)}, got ${JSON.stringify(got) ?? 'nothing'}`);
}

/** The configuration from `--config <file>`, else ./wenshen.config.json when there is one, else nothing. */
export function loadConfig(path?: string): Config {
  const file = path ?? (existsSync(CONFIG_FILE) ? CONFIG_FILE : undefined);
  if (!file) return {};
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read the configuration ${file}; check the --config path`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  return validateConfig(data, file);
}

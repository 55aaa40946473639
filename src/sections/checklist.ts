// Loads and validates a section checklist from dictionaries/sections/ (by name) or a path.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DICTIONARY_DIR, DictionaryError, loadYamlDictionary, regexSource, type DictionaryData, type Zod } from '../dictionary/index.js';
import { oncePerFile } from '../dictionary/once-per-file.js';
import { CHECKLIST_LEVELS, GENRES } from '../model/vocabulary.js';

const checklistSchema = (z: Zod) => {
  const frameSchema = z.strictObject({ heading: z.array(z.string().min(1)).min(1), minBodyCues: z.number().int().min(1) });
  // A gap cue (取得…成效) needs words on both sides of each …: a bare … would match any stretch of a clause.
  const cueSchema = z.string().min(1).refine((cue) => !/^\^?…|…$|……/u.test(cue), 'a cue written with … needs words on both sides of each …');
  const sectionSchema = z.strictObject({
    id: z.string().regex(/^[a-z][a-z-]*$/, 'an id is lower-case letters and hyphens'),
    label: z.string().min(1),
    level: z.enum(CHECKLIST_LEVELS),
    heading: z.array(z.string().min(1)),
    headingExcept: z.array(z.string().min(1)).optional(),
    // One frame, or several when different words need different support in the block (员工教育 two moral cues,
    // 思想教育 one).
    framedBy: z.union([frameSchema, z.array(frameSchema).min(1)]).optional(),
    bodyExcept: z.array(z.string().min(1)).optional(),
    body: z.array(cueSchema),
    bodyAlone: z.array(cueSchema).optional(),
    bodyNeeds: z.array(z.string().min(1)).optional(),
    bodyNotWith: z.array(z.string().min(1)).optional(),
    minBodyCues: z.number().int().min(1).optional(),
    opening: z.boolean().optional(),
    closing: z.boolean().optional(),
    lateHeading: z.boolean().optional(),
    honorsCount: z.boolean().optional(),
    signature: z.boolean().optional(),
  });

  const unitKindSchema = z.strictObject({
    name: z.string().min(1),
    unit: regexSource(z),
    otherUnit: regexSource(z),
    minMentions: z.number().int().min(1),
    move: z.strictObject({ from: z.string().min(1), to: z.string().min(1), keep: z.array(z.string().min(1)), fromNeeds: z.array(z.string().min(1)).min(1) }),
  });

  return z
    .strictObject({
      name: z.string().min(1),
      genres: z.array(z.enum(GENRES)).min(1),
      honorClause: regexSource(z).optional(),
      shortfallClause: regexSource(z).optional(),
      headingPurpose: regexSource(z).optional(),
      guidingSlogan: regexSource(z).optional(),
      unitKinds: z.array(unitKindSchema).optional(),
      sections: z.array(sectionSchema).min(1),
    })
    .refine((c) => new Set(c.sections.map((s) => s.id)).size === c.sections.length, { message: 'section ids must be unique', path: ['sections'] })
    .refine((c) => (c.unitKinds ?? []).every((k) => [k.move.from, k.move.to].every((id) => c.sections.some((s) => s.id === id))), { message: 'a unit kind moves cues between sections of the checklist', path: ['unitKinds'] });
};

export type Checklist = DictionaryData<typeof checklistSchema>;
export type ChecklistSection = Checklist['sections'][number];

export const DEFAULT_CHECKLIST = 'wenming-summary';

/** The dictionary name or path `loadYamlDictionary` reads for a checklist given by name or path. */
function checklistName(nameOrPath: string): string {
  const isPath = /\.ya?ml$/.test(nameOrPath);
  return !isPath ? `sections/${nameOrPath}.yaml` : nameOrPath.startsWith('/') || nameOrPath.startsWith('.') ? nameOrPath : `./${nameOrPath}`;
}

/** The file a checklist given by name or path is read from. */
export function checklistFile(nameOrPath = DEFAULT_CHECKLIST): string {
  const name = checklistName(nameOrPath);
  return name.startsWith('/') || name.startsWith('.') ? resolve(name) : join(DICTIONARY_DIR, name);
}

const checklistOnce = oncePerFile(readChecklist);

/** A checklist by name (dictionaries/sections/<name>.yaml) or by path (ending in .yaml/.yml). */
export function loadChecklist(nameOrPath = DEFAULT_CHECKLIST): Checklist {
  return checklistOnce(nameOrPath);
}

function readChecklist(nameOrPath: string): Checklist {
  const file = checklistName(nameOrPath);
  if (!/\.ya?ml$/.test(nameOrPath) && !existsSync(join(DICTIONARY_DIR, file))) {
    const known = readdirSync(join(DICTIONARY_DIR, 'sections')).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5));
    throw new DictionaryError(`no checklist named \`${nameOrPath}\`: use one of ${known.join(', ')}, or the path of a .yaml file`);
  }
  return loadYamlDictionary(file, checklistSchema);
}

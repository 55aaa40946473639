// The closed word lists of the records (error codes, figure categories, honor levels, genres …) as plain constants:
// the zod schemas in this folder build their enums from them, and code that only needs the words (or a dictionary
// schema built on demand) takes them from here without loading zod.

/** Stable error codes of a failed document; documented in README. */
export const ERROR_CODES = ['E_CORRUPT', 'E_ENCRYPTED', 'E_EMPTY', 'E_NO_TEXT_LAYER', 'E_UNSUPPORTED', 'E_TOO_LARGE', 'E_TIMEOUT', 'E_UNREADABLE', 'E_INTERNAL'] as const;

export const FIGURE_CATEGORIES = ['satisfaction', 'rate', 'donation', 'investment', 'training', 'volunteer', 'activity', 'publicity', 'assistance', 'personnel', 'workload', 'other'] as const;

export const HONOR_LEVELS = ['national', 'provincial', 'city', 'county', 'district', 'internal', 'unknown'] as const;

export const PLACEHOLDER_KINDS = ['blank', 'deleted-name'] as const;

export const GENRES = ['summary', 'plan', 'personal', 'notice', 'other'] as const;

export const CHECKLIST_LEVELS = ['R', 'E', 'O'] as const;

/** The `schema` field of every documents.jsonl record. */
export const DOCUMENT_SCHEMA = 'wenshen/document@1';

/** The `schema` field of run.json. */
export const RUN_SCHEMA = 'wenshen/run@1';

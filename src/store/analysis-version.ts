// Fingerprints everything a document's results depend on besides its bytes: the code, the dictionaries, the
// checklist and the options that change the analysis. A stored result is reused only under the same fingerprint.
// The reuse stage's own dictionary (formulaic phrases) is left out: it changes only what the reuse stage finds, so
// a change to it re-runs that stage over stored texts (see reuseDictionaryVersion) and analyses nothing. Other
// files under dictionaries/reuse/ (stale-template tells) are read by the analysis in the workers: they stay in.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DICTIONARY_DIR } from '../dictionary/index.js';
import { checklistFile } from '../sections/checklist.js';

/** The folder the running code was loaded from: src/ under tsx, the compiled folder when built. */
const CODE_DIR = fileURLToPath(new URL('..', import.meta.url));

/**
 * The dictionary that only the reuse stage (in the main thread, after the analysis) reads: reuse/formulaic.ts's
 * FORMULAIC_FILE, named here without importing the reuse code (a test keeps the two equal).
 */
export const REUSE_STAGE_DICTIONARY = 'reuse/formulaic-phrases.txt';

function hashTree(hash: ReturnType<typeof createHash>, root: string, dir = root, skip?: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = join(dir, entry.name);
    if (relative(root, full) === skip) continue;
    if (entry.isDirectory()) hashTree(hash, root, full, skip);
    else if (entry.isFile() && !/\.test\.ts$|\.map$/.test(entry.name)) hash.update(`${relative(root, full)}\0`).update(readFileSync(full)).update('\0');
  }
}

export interface VersionInputs {
  checklist: string;
  ocr: boolean;
  split: boolean;
  /** Figures of every claim kept, not only achieved ones: the records differ. @default false */
  allFigures?: boolean;
}

export function analysisVersion(options: VersionInputs): string {
  const hash = createHash('sha256');
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  hash.update(`wenshen ${pkg.version}\0ocr=${options.ocr}\0split=${options.split}\0`);
  if (options.allFigures) hash.update('allFigures\0');
  hashTree(hash, CODE_DIR);
  hashTree(hash, DICTIONARY_DIR, DICTIONARY_DIR, REUSE_STAGE_DICTIONARY);
  const checklist = checklistFile(options.checklist);
  if (statSync(checklist, { throwIfNoEntry: false })) hash.update(readFileSync(checklist));
  return hash.digest('hex').slice(0, 16);
}

/** Fingerprints the reuse stage's dictionaries: stored reuse results stand only under the same ones. */
export function reuseDictionaryVersion(): string {
  return createHash('sha256').update(readFileSync(join(DICTIONARY_DIR, REUSE_STAGE_DICTIONARY))).digest('hex').slice(0, 16);
}

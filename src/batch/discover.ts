// Turns the command line's folders and files into the sorted list of documents to analyse, and the files left out.
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { displayName } from './display-name.js';

/** Formats wenshen reads. */
export const SUPPORTED_EXTENSIONS = new Set(['docx', 'doc', 'wps', 'pdf', 'ofd', 'txt', 'md', 'html', 'htm']);
/** Formats a unit might submit that wenshen cannot read: they get an E_UNSUPPORTED record, not silence. */
export const UNSUPPORTED_EXTENSIONS = new Set(['odt', 'rtf', 'xls', 'xlsx', 'et', 'ppt', 'pptx', 'dps', 'pages', 'caj', 'kdh', 'nh']);
const IMAGE_EXTENSIONS = new Set(['jpg', 'jpeg', 'png', 'gif', 'bmp', 'tif', 'tiff', 'webp', 'heic']);
const SYSTEM_FILES = new Set(['thumbs.db', 'desktop.ini', '.ds_store', 'ehthumbs.db']);

export interface InputFile {
  /** Where to read it: a string, or the raw bytes of a name that is not valid UTF-8. */
  file: string | Buffer;
  /** How records name it: as given on the command line, or relative to the one folder given; escaped. */
  path: string;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface Discovery {
  files: InputFile[];
  /** Files found but not analysed (system files, images, links leading out), with why. */
  skipped: SkippedFile[];
  /** Folders that could not be read; the run goes on without them. */
  warnings: string[];
}

export interface DiscoverOptions {
  /** Follow symbolic links that lead outside the input folders. @default false */
  followSymlinks?: boolean;
  /** Folders never read (the output folder): outputs never become inputs. */
  exclude?: string[];
  /** Reads a folder; replaceable so tests can make one fail as it would for an unprivileged user. */
  readFolder?: (folder: Buffer) => Promise<Dirent<Buffer>[]>;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

const SLASH = Buffer.from('/');
const joinBytes = (a: Buffer, b: Buffer) => Buffer.concat([a, SLASH, b]);

/** A name as fs takes it: a string when the bytes are UTF-8 (they round-trip), else the bytes themselves. */
function fsPath(bytes: Buffer): string | Buffer {
  const text = bytes.toString('utf8');
  return Buffer.byteLength(text) === bytes.length && Buffer.from(text).equals(bytes) ? text : bytes;
}

function extensionOf(name: string): string {
  const m = /\.([^./]+)$/.exec(name);
  return m ? m[1]!.toLowerCase() : '';
}

/** Why a file is not a submission, or null for a file to analyse. */
function skipReason(name: string): string | null {
  if (SYSTEM_FILES.has(name.toLowerCase()) || name.startsWith('~$') || name.startsWith('._') || name.startsWith('.~lock')) return 'system file';
  if (name.startsWith('.')) return 'hidden file';
  const ext = extensionOf(name);
  if (SUPPORTED_EXTENSIONS.has(ext) || UNSUPPORTED_EXTENSIONS.has(ext)) return null;
  if (IMAGE_EXTENSIONS.has(ext)) return 'image (not read yet; put scanned pages into a PDF)';
  return 'not a document type wenshen knows';
}

const isInside = (real: Buffer, root: Buffer) => real.equals(root) || (real.length > root.length && real.subarray(0, root.length + 1).equals(joinBytes(root, Buffer.alloc(0))));

interface WalkContext {
  roots: Buffer[];
  excluded: Buffer[];
  visited: Set<string>;
  options: DiscoverOptions;
  found: { file: Buffer; rel: Buffer }[];
  skipped: { rel: Buffer; reason: string }[];
  warnings: string[];
  readFolder: (folder: Buffer) => Promise<Dirent<Buffer>[]>;
}

async function walk(folder: Buffer, rel: Buffer | null, ctx: WalkContext): Promise<void> {
  const real = await realpath(folder, { encoding: 'buffer' }).catch(() => folder);
  if (ctx.excluded.some((ex) => isInside(real, ex))) return; // the output folder (and what is under it)
  const key = real.toString('latin1');
  if (ctx.visited.has(key)) return; // a symlink loop or a folder linked twice
  ctx.visited.add(key);
  let entries: Dirent<Buffer>[];
  try {
    entries = await ctx.readFolder(folder);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    ctx.warnings.push(`folder ${displayName(rel ?? folder) || '.'} cannot be read (${code}); its files are left out`);
    return;
  }
  for (const entry of entries) {
    const name = entry.name;
    const full = joinBytes(folder, name);
    const relPath = rel ? joinBytes(rel, name) : name;
    const text = name.toString('utf8');
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await realpath(full, { encoding: 'buffer' }).catch(() => undefined);
      if (!target) {
        ctx.skipped.push({ rel: relPath, reason: 'link to nothing' });
        continue;
      }
      if (!ctx.options.followSymlinks && !ctx.roots.some((root) => isInside(target, root))) {
        ctx.skipped.push({ rel: relPath, reason: 'link leading outside the input folder (--follow-symlinks reads it)' });
        continue;
      }
      const info = await stat(target).catch(() => undefined);
      isDir = info?.isDirectory() ?? false;
      isFile = info?.isFile() ?? false;
    }
    if (isDir) {
      if (!text.startsWith('.')) await walk(full, relPath, ctx);
      continue;
    }
    const reason = isFile ? skipReason(text) : 'not a regular file';
    if (reason) ctx.skipped.push({ rel: relPath, reason });
    else ctx.found.push({ file: full, rel: relPath });
  }
}

export async function discover(inputs: string[], options: DiscoverOptions = {}): Promise<Discovery> {
  if (inputs.length === 0) throw new UsageError('no input given: name a folder or files, e.g. `wenshen analyze reports/ --out out/`');
  const kinds = await Promise.all(
    inputs.map(async (input) => {
      const info = await stat(input).catch(() => undefined);
      if (!info) throw new UsageError(`input not found: ${displayName(Buffer.from(input))}`);
      return { input, isDir: info.isDirectory(), real: await realpath(input, { encoding: 'buffer' }) };
    }),
  );
  const excluded = await Promise.all((options.exclude ?? []).map((dir) => realpath(dir, { encoding: 'buffer' }).catch(() => Buffer.from(resolve(dir)))));
  for (const { input, isDir, real } of kinds) {
    if (isDir && excluded.some((ex) => isInside(real, ex))) {
      throw new UsageError(`input folder ${displayName(Buffer.from(input))} is --out or inside it; write the outputs elsewhere, e.g. --out ${displayName(Buffer.from(input.replace(/\/+$/, '')))}-out`);
    }
  }
  const single = kinds.length === 1 && kinds[0]!.isDir;
  const files = new Map<string, InputFile>();
  const skipped: SkippedFile[] = [];
  const warnings: string[] = [];
  const ctx: WalkContext = {
    roots: kinds.filter((k) => k.isDir).map((k) => k.real),
    excluded,
    visited: new Set(),
    options,
    found: [],
    skipped: [],
    warnings,
    readFolder: options.readFolder ?? ((folder) => readdir(folder, { withFileTypes: true, encoding: 'buffer' })),
  };
  for (const { input, isDir } of kinds) {
    if (!isDir) {
      files.set(Buffer.from(input).toString('latin1'), { file: input, path: displayName(Buffer.from(input)) });
      continue;
    }
    const root = Buffer.from(input.length > 1 ? input.replace(/\/+$/, '') : input);
    ctx.found = [];
    ctx.skipped = [];
    await walk(root, null, ctx);
    const named = (rel: Buffer) => displayName(single ? rel : joinBytes(root, rel));
    // Keyed by the raw bytes: two names that only differ in bytes that do not decode stay two records.
    for (const { file, rel } of ctx.found) files.set(file.toString('latin1'), { file: fsPath(file), path: named(rel) });
    for (const { rel, reason } of ctx.skipped) skipped.push({ path: named(rel), reason });
  }
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { files: [...files.values()].sort(byPath), skipped: skipped.sort(byPath), warnings };
}

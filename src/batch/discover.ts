// Turns the command line's folders and files into the sorted list of documents to analyse.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export const SUPPORTED_EXTENSIONS = new Set(['docx', 'doc', 'wps', 'pdf', 'ofd', 'txt', 'md', 'html', 'htm']);

export interface InputFile {
  /** Where to read it. */
  file: string;
  /** How records name it: as given on the command line, or relative to the one folder given. */
  path: string;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

function isSkipped(name: string): boolean {
  // Hidden files, and the lock files Word and WPS leave beside open documents (~$报告.docx).
  return name.startsWith('.') || name.startsWith('~$');
}

function hasSupportedExtension(name: string): boolean {
  const m = /\.([^.]+)$/.exec(name);
  return m !== null && SUPPORTED_EXTENSIONS.has(m[1]!.toLowerCase());
}

async function walk(folder: string, visited: Set<string>, out: string[]): Promise<void> {
  const real = await realpath(folder);
  if (visited.has(real)) return; // a symlink loop or a folder linked twice
  visited.add(real);
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    if (isSkipped(entry.name)) continue;
    const full = join(folder, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(full).catch(() => undefined);
      if (!target) continue; // a dangling link
      isDir = target.isDirectory();
      isFile = target.isFile();
    }
    if (isDir) await walk(full, visited, out);
    else if (isFile && hasSupportedExtension(entry.name)) out.push(full);
  }
}

const toPosix = (p: string) => p.split(sep).join('/');

export async function discover(inputs: string[]): Promise<InputFile[]> {
  if (inputs.length === 0) throw new UsageError('no input given: name a folder or files, e.g. `wenshen analyze reports/ --out out/`');
  const kinds = await Promise.all(
    inputs.map(async (input) => {
      const info = await stat(input).catch(() => undefined);
      if (!info) throw new UsageError(`input not found: ${input}`);
      return { input, isDir: info.isDirectory() };
    }),
  );
  const single = kinds.length === 1 && kinds[0]!.isDir;
  const files = new Map<string, InputFile>();
  const visited = new Set<string>();
  for (const { input, isDir } of kinds) {
    if (!isDir) {
      files.set(toPosix(input), { file: input, path: toPosix(input) });
      continue;
    }
    const found: string[] = [];
    await walk(input, visited, found);
    for (const file of found) {
      const path = toPosix(single ? relative(input, file) : file);
      files.set(path, { file, path });
    }
  }
  return [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

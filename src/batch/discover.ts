// Turns the command line's folders and files into the sorted list of documents to analyse.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export const SUPPORTED_EXTENSIONS = new Set(['docx', 'doc', 'wps', 'pdf', 'ofd', 'txt', 'md', 'html', 'htm', 'jpg', 'jpeg', 'png', 'tif', 'tiff', 'bmp']);

export interface InputFile {
  /** Where to read it. */
  file: string;
  /** How records name it: as given on the command line, or relative to the one folder given. */
  path: string;
  /** For a group of page images (--group-images): the page files in page order; `file` is the first. */
  pages?: string[];
}

/** `报告_1.jpg`, `报告-2.png`, `报告 3.tif`: a page image with its stem and page number. */
const PAGE_IMAGE = /^(.+?)[_\- ]?(\d{1,4})\.(?:jpe?g|png|tiff?|bmp)$/i;

/**
 * Joins page images of one stem in one folder (`报告_1.jpg`, `报告_2.jpg` …) into one submission named
 * `报告_*.jpg`, pages in numeric order. A stem with a single page stays an ordinary file.
 */
export function groupPageImages(files: InputFile[]): InputFile[] {
  const groups = new Map<string, { page: number; input: InputFile }[]>();
  const out: InputFile[] = [];
  for (const input of files) {
    const slash = input.path.lastIndexOf('/');
    const m = PAGE_IMAGE.exec(input.path.slice(slash + 1));
    if (!m) {
      out.push(input);
      continue;
    }
    const key = `${input.path.slice(0, slash + 1)}${m[1]}`;
    groups.set(key, [...(groups.get(key) ?? []), { page: Number(m[2]), input }]);
  }
  for (const [key, members] of groups) {
    if (members.length === 1) {
      out.push(members[0]!.input);
      continue;
    }
    members.sort((a, b) => a.page - b.page);
    const first = members[0]!.input;
    const ext = /\.[^.]+$/.exec(first.path)![0];
    out.push({ file: first.file, path: `${key}_*${ext}`, pages: members.map((m) => m.input.file) });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
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

export async function discover(inputs: string[], options: { groupImages?: boolean } = {}): Promise<InputFile[]> {
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
  const sorted = [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return options.groupImages ? groupPageImages(sorted) : sorted;
}

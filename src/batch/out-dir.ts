// Checks the --out folder before any document is read, turning each way it can be wrong into one usage line.
import { lstat, mkdir, realpath, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UsageError } from './discover.js';

// Kernel file systems: writing there never makes an output (and /proc files can loop forever).
const SYSTEM_ROOTS = ['/proc', '/sys', '/dev'];

async function nearestExisting(path: string): Promise<string> {
  for (let p = resolve(path); ; p = dirname(p)) {
    const real = await realpath(p).catch(() => undefined);
    if (real) return real;
    if (p === dirname(p)) return p;
  }
}

export async function checkOutDir(outDir: string): Promise<void> {
  const link = await lstat(outDir).catch(() => undefined);
  const info = await stat(outDir).catch(() => undefined);
  if (link?.isSymbolicLink() && !info) throw new UsageError(`--out ${outDir} is a link to nothing; remove it or name another folder`);
  if (info && !info.isDirectory()) throw new UsageError(`--out ${outDir} is a file, not a folder; name a folder (it is created if missing)`);
  const real = await nearestExisting(outDir);
  if (SYSTEM_ROOTS.some((root) => real === root || real.startsWith(root + '/'))) {
    throw new UsageError(`--out ${outDir} is inside ${real.split('/').slice(0, 2).join('/')}, a system folder; name an ordinary folder`);
  }
  try {
    await mkdir(outDir, { recursive: true });
  } catch (e) {
    throw new UsageError(`--out ${outDir} cannot be created (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); name a folder you can write to`);
  }
}

/** Wraps a failure to write the run's folder as a usage error: the folder is the user's choice. */
export function unwritable(outDir: string, e: unknown): UsageError {
  return new UsageError(`--out ${outDir} cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); name a folder you can write to`);
}

// Writes files through a temporary file and a rename, so a crash never leaves a half-written file in place
// of a good one.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A temporary name beside `path`, unique to this process and call: the file to write before the rename. */
export const tempPathFor = (path: string): string => `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;

export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = tempPathFor(path);
  try {
    await writeFile(temp, content);
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

/** The same from a worker thread, where a synchronous write blocks nobody else. */
export function writeFileAtomicSync(path: string, content: string | Uint8Array): void {
  const temp = tempPathFor(path);
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

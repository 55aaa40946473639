// Turns a document's bytes into its content hash, and its path and content hash into its id: the same file at the
// same path has the same id every run.
import { createHash } from 'node:crypto';

export function documentId(path: string, sha256: string | null): string {
  return createHash('sha256').update(`${path}\0${sha256 ?? ''}`).digest('hex').slice(0, 16);
}

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

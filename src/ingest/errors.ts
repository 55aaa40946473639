// The error a reader throws for a file it cannot turn into text: a stable code and one line saying what to do.
import type { ErrorCode } from '../model/document.js';

export class IngestError extends Error {
  override name = 'IngestError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

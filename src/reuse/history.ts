// Keeps the reuse inputs of earlier runs, so tonight's batch is compared with the reports of earlier nights
// (and a unit's own earlier reports told apart) without reading those files again.
//
// A database store keeps, per document, a row `reuse_documents(id TEXT PRIMARY KEY, path TEXT, unit TEXT,
// run TEXT, original TEXT, chars BLOB, origin BLOB)` (chars: UTF-16 reuse text; origin: Int32 pairs) and its
// fingerprints in `reuse_fingerprints` (see fingerprint-index.ts).
import type { ReuseInput } from './detect.js';

export interface ReuseHistory {
  /** The documents of earlier runs, as sources of kind `history` (or `self` for the same unit). */
  documents(): ReuseInput[];
  /** Keeps tonight's batch for later runs; a document already kept under the same id is not added twice. */
  save(batch: ReuseInput[]): void;
}

export class MemoryReuseHistory implements ReuseHistory {
  private readonly kept = new Map<string, ReuseInput>();

  documents(): ReuseInput[] {
    return [...this.kept.values()];
  }

  save(batch: ReuseInput[]): void {
    for (const input of batch) {
      if (!this.kept.has(input.info.id)) this.kept.set(input.info.id, { ...input, info: { ...input.info, kind: 'history' } });
    }
  }
}

// Keeps the reuse inputs of earlier runs, so tonight's batch is compared with the reports of earlier nights
// (and a unit's own earlier reports told apart) without reading those files again.
//
// The store keeps them in `reuse_sources` (compressed reuse text) with their fingerprints in
// `reuse_fingerprints`; see src/store/reuse-history.ts. The memory one serves tests and a store-less run.
import type { ReuseInput } from './detect.js';

export interface ReuseHistory {
  /**
   * The documents of earlier runs that tonight's batch may have copied from, as sources of kind `history` (`self`
   * for the same unit). A store answers with the candidates its fingerprint index finds for `batch`, not all.
   */
  documents(batch: ReuseInput[]): ReuseInput[] | Promise<ReuseInput[]>;
  /** Keeps tonight's batch for later runs; a document already kept under the same id is not added twice. */
  save(batch: ReuseInput[]): void | Promise<void>;
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

/** A file of the template collection, as discovery names it. */
export interface TemplateFile {
  file: string | Buffer;
  path: string;
}

/** Keeps template pages read once, so later nights take them from the store instead of reading them again. */
export interface TemplateCache {
  /** The kept pages (reuse inputs of kind `templates`) of these files, and the files not kept yet. */
  lookup<F extends TemplateFile>(files: F[]): Promise<{ kept: ReuseInput[]; missing: F[] }>;
  /** Keeps the pages one file was read into. */
  save(file: TemplateFile, pages: ReuseInput[]): Promise<void>;
}

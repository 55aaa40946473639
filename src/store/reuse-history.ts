// Serves the reuse stage from the store: earlier runs' documents as history candidates found through the stored
// fingerprint index, template pages read once and kept, and the key of the context a reuse result was found in.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { discover } from '../batch/discover.js';
import type { ReuseInput } from '../reuse/detect.js';
import { DEFAULT_REUSE_PARAMS } from '../reuse/entry.js';
import type { ReuseHistory, TemplateCache, TemplateFile } from '../reuse/history.js';
import { fingerprintsOf, type ReuseSources, type StoredSource } from './reuse-sources.js';

/** A document of the run as the store knows it. */
export interface RunDocumentIdentity {
  docKey: number;
  sha256: string | null;
  part: number;
  path: string;
}

/** At most this many earlier documents are loaded per batch document, those sharing the most fingerprints. */
const MAX_CANDIDATES_PER_DOCUMENT = 40;

/**
 * Earlier runs' documents, kept in the store. `documents(batch)` looks each batch document's fingerprints up in
 * the stored index and loads only the earlier documents sharing enough of them (a document of tonight's batch,
 * by content, is never its own history); `save(batch)` keeps tonight's documents for later nights.
 */
export class StoreReuseHistory implements ReuseHistory {
  constructor(
    private readonly sources: ReuseSources,
    private readonly version: string,
    private readonly identity: (id: string) => RunDocumentIdentity | undefined,
  ) {}

  async documents(batch: ReuseInput[]): Promise<ReuseInput[]> {
    const batchContent = new Set(batch.map((b) => this.identity(b.info.id)?.sha256).filter((s): s is string => !!s));
    const earlier = new Set((await this.sources.documentSources()).filter((s) => !batchContent.has(s.sha256)).map((s) => s.sourceKey));
    if (earlier.size === 0) return [];
    const fingerprints = batch.map((b) => fingerprintsOf(b.text).hashes);
    const hashes = new Set<number>();
    for (const f of fingerprints) for (const h of f) hashes.add(h);
    const postings = await this.sources.postings(hashes);
    const chosen = new Set<number>();
    for (const f of fingerprints) {
      const shared = new Map<number, number>();
      for (const hash of new Set(f)) {
        const keys = postings.get(hash);
        // A fingerprint held by very many documents is formula or a mass copy: it finds no candidate.
        if (!keys || keys.length > DEFAULT_REUSE_PARAMS.postingsCap) continue;
        for (const key of keys) if (earlier.has(key)) shared.set(key, (shared.get(key) ?? 0) + 1);
      }
      [...shared]
        .filter(([, n]) => n >= DEFAULT_REUSE_PARAMS.minShared)
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, MAX_CANDIDATES_PER_DOCUMENT)
        .forEach(([key]) => chosen.add(key));
    }
    const loaded = await this.sources.load([...chosen].sort((a, b) => a - b), 'history');
    return [...loaded.values()].sort((a, b) => (a.info.path < b.info.path ? -1 : a.info.path > b.info.path ? 1 : a.info.id < b.info.id ? -1 : 1));
  }

  async save(batch: ReuseInput[]): Promise<void> {
    for (const input of batch) {
      const known = this.identity(input.info.id);
      if (!known?.sha256) continue;
      await this.sources.save({ kind: 'document', sha256: known.sha256, part: known.part, version: this.version, docKey: known.docKey }, input);
    }
  }
}

async function sha256Of(file: string | Buffer): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex');
}

/** Template pages kept by file content and analysis version; a renamed template file is the same file. */
export class StoreTemplateCache implements TemplateCache {
  private readonly hashes = new Map<string, string>();

  constructor(
    private readonly sources: ReuseSources,
    private readonly version: string,
  ) {}

  private async hashOf(file: TemplateFile): Promise<string> {
    let sha = this.hashes.get(file.path);
    if (!sha) this.hashes.set(file.path, (sha = await sha256Of(file.file)));
    return sha;
  }

  /** The template collection's content, for the reuse context key: each file's path and hash, in path order. */
  async identity(inputs: string[]): Promise<string[]> {
    if (inputs.length === 0) return [];
    const { files } = await discover(inputs);
    const lines: string[] = [];
    for (const file of files) lines.push(`${file.path}\0${await this.hashOf(file)}`);
    return lines.sort();
  }

  async lookup<F extends TemplateFile>(files: F[]): Promise<{ kept: ReuseInput[]; missing: F[] }> {
    const kept: ReuseInput[] = [];
    const missing: F[] = [];
    for (const file of files) {
      const sha256 = await this.hashOf(file);
      const rows = await this.sources.templatePages(sha256, this.version);
      if (rows.length === 0) {
        missing.push(file);
        continue;
      }
      const pages = await this.sources.load(rows.map((r) => r.sourceKey), 'templates');
      for (const row of rows) {
        const page = pages.get(row.sourceKey)!;
        // The page as read under tonight's name of the file (`#2` kept for the essays of a compilation).
        const suffix = /#\d+$/.exec(page.info.path)?.[0] ?? '';
        kept.push({ ...page, info: { ...page.info, path: file.path + (rows.length > 1 ? suffix : '') } });
      }
    }
    return { kept, missing };
  }

  async save(file: TemplateFile, pages: ReuseInput[]): Promise<void> {
    const sha256 = await this.hashOf(file);
    for (const [part, page] of pages.entries()) {
      await this.sources.save({ kind: 'template', sha256, part, version: this.version, docKey: null }, page);
    }
  }
}

/**
 * The context a document's reuse result was found in: the analysis and reuse dictionaries, every document of the
 * run (path and content), the template collection, and the earlier documents that were history. A stored result
 * stands for tonight only under the same key.
 */
export function reuseContextKey(context: {
  analysisVersion: string;
  reuseDictionaryVersion: string;
  documents: RunDocumentIdentity[];
  templates: string[];
  history: StoredSource[];
}): string {
  const hash = createHash('sha256');
  hash.update(`${context.analysisVersion}\0${context.reuseDictionaryVersion}\0`);
  const content = new Set<string>();
  for (const line of context.documents.map((d) => `${d.path}\0${d.sha256 ?? ''}\0${d.part}`).sort()) hash.update(line + '\n');
  for (const d of context.documents) if (d.sha256) content.add(d.sha256);
  hash.update('templates\n');
  for (const line of context.templates) hash.update(line + '\n');
  hash.update('history\n');
  for (const s of context.history) if (!content.has(s.sha256)) hash.update(`${s.sourceKey}\n`);
  return hash.digest('hex').slice(0, 32);
}

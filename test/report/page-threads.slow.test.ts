import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeReport } from '../../src/report/index.js';
import type { ReportDocument } from '../../src/report/input.js';
import { reuseFixture } from './fixture.js';

/** The fixture's documents again and again under ids and paths of their own: a report the page threads write. */
function largeRun(copies: number): string {
  const { dir, documents, texts } = reuseFixture();
  const many: ReportDocument[] = [];
  for (let c = 0; c < copies; c++) {
    for (const doc of documents) {
      const id = doc.id.slice(0, 12) + String(c).padStart(4, '0');
      many.push({ ...doc, id, path: `${c}/${doc.path}` });
      if (texts[doc.id]) writeFileSync(join(dir, 'texts', `${id}.txt`), texts[doc.id]!);
    }
  }
  writeFileSync(join(dir, 'documents.jsonl'), many.map((d) => JSON.stringify(d) + '\n').join(''));
  return dir;
}

function files(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(root, join(dir, name)) : [relative(root, join(dir, name))]));
}

describe('report pages written in threads', () => {
  it('are the pages the main thread writes, byte for byte', async () => {
    const here = largeRun(8);
    const threaded = mkdtempSync(join(tmpdir(), 'wenshen-report-threads-'));
    cpSync(here, threaded, { recursive: true });
    const generatedAt = new Date('2026-01-01T00:00:00Z');
    const [a, b] = [await writeReport(here, { threads: 0, generatedAt }), await writeReport(threaded, { threads: 2, generatedAt })];
    expect(b).toEqual({ ...a, path: join(threaded, 'report', 'index.html') });
    expect(a).toMatchObject({ documents: 24, pairs: 24, units: 1 });
    const pages = files(join(here, 'report')).sort();
    expect(files(join(threaded, 'report')).sort()).toEqual(pages);
    expect(pages.filter((p) => p.startsWith('d/'))).toHaveLength(24);
    for (const page of pages) expect(readFileSync(join(threaded, 'report', page), 'utf8'), page).toBe(readFileSync(join(here, 'report', page), 'utf8'));
  });
});

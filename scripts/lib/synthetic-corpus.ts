// Turns the team's sample sources into a benchmark corpus of N synthetic reports (3–20k characters each,
// assembled from the samples' sections) written as files of a chosen format mix; one generator for every bench.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { expectedText, parseSource, type SampleSource, type SourceLine } from './sample-source.js';
import { htmlPage, writeDocx, writeTextPdf } from './sample-writers.js';

export interface CorpusOptions {
  /** Where the corpus goes; a `.done` marker there means it is already made. */
  folder: string;
  /** Number of reports. */
  n: number;
  seed: number;
  /**
   * How a report grows: `runs` appends 4–9 consecutive body lines of a random sample at a time (reports share long
   * passages); `lines` appends one random body line at a time and ends with a numbered line (every report differs).
   */
  growth: 'runs' | 'lines';
  /** File formats in order, each with where its share of a uniform draw ends (the last ends at 1). */
  formats: [CorpusFormat, number][];
}

export type CorpusFormat = 'docx' | 'pdf' | 'txt-gb18030' | 'txt' | 'html';

function seeded(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

function syntheticSource(simplified: SampleSource[], i: number, random: () => number, growth: CorpusOptions['growth']): SampleSource {
  // The order of the random draws is part of the corpus: changing it changes every bench's input.
  const base = simplified[i % simplified.length]!;
  const target = 3000 + Math.floor(random() * 17000);
  const lines: SourceLine[] = [base.lines[0]!];
  let length = 0;
  while (length < target) {
    const from = simplified[Math.floor(random() * simplified.length)]!;
    const body = from.lines.filter((l) => l.kind === 'paragraph' || l.kind === 'h1' || l.kind === 'h2');
    const taken = growth === 'runs' ? body.slice(0, 4 + Math.floor(random() * 6)) : [body[Math.floor(random() * body.length)]!];
    for (const line of taken) {
      lines.push(line);
      length += line.text.length;
    }
  }
  if (growth === 'lines') lines.push({ ...lines[lines.length - 1]!, kind: 'paragraph', text: `本报告编号${i}。` });
  return growth === 'runs' ? { ...base, name: `bench-${i}`, lines } : { ...base, lines };
}

/** Makes the corpus unless it is already there; returns its files in name order. */
export async function makeCorpus(root: string, options: CorpusOptions): Promise<string[]> {
  const { folder } = options;
  if (!existsSync(join(folder, '.done'))) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const sourceDir = join(root, 'corpus/source');
    const sources = readdirSync(sourceDir).map((f) => parseSource(f, readFileSync(join(sourceDir, f), 'utf8')));
    const simplified = sources.filter((s) => s.script === 'simplified');
    const random = seeded(options.seed);
    for (let i = 0; i < options.n; i++) {
      const source = syntheticSource(simplified, i, random, options.growth);
      const name = String(i).padStart(5, '0');
      const pick = random();
      const format = options.formats.find(([, upTo]) => pick < upTo)?.[0] ?? options.formats[options.formats.length - 1]![0];
      const file = join(folder, `${name}.${format.startsWith('txt') ? 'txt' : format}`);
      if (format === 'docx') writeFileSync(file, await writeDocx(source, { autoNumbered: random() < 0.5 }));
      else if (format === 'pdf') writeFileSync(file, writeTextPdf(source));
      else if (format === 'txt-gb18030') writeFileSync(file, iconv.encode(expectedText(source), 'gb18030'));
      else if (format === 'txt') writeFileSync(file, expectedText(source));
      else writeFileSync(file, htmlPage(source));
    }
    writeFileSync(join(folder, '.done'), '');
  }
  return readdirSync(folder).filter((f) => !f.startsWith('.')).sort().map((f) => join(folder, f));
}

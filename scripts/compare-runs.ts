// Compares the published outputs of two runs (two `--out` folders) file by file, apart from timings: what a
// speed change must leave byte-identical. Exits 1 and names the first differing line of each file that differs.
//   npx tsx scripts/compare-runs.ts <out-a> <out-b>
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import JSZip from 'jszip';

const [a, b] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: npx tsx scripts/compare-runs.ts <out-a> <out-b>');
  process.exit(2);
}

// The run's own times and each document's milliseconds are the only things allowed to differ, with the run's
// bookkeeping of its outputs (their key, and the run they were carried over from).
const TIMING_KEYS = new Set(['ms', 'startedAt', 'endedAt', 'runId', 'seconds', 'outputKey', 'carriedOverFrom']);

function withoutTimings(text: string): string {
  const stripped = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(stripped);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([k]) => !TIMING_KEYS.has(k)).map(([k, v]) => [k, stripped(v)]));
    return value;
  };
  return text
    .replace(/\d{4}-\d\d-\d\d \d\d:\d\d UTC/g, '<time> UTC')
    .split('\n')
    .map((line) => {
      if (!line.startsWith('{')) return line;
      try {
        return JSON.stringify(stripped(JSON.parse(line)));
      } catch {
        return line;
      }
    })
    .join('\n');
}

// Hidden files (.summaries.jsonl) are the run's own bookkeeping, not outputs: a run that analysed a document holds
// its summary from before the reuse stage, one that took it from the store the summary after.
function files(root: string, dir = root): string[] {
  return readdirSync(dir).filter((name) => !name.startsWith('.')).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(root, path) : [relative(root, path)];
  });
}

/** The sheets of a workbook as text: the zip's entry dates differ from run to run. */
async function workbookText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const names = Object.keys(zip.files).sort();
  return (await Promise.all(names.map(async (n) => `${n}\n${await zip.file(n)?.async('string')}`))).join('\n');
}

async function content(root: string, file: string): Promise<string> {
  const path = join(root, file);
  if (file.endsWith('.xlsx')) return workbookText(path);
  const text = readFileSync(path, 'utf8');
  return file.endsWith('.json') ? withoutTimings(JSON.stringify(JSON.parse(text))) : withoutTimings(text);
}

const [currentA, currentB] = [join(a, 'current'), join(b, 'current')].map((p) => (existsSync(p) ? p : p.slice(0, -'/current'.length)));
const listA = files(currentA!).sort();
const listB = new Set(files(currentB!));
let differ = 0;
for (const file of listA) {
  if (!listB.has(file)) {
    console.log(`only in ${a}: ${file}`);
    differ++;
    continue;
  }
  listB.delete(file);
  const [x, y] = [await content(currentA!, file), await content(currentB!, file)];
  if (x === y) continue;
  differ++;
  const [xs, ys] = [x.split('\n'), y.split('\n')];
  const at = xs.findIndex((line, i) => line !== ys[i]);
  console.log(`${file} differs at line ${at + 1}:\n  ${xs[at]?.slice(0, 200)}\n  ${ys[at]?.slice(0, 200)}`);
}
for (const file of listB) {
  console.log(`only in ${b}: ${file}`);
  differ++;
}
console.log(`${listA.length} files compared: ${differ === 0 ? 'identical apart from timings' : `${differ} differ`}`);
process.exit(differ === 0 ? 0 : 1);

// Worker process body: analyses the documents the pool sends, writes their texts and rendered lines itself
// (to its own part files when the pool gives it a folder for them) and posts back compact summaries.
import { join } from 'node:path';
import { PARTIAL_FILE, PartWriter, render, summarize, textPath } from '../output/index.js';
import { analyzeDocument, loadResources, type AnalyzeOptions } from '../pipeline.js';
import { loadFormulaicPhrases, reuseInputOf, type FormulaicPhrases } from '../reuse/index.js';
import { heapBytes } from './memory.js';
import { WorkerUseMeter } from './worker-use.js';

export interface WorkRequest {
  seq: number;
  /** A string, or the bytes of a name that is not UTF-8 (they arrive as a Uint8Array). */
  file: string | Uint8Array;
  path: string;
  options: AnalyzeOptions;
  /** The page files of a grouped image submission (names that are not UTF-8 arrive as Uint8Arrays). */
  pages?: (string | Uint8Array)[];
  /** Where this worker's part files go, when the batch writes output files (the same in every request). */
  output?: WorkerOutput;
}

/** Given by the pool when the batch writes output files: where this worker's part files go. */
export interface WorkerOutput {
  outDir: string;
  partsDir: string;
  part: number;
}

// The output folder comes with the requests, not at start: a worker can start before the run's folder exists.
let writer: PartWriter | undefined;

/** To the pool, over the channel it started this process with. */
const post = (message: unknown) => process.send!(message);

// The pool decides when a worker stops: an interrupt the terminal sends the whole process group is the main
// process's to handle (it stops its workers), and a pool that went away ends this process.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => undefined);
process.on('disconnect', () => process.exit(0));

// The pool starts a document's clock only after this: loading the parsers is not the document's time.
const meter = new WorkerUseMeter();
loadResources();
meter.ready();
post({ ready: true });

// Loaded at the first document's reuse input; a phrase list that does not load leaves the masks to the main
// thread, whose loading reports the file and line as a user error.
let phrases: FormulaicPhrases | null | undefined;
function formulaicPhrases(): FormulaicPhrases | undefined {
  if (phrases === undefined) {
    try {
      phrases = loadFormulaicPhrases();
    } catch {
      phrases = null;
    }
  }
  return phrases ?? undefined;
}

process.on('message', (request: WorkRequest) => void meter.document(() => analyse(request)).then((message) => post({ ...message, use: meter.totals() })));

async function analyse(request: WorkRequest) {
  const file = typeof request.file === 'string' ? request.file : Buffer.from(request.file);
  const pages = request.pages?.map((page) => (typeof page === 'string' ? page : Buffer.from(page)));
  const output = request.output;
  if (output) writer ??= new PartWriter(output.partsDir, output.part);
  const analysed = await analyzeDocument(file, request.path, request.options, pages);
  // Rendering and writing here keep the main thread free: it receives a summary and byte ranges, not texts.
  const documents = analysed.map(({ record, text, stages }) => {
    const summary = summarize(record);
    const lines = render(record);
    // The batch's reuse stage needs the document's reuse text: compact typed arrays, made here.
    const reuse = stages && reuseInputOf({ id: record.id, path: record.path, kind: 'batch', unit: record.unit?.text ?? null }, text, stages.normalized, formulaicPhrases());
    if (!writer || !output) return { summary, lines, text, reuse };
    const textOfRecord = record.status === 'ok' ? { path: textPath(output.outDir, record.id), content: text } : null;
    return { summary, placement: writer.write(lines, textOfRecord, join(output.outDir, PARTIAL_FILE)), reuse };
  });
  // The heap after a document and the process's peak resident memory so far, for the run's memory report
  // (`--log json`): cheap, and it is what the worker holds.
  return { seq: request.seq, documents, heap: heapBytes(), rss: process.resourceUsage().maxRSS * 1024 };
}

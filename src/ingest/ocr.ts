// Recognizes the text of a page image with tesseract.js and the simplified-Chinese model installed from npm,
// returning positioned lines for the layout step. Never downloads anything: the model path is local.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Worker } from 'tesseract.js';
import { stripCjkSpaces } from '../normalize/index.js';
import type { LayoutPage } from './layout.js';

const require = createRequire(import.meta.url);

/** Folder of the gzipped chi_sim model shipped by @tesseract.js-data/chi_sim. */
export function chiSimModelPath(): string {
  return join(dirname(require.resolve('@tesseract.js-data/chi_sim/package.json')), '4.0.0');
}

export interface OcrPage extends LayoutPage {
  confidence: number;
}

export class PageRecognizer {
  private worker: Promise<Worker> | undefined;

  private start(): Promise<Worker> {
    // Imported at the first page that needs OCR: most batches have none, and loading it slows every start.
    this.worker ??= import('tesseract.js').then(async ({ createWorker, OEM, PSM }) => {
      const worker = await createWorker('chi_sim', OEM.LSTM_ONLY, {
        langPath: chiSimModelPath(),
        gzip: true,
        // With 'none' tesseract.js neither reads nor writes a cache, so no temporary folder is made that a worker
        // stopped on a timeout would leave behind; the path is only where it would look.
        cacheMethod: 'none',
        cachePath: tmpdir(),
        errorHandler: () => undefined,
      });
      await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO, preserve_interword_spaces: '0', debug_file: '/dev/null' });
      return worker;
    });
    return this.worker;
  }

  async recognize(png: Buffer, width: number, height: number): Promise<OcrPage> {
    const worker = await this.start();
    const { data } = await worker.recognize(png, {}, { blocks: true, text: false });
    const lines = (data.blocks ?? []).flatMap((block) =>
      block.paragraphs.flatMap((paragraph) =>
        paragraph.lines.map((line) => ({
          text: stripCjkSpaces(line.text.replace(/\s*\n$/, '')),
          x0: line.bbox.x0,
          x1: line.bbox.x1,
          y: line.bbox.y0,
          size: Math.max(1, line.bbox.y1 - line.bbox.y0),
        })),
      ),
    );
    return { width, height, lines, confidence: data.confidence };
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await (await worker).terminate();
  }
}

// Golden files over corpus/: the figures, honors and placeholders of every sample, and the evidence rule
// (originalText.slice(start, end) === text) for every record the pipeline produces.
// After a deliberate change: UPDATE_GOLDEN=1 npx vitest run test/figures/corpus-golden.test.ts, then review the diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, DEFAULT_ANALYZE_OPTIONS } from '../../src/pipeline.js';
import type { DocumentRecord, Evidence } from '../../src/model/document.js';

const SAMPLES = new URL('../../corpus/samples/', import.meta.url).pathname;
const GOLDEN = new URL('../golden/figures.json', import.meta.url).pathname;
// The scanned sample and the page images are covered by the OCR tests; their figures depend on recognition.
const files = readdirSync(SAMPLES).filter((f) => !f.startsWith('05-') && !/\.(png|jpe?g|tiff?|bmp)$/i.test(f)).sort();

function evidenceOf(record: DocumentRecord): Evidence[] {
  return [
    ...record.figures.flatMap((f) => [f, f.sentence, f.quantity]),
    ...record.honors,
    ...record.placeholders,
    ...record.findings,
  ];
}

describe('corpus golden files', async () => {
  const analysed = (await Promise.all(files.map((f) => analyzeDocument(SAMPLES + f, f, { ...DEFAULT_ANALYZE_OPTIONS, ocr: false })))).flat();
  const current = Object.fromEntries(
    analysed.map(({ record }) => [
      record.path,
      {
        figures: record.figures.map((f) => [f.category, f.metric, f.value, f.valueMax, f.unit, f.qualifier, f.text]),
        honors: record.honors.map((h) => [h.title, h.awarder, h.level, h.year, h.recipient, h.text]),
        placeholders: record.placeholders.map((p) => p.text),
      },
    ]),
  );

  it('every span quotes the original text exactly', () => {
    let checked = 0;
    for (const { record, text } of analysed) {
      expect(record.status).toBe('ok');
      for (const e of evidenceOf(record)) {
        expect(text.slice(e.start, e.end)).toBe(e.text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('matches the golden figures, honors and placeholders', () => {
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, JSON.stringify(current, null, 1) + '\n');
    expect(existsSync(GOLDEN), 'golden file missing: run with UPDATE_GOLDEN=1').toBe(true);
    expect(current).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });
});

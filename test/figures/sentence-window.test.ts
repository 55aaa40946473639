import { describe, expect, it } from 'vitest';
import { SENTENCE_WINDOW } from '../../src/figures/figures.js';
import { analyse } from './figures-of.js';

describe('the quoted sentence of a figure', () => {
  it('is the whole sentence when the sentence is short', () => {
    const text = '全年开展志愿服务活动36次，慰问困难群众120户。';
    const figures = analyse(text).figures;
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(f.sentence).toEqual({ text, start: 0, end: text.length });
  });

  it('is a window around the evidence, with its own span, when the sentence is long', () => {
    // One sentence of 300 clauses joined by commas: quoting it whole in every figure would make the output
    // grow with the square of the input.
    const clauses = Array.from({ length: 300 }, (_, i) => `第${i + 1}支志愿服务队开展活动${i + 10}次`);
    const text = `${clauses.join('，')}。`;
    const figures = analyse(text).figures;
    expect(figures.length).toBeGreaterThanOrEqual(300);
    for (const f of figures) {
      expect(f.sentence.end - f.sentence.start).toBeLessThanOrEqual(SENTENCE_WINDOW);
      expect(text.slice(f.sentence.start, f.sentence.end)).toBe(f.sentence.text);
      expect(f.sentence.start).toBeLessThanOrEqual(f.start);
      expect(f.sentence.end).toBeGreaterThanOrEqual(f.end);
    }
    const last = figures[figures.length - 1]!;
    expect(last.sentence.text).toContain(last.text);
    expect(last.sentence.end).toBe(Math.min(text.length, last.end + 100));
  });

  it('never splits a character outside the basic plane', () => {
    const text = `${'𠀋'.repeat(150)}开展活动36次${'𠀋'.repeat(150)}。`;
    const [figure] = analyse(text).figures;
    expect(figure!.sentence.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });
});

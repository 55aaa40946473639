// One set of sentence-end marks for the honor finders: sentenceStartBefore, sentenceEndAfter and counted holders' chains.
import { describe, expect, it } from 'vitest';
import { endsSentence, sentenceEndAfter, sentenceStartBefore } from '../../src/figures/honors/clauses.js';

describe('sentence ends of the honor finders', () => {
  it('ends a sentence at 。, a line break, ! and ? (half- or full-width) and the text end', () => {
    for (const mark of ['。', '\n', '!', '?', '！', '？', '']) expect(endsSentence(mark)).toBe(true);
    for (const mark of ['，', ',', '；', ';', '、', ':', '：']) expect(endsSentence(mark)).toBe(false);
  });

  it('finds the same sentence bounds from those marks', () => {
    const text = '前一句。本校获评文明校园，又获表彰！后一句';
    expect(sentenceStartBefore(text, text.indexOf('获评'))).toBe(text.indexOf('本校'));
    expect(sentenceEndAfter(text, text.indexOf('获评'))).toBe(text.indexOf('！'));
  });
});

// The period a figure's sentence claims (全年, 两年来, 2019年至今): the nearest period expression before it.

/**
 * Finds, for each quantity, the last period expression between its sentence's start and the quantity, as a
 * scan of that stretch would; the sentence is scanned once for all its quantities.
 * Assumes the period expressions do not look ahead (no `(?=`, `(?!`, `$`, `\b`), so that a match that ends
 * before the quantity is found the same with or without the text after it.
 */
export class PeriodFinder {
  private sentence = { start: -1, end: -1 };
  private matches: { start: number; end: number; text: string }[] = [];

  constructor(
    private readonly text: string,
    private readonly periods: RegExp,
  ) {}

  before(sentenceStart: number, sentenceEnd: number, quantityStart: number): string | null {
    if (this.sentence.start !== sentenceStart || this.sentence.end !== sentenceEnd) {
      this.sentence = { start: sentenceStart, end: sentenceEnd };
      this.matches = this.scan(sentenceStart, sentenceEnd, sentenceStart);
    }
    // The matches wholly before the quantity are those of the stretch; a match that crosses the quantity's start
    // is rescanned from where it starts, cut at the quantity, as the stretch alone would read it.
    let low = 0;
    let high = this.matches.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.matches[mid]!.end <= quantityStart) low = mid + 1;
      else high = mid;
    }
    let found = low > 0 ? this.matches[low - 1]!.text : null;
    const crossing = this.matches[low];
    if (crossing && crossing.start < quantityStart) {
      const rescanned = this.scan(sentenceStart, quantityStart, crossing.start);
      if (rescanned.length > 0) found = rescanned[rescanned.length - 1]!.text;
    }
    return found;
  }

  /** The period matches of text[from, to) scanned from `at`, with offsets into the text. */
  private scan(from: number, to: number, at: number): { start: number; end: number; text: string }[] {
    const slice = this.text.slice(from, to);
    const out: { start: number; end: number; text: string }[] = [];
    const periods = this.periods;
    periods.lastIndex = at - from;
    for (let m = periods.exec(slice); m; m = periods.exec(slice)) {
      out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
      if (m[0].length === 0) periods.lastIndex++;
    }
    return out;
  }
}

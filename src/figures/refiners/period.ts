// The period a figure's sentence claims (全年, 两年来, 2019年至今): the nearest period expression before it.

export function periodBefore(text: string, sentenceStart: number, quantityStart: number, periods: RegExp): string | null {
  const slice = text.slice(sentenceStart, quantityStart);
  let found: string | null = null;
  periods.lastIndex = 0;
  for (let m = periods.exec(slice); m; m = periods.exec(slice)) {
    found = m[0];
    if (m[0].length === 0) periods.lastIndex++;
  }
  return found;
}

// Reads a report's title, reporting unit, period and genre, and tells whether it is a compilation of essays.
import { z } from 'zod';
import { loadYamlDictionary, regexSource } from '../dictionary/index.js';
import { genreSchema, type Genre, type Span } from '../model/document.js';
import type { LineInfo } from './headings.js';


const fileSchema = z.strictObject({
  genres: z.array(z.strictObject({ genre: genreSchema.exclude(['other']), pattern: regexSource })).min(1),
  unitSuffixes: z.array(z.string().min(1)).min(1),
  periods: z.array(regexSource).min(1),
  compilationMarkers: z.array(regexSource).min(1),
});

interface StructureData {
  genres: { genre: Genre; pattern: RegExp }[];
  unit: RegExp;
  unitEnd: RegExp;
  period: RegExp;
  compilation: RegExp[];
}

let data: StructureData | undefined;

export function loadStructureData(file = 'structure.yaml'): StructureData {
  if (data) return data;
  const raw = loadYamlDictionary(file, fileSchema);
  const suffixes = [...raw.unitSuffixes].sort((a, b) => b.length - a.length).join('|');
  data = {
    genres: raw.genres.map((g) => ({ genre: g.genre, pattern: new RegExp(g.pattern, 'u') })),
    // A unit name: place and body words ending in a suffix, before the words that name the report.
    unit: new RegExp(`^((?:[\\p{Script=Han}xX×]{1,24}?)(?:${suffixes}))(?=\\d{4}|20[xX×_]{2}|关于|创建|文明|精神|争创|开展|工作|年度|党|的|$)`, 'u'),
    unitEnd: new RegExp(`(?:${suffixes})$`, 'u'),
    period: new RegExp(raw.periods.join('|'), 'u'),
    compilation: raw.compilationMarkers.map((m) => new RegExp(m, 'u')),
  };
  return data;
}

export interface Metadata {
  /** Normalized spans; the caller maps them to the original. */
  title: Span | null;
  unit: Span | null;
  period: Span | null;
  genre: Genre;
  /** Start lines of the essays of a compilation page (two or more), else empty. */
  essays: number[];
}

const MAX_TITLE = 50;

export function readMetadata(text: string, lines: LineInfo[], headingLines: Set<number>): Metadata {
  const d = loadStructureData();
  const nonEmpty = lines.map((l, i) => ({ ...l, i })).filter((l) => text.slice(l.start, l.end).trim() !== '');
  const first = nonEmpty[0];
  const firstText = first ? text.slice(first.start, first.end) : '';
  const title = first && firstText.length <= MAX_TITLE && !/[。]$/u.test(firstText) && !headingLines.has(first.i) ? { start: first.start, end: first.end } : null;
  const titleText = title ? text.slice(title.start, title.end) : '';

  let genre: Genre = 'other';
  const opening = nonEmpty.slice(0, 3).map((l) => text.slice(l.start, l.end)).join('\n');
  for (const source of [titleText, opening]) {
    const hit = d.genres.find((g) => g.pattern.test(source));
    if (hit) {
      genre = hit.genre;
      break;
    }
  }

  let unit: Span | null = null;
  const fromTitle = title ? d.unit.exec(titleText) : null;
  if (fromTitle) unit = { start: title!.start, end: title!.start + fromTitle[1]!.length };
  else {
    // The signature: a unit line right before a date line at the end.
    const tail = nonEmpty.slice(-3);
    for (let k = 0; k < tail.length - 1; k++) {
      const candidate = text.slice(tail[k]!.start, tail[k]!.end);
      const next = text.slice(tail[k + 1]!.start, tail[k + 1]!.end);
      if (candidate.length <= 30 && /^(?:\d{4}|20[xX×_]{2})年/u.test(next) && d.unitEnd.test(candidate)) {
        unit = { start: tail[k]!.start, end: tail[k]!.end };
      }
    }
  }

  let period: Span | null = null;
  for (const l of [first, ...nonEmpty.slice(1, 4)]) {
    if (!l) continue;
    const m = d.period.exec(text.slice(l.start, l.end));
    if (m) {
      period = { start: l.start + m.index, end: l.start + m.index + m[0].length };
      break;
    }
  }

  const essays = nonEmpty.filter((l) => d.compilation.some((p) => p.test(text.slice(l.start, l.end)))).map((l) => l.i);
  return { title, unit, period, genre, essays: essays.length >= 2 ? essays : [] };
}

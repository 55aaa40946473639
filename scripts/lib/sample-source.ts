// Parses the team's sample report sources (corpus/source/*.txt) into a logical document, and renders the text
// that wenshen should extract from any file made from it.
import * as OpenCC from 'opencc-js';

export type LineKind = 'title' | 'paragraph' | 'h1' | 'h2' | 'h3' | 'item' | 'row' | 'signature';

export interface SourceLine {
  kind: LineKind;
  text: string;
  /** Table cells, for rows. */
  cells?: string[];
}

export interface SampleSource {
  name: string;
  format: string;
  script: 'simplified' | 'traditional' | 'taiwan-phrased';
  title: string;
  header?: string;
  lines: SourceLine[];
}

const CJK = /[\p{Script=Han}“”]/u;

/** Reports use full-width punctuation between Chinese words; the sources are typed with ASCII for ease. */
export function fullWidthPunctuation(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    const betweenDigits = /\d/.test(before) && /\d/.test(after);
    if (c === ',' && !betweenDigits) out += '，';
    else if (c === ':' && !betweenDigits) out += '：';
    else if (c === ';') out += '；';
    else if (c === '(' && (CJK.test(after) || CJK.test(before))) out += '（';
    else if (c === ')' && (CJK.test(before) || CJK.test(after))) out += '）';
    else out += c;
  }
  return out;
}

const converters = {
  simplified: (s: string) => s,
  traditional: OpenCC.Converter({ from: 'cn', to: 'tw' }),
  'taiwan-phrased': OpenCC.Converter({ from: 'cn', to: 'twp' }),
};

export function parseSource(name: string, source: string): SampleSource {
  const meta: Record<string, string> = {};
  const lines: SourceLine[] = [];
  for (const raw of source.split('\n')) {
    if (raw.trim() === '') continue;
    const directive = /^@(\w+)\s+(.*)$/.exec(raw);
    if (directive) {
      meta[directive[1]!] = directive[2]!.trim();
      continue;
    }
    const heading = /^(#{1,3}) (.*)$/.exec(raw);
    if (heading) lines.push({ kind: `h${heading[1]!.length}` as LineKind, text: heading[2]! });
    else if (raw.startsWith('|')) {
      const cells = raw.split('|').slice(1, -1).map((c) => c.trim());
      lines.push({ kind: 'row', text: cells.join('\t'), cells });
    } else if (raw.startsWith('> ')) lines.push({ kind: 'signature', text: raw.slice(2) });
    else if (raw.startsWith('+ ')) lines.push({ kind: 'item', text: raw.slice(2) });
    else lines.push({ kind: 'paragraph', text: raw });
  }
  const script = (meta.script ?? 'simplified') as SampleSource['script'];
  const convert = (s: string) => converters[script](fullWidthPunctuation(s));
  return {
    name,
    format: meta.format ?? 'docx-typed',
    script,
    title: convert(meta.title ?? name),
    header: meta.header ? convert(meta.header) : undefined,
    lines: [
      { kind: 'title', text: convert(meta.title ?? name) },
      ...lines.map((l) => ({ ...l, text: convert(l.text), cells: l.cells?.map(convert) })),
    ],
  };
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** Heading labels as a report types them (一、 (一) 1.), numbered per level; each run of items (`+ `) is a
 * list of its own numbered ① ② ③, so the second run restarts at ①. */
export function labelled(source: SampleSource): SourceLine[] {
  const counters = [0, 0, 0];
  let item = 0;
  return source.lines.map((line) => {
    if (line.kind === 'item') return { ...line, text: String.fromCodePoint(0x2460 + item++) + line.text };
    item = 0;
    const level = line.kind === 'h1' ? 0 : line.kind === 'h2' ? 1 : line.kind === 'h3' ? 2 : -1;
    if (level < 0) return line;
    counters[level]!++;
    for (let k = level + 1; k < counters.length; k++) counters[k] = 0;
    const n = counters[level]!;
    const label = level === 0 ? `${CN[n]}、` : level === 1 ? `（${CN[n]}）` : `${n}.`;
    return { ...line, text: label + line.text };
  });
}

/** The text wenshen should extract: one line per paragraph, table cells separated by tabs. */
export function expectedText(source: SampleSource, options: { extras?: boolean } = {}): string {
  const lines = labelled(source).map((line) => line.text);
  // The text box comes after the body it is anchored in, the footnote after all body text.
  if (options.extras) lines.push(EXTRAS.textbox, EXTRAS.footnote);
  return lines.join('\n');
}

/** The text box and footnote that the "extras" .docx sample carries. */
export const EXTRAS = {
  textbox: '（此框内为创建工作联系人：办公室，电话待补）',
  footnote: '注：经费数据来自医院财务科年度决算。',
};

// Splits normalized text into paragraphs and sentences with spans in both texts, and into jieba tokens on demand.
import type { Jieba } from '@node-rs/jieba';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadWordList } from '../dictionary/index.js';
import type { Evidence, Span } from '../model/document.js';
import { originalEvidence, type NormalizedText } from '../normalize/index.js';

/** A unit of text: `start/end/text` in the original, `norm` in the normalized text. */
export interface Segment extends Evidence {
  norm: Span;
}

export interface Sentence extends Segment {
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}

export interface Segmented {
  paragraphs: Segment[];
  sentences: Sentence[];
}

// A sentence ends at one of these, together with closing quotes or brackets right after it.
const SENTENCE_END = /[。！？!?；;…]+[”’」』)）]*/gu;

function segmentOf(original: string, norm: NormalizedText, start: number, end: number): Segment {
  return { ...originalEvidence(original, norm, start, end), norm: { start, end } };
}

export function segment(original: string, norm: NormalizedText): Segmented {
  const paragraphs: Segment[] = [];
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const line of norm.text.split('\n')) {
    const lineEnd = lineStart + line.length;
    if (line.trim() !== '') {
      const index = paragraphs.length;
      paragraphs.push(segmentOf(original, norm, lineStart, lineEnd));
      let sentenceStart = lineStart;
      SENTENCE_END.lastIndex = 0;
      for (let m = SENTENCE_END.exec(line); m; m = SENTENCE_END.exec(line)) {
        const end = lineStart + m.index + m[0].length;
        sentences.push({ ...segmentOf(original, norm, sentenceStart, end), paragraph: index });
        sentenceStart = end;
      }
      if (norm.text.slice(sentenceStart, lineEnd).trim() !== '') {
        sentences.push({ ...segmentOf(original, norm, sentenceStart, lineEnd), paragraph: index });
      }
    }
    lineStart = lineEnd + 1;
  }
  return { paragraphs, sentences };
}

export interface Token extends Span {
  text: string;
}

let jieba: Jieba | undefined;

/** The project's words for jieba (dictionaries/jieba-user.txt). */
export function loadUserWords(): string[] {
  return loadWordList('jieba-user.txt').map((entry) => entry.text);
}

/** Loads jieba with the project's user dictionary. */
export function loadTokenizer(): Jieba {
  if (!jieba) {
    // The tokenizer and its dictionary load here, not at import: a thread that only checks the word lists never
    // needs them. Only dict.txt is read (the package's dict.js also reads the 6 MB keyword table, idf.txt).
    const require = createRequire(import.meta.url);
    const { Jieba: Tokenizer } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    jieba = Tokenizer.withDict(readFileSync(require.resolve('@node-rs/jieba/dict.txt')));
    jieba.loadDict(Buffer.from(loadUserWords().join('\n') + '\n'));
  }
  return jieba;
}

// jieba splits decimals and percentages ("99/./5/%"); figures need them whole.
const NUMBER_GLUE = /^[0-9.%]+$/;

/** jieba tokens of `text` with offsets into it; runs of digits, points and percent signs stay one token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let offset = 0;
  for (const word of loadTokenizer().cut(text, true)) {
    const start = text.indexOf(word, offset);
    if (start !== offset) throw new Error(`jieba token "${word}" does not continue the text at ${offset}`);
    const end = start + word.length;
    const last = tokens[tokens.length - 1];
    if (last && last.end === start && NUMBER_GLUE.test(last.text) && NUMBER_GLUE.test(word) && /\d/.test(last.text + word)) {
      last.end = end;
      last.text += word;
    } else {
      tokens.push({ start, end, text: word });
    }
    offset = end;
  }
  return tokens;
}

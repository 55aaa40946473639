// Loads dictionaries/figures/tables.yaml: the words that say how a table's header cells, captions and total
// rows are read.
import { loadYamlDictionary, regexSource, type Zod } from '../dictionary/index.js';
import { oncePerFile } from '../dictionary/once-per-file.js';
import { CATEGORIES, type FigureCategory } from './rules/rule.js';

const fileSchema = (z: Zod) =>
  z.strictObject({
    'count-suffixes': z.array(z.string().min(1)),
    'percent-headers': z.array(z.string().min(1)),
    'percent-endings': z.array(z.string().min(1)),
    scales: z.record(z.string().min(1), z.number().positive()),
    'year-header': regexSource(z),
    totals: z.array(z.string().min(1)).min(1),
    'caption-endings': regexSource(z),
    'caption-length': z.number().int().positive(),
    'count-fallback': z.array(z.string().min(1)),
    'index-headers': z.array(z.string().min(1)),
    'claim-headers': z.strictObject({ target: z.array(z.string().min(1)), plan: z.array(z.string().min(1)), background: z.array(z.string().min(1)) }),
    'gift-captions': z.array(z.string().min(1)),
    'served-headers': z.array(z.string().min(1)),
    'participant-headers': z.array(z.string().min(1)),
    'served-by': z.array(z.enum(CATEGORIES as [FigureCategory, ...FigureCategory[]])),
  });

export interface TableWords {
  /** Longest first, so that 数量 goes before 数. */
  countSuffixes: string[];
  percentHeaders: Set<string>;
  percentEndings: string[];
  scales: Map<string, number>;
  yearHeader: RegExp;
  totals: Set<string>;
  captionEndings: RegExp;
  captionLength: number;
  countFallback: Set<string>;
  indexHeaders: Set<string>;
  claimHeaders: { claim: 'target' | 'plan' | 'background'; words: string[] }[];
  giftCaptions: string[];
  servedHeaders: string[];
  servedBy: Set<FigureCategory>;
  participantHeaders: string[];
}

const tableWordsOnce = oncePerFile(readTableWords);

export function loadTableWords(file = 'figures/tables.yaml'): TableWords {
  return tableWordsOnce(file);
}

function readTableWords(file: string): TableWords {
  const data = loadYamlDictionary(file, fileSchema);
  return {
    countSuffixes: [...data['count-suffixes']].sort((a, b) => b.length - a.length),
    percentHeaders: new Set(data['percent-headers']),
    percentEndings: data['percent-endings'],
    scales: new Map(Object.entries(data.scales)),
    yearHeader: new RegExp(data['year-header'], 'u'),
    totals: new Set(data.totals),
    captionEndings: new RegExp(data['caption-endings'], 'u'),
    captionLength: data['caption-length'],
    countFallback: new Set(data['count-fallback']),
    indexHeaders: new Set(data['index-headers']),
    claimHeaders: [
      { claim: 'target', words: data['claim-headers'].target },
      { claim: 'plan', words: data['claim-headers'].plan },
      { claim: 'background', words: data['claim-headers'].background },
    ],
    giftCaptions: data['gift-captions'],
    servedHeaders: data['served-headers'],
    servedBy: new Set(data['served-by']),
    participantHeaders: data['participant-headers'],
  };
}

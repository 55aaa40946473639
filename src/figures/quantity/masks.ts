// Loads dictionaries/figures/quantity-masks.yaml: the number-shaped words the quantity reader masks (一是, 二期工程,
// phone numbers) and the prefixes that may be glued to a numeral, as the patterns it reads them by.
import { loadYamlDictionary, type Zod } from '../../dictionary/index.js';
import { oncePerFile } from '../../dictionary/once-per-file.js';
import { alternation, escapeRegExp } from '../../dictionary/word-pattern.js';

const fileSchema = (z: Zod) => {
  const words = z.array(z.string().min(1)).min(1);
  return z.strictObject({
    'enumeration-marks': words,
    phases: z.array(z.strictObject({ word: z.string().min(1), before: words })).min(1),
    'long-number-counts': words,
    'glued-prefixes': words,
    'formula-heads': words,
  });
};

export interface QuantityMasks {
  /** Every place to mask (g flag): enumerations, phases and phone numbers. */
  patterns: RegExp[];
  /** A token stretch before a numeral made only of glued prefixes (上, 近, 数 …). */
  gluedPrefix: RegExp;
  /** Right after a counted formula (三个代表), a word that makes the formula's noun part of a longer noun (三个代表县). */
  formulaHead: RegExp;
}

const CN_DIGITS = '一二三四五六七八九十';

const quantityMasksOnce = oncePerFile(readQuantityMasks);

export function loadQuantityMasks(file = 'figures/quantity-masks.yaml'): QuantityMasks {
  return quantityMasksOnce(file);
}

function readQuantityMasks(file: string): QuantityMasks {
  const data = loadYamlDictionary(file, fileSchema);
  const counts = data['long-number-counts'].map(escapeRegExp).join('');
  return {
    patterns: [
      new RegExp(`[${CN_DIGITS}](?:${alternation(data['enumeration-marks'])})`, 'gu'),
      ...data.phases.map((p) => new RegExp(`[${CN_DIGITS}\\d]${escapeRegExp(p.word)}(?=${alternation(p.before)})`, 'gu')),
      // 7–8 digits with no count word after them, or a mobile number; a decimal (1075678.5小时) is no phone number.
      new RegExp(`(?<!\\d)(?:\\d{3,4}-)?\\d{7,8}(?![\\d${counts}]|\\.\\d)|(?<!\\d)1[3-9]\\d{9}(?!\\d)`, 'gu'),
    ],
    gluedPrefix: new RegExp(`^(?:${alternation(data['glued-prefixes'])})+$`, 'u'),
    formulaHead: new RegExp(`^(?:${alternation(data['formula-heads'])})`, 'u'),
  };
}

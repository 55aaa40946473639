// Takes out the pinyin a site left in brackets after characters (創(chuàng)建, 文明城區(qū)), with a map back to the text's offsets.

/** Lowercase pinyin with at least one tone mark, in half-width brackets (normalization has made them so). */
const RESIDUE = /\((?<=\p{Script=Han}\()(?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,30}\)/gu;

export interface WithoutResidue {
  text: string;
  /** The offset in the original text of each offset of `text`, one more entry for its end. */
  toOriginal: (offset: number) => number;
}

/** The text without pinyin residue; a text with none comes back as it is. */
export function withoutPinyinResidue(text: string): WithoutResidue {
  RESIDUE.lastIndex = 0;
  const any = RESIDUE.test(text);
  // matchAll below starts where test left off.
  RESIDUE.lastIndex = 0;
  if (!any) return { text, toOriginal: (offset) => offset };
  const kept: string[] = [];
  // Where each removed stretch starts in the new text, and how much was removed up to and with it.
  const cuts: { at: number; removed: number }[] = [];
  let from = 0;
  let removed = 0;
  for (const m of text.matchAll(RESIDUE)) {
    kept.push(text.slice(from, m.index));
    removed += m[0].length;
    cuts.push({ at: m.index + m[0].length - removed, removed });
    from = m.index + m[0].length;
  }
  kept.push(text.slice(from));
  const toOriginal = (offset: number) => {
    let shift = 0;
    for (const cut of cuts) {
      if (cut.at > offset) break;
      shift = cut.removed;
    }
    return offset + shift;
  };
  return { text: kept.join(''), toOriginal };
}

// Generates independent Chinese text for benchmarks, word by word from jieba's dictionary, with the official
// formulae real reports share mixed in: it shares no run of characters with any source beyond those phrases.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;

// Everyday official phrasing that real reports share; the list in dictionaries/ knows only some of it.
export const FORMULAE = [
  '在市委、市政府的正确领导下', '以习近平新时代中国特色社会主义思想为指导', '深入学习贯彻党的二十大精神', '培育和践行社会主义核心价值观',
  '两手抓、两手都要硬', '爱国守法、明礼诚信、团结友善、勤俭自强、敬业奉献', '领导小组下设办公室', '党风廉政建设责任制',
  '认真贯彻落实上级部署', '进一步加强精神文明建设', '取得了明显成效', '现将有关情况汇报如下', '在今后的工作中，我们将',
  '不断提高干部职工的思想道德素质', '切实把各项工作落到实处', '营造了良好的创建氛围',
];
const CLAUSE = ['的', '和', '了', '在', '把', '对', '为', '并'];

export class IndependentText {
  readonly words: Record<string, string[]> = { n: [], v: [], a: [], d: [], vn: [], ns: [] };
  private state: number;

  constructor(seed: number) {
    this.state = seed;
    for (const line of readFileSync(join(ROOT, 'node_modules/@node-rs/jieba/dict.txt'), 'utf8').split('\n')) {
      const [word, freq, pos] = line.split(' ');
      if (!word || !pos || !/^\p{Script=Han}{2,4}$/u.test(word) || Number(freq) < 300) continue;
      this.words[pos]?.push(word);
    }
  }

  random(): number {
    this.state = (Math.imul(this.state, 1103515245) + 12345) & 0x7fffffff;
    return this.state / 0x7fffffff;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)]!;
  }

  between(lo: number, hi: number): number {
    return lo + Math.floor(this.random() * (hi - lo + 1));
  }

  clause(): string {
    const parts: string[] = [];
    const length = this.between(3, 7);
    for (let i = 0; i < length; i++) {
      parts.push(this.pick(this.words[this.pick(['n', 'n', 'v', 'v', 'vn', 'a', 'd'])]!));
      if (this.random() < 0.35) parts.push(this.pick(CLAUSE));
    }
    return parts.join('');
  }

  sentence(): string {
    const clauses: string[] = [];
    const count = this.between(1, 3);
    for (let i = 0; i < count; i++) clauses.push(this.random() < 0.12 ? this.pick(FORMULAE) : this.clause());
    if (this.random() < 0.3) clauses.push(`全年共${this.between(2, 90)}次`);
    return clauses.join('，') + '。';
  }

  text(chars: number): string {
    let text = '';
    while (text.length < chars) {
      let paragraph = '';
      const count = this.between(2, 6);
      for (let i = 0; i < count; i++) paragraph += this.sentence();
      text += paragraph + '\n';
    }
    return text;
  }
}

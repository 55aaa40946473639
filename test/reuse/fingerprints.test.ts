import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { MemoryFingerprintIndex } from '../../src/reuse/index.js';
import { reuseString, reuseTextOf } from '../../src/reuse/reuse-text.js';
import { kgramHashes } from '../../src/reuse/rolling-hash.js';
import { winnow } from '../../src/reuse/winnow.js';

const reuse = (text: string) => reuseTextOf(normalize(text));

describe('reuse text: what edits cannot change', () => {
  it.each([
    ['满意率达98.5%，', '满意率达#'],
    ['2019年3月至2020年', '#年#月至#年'],
    ['2019—2020年', '#年'],
    ['二〇一九年', '#年'],
    ['十九大', '十九大'],
    ['XX单位、××街道、某某同志', '#单位#街道#同志'],
    ['文 明　单位。', '文明单位'],
    ['創建文明單位', '创建文明单位'],
    ['Word文档', 'word文档'],
  ])('%s → %s', (text, expected) => {
    expect(reuseString(reuse(text))).toBe(expected);
  });

  it('every reuse character maps back to the original words it stands for', () => {
    const text = '今年共开展活动 35 次，参与人数达1,203人。';
    const r = reuse(text);
    const spans = Array.from({ length: r.chars.length }, (_, i) => text.slice(r.origin[2 * i]!, r.origin[2 * i + 1]!));
    expect(spans).toEqual(['今', '年', '共', '开', '展', '活', '动', '35', '次', '参', '与', '人', '数', '达', '1,203', '人']);
  });
});

describe('winnowing guarantee', () => {
  it('any shared run of k + w - 1 characters yields a shared fingerprint', () => {
    const k = 10;
    const w = 8;
    let seed = 3;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
    const randomText = (n: number) => Uint16Array.from({ length: n }, () => 0x4e00 + Math.floor(random() * 3000));
    for (let trial = 0; trial < 200; trial++) {
      const shared = randomText(k + w - 1);
      const a = new Uint16Array([...randomText(Math.floor(random() * 50)), ...shared, ...randomText(Math.floor(random() * 50))]);
      const b = new Uint16Array([...randomText(Math.floor(random() * 50)), ...shared, ...randomText(Math.floor(random() * 50))]);
      const fa = new Set(winnow(kgramHashes(a, k), w).hashes);
      const fb = winnow(kgramHashes(b, k), w).hashes;
      expect(fb.some((h) => fa.has(h))).toBe(true);
    }
  });

  it('density is about 2 / (w + 1)', () => {
    const chars = Uint16Array.from({ length: 20000 }, (_, i) => 0x4e00 + ((i * 7919) % 5003));
    const fp = winnow(kgramHashes(chars, 10), 8);
    expect(fp.hashes.length / chars.length).toBeGreaterThan(0.18);
    expect(fp.hashes.length / chars.length).toBeLessThan(0.27);
  });
});

describe('fingerprint index', () => {
  const index = new MemoryFingerprintIndex();
  index.add(0, { hashes: Uint32Array.of(5, 9, 5), positions: Uint32Array.of(0, 4, 8) });
  index.add(1, { hashes: Uint32Array.of(9, 0xffffffff), positions: Uint32Array.of(2, 6) });

  it('looks up postings and counts documents', () => {
    expect([...index.lookup(9).documents]).toEqual([0, 1]);
    expect([...index.lookup(9).positions]).toEqual([4, 2]);
    expect(index.documentFrequency(5)).toBe(1);
    expect(index.lookup(5).documents.length).toBe(2);
    expect(index.lookup(7).documents.length).toBe(0);
    expect([...index.lookup(0xffffffff).documents]).toEqual([1]);
  });

  it('survives a round trip through bytes', () => {
    const copy = MemoryFingerprintIndex.fromBytes(index.toBytes());
    expect(copy.size).toBe(5);
    expect([...copy.lookup(9).documents]).toEqual([0, 1]);
    expect(() => MemoryFingerprintIndex.fromBytes(new Uint8Array(8))).toThrow(/not a wenshen fingerprint index/);
  });
});

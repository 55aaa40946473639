import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/encoding.js';

const report = '一、加强组织领导。全年开展志愿服务活动42次，群众满意率达到99%。';

describe('decodeText', () => {
  it.each([
    ['UTF-8', Buffer.from(report), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(report)]), 'utf-8'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(report, 'utf16le')]), 'utf-16le'],
    ['GB18030', iconv.encode(report, 'gb18030'), 'gb18030'],
    ['GBK, short', iconv.encode('一、加强组织领导', 'gbk'), 'gb18030'],
  ])('%s', (_, bytes, encoding) => {
    const decoded = decodeText(bytes, 'x.txt');
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(encoding === 'gb18030' && _.includes('short') ? '一、加强组织领导' : report);
  });

  it('keeps GB18030 four-byte characters that a GBK decoder breaks', () => {
    const text = '𠀀字与㐀字都要保留，全年捐款2.6万元。';
    expect(decodeText(iconv.encode(text, 'gb18030'), 'x.txt').text).toBe(text);
  });

  it('tells Big5 traditional text from GB18030', () => {
    const traditional = '一年來，我局堅持把文明單位創建作為推動建設事業發展的重要抓手，廣泛動員幹部職工積極參與。';
    const decoded = decodeText(iconv.encode(traditional, 'big5'), 'x.txt');
    expect(decoded.encoding).toBe('big5');
    expect(decoded.text).toBe(traditional);
  });
});

import { describe, expect, it } from 'vitest';
import { chineseCounting, formatNumber, NumberingCounter, type NumberingDefinitions } from '../../src/ingest/docx-numbering.js';

describe('formatNumber', () => {
  it.each([
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [11, 'chineseCounting', '十一'],
    [20, 'chineseCounting', '二十'],
    [25, 'chineseCountingThousand', '二十五'],
    [105, 'chineseCountingThousand', '一百零五'],
    [110, 'chineseCountingThousand', '一百一十'],
    [3, 'chineseLegalSimplified', '叁'],
    [12, 'chineseLegalSimplified', '拾贰'],
    [2, 'ideographTraditional', '乙'],
    [3, 'ideographZodiac', '寅'],
    [2, 'decimalEnclosedCircle', '②'],
    [3, 'decimalEnclosedFullstop', '⒊'],
    [4, 'decimalEnclosedParen', '⑷'],
    [1, 'ideographEnclosedCircle', '㈠'],
    [7, 'decimalZero', '07'],
    [4, 'upperRoman', 'IV'],
    [28, 'lowerLetter', 'bb'],
    [2024, 'ideographDigital', '二〇二四'],
    [5, 'somethingNew', '5'],
  ])('%i as %s is %s', (n, format, label) => {
    expect(formatNumber(n, format)).toBe(label);
  });

  it('counts in Chinese up to 9999', () => {
    expect(chineseCounting(1001)).toBe('一千零一');
    expect(chineseCounting(1200)).toBe('一千二百');
  });
});

describe('NumberingCounter', () => {
  const level = (format: string, text: string, suffix: 'tab' | 'space' | 'nothing' = 'nothing') => ({ start: 1, format, text, suffix, legal: false });
  const defs: NumberingDefinitions = {
    abstracts: new Map([['0', [level('chineseCounting', '%1、'), level('chineseCounting', '（%2）'), level('decimal', '%1.%3', 'tab')]]]),
    instances: new Map([
      ['1', { abstractId: '0', overrides: new Map() }],
      ['2', { abstractId: '0', overrides: new Map() }],
      ['3', { abstractId: '0', overrides: new Map([[0, { start: 1 }]]) }],
    ]),
  };

  it('numbers levels, resets deeper levels and continues a list across instances', () => {
    const counter = new NumberingCounter(defs);
    expect(counter.next('1', 0)).toBe('一、');
    expect(counter.next('1', 1)).toBe('（一）');
    expect(counter.next('1', 1)).toBe('（二）');
    expect(counter.next('1', 2)).toBe('一.1 ');
    expect(counter.next('2', 0)).toBe('二、');
    expect(counter.next('2', 1)).toBe('（一）');
    expect(counter.next('3', 0)).toBe('一、');
    expect(counter.next('3', 0)).toBe('二、');
    expect(counter.next('9', 0)).toBe('');
  });
});

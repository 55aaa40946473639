import { describe, expect, it } from 'vitest';
import { oncePerFile } from '../../src/dictionary/once-per-file.js';

describe('oncePerFile', () => {
  it('builds a file once and returns the same value after', () => {
    const reads: string[] = [];
    const load = oncePerFile((file: string) => {
      reads.push(file);
      return { file };
    });
    const first = load('a.yaml');
    expect(load('a.yaml')).toBe(first);
    expect(load('b.yaml')).toEqual({ file: 'b.yaml' });
    expect(reads).toEqual(['a.yaml', 'b.yaml']);
  });

  it('passes the other arguments to the first read and keys on the file alone', () => {
    const load = oncePerFile((file: string, known: string[]) => `${file}:${known.join(',')}`);
    expect(load('cues.yaml', ['x'])).toBe('cues.yaml:x');
    expect(load('cues.yaml', ['y'])).toBe('cues.yaml:x');
  });

  it('reads again after a failed read: an error is not kept', () => {
    let calls = 0;
    const load = oncePerFile(() => {
      calls++;
      if (calls === 1) throw new Error('bad entry');
      return calls;
    });
    expect(() => load('f.yaml')).toThrow('bad entry');
    expect(load('f.yaml')).toBe(2);
  });

  it('keeps a value that is undefined or falsy', () => {
    let calls = 0;
    const load = oncePerFile(() => {
      calls++;
      return undefined;
    });
    load('f');
    load('f');
    expect(calls).toBe(1);
  });
});

// Turns dictionary words into regular-expression source that matches each word literally, longer words first.

export const escapeRegExp = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `a|b|c` of the words, escaped, longest first: a word is tried before any of its own prefixes. */
export const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

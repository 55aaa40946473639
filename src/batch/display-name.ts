// Turns a file name's bytes into text safe to print and to store: a path segment that is not UTF-8 (a GBK name
// from a Windows archive) shows its non-ASCII bytes as \xNN, control characters are escaped, so an escape
// sequence never reaches a terminal raw and two names never look the same.

// C0 and C1 controls, DEL, the bidirectional overrides that can make a name read backwards, and the escape itself.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\\]/gu;

const hex = (code: number) => code.toString(16).padStart(2, '0');

function escapeChar(char: string): string {
  if (char === '\\') return '\\\\';
  const code = char.codePointAt(0)!;
  return code <= 0xff ? `\\x${hex(code)}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function segment(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes).replace(UNSAFE, escapeChar);
  } catch {
    let out = '';
    for (const byte of bytes) out += byte >= 0x20 && byte < 0x7f ? (byte === 0x5c ? '\\\\' : String.fromCharCode(byte)) : `\\x${hex(byte)}`;
    return out;
  }
}

export function displayName(bytes: Uint8Array | string): string {
  const raw = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i <= raw.length; i++) {
    if (i === raw.length || raw[i] === 0x2f) {
      parts.push(segment(raw.subarray(start, i)));
      start = i + 1;
    }
  }
  return parts.join('/');
}

/** A message for the terminal with its control characters escaped (a path inside a library's error, say). */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, escapeChar);
}

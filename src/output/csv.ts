// Turns rows into CSV that Excel and WPS open as UTF-8: a byte-order mark, CRLF lines, quoted fields.

function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // Excel runs a leading =, +, - or @ as a formula; a quote mark keeps such text literal.
  const safe = /^[=+\-@]/.test(text) && Number.isNaN(Number(text)) ? `'${text}` : text;
  return /[",\r\n\t]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return '\ufeff' + [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

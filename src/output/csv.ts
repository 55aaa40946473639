// Turns a row of values into one CSV line as Excel and WPS read it: quoted where needed, CRLF ended.

function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // Excel runs a leading =, +, - or @ as a formula (and skips a leading TAB or CR to find one); a quote mark
  // keeps such text literal.
  const safe = /^[=+\-@\t\r]/.test(text) && Number.isNaN(Number(text)) ? `'${text}` : text;
  return /[",\r\n\t]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(values: unknown[]): string {
  return values.map(field).join(',') + '\r\n';
}

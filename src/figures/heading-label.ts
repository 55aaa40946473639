// The one definition of a heading's number label in normalized text (一、 (一) 1. (1) 第一部分), for the figure
// stage's masks and refiners: NFKC has already turned （一） into (一) and ．into .
const CN = '一二三四五六七八九十';

/** A heading label: 一、 一. (一) (1) 1、 1. (not 1.5) 第一部分. */
export const HEADING_LABEL = String.raw`(?:[${CN}]{1,3}[、.]|\([${CN}\d]{1,3}\)|\d{1,2}[、.](?!\d)|第[${CN}]{1,3}部分)`;

/** A label at the start of a line, after any indent (flags: `gm` to find every one). */
export function headingLabelAtLineStart(flags: string): RegExp {
  return new RegExp(String.raw`^[ \t]*${HEADING_LABEL}`, flags);
}

/** A heading line: its label, then at most `maxTitle` characters of title as group 1 (flags: `gmu`). */
export function headingLine(maxTitle: number): RegExp {
  return new RegExp(String.raw`^[ \t]*${HEADING_LABEL}([^\n]{0,${maxTitle}})$`, 'gmu');
}

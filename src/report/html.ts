// Turns values into HTML safely: a tagged template that escapes every interpolated value unless it is already
// markup made by this module, and JSON data blocks that no text can break out of.

/** Markup built by `html` (or `raw` for constant strings written in this codebase): inserted as is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/;

/** Text for an element's content or a quoted attribute value. */
export function escapeHtml(value: unknown): string {
  const text = String(value ?? '');
  // Most text has nothing to escape: found at once, without building a new string.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c]!) : text;
}

type Value = SafeHtml | string | number | boolean | null | undefined | readonly Value[];

function interpolate(value: Value): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(interpolate).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(value);
}

/**
 * html`<td title="${path}">${text}</td>`: every value is escaped (quotes too, so a value may stand in a quoted
 * attribute), arrays are joined, SafeHtml is kept. Attribute values must be quoted in the template.
 */
export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += interpolate(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Constant markup from this codebase; never pass document data. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/**
 * A `<script type="application/json">` block. `<` is written as \u003c so no text can close the element or open a
 * comment; the page reads it with textContent and JSON.parse, never as markup.
 */
export function jsonBlock(id: string, data: unknown): SafeHtml {
  const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return new SafeHtml(`<script type="application/json" id="${escapeHtml(id)}">${json}</script>`);
}

/**
 * A file name for a page from any id (ids of templates or stored reports may hold any characters): kept when it
 * is plain letters, digits, `-` and `_`, else a hash of it, so a crafted name never reaches a path or a URL.
 */
export function pageName(id: string): string {
  if (/^[A-Za-z0-9_-]{1,64}$/.test(id)) return id;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return `x${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`;
}

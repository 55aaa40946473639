// Turns a text and its overlapping highlight spans into escaped markup: the text is cut at every span boundary,
// each piece carries the classes and ids of every span over it, so crossing spans split and nested ones nest,
// and the pieces of one span joined give exactly text.slice(start, end).
import { escapeHtml, raw, type SafeHtml } from './html.js';

export interface Highlight {
  /** Unique on the page; the first piece of the span is preceded by an anchor `#a<id>`. */
  id: number;
  start: number;
  end: number;
  /** CSS classes of the span's kind (`fig fig-donation`, `cp cp-templates`). */
  classes: string;
}

/** Spans that fit the text and cover something; others (bad offsets, empty spans) cannot be shown. */
export function usable(h: { start: number; end: number }, length: number): boolean {
  return Number.isInteger(h.start) && Number.isInteger(h.end) && h.start >= 0 && h.end <= length && h.start < h.end;
}

export function highlightText(text: string, highlights: readonly Highlight[]): SafeHtml {
  const spans = highlights.filter((h) => usable(h, text.length));
  const cuts = new Set<number>([0, text.length]);
  for (const h of spans) {
    cuts.add(h.start);
    cuts.add(h.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const starting = new Map<number, Highlight[]>();
  const ending = new Map<number, Highlight[]>();
  for (const h of spans) {
    (starting.get(h.start) ?? starting.set(h.start, []).get(h.start)!).push(h);
    (ending.get(h.end) ?? ending.set(h.end, []).get(h.end)!).push(h);
  }
  const active = new Map<number, Highlight>();
  const out: string[] = [];
  // The class attribute of each set of spans met, escaped: a page repeats few (a passage over figures), many times.
  const attributes = new Map<string, string>();
  for (let i = 0; i + 1 < points.length; i++) {
    const at = points[i]!;
    for (const h of ending.get(at) ?? []) active.delete(h.id);
    for (const h of starting.get(at) ?? []) {
      active.set(h.id, h);
      out.push(`<i class="anc" id="a${h.id}"></i>`);
    }
    const piece = escapeHtml(text.slice(at, points[i + 1]));
    if (active.size === 0) {
      out.push(piece);
      continue;
    }
    // One span over the piece is the common case: its classes need no merging.
    let classes: string | undefined;
    let ids: string;
    if (active.size === 1) {
      const [h] = active.values();
      classes = attributes.get(h!.classes);
      if (classes === undefined) attributes.set(h!.classes, (classes = escapeHtml(h!.classes)));
      ids = String(h!.id);
    } else {
      const on = [...active.values()];
      const key = on.map((h) => h.classes).join('\n');
      classes = attributes.get(key);
      if (classes === undefined) attributes.set(key, (classes = escapeHtml([...new Set(on.flatMap((h) => h.classes.split(' ')))].join(' '))));
      ids = on.map((h) => h.id).join(' ');
    }
    out.push(`<span class="h ${classes}" data-a="${ids}">${piece}</span>`);
  }
  return raw(out.join(''));
}

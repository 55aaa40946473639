// Schemas of what reuse detection reports per document: the reused share, by kind of source, and each copied
// passage with the source words it came from.
import { z } from 'zod';

export const sourceKindSchema = z.enum(['batch', 'templates', 'history', 'self']);

export const reuseSourceSchema = z.strictObject({
  kind: sourceKindSchema,
  /** The source document's id (its documents.jsonl id, or the template's / stored report's). */
  id: z.string(),
  path: z.string(),
  /** Span in the source's text of record, and the words there. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

export const reusePassageSchema = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  source: reuseSourceSchema,
  /** Matching characters over the longer side, on reuse text (0–1). */
  similarity: z.number().min(0).max(1),
});

export const documentReuseSchema = z.strictObject({
  /** Share of the document's reuse characters (Han, letters, numbers) inside a reported passage. */
  ratio: z.number().min(0).max(1),
  ratioBySource: z.strictObject({ batch: z.number(), templates: z.number(), history: z.number(), self: z.number() }),
  /** The single source covering most of the document, null when nothing is reused. */
  maxSingleSource: z.strictObject({ id: z.string(), path: z.string(), ratio: z.number() }).nullable(),
  passages: z.array(reusePassageSchema),
});

/** Marks a figure or honor that sits inside a copied passage: the number may be the source's, not the unit's. */
export const copiedSchema = z.strictObject({ sourceId: z.string(), sourceText: z.string() });

export type SourceKindName = z.infer<typeof sourceKindSchema>;
export type ReusePassage = z.infer<typeof reusePassageSchema>;
export type DocumentReuse = z.infer<typeof documentReuseSchema>;
export type Copied = z.infer<typeof copiedSchema>;

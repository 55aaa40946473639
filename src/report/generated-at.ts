// Turns the time a report is written into the words its overview prints (minutes, UTC): the one format shared by
// the report and the batch, which puts tonight's time into a report it carries over from an unchanged run.
export function generatedAtText(date: Date): string {
  return date.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

/** The first such time in a page: the overview's subtitle, which comes before any document's words. */
export const GENERATED_AT = /\d{4}-\d\d-\d\d \d\d:\d\d UTC/;

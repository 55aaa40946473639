// Turns a Word binary document (.doc, .wps) into its main-document paragraphs with the list labels Word draws
// for them (rebuilt from the list tables as the .docx reader does from numbering.xml), their style and outline level.
import CFB from 'cfb';
import { readFib, readParagraphs, readStyles, type DocStyle } from './doc-binary.js';
import { readLists } from './doc-lists.js';
import { NumberingCounter } from './docx-numbering.js';

export interface LabelledParagraph {
  /** Visible text: field results kept, field codes and control characters dropped, trimmed. */
  text: string;
  /** The label with its separator, as Word draws it before the text; '' when the paragraph is not numbered. */
  label: string;
  style?: string;
  outlineLevel?: number;
  heading: boolean;
}

/** Field codes (between 0x13 and 0x14) are instructions, not text; the result up to 0x15 is what shows. */
export function visibleText(raw: string): string {
  let out = '';
  let depth = 0;
  const inCode: boolean[] = [];
  for (const c of raw) {
    const code = c.charCodeAt(0);
    if (code === 0x13) {
      depth++;
      inCode[depth] = true;
    } else if (code === 0x14) {
      if (depth > 0) inCode[depth] = false;
    } else if (code === 0x15) {
      if (depth > 0) depth--;
    } else if (depth > 0 && inCode[depth]) {
      continue;
    } else if (code === 0x0b) {
      out += '\n';
    } else if (code === 0x1e) {
      out += '-';
    } else if (code >= 0x20 || code === 0x09) {
      out += c;
    }
  }
  return out.trim();
}

function styleChain(styles: DocStyle[], istd: number): DocStyle[] {
  const chain: DocStyle[] = [];
  for (let current = istd, depth = 0; current < styles.length && depth < 20; depth++) {
    const style = styles[current];
    if (!style) break;
    chain.push(style);
    current = style.istdBase;
  }
  return chain;
}

/** Reads the body paragraphs (outside tables) of a Word binary document with their rebuilt labels. */
export function labelledParagraphs(bytes: Buffer): LabelledParagraph[] {
  const container = CFB.read(bytes, { type: 'buffer' });
  const word = Buffer.from(CFB.find(container, 'WordDocument')!.content as Uint8Array);
  const fib = readFib(word);
  const tableEntry = CFB.find(container, fib.tableStreamName);
  if (!tableEntry) throw new Error(`table stream ${fib.tableStreamName} missing`);
  const table = Buffer.from(tableEntry.content as Uint8Array);
  const lists = readLists(table, fib);
  const styles = readStyles(table, fib);
  const counter = new NumberingCounter(lists);
  const out: LabelledParagraph[] = [];
  for (const p of readParagraphs(word, table, fib)) {
    const chain = styleChain(styles, p.istd);
    // A paragraph's own list properties win; otherwise its style's (style-linked numbering).
    let ilfo = p.ilfo >= 0 ? p.ilfo : (chain.find((s) => s.ilfo !== undefined)?.ilfo ?? 0);
    let ilvl = p.ilvl >= 0 ? p.ilvl : chain.find((s) => s.ilvl !== undefined)?.ilvl;
    if (ilvl === undefined && ilfo > 0) {
      // The level a list links to this paragraph's style (LSTF rgistdPara), else the first.
      const lsid = lists.instances.get(String(ilfo))?.abstractId;
      const linked = lsid === undefined ? -1 : (lists.linkedStyles.get(lsid)?.indexOf(p.istd) ?? -1);
      ilvl = linked >= 0 ? linked : 0;
    }
    if (ilfo < 0 || ilfo > 2000) ilfo = 0; // 0xF801 and similar are Word's "list removed" markers
    const text = visibleText(p.raw);
    const label = !p.inTable && ilfo > 0 ? counter.next(String(ilfo), Math.min(8, ilvl ?? 0)) : '';
    if (p.inTable) continue;
    const sti = chain[0]?.sti ?? 0;
    const outline = p.outlineLevel ?? chain.find((s) => s.outlineLevel !== undefined)?.outlineLevel;
    const outlineLevel = sti >= 1 && sti <= 9 ? sti - 1 : outline !== undefined && outline < 9 ? outline : undefined;
    out.push({ text, label, style: chain[0]?.name || undefined, outlineLevel, heading: outlineLevel !== undefined });
  }
  return out;
}

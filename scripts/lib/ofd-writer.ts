// Writes OFD packages (GB/T 33190) by hand from a sample's laid-out pages: a running head on a template page,
// body text objects with glyph advances, a page number, and a stamp annotation and a signature that are not
// body text.
import JSZip from 'jszip';
import { PAGE, textWidthEm } from './pdf-writer.js';
import type { SampleSource } from './sample-source.js';
import { paginate } from './sample-writers.js';

const MM_PER_PT = 25.4 / 72;
const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const mm = (pt: number) => Number((pt * MM_PER_PT).toFixed(3));

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Glyph advances as OFD writes them, with runs of equal advances abbreviated as `g count value`. */
function deltaX(text: string, size: number): string {
  const advances = [...text].slice(0, -1).map((c) => Number(((c.codePointAt(0)! < 0x80 ? 0.5 : 1) * size).toFixed(3)));
  const out: string[] = [];
  for (let i = 0; i < advances.length; ) {
    let j = i;
    while (j < advances.length && advances[j] === advances[i]) j++;
    out.push(j - i > 2 ? `g ${j - i} ${advances[i]}` : advances.slice(i, j).join(' '));
    i = j;
  }
  return out.join(' ');
}

let nextId = 10;

/** One text object a run; Latin and Chinese pieces become objects of their own, as producers switch fonts. */
function textObjects(text: string, xPt: number, baselinePt: number, sizePt: number): string {
  const size = mm(sizePt);
  const objects: string[] = [];
  let x = xPt;
  for (const piece of text.match(/[\x20-\x7e]+|[^\x20-\x7e]+/g) ?? []) {
    const width = mm(textWidthEm(piece) * sizePt);
    const top = mm(PAGE.height - baselinePt) - size * 0.88;
    const code = `<ofd:TextCode X="0" Y="${(size * 0.88).toFixed(3)}"${[...piece].length > 1 ? ` DeltaX="${deltaX(piece, size)}"` : ''}>${escapeXml(piece)}</ofd:TextCode>`;
    objects.push(`<ofd:TextObject ID="${nextId++}" Boundary="${mm(x)} ${top.toFixed(3)} ${width} ${size}" Font="2" Size="${size}"><ofd:FillColor Value="0 0 0"/>${code}</ofd:TextObject>`);
    x += textWidthEm(piece) * sizePt;
  }
  return objects.join('');
}

const page = (box: string, body: string, template?: string) =>
  `${HEAD}<ofd:Page ${NS}><ofd:Area><ofd:PhysicalBox>${box}</ofd:PhysicalBox></ofd:Area>${template ?? ''}<ofd:Content><ofd:Layer ID="${nextId++}" Type="Body">${body}</ofd:Layer></ofd:Content></ofd:Page>`;

export async function writeOfd(source: SampleSource): Promise<Buffer> {
  nextId = 10;
  const zip = new JSZip();
  const box = `0 0 ${mm(PAGE.width)} ${mm(PAGE.height)}`;
  const pages = paginate(source);
  zip.file('OFD.xml', `${HEAD}<ofd:OFD ${NS} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>${source.name}</ofd:DocID><ofd:Title>${escapeXml(source.title)}</ofd:Title><ofd:Creator>wenshen samples</ofd:Creator></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot><ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures></ofd:DocBody></ofd:OFD>`);
  const pageRefs = pages.map((_, i) => `<ofd:Page ID="${i + 1}" BaseLoc="Pages/Page_${i}/Content.xml"/>`).join('');
  zip.file('Doc_0/Document.xml', `${HEAD}<ofd:Document ${NS}><ofd:CommonData><ofd:MaxUnitID>9999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>${box}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:TemplatePage ID="100" BaseLoc="Tpls/Tpl_0/Content.xml"/></ofd:CommonData><ofd:Pages>${pageRefs}</ofd:Pages><ofd:Annotations>Annots/Annotations.xml</ofd:Annotations></ofd:Document>`);
  zip.file('Doc_0/PublicRes.xml', `${HEAD}<ofd:Res ${NS} BaseLoc="Res"><ofd:Fonts><ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>`);
  const header = source.header ? textObjects(source.header, (PAGE.width - textWidthEm(source.header) * 9) / 2, PAGE.height - 40, 9) : '';
  zip.file('Doc_0/Tpls/Tpl_0/Content.xml', page(box, header));
  pages.forEach((p, i) => {
    const body = p.runs.map((run) => textObjects(run.text, run.x, run.y, run.size)).join('');
    const number = `- ${i + 1} -`;
    const footer = textObjects(number, (PAGE.width - textWidthEm(number) * 9) / 2, 36, 9);
    zip.file(`Doc_0/Pages/Page_${i}/Content.xml`, page(box, body + footer, '<ofd:Template TemplateID="100" ZOrder="Background"/>'));
  });
  // A stamp annotation and an electronic signature: both carry text a reader must not take for the report's.
  zip.file('Doc_0/Annots/Annotations.xml', `${HEAD}<ofd:Annotations ${NS}><ofd:Page PageID="1"><ofd:FileLoc>Page_0/Annotation.xml</ofd:FileLoc></ofd:Page></ofd:Annotations>`);
  zip.file('Doc_0/Annots/Page_0/Annotation.xml', `${HEAD}<ofd:PageAnnot ${NS}><ofd:Annot ID="900" Type="Stamp"><ofd:Appearance Boundary="120 200 40 40">${textObjects('已审核盖章', 360, 250, 12)}</ofd:Appearance></ofd:Annot></ofd:PageAnnot>`);
  zip.file('Doc_0/Signs/Signatures.xml', `${HEAD}<ofd:Signatures ${NS}><ofd:Signature ID="1" BaseLoc="Sign_0/Signature.xml"/></ofd:Signatures>`);
  zip.file('Doc_0/Signs/Sign_0/Signature.xml', `${HEAD}<ofd:Signature ${NS}><ofd:SignedInfo><ofd:Provider ProviderName="电子签章服务"/><ofd:StampAnnot ID="901" PageRef="1" Boundary="120 200 40 40"/></ofd:SignedInfo><ofd:SignedValue>SignedValue.dat</ofd:SignedValue></ofd:Signature>`);
  zip.file('Doc_0/Signs/Sign_0/SignedValue.dat', Buffer.from('not a real signature'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

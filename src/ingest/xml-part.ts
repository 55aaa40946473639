// Turns one XML part of a zip package (.docx, .ofd) into its root element, refusing parts that unpack past a limit
// or nest deeper than any real document, so a crafted package fails E_TOO_LARGE or E_CORRUPT instead of E_INTERNAL.
import { DOMParser, type Element } from '@xmldom/xmldom';
import type JSZip from 'jszip';
import { IngestError } from './errors.js';
import { readZipText } from './zip-part.js';

/** Real documents nest a few dozen levels (tables in tables); far deeper is a crafted file. */
const MAX_XML_DEPTH = 1000;

/** Whether elements nest deeper than `limit`, found by one pass over the tags without building anything. */
function nestsDeeperThan(xml: string, limit: number): boolean {
  let depth = 0;
  for (let i = xml.indexOf('<'); i !== -1; i = xml.indexOf('<', i + 1)) {
    const next = xml.charCodeAt(i + 1);
    if (next === 0x2f /* / */) depth--;
    else if (next !== 0x3f /* ? */ && next !== 0x21 /* ! */) {
      const close = xml.indexOf('>', i);
      if (close === -1) break;
      if (xml.charCodeAt(close - 1) !== 0x2f) depth++;
      if (depth > limit) return true;
      i = close;
    }
  }
  return false;
}

export function parseXml(xml: string, part: string, path: string): Element {
  if (nestsDeeperThan(xml, MAX_XML_DEPTH)) {
    throw new IngestError('E_CORRUPT', `${path} has a damaged ${part} (elements nested over ${MAX_XML_DEPTH} levels deep); ask for the file again.`);
  }
  let failure: string | undefined;
  let doc: ReturnType<DOMParser['parseFromString']> | undefined;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') failure ??= message;
      },
    }).parseFromString(xml, 'text/xml');
  } catch (e) {
    // xmldom throws on a fatal error after reporting it.
    failure ??= (e as Error).message;
  }
  const root = doc?.documentElement;
  if (failure || !root) {
    throw new IngestError('E_CORRUPT', `${path} has a damaged ${part} (${(failure ?? 'no root element').split('\n')[0]}); ask for the file again.`);
  }
  return root;
}

export function readXmlPart(zip: JSZip, part: string, path: string, limit: number): Element | undefined {
  const xml = readZipText(zip, part, path, limit);
  return xml === undefined ? undefined : parseXml(xml, part, path);
}


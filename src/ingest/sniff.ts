// Tells a file's real format from its first bytes (and a zip's or compound file's directory), not its extension.
import type CFB from 'cfb';
import type JSZip from 'jszip';
import type { Format } from '../model/document.js';
import { IngestError } from './errors.js';
import { readZipText } from './zip-part.js';

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export interface Sniffed {
  format: Format;
  /** The loaded zip for docx and OFD, so it is read once. */
  zip?: JSZip;
}

/** Formats a unit may send that wenshen does not read, by extension: named in the E_UNSUPPORTED message. */
const UNREAD_FORMATS: Record<string, string> = {
  odt: 'an OpenDocument text (.odt)',
  rtf: 'an RTF file',
  xls: 'a spreadsheet',
  xlsx: 'a spreadsheet',
  et: 'a spreadsheet',
  ppt: 'a presentation',
  pptx: 'a presentation',
  dps: 'a presentation',
  pages: 'a Pages document',
  caj: 'a CAJ file',
  kdh: 'a CAJ file',
  nh: 'a CAJ file',
};

function unsupported(path: string, ext: string): IngestError {
  return new IngestError('E_UNSUPPORTED', `${path} is ${UNREAD_FORMATS[ext]}, a format wenshen does not read; save it as .docx or .pdf and run again.`);
}

function extensionOf(path: string): string {
  const m = /\.([^./\\]+)$/.exec(path);
  return m ? m[1]!.toLowerCase() : '';
}

function startsWith(bytes: Buffer, prefix: Buffer | string, at = 0): boolean {
  const p = typeof prefix === 'string' ? Buffer.from(prefix, 'latin1') : prefix;
  return bytes.length >= at + p.length && bytes.subarray(at, at + p.length).equals(p);
}

function looksLikeHtml(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 2048).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  return /^<!doctype html|^<html|^<\?xml[^>]*>\s*<html|^<head|^<meta/.test(head) || (head.startsWith('<') && /<body|<div|<p[\s>]/.test(head));
}

// The zip and compound-file readers load with the first such file: a batch of .txt or .pdf never pays for them.
async function sniffZip(bytes: Buffer, path: string): Promise<Sniffed> {
  const { default: JSZip } = await import('jszip');
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new IngestError('E_CORRUPT', `${path} is a damaged zip archive (${(e as Error).message}); ask for the file again.`);
  }
  if (zip.file('word/document.xml')) return { format: 'docx', zip };
  if (zip.file('OFD.xml')) return { format: 'ofd', zip };
  const mime = readZipText(zip, 'mimetype', path, 1024)?.trim();
  if (mime === 'application/vnd.oasis.opendocument.text') {
    throw new IngestError('E_UNSUPPORTED', `${path} is an OpenDocument (.odt) file; save it as .docx and run again.`);
  }
  if (zip.file('[Content_Types].xml')) {
    throw new IngestError('E_UNSUPPORTED', `${path} is an Office file but not a Word document; submit the report as .docx or .pdf.`);
  }
  if (UNREAD_FORMATS[extensionOf(path)]) throw unsupported(path, extensionOf(path));
  throw new IngestError('E_UNSUPPORTED', `${path} is a zip archive, not a report; unpack it and run on its files.`);
}

async function sniffCompoundFile(bytes: Buffer, path: string, ext: string): Promise<Sniffed> {
  const { default: CFB } = await import('cfb');
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(bytes, { type: 'buffer' });
  } catch (e) {
    throw new IngestError('E_CORRUPT', `${path} is a damaged Office file (${(e as Error).message}); ask for the file again.`);
  }
  const names = new Set(container.FullPaths.map((p) => p.replace(/\/$/, '').split('/').pop()));
  if (names.has('EncryptedPackage') || names.has('EncryptionInfo')) {
    throw new IngestError('E_ENCRYPTED', `${path} is password-protected; ask the unit for a copy without a password.`);
  }
  if (names.has('WordDocument')) {
    const word = CFB.find(container, 'WordDocument');
    const content = word?.content as Uint8Array | undefined;
    // FIB flag fEncrypted: bit 0x0100 of the 16-bit word at offset 0x0A.
    if (content && content.length > 0x0c && ((content[0x0a]! | (content[0x0b]! << 8)) & 0x0100) !== 0) {
      throw new IngestError('E_ENCRYPTED', `${path} is password-protected; ask the unit for a copy without a password.`);
    }
    return { format: ext === 'wps' ? 'wps' : 'doc' };
  }
  throw new IngestError('E_UNSUPPORTED', `${path} is an Office file but not a Word document; submit the report as .docx, .doc or .pdf.`);
}

export async function sniff(bytes: Buffer, path: string): Promise<Sniffed> {
  const ext = extensionOf(path);
  if (bytes.length === 0) throw new IngestError('E_EMPTY', `${path} is empty (0 bytes); ask for the file again.`);
  if (startsWith(bytes, 'PK\x03\x04') || startsWith(bytes, 'PK\x05\x06')) return sniffZip(bytes, path);
  if (startsWith(bytes, CFB_MAGIC)) return sniffCompoundFile(bytes, path, ext);
  const head = bytes.subarray(0, 1024).toString('latin1');
  if (head.includes('%PDF-')) return { format: 'pdf' };
  if (startsWith(bytes, '{\\rtf')) {
    throw new IngestError('E_UNSUPPORTED', `${path} is an RTF file; save it as .docx and run again.`);
  }
  // Photos and scans of pages: PNG, JPEG, TIFF (either byte order), BMP (recognized by its DIB header size).
  if (/^(?:\x89PNG|\xFF\xD8\xFF|II\*\x00|MM\x00\*|BM[\s\S]{12}[\x0c\x28\x38\x40\x6c\x7c]\x00\x00\x00)/.test(head)) return { format: 'image' };
  if (/^(?:GIF8|RIFF[\s\S]{4}WEBP)/.test(head)) {
    throw new IngestError('E_UNSUPPORTED', `${path} is a GIF or WebP image; submit page photos as .jpg, .png or .tif.`);
  }
  if (UNREAD_FORMATS[ext]) throw unsupported(path, ext);
  if (looksLikeHtml(bytes)) {
    if (ext === 'pdf' || ext === 'docx') {
      throw new IngestError('E_CORRUPT', `${path} is a web page saved under a .${ext} name (often a failed download); get the real file.`);
    }
    return { format: 'html' };
  }
  if (ext === 'pdf' || ext === 'docx' || ext === 'ofd' || ext === 'doc' || ext === 'wps') {
    throw new IngestError('E_CORRUPT', `${path} does not look like a .${ext} file at all (unknown content); ask for the file again.`);
  }
  if (ext === 'md' || ext === 'markdown') return { format: 'md' };
  if (ext === 'html' || ext === 'htm') return { format: 'html' };
  return { format: 'txt' };
}

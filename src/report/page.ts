// Turns a page's title and body into a whole HTML document: the strict Content-Security-Policy, the shared
// stylesheet and script from assets/, and the navigation back to the overview.
import { html, type SafeHtml } from './html.js';
import { t } from './labels.js';

/**
 * Nothing but the report's own files: no network, no inline script or style, no plugins, no forms, no <base>.
 * Data blocks (`type="application/json"`) are not scripts and need no permission.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'";

export interface PageOptions {
  title: string;
  /** The path from this page back to the report's folder: '' for index.html, '../' for pages in sub-folders. */
  root: '' | '../';
  /** A class on <body> telling the script which page it is on. */
  kind: 'overview' | 'document' | 'pair' | 'unit';
  body: SafeHtml;
  /** Where "back" leads, other than the overview. */
  crumbs?: { href: string; label: string }[];
}

export function page(options: PageOptions): string {
  const { title, root, kind, body } = options;
  const crumbs = options.crumbs ?? [];
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${t('brand')}</title>
<link rel="stylesheet" href="${root}assets/report.css">
<script src="${root}assets/report.js" defer></script>
</head>
<body class="page-${kind}">
<nav class="top"><a class="brand" href="${root}index.html">${t('brand')}</a>${kind === 'overview' ? '' : html`<a href="${root}index.html">${t('nav.overview')}</a>`}${crumbs.map((c) => html` <span class="sep">›</span> <a href="${c.href}">${c.label}</a>`)}</nav>
${body}
</body>
</html>
`.value;
}

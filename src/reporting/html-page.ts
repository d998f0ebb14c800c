import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { escapeHtml } from './html-triage.ts';

/** The reports' one stylesheet, inlined (a report is a single file that works from file://). */
export const REPORT_STYLE = readFileSync(fileURLToPath(new URL('./assets/report.css', import.meta.url)), 'utf8');

export interface PageTop {
  /** The Content-Security-Policy of the page. */
  csp: string;
  title: string;
  heading: string;
  /** The line under the heading, already HTML (its values escaped by the caller). */
  metaHtml: string;
  verdictClass: string;
  verdictTitle: string;
  verdictDetail: string;
}

/**
 * The top of a report page, shared by conformance.html and integration.html so that both have one
 * look: document head with the CSP and the inlined style, the header, and the verdict banner. The
 * caller continues inside <main> and closes the page.
 */
export function pageTop(p: PageTop): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(p.csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(p.title)}</title>
<style>
${REPORT_STYLE}</style>
</head>
<body>
<main>
<header>
<h1>${escapeHtml(p.heading)}</h1>
<p class="meta">${p.metaHtml}</p>
</header>
<section id="verdict" class="verdict verdict-${escapeHtml(p.verdictClass)}" role="status">
<span class="verdict-text">${escapeHtml(p.verdictTitle)}</span>
<span class="verdict-detail">${escapeHtml(p.verdictDetail)}</span>
</section>`;
}

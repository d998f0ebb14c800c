import type { Breaking, SchemaChange } from '../api/schema-diff.ts';
import { mdCode, mdText } from './markdown-summary.ts';

/**
 * spec-diff.json and spec-diff.md: what a revision of schemas/ changes and whom it breaks, each
 * change with the checks and Pact interactions it affects (docs/architecture.md, "Spec diff").
 */
export interface SpecDiffChange extends SchemaChange {
  /** Ids of the declared checks of the operation (the envelope family's for "*"). */
  checks: string[];
  /** Descriptions of the contract's interactions the change concerns. */
  interactions: string[];
}

export interface SpecDiffReport {
  changes: SpecDiffChange[];
  /** The two revisions compared (directories, or git revisions with --git). */
  old: string;
  new: string;
  summary: Record<Breaking, number>;
}

export const SPEC_DIFF_FILES = { json: 'spec-diff.json', markdown: 'spec-diff.md' } as const;

export function specDiffReport(changes: SpecDiffChange[], old: string, next: string): SpecDiffReport {
  const summary: Record<Breaking, number> = { integrators: 0, providers: 0, none: 0 };
  for (const c of changes) summary[c.breaking] += 1;
  return { changes, old, new: next, summary };
}

export function renderSpecDiffJson(report: SpecDiffReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The one line a console and a pull request show first. */
export function specDiffHeadline(report: SpecDiffReport): string {
  const { integrators, providers, none } = report.summary;
  if (report.changes.length === 0) return `no change between ${report.old} and ${report.new}`;
  return `${plural(report.changes.length, 'change')}: ${integrators} breaking for integrators, ${providers} breaking for providers, ${none} compatible`;
}

const LISTED = 5;
/** Inline code in a table cell: a "|" inside would end the cell. */
const cell = (text: string) => mdCode(text).replace(/\|/g, '\\|');
const some = (items: readonly string[]) =>
  items.length === 0
    ? 'none'
    : `${items.slice(0, LISTED).map(cell).join(', ')}${items.length > LISTED ? ` and ${items.length - LISTED} more` : ''}`;

const SECTIONS: { breaking: Breaking; title: string; what: string }[] = [
  { breaking: 'integrators', title: 'Breaking for integrators', what: 'a request that was valid is now refused' },
  { breaking: 'providers', title: 'Breaking for providers', what: 'an answer that was valid is now refused' },
  { breaking: 'none', title: 'Compatible', what: 'nothing valid before is refused now' },
];

/** spec-diff.md: made for a pull request (inert Markdown: nothing from a schema is rendered as markup). */
export function renderSpecDiffMarkdown(report: SpecDiffReport): string {
  const lines = [`## Spec diff: ${mdText(report.old)} → ${mdText(report.new)}`, '', `**${specDiffHeadline(report)}**`, ''];
  for (const section of SECTIONS) {
    const rows = report.changes.filter((c) => c.breaking === section.breaking);
    if (rows.length === 0) continue;
    lines.push(`### ${section.title} (${rows.length}): ${section.what}`, '');
    lines.push('| operation | side | path | change | checks | Pact interactions |', '| --- | --- | --- | --- | --- | --- |');
    for (const c of rows)
      lines.push(
        `| ${cell(c.operation)} | ${c.side} | ${cell(c.path)} | ${mdText(c.change)} | ${c.checks.length}: ${some(c.checks)} | ${c.interactions.length}: ${some(c.interactions)} |`,
      );
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

import { describe, expect, it } from 'vitest';
import { ProxySession } from '../session.ts';
import { renderIntegrationHtml } from './integration-html.ts';
import { renderIntegrationJunit, renderIntegrationMarkdown } from './integration-text.ts';

const report = {
  ...new ProxySession('http://sim').report(),
  verdict: 'incomplete' as const,
  outcomes: [
    { operation: '/ibis/financial/funds-debit', outcome: '200', seen: 1 },
    { operation: '/ibis/financial/funds-debit', outcome: 'extIbis.51.insufficientFunds', seen: 0 },
  ],
  missingOutcomes: [
    {
      operation: '/ibis/financial/funds-debit',
      outcome: 'extIbis.51.insufficientFunds',
      force: { operation: '/ibis/financial/funds-debit', outcome: 'extIbis.51.insufficientFunds' },
    },
  ],
};
const body = '{"operation":"/ibis/financial/funds-debit","outcome":"extIbis.51.insufficientFunds"}';

describe('the integration reports of an incomplete session', () => {
  it('list each outcome never met with the outcomes body that forces it', () => {
    expect(renderIntegrationMarkdown(report)).toContain(
      `| \`/ibis/financial/funds-debit\` | \`extIbis.51.insufficientFunds\` | \`${body}\` |`,
    );
    expect(renderIntegrationJunit(report)).toContain(
      `<skipped message="never met; force it with POST /__simulator/outcomes ${body.replace(/"/g, '&quot;')}"/>`,
    );
    expect(renderIntegrationHtml(report)).toContain(`<code>${body.replace(/"/g, '&quot;')}</code>`);
  });

  it('keep a rule apart from its evidence: no "…again.no evidence"', () => {
    const html = renderIntegrationHtml(new ProxySession('http://sim').report());
    expect(html).toMatch(/<p class="rule">[^<]+<\/p><p class="empty">no evidence<\/p>/);
  });
});

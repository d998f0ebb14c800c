import type http from 'node:http';
import type { IntegrationReport } from './report/integration-types.ts';
import type { ProxySession } from './session.ts';

/**
 * The proxy's own routes, under /__proxy/: never forwarded nor recorded. POST /__proxy/report
 * writes the reports (docs/integrators.md, "The proxy") and answers with the verdict.
 */
export const CONTROL_PREFIX = '/__proxy/';

export function isControl(path: string): boolean {
  return path.startsWith(CONTROL_PREFIX);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) }).end(text);
}

/** Answers a control request (its body already read). `onReport` writes the report and names the files. */
export async function answerControl(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  path: string,
  session: ProxySession,
  onReport: ((report: IntegrationReport) => Promise<string[]>) | undefined,
): Promise<void> {
  if (path === '/__proxy/report' && req.method === 'POST') {
    const report = session.report();
    const files = onReport ? await onReport(report) : [];
    return sendJson(res, 200, {
      verdict: report.verdict,
      detail: report.verdictDetail,
      exchanges: report.exchanges,
      violations: report.violations.length,
      files,
    });
  }
  return sendJson(res, 404, {
    code: 'notFound',
    message: `the proxy serves POST /__proxy/report; ${req.method} ${path} is not a proxy route`,
  });
}

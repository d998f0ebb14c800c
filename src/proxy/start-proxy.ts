import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerControl, isControl } from './control-endpoints.ts';
import { Recorder } from './recorder.ts';
import { relay } from './relay.ts';
import type { IntegrationReport, ProxyExchange } from './report/integration-types.ts';
import { readBody } from './request-body.ts';
import { ProxySession } from './session.ts';
import { probeUpstream, Upstream, type Abortable } from './upstream.ts';

/**
 * The validating, recording reverse proxy. node:http listens (the least work per request), undici
 * forwards over keep-alive connections; the request and the answer pass byte for byte (hop-by-hop
 * headers aside, RFC 9110 section 7.6.1). Validation, recording and grading happen after the answer
 * is written, so they never delay the app. Anything the app sends is forwarded, recorded and, if
 * it is not a documented request, reported: the proxy itself never answers in the upstream's place,
 * except 502 when the upstream cannot be reached at all.
 */
export interface ProxyOptions {
  /** The upstream base URL (scheme, host, port; a path prefix is kept). */
  upstream: string;
  port?: number;
  host?: string;
  /** Print one progress line every N exchanges (0: never). */
  progressEvery?: number;
  log?: (line: string) => void;
  /** Called by POST /__proxy/report (and by the CLI on SIGINT/SIGTERM) with the report to write. */
  onReport?: (report: IntegrationReport) => Promise<string[]>;
  /** Sees each exchange once recorded, in the order they ended (unredacted: it stays in the process). */
  onExchange?: (exchange: ProxyExchange) => void;
}

export interface RunningProxy {
  url: string;
  session: ProxySession;
  /** Why the upstream could not be reached when the proxy started; undefined when it could. */
  upstreamProblem?: string;
  report(): IntegrationReport;
  close(): Promise<void>;
}

/** The embedded simulator's own routes (its outcome switch): relayed, never recorded. */
const SIMULATOR_PREFIX = '/__simulator/';

interface Parts {
  upstream: Upstream;
  session: ProxySession;
  recorder: Recorder;
  onReport: ProxyOptions['onReport'];
}

/** One request of the app: a control route, the simulator's own route, or an exchange relayed and recorded. */
async function handle(req: http.IncomingMessage, res: http.ServerResponse, parts: Parts): Promise<void> {
  const { upstream, session, recorder } = parts;
  const at = session.now();
  const url = req.url ?? '/';
  const path = url.split('?')[0];
  if (isControl(path)) {
    await readBody(req);
    return answerControl(req, res, path, session, parts.onReport);
  }
  const call: Abortable = { aborted: false };
  const now = () => session.now();
  if (path.startsWith(SIMULATOR_PREFIX)) {
    await relay(upstream, req, res, call, now);
    return;
  }
  recorder.begin(call, at);
  try {
    const relayed = await relay(upstream, req, res, call, now);
    const overheadMs = Math.max(0, relayed.endAt - at - relayed.upstreamMs);
    recorder.record(call, { ...relayed, at, url, path, method: req.method, rawHeaders: req.rawHeaders, overheadMs });
  } finally {
    recorder.end(call);
  }
}

async function listen(server: http.Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
}

/** Starts the proxy (docs/architecture.md, "Integrator kit"): listening once it resolves. */
export async function startProxy(options: ProxyOptions): Promise<RunningProxy> {
  const base = new URL(options.upstream);
  const upstream = new Upstream(base);
  const session = new ProxySession(base.href.replace(/\/$/, ''));
  const log = options.log ?? (() => undefined);
  const parts: Parts = {
    upstream,
    session,
    recorder: new Recorder(session, log, options.progressEvery ?? 100, options.onExchange),
    onReport: options.onReport,
  };
  const server = http.createServer((req, res) => {
    handle(req, res, parts).catch((err: unknown) => {
      // A bug here must not take the app's traffic down: answer 502 once, keep serving.
      log(`proxy: internal error on ${req.method} ${req.url}: ${(err as Error).message}`);
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'proxyInternalError' }));
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 10_000;
  const url = await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');
  const upstreamProblem = await probeUpstream(base);
  if (upstreamProblem !== undefined)
    log(`proxy: the upstream ${base.origin} cannot be reached (${upstreamProblem}); until it can, every request gets a 502`);
  let closed: Promise<void> | undefined;
  return {
    url,
    session,
    ...(upstreamProblem !== undefined ? { upstreamProblem } : {}),
    report: () => session.report(),
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => upstream.close())),
  };
}

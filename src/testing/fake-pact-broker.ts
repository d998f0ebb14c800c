import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake broker received. */
export interface BrokerRequest {
  method: string;
  url: string;
  auth?: string;
  body: string;
}

export interface FakePactBroker {
  url: string;
  requests: BrokerRequest[];
  close(): Promise<void>;
}

/**
 * A stand-in for a Pact Broker, on port 0, answering just what the Pact CLI needs for the commands
 * of docs/providers.md, "Publishing and can-i-deploy": publish (the index's `pb:publish-contracts`,
 * then the publication), `can-i-deploy` (the matrix: deployable) and `record-deployment` (the
 * version's `pb:record-deployment` link, then the record). No broker is reachable from CI; this
 * proves the commands as written reach a broker with the right version, branch and credentials.
 */
export async function startFakePactBroker(): Promise<FakePactBroker> {
  const requests: BrokerRequest[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', auth: req.headers.authorization, body });
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      res.setHeader('content-type', 'application/hal+json');
      res.end(JSON.stringify(answer(req.method ?? '', req.url ?? '', base)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function answer(method: string, url: string, base: string): unknown {
  if (method === 'GET' && url === '/') return { _links: { 'pb:publish-contracts': { href: `${base}/contracts/publish` } } };
  if (method === 'POST' && url === '/contracts/publish') return { notices: [{ type: 'success', text: 'published' }], _links: {} };
  if (method === 'GET' && url.startsWith('/matrix')) {
    return {
      summary: { deployable: true, reason: 'all required verification results are published and successful', unknown: 0 },
      matrix: [],
    };
  }
  if (method === 'GET' && url.startsWith('/pacticipants/')) {
    return { _links: { 'pb:record-deployment': [{ name: 'production', href: `${base}/deployments/production` }] } };
  }
  return { _links: {} };
}

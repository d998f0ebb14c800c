import { getOperation } from '../../api/index.ts';
import type { SimulatorApp } from '../app.ts';
import type { ProbeAnswer, ProbeApi } from '../faults/types.ts';

/**
 * The in-process API a probe of a fault or an allowed variant calls (no sockets), with a valid
 * token. Every answer is also handed to `seen`, with its operation, so that a test can grade what
 * the simulator said besides what the probe kept.
 */
export function probeApi(app: SimulatorApp, seen: (operation: string, answer: ProbeAnswer) => void = () => undefined): ProbeApi {
  const token = app.simulator.issueToken();
  return {
    state: app.simulator.state,
    fixtures: app.simulator.fixtures,
    credentials: app.simulator.credentials,
    async call(operation, body, options = {}) {
      const op = getOperation(operation);
      const headers: Record<string, string> = {};
      const tok = options.token === undefined ? token : options.token;
      if (tok !== null) headers['x-connectfi-token'] = tok;
      const params = (body ?? {}) as Record<string, string>;
      const url = op.operation.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
      const res =
        op.method === 'GET'
          ? await app.inject({ method: 'GET', url, headers })
          : await app.inject({
              method: 'POST',
              url,
              headers: { ...headers, 'content-type': 'application/json' },
              payload: JSON.stringify(body ?? {}),
            });
      const answer = {
        status: res.statusCode,
        body: JSON.parse(res.body) as unknown,
        contentType: String(res.headers['content-type'] ?? ''),
      };
      seen(op.operation, answer);
      return answer;
    },
  };
}

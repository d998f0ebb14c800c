import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * "Your app" of docs/integrators.md, "The proxy": a project with this package installed (a symlink
 * to `packageDir`, as `npm install` lays it out) whose `npm test` calls connectFi through
 * CONNECTFI_BASE_URL and meets every documented outcome of the two operations it uses, forced
 * through CONNECTFI_PROXY_URL and scoped to its own customers with `match`, handling each as the
 * proxy grades it (a decline is not sent again at once), so that its verdict is READY.
 */
const APP = `const env = process.env;
const base = env.CONNECTFI_BASE_URL;
const proxy = env.CONNECTFI_PROXY_URL;
const post = async (url, body, token) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { 'x-connectfi-token': token } : {}) }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
};
const force = async (operation, outcome, match) => {
  const r = await post(proxy + '/__simulator/outcomes', { operation, outcome, ...(match ? { match } : {}) });
  if (r.status !== 200) throw new Error('cannot force ' + outcome + ': ' + JSON.stringify(r.body));
};
const expect = (r, status, what) => {
  if (r.status !== status) throw new Error(what + ': expected ' + status + ', got ' + r.status + ' ' + JSON.stringify(r.body));
  return r.body;
};
// A declined request is not sent again as it is within 2 s (the proxy's handles-decline).
const pause = () => new Promise((resolve) => setTimeout(resolve, 2100));
const login = { user: { login: env.CONNECTFI_LOGIN, password: env.CONNECTFI_PASSWORD } };
await force('/auth/get-token', 'requestValidateError');
expect(await post(base + '/auth/get-token', login), 400, 'a refused login body');
await pause();
await force('/auth/get-token', 'unauthorized');
expect(await post(base + '/auth/get-token', login), 401, 'refused credentials');
await pause();
const token = expect(await post(base + '/auth/get-token', login), 200, 'login').data.token;
expect(await post(base + '/ibis/card/list', { customerId: env.CONNECTFI_CUSTOMER_ID }, token), 200, 'card/list');
await force('/ibis/card/list', 'customerNotFound', { customerId: env.CONNECTFI_UNVERIFIED_CUSTOMER_ID });
expect(await post(base + '/ibis/card/list', { customerId: env.CONNECTFI_UNVERIFIED_CUSTOMER_ID }, token), 400, 'customerNotFound');
await force('/ibis/card/list', 'requestValidateError', { customerId: env.CONNECTFI_BUSINESS_CUSTOMER_ID });
expect(await post(base + '/ibis/card/list', { customerId: env.CONNECTFI_BUSINESS_CUSTOMER_ID }, token), 400, 'requestValidateError');
console.log('your app: ok');
`;

export function writeStandInApp(dir: string, packageDir: string): string {
  mkdirSync(path.join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(packageDir, path.join(dir, 'node_modules', 'connectfi-conformance'));
  symlinkSync('../connectfi-conformance/bin/connectfi-conformance.mjs', path.join(dir, 'node_modules', '.bin', 'connectfi-conformance'));
  const pkg = { name: 'your-app', private: true, type: 'module', scripts: { test: 'node app.test.mjs' } };
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg));
  writeFileSync(path.join(dir, 'app.test.mjs'), APP);
  return dir;
}

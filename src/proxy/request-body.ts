import type http from 'node:http';
import { PassThrough, type Readable } from 'node:stream';

/**
 * A request body as the proxy reads it: whole when it ends within BUFFER_LIMIT bytes (it is then
 * forwarded as one Buffer), else its first BUFFER_LIMIT bytes and the rest streamed upstream as it
 * comes, so that a huge upload costs the proxy a bounded amount of memory. The limit is far above
 * any body connectFi accepts (BODY_LIMIT): below it the proxy behaves as the upstream does when it
 * refuses a body early, since undici then reads the early answer (a 413) before the upstream
 * closes; a body streamed past it that the upstream refuses early reaches the app as a reset.
 */
export const BUFFER_LIMIT = 32 * 1024 * 1024;

export interface RequestBody {
  head: Buffer;
  complete: boolean;
  /** Bytes of the body so far (all of them once the upstream has the whole body). */
  bytes: number;
}

export function readBody(req: http.IncomingMessage, limit = BUFFER_LIMIT): Promise<RequestBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (c: Buffer) => {
      chunks.push(c);
      size += c.length;
      if (size <= limit) return;
      done();
      req.pause();
      resolve({ head: Buffer.concat(chunks), complete: false, bytes: size });
    };
    const onEnd = () => {
      done();
      resolve({ head: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks), complete: true, bytes: size });
    };
    const onError = (err: Error) => {
      done();
      reject(err);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

/** The body upstream: its beginning, then the rest of the app's request as it comes (counted). */
export function streamedBody(req: http.IncomingMessage, body: RequestBody): Readable {
  const out = new PassThrough();
  out.write(body.head);
  req.on('data', (c: Buffer) => (body.bytes += c.length));
  req.pipe(out);
  return out;
}

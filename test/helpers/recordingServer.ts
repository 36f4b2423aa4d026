// A node:http server on 127.0.0.1 that records each request and answers with a scripted reply.

import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  /** Path and query exactly as sent. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface Reply {
  /** Wait this long before answering. */
  readonly delayMs?: number;
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: string;
  /** Send the headers and this start of the body, then stall: the body never ends. */
  readonly stallAfter?: string;
}

export interface RecordingServer {
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  /** Replies served in order; the last one repeats. */
  reply(...replies: Reply[]): void;
  close(): Promise<void>;
}

export async function startRecordingServer(): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  let replies: Reply[] = [{ status: 200, headers: { 'content-type': 'application/json' }, body: '{}' }];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
      const reply = replies.length > 1 ? replies.shift()! : replies[0]!;
      const answer = () => {
        if (res.destroyed) return;
        res.writeHead(reply.status, reply.headers ?? {});
        if (reply.stallAfter === undefined) res.end(reply.body ?? '');
        else res.write(reply.stallAfter);
      };
      if (reply.delayMs === undefined) answer();
      else setTimeout(answer, reply.delayMs).unref();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    reply: (...next) => {
      replies = next;
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

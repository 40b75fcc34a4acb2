/**
 * A tiny HTTP server answering the two registry calls the client makes, recording every request,
 * so the client's requests, failover and caching can be observed.
 */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface CountingServer {
  url: string;
  requests: RecordedRequest[];
  /** Replaces the answer to every request. */
  respond: (handler: (req: RecordedRequest) => { status: number; body: unknown } | 'hang') => void;
  close(): Promise<void>;
}

export async function startCountingServer(): Promise<CountingServer> {
  const requests: RecordedRequest[] = [];
  const schemas: string[] = [];
  let handler: (req: RecordedRequest) => { status: number; body: unknown } | 'hang' = (req) => {
    const register = /^\/subjects\/[^/]+\/versions$/.exec(req.url);
    if (req.method === 'POST' && register) {
      const { schema } = JSON.parse(req.body) as { schema: string };
      let index = schemas.indexOf(schema);
      if (index === -1) index = schemas.push(schema) - 1;
      return { status: 200, body: { id: index + 1 } };
    }
    const byId = /^\/schemas\/ids\/(\d+)$/.exec(req.url);
    if (req.method === 'GET' && byId) {
      const schema = schemas[Number(byId[1]) - 1];
      return schema === undefined
        ? { status: 404, body: { error_code: 40403, message: 'Schema not found' } }
        : { status: 200, body: { schema } };
    }
    return { status: 404, body: { error_code: 404, message: 'HTTP 404 Not Found' } };
  };
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() };
    requests.push(recorded);
    const answer = handler(recorded);
    if (answer === 'hang') return;
    res.writeHead(answer.status, { 'Content-Type': 'application/vnd.schemaregistry.v1+json' });
    res.end(JSON.stringify(answer.body));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    respond: (h) => {
      handler = h;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

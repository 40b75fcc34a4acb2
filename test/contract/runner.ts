/**
 * Runs contract cases: starts Prism (mock, or proxy in front of the server) on free ports, sends a
 * case to a target and lists every way the answer departs from the spec.
 *
 * Prism checks less than it seems to (see README, "Contract tests"), so the checks that decide a
 * case are made here, from the spec: status, Content-Type per (operation, status), body schema per
 * (operation, status, media type), Content-Type against the request's Accept header. On the real
 * target Prism's own verdict (`sl-violations`) and the server's actual status are checked as well.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { OpenAPIV3 } from 'openapi-types';
import { loadContract } from '../../src/http/contract.ts';
import type { CaseRequest, ContractCase } from './cases.ts';
import { freePort } from '../../src/ports.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PRISM_BIN = `${ROOT}node_modules/.bin/prism`;
export const SPEC_FILE = `${ROOT}openapi/kafka-rest.yaml`;

/** Sent with every request of the real target, so the tap can tell what the server answered. */
const CASE_HEADER = 'x-contract-case';

// ---------------------------------------------------------------------------------------------
// Processes

const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

export interface PrismServer {
  url: string;
  pid: number;
  /** The last lines Prism printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}


async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  children.delete(child);
}

/** Stops every Prism process this module started and has not stopped yet. */
export async function stopAllPrism(): Promise<void> {
  await Promise.all([...children].map(stopChild));
}

/** Resolves once anything answers HTTP at `url`; rejects when `child` exits or time runs out. */
async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const exited = once(child, 'exit').then(([code, signal]) => {
    throw new Error(`Prism exited (${signal ?? code}) before answering:\n${output()}`);
  });
  exited.catch(() => {});
  while (Date.now() < deadline) {
    const answered = await Promise.race([
      send(url, { method: 'GET', path: '/' }).then(
        () => true,
        () => false,
      ),
      exited,
    ]);
    if (answered) return;
    await Promise.race([new Promise((r) => setTimeout(r, 100)), exited]);
  }
  throw new Error(`Prism did not answer at ${url} within ${timeoutMs} ms:\n${output()}`);
}

/** Starts `prism <args...> -h 127.0.0.1 -p <free port>` and waits until it answers. */
export async function startPrism(args: string[], timeoutMs = 30_000): Promise<PrismServer> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const child = spawn(PRISM_BIN, [...args, '-h', '127.0.0.1', '-p', String(port)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let tail = '';
    const keep = (chunk: Buffer) => {
      tail = (tail + chunk.toString('utf8')).slice(-8_000);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const output = () => tail;
    const url = `http://127.0.0.1:${port}`;
    try {
      await waitUntilAnswering(url, child, output, timeoutMs);
    } catch (err) {
      await stopChild(child);
      // Another process may have taken the port between choosing and binding it.
      if (attempt < 3 && /EADDRINUSE/.test(output())) continue;
      throw err;
    }
    return { url, pid: child.pid!, output, stop: () => stopChild(child) };
  }
}

export function startPrismMock(): Promise<PrismServer> {
  return startPrism(['mock', '-v', 'warn', SPEC_FILE]);
}

export function startPrismProxy(upstream: string, options: { validateRequest: boolean }): Promise<PrismServer> {
  const args = ['proxy', '--errors', '-v', 'warn'];
  if (!options.validateRequest) args.push('--validate-request=false');
  return startPrism([...args, SPEC_FILE, upstream]);
}

// ---------------------------------------------------------------------------------------------
// The tap: records what the server itself answered

/**
 * A pass-through between Prism and the server that records the server's status per case. Prism's
 * proxy answers an upstream 501 with a mocked response, and it answers requests it refuses without
 * forwarding them; only the tap shows what the server really said.
 */
export interface Tap {
  url: string;
  upstreamStatus(caseId: string): number | undefined;
  close(): Promise<void>;
}

export async function startTap(upstream: string): Promise<Tap> {
  const target = new URL(upstream);
  const seen = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const caseId = req.headers[CASE_HEADER];
    const forward = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, connection: 'close' },
        agent: false,
      },
      (answer) => {
        if (typeof caseId === 'string') seen.set(caseId, answer.statusCode!);
        res.writeHead(answer.statusCode!, answer.statusMessage, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', (err) => {
      res.writeHead(502, { 'Content-Type': 'text/plain' });
      res.end(`tap: ${err.message}`);
    });
    req.pipe(forward);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    upstreamStatus: (caseId) => seen.get(caseId),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Sending

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/** Sends exactly the given headers (no default Accept), on a fresh connection. */
export function send(
  baseUrl: string,
  request: CaseRequest,
  extraHeaders: Record<string, string> = {},
  timeoutMs = 20_000,
): Promise<Reply> {
  const url = new URL(request.path, baseUrl);
  const body =
    request.body === undefined ? undefined : typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
  const headers: Record<string, string> = { ...request.headers, ...extraHeaders };
  if (body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(body));
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: request.method, headers, agent: false, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** Replaces `{name}` placeholders; an unknown name is an error in the case. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for placeholder ${whole}`);
    return value;
  });
}

export function fillRequest(request: CaseRequest, values: Record<string, string>): CaseRequest {
  const body =
    request.body === undefined
      ? undefined
      : fillPlaceholders(typeof request.body === 'string' ? request.body : JSON.stringify(request.body), values);
  return { ...request, path: fillPlaceholders(request.path, values), ...(body !== undefined && { body }) };
}

// ---------------------------------------------------------------------------------------------
// Targets

export interface Outcome {
  reply: Reply;
  /** Real target: what the server answered, as seen by the tap; undefined when Prism did not forward. */
  upstreamStatus?: number;
}

export interface Target {
  kind: 'mock' | 'real';
  values: Record<string, string>;
  run(c: ContractCase): Promise<Outcome>;
  stop(): Promise<void>;
}

export async function mockTarget(values: Record<string, string>): Promise<Target> {
  const prism = await startPrismMock();
  return {
    kind: 'mock',
    values,
    async run(c) {
      const prefer: Record<string, string> = {};
      if (c.status < 200 || c.status > 299) {
        prefer['Prefer'] = c.example ? `code=${c.status}, example=${c.example}` : `code=${c.status}`;
      }
      return { reply: await send(prism.url, fillRequest(c.request, values), prefer) };
    },
    stop: () => prism.stop(),
  };
}

/** The server behind the tap, behind two Prism proxies: strict, and with request validation off. */
export async function realTarget(serverUrl: string, values: Record<string, string>): Promise<Target> {
  const tap = await startTap(serverUrl);
  const started = await Promise.allSettled([
    startPrismProxy(tap.url, { validateRequest: true }),
    startPrismProxy(tap.url, { validateRequest: false }),
  ]);
  const stopAll = async () => {
    await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.stop() : undefined)));
    await tap.close();
  };
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await stopAll();
    throw (failed as PromiseRejectedResult).reason;
  }
  const [strict, unvalidated] = started.map((s) => (s as PromiseFulfilledResult<PrismServer>).value) as [
    PrismServer,
    PrismServer,
  ];
  return {
    kind: 'real',
    values,
    async run(c) {
      const base = c.prism?.route === 'direct' ? tap.url : c.prism?.route === 'unvalidated' ? unvalidated.url : strict.url;
      const caseId = randomUUID();
      const reply = await send(base, fillRequest(c.request, values), { [CASE_HEADER]: caseId });
      return { reply, upstreamStatus: tap.upstreamStatus(caseId) };
    },
    stop: stopAll,
  };
}

// ---------------------------------------------------------------------------------------------
// The spec and the checks

type Operation = OpenAPIV3.OperationObject & { method: string; path: string };

export interface Spec {
  operations: Map<string, Operation>;
  /** Declared response media types (lower case) for an operation and status; undefined when the status is not declared. */
  responseTypes(operationId: string, status: number): string[] | undefined;
  validateResponse(operationId: string, status: number, type: string, body: unknown): string | undefined;
  /** Validates a request body against the schema of its Content-Type. */
  validateRequest(operationId: string, type: string, body: unknown): string | undefined;
}

export async function loadSpec(): Promise<Spec> {
  const { api } = await loadContract(SPEC_FILE);
  const definition = api.definition as OpenAPIV3.Document;
  const operations = new Map<string, Operation>();
  for (const [path, item] of Object.entries(definition.paths)) {
    for (const method of ['get', 'post', 'put', 'delete', 'patch'] as const) {
      const op = item?.[method];
      if (op?.operationId) operations.set(op.operationId, { ...op, method, path });
    }
  }
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormatsModule.default(ajv);
  const compiled = new Map<string, ValidateFunction>();
  const validate = (key: string, schema: object | undefined, body: unknown): string | undefined => {
    if (!schema) return `the spec declares no schema for ${key}`;
    let fn = compiled.get(key);
    if (!fn) compiled.set(key, (fn = ajv.compile(schema)));
    return fn(body) ? undefined : ajv.errorsText(fn.errors, { dataVar: 'body' });
  };
  const response = (operationId: string, status: number) =>
    operations.get(operationId)?.responses[String(status)] as OpenAPIV3.ResponseObject | undefined;
  const contentOf = (content: Record<string, OpenAPIV3.MediaTypeObject> | undefined, type: string) =>
    Object.entries(content ?? {}).find(([t]) => t.toLowerCase() === type)?.[1];

  return {
    operations,
    responseTypes(operationId, status) {
      const r = response(operationId, status);
      return r && Object.keys(r.content ?? {}).map((t) => t.toLowerCase());
    },
    validateResponse(operationId, status, type, body) {
      const media = contentOf(response(operationId, status)?.content, type);
      return validate(`${operationId} ${status} ${type}`, media?.schema as object | undefined, body);
    },
    validateRequest(operationId, type, body) {
      const requestBody = operations.get(operationId)?.requestBody as OpenAPIV3.RequestBodyObject | undefined;
      const media = contentOf(requestBody?.content, type);
      return validate(`${operationId} request ${type}`, media?.schema as object | undefined, body);
    },
  };
}

/** `type/subtype`, lower case, parameters dropped. */
export function essence(value: string): string {
  return value.split(';')[0]!.trim().toLowerCase();
}

/** Whether an Accept header allows a media type (some range matches it with q > 0). */
export function acceptable(accept: string, type: string): boolean {
  const [mainType, subType] = type.split('/');
  let best: { specificity: number; q: number } | undefined;
  for (const part of accept.split(',')) {
    const [range = '', ...params] = part.split(';');
    const [rangeType, rangeSub] = range.trim().toLowerCase().split('/');
    let specificity: number;
    if (rangeType === mainType && rangeSub === subType) specificity = 2;
    else if (rangeType === mainType && rangeSub === '*') specificity = 1;
    else if (rangeType === '*') specificity = 0;
    else continue;
    const qParam = params.map((p) => p.split('=').map((s) => s.trim())).find(([k]) => k === 'q');
    const q = qParam ? Number(qParam[1]) : 1;
    if (!best || specificity > best.specificity) best = { specificity, q };
  }
  return best !== undefined && best.q > 0;
}

function header(headers: Record<string, string> | undefined, name: string): string | undefined {
  return Object.entries(headers ?? {}).find(([k]) => k.toLowerCase() === name)?.[1];
}

/** Every way the outcome departs from the spec and the case; empty when the case passes. */
export function check(spec: Spec, target: Target['kind'], c: ContractCase, { reply, upstreamStatus }: Outcome): string[] {
  const problems: string[] = [];
  const contentType = reply.headers['content-type'];
  const type = contentType === undefined ? undefined : essence(contentType);

  if (target === 'real') {
    const violations = reply.headers['sl-violations'];
    if (violations) problems.push(`Prism reports contract violations: ${violations}`);
    if (upstreamStatus === undefined) {
      problems.push('Prism answered without forwarding the request to the server');
    } else if (upstreamStatus === 501) {
      problems.push('the server answered 501 Not implemented (Prism replaces that with a mocked answer); mark the case pending');
    } else if (upstreamStatus !== reply.status && !violations) {
      problems.push(`Prism answered ${reply.status} where the server answered ${upstreamStatus}`);
    }
  }

  if (reply.status !== c.status) problems.push(`status ${reply.status}, expected ${c.status}`);

  const declared = spec.responseTypes(c.operationId, reply.status);
  if (declared === undefined) {
    problems.push(`the spec declares no ${reply.status} response for ${c.operationId}`);
  } else if (declared.length === 0 || (c.emptyBody && reply.status === c.status)) {
    if (reply.text !== '') problems.push(`expected no body, got ${JSON.stringify(reply.text.slice(0, 200))}`);
    // Prism's mock labels its empty 204 responses text/plain.
    const mock204 = target === 'mock' && reply.status === 204;
    if (contentType !== undefined && !mock204) problems.push(`expected no Content-Type, got ${contentType}`);
  } else if (type === undefined) {
    problems.push(`no Content-Type; the spec declares ${declared.join(', ')}`);
  } else if (!declared.includes(type)) {
    problems.push(`Content-Type ${type} is not one the spec declares for ${reply.status}: ${declared.join(', ')}`);
  } else {
    let body: unknown;
    try {
      body = JSON.parse(reply.text);
    } catch {
      problems.push(`body is not JSON: ${JSON.stringify(reply.text.slice(0, 200))}`);
    }
    if (body !== undefined) {
      const invalid = spec.validateResponse(c.operationId, reply.status, type, body);
      if (invalid) problems.push(`body does not match the ${type} schema: ${invalid}`);
    }
  }

  if (c.contentType && type !== c.contentType) problems.push(`Content-Type ${type ?? '(none)'}, expected ${c.contentType}`);
  const accept = header(c.request.headers, 'accept');
  if (accept !== undefined && type !== undefined && !acceptable(accept, type)) {
    problems.push(`Content-Type ${type} is not acceptable to Accept: ${accept}`);
  }
  return problems;
}

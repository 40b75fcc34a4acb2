/**
 * The Koa application. Middleware order: error rendering, CORS, then one dispatcher that lets
 * openapi-backend route by the spec and runs every operation through the same steps:
 * Content-Type (415) → Accept (406) → parameters (404) → body (400/413/422) → handler.
 */
import Koa, { type Context } from 'koa';
import type { Context as RouteContext } from 'openapi-backend';
import { jsonText } from '../formats/json-text.ts';
import type { Handlers, OperationInput } from '../handlers/types.ts';
import { hasBody, NO_BODY, readJsonBody } from './body.ts';
import type { Contract, OperationContract } from './contract.ts';
import { errorMiddleware, Errors, type RestError } from './errors.ts';
import { translateKafkaError } from './kafka-errors.ts';
import { embeddedFormatOf, meaningOf, MediaType } from './media-types.ts';
import { selectRequestType, selectResponseType } from './negotiate.ts';

/** A handler per operationId of the contract; typed per API where the handlers are defined. */
export type HandlerTable = Handlers | Record<string, (input: OperationInput<never>) => Promise<unknown>>;

export interface AppOptions {
  contract: Contract;
  handlers: HandlerTable;
  requestMaxBytes: number;
  /**
   * Maps errors of the services behind the handlers to RestErrors; undefined for unknown ones
   * (answered 500). The proxy's Kafka and format errors by default.
   */
  translateError?: (err: unknown) => RestError | undefined;
  /** Types an error body sent before negotiation may take (`response.mediatype.preferred`/`default`). */
  errorTypes?: { preferred: readonly string[]; fallback: string };
  accessControlAllowOrigin?: string;
  accessControlAllowMethods?: string;
  log?: (level: 'error' | 'warn' | 'info', message: string) => void;
}

interface State {
  responseType?: string;
}

function setJsonBody(ctx: Context, body: unknown, type: string): void {
  ctx.body = jsonText(body);
  ctx.set('Content-Type', type);
}

/** Answers a failed negotiation the way the original server did: 406, no body, no Content-Type. */
function notAcceptable(ctx: Context): void {
  ctx.respond = false;
  ctx.res.statusCode = 406;
  ctx.res.end();
}

async function runOperation(op: OperationContract, handlers: HandlerTable, route: RouteContext, ctx: Context, limit: number) {
  const req = ctx.req;
  const bodySent = op.consumes.length > 0 && hasBody(req);
  const contentTypeHeader = ctx.get('Content-Type');

  let requestType: string | undefined;
  if (op.consumes.length > 0 && (bodySent || contentTypeHeader)) {
    requestType = selectRequestType(contentTypeHeader || MediaType.OCTET_STREAM, op.consumes);
    if (!requestType) throw Errors.unsupportedMediaType();
  }

  const responseType = selectResponseType(ctx.get('Accept') || undefined, op.produces);
  if (!responseType) return notAcceptable(ctx);
  (ctx.state as State).responseType = responseType;

  const params: Record<string, unknown> = { ...route.request.query, ...route.request.params };
  const paramsError = op.validateParams(params);
  if (paramsError) throw paramsError;

  let body: unknown;
  if (op.consumes.length > 0) {
    const parsed = bodySent ? await readJsonBody(req, limit) : NO_BODY;
    if (parsed === NO_BODY || parsed === null) {
      if (op.bodyRequired) throw Errors.unprocessable('Request body is empty');
    } else {
      const bodyError = op.validateBody.get(requestType ?? MediaType.OCTET_STREAM)!(parsed);
      if (bodyError) throw bodyError;
      body = parsed;
    }
  }

  const meaning = meaningOf(responseType);
  const input: OperationInput<never> = {
    params: params as never,
    body: body as never,
    requestFormat: requestType ? embeddedFormatOf(requestType) : undefined,
    responseFormat: embeddedFormatOf(responseType),
    version: meaning?.version ?? 'v1',
    origin: { protocol: ctx.protocol, host: ctx.host, path: ctx.path },
  };
  const handler = (handlers as Record<string, (input: OperationInput<never>) => Promise<unknown>>)[op.operationId];
  if (!handler) throw new Error(`No handler for operation ${op.operationId}`);
  const result = await handler(input);
  if (op.successStatus === 204) {
    ctx.status = 204;
    ctx.body = null;
    return;
  }
  ctx.status = op.successStatus;
  setJsonBody(ctx, result, responseType);
}

function cors(origin: string, methods: string) {
  const allowed = origin.split(',').map((s) => s.trim());
  return async (ctx: Context, next: Koa.Next) => {
    const requestOrigin = ctx.get('Origin');
    if (requestOrigin && (allowed.includes('*') || allowed.includes(requestOrigin))) {
      ctx.set('Access-Control-Allow-Origin', allowed.includes('*') ? '*' : requestOrigin);
      ctx.vary('Origin');
      if (ctx.method === 'OPTIONS' && ctx.get('Access-Control-Request-Method')) {
        ctx.set('Access-Control-Allow-Methods', methods || 'GET,POST,HEAD,DELETE');
        const headers = ctx.get('Access-Control-Request-Headers');
        if (headers) ctx.set('Access-Control-Allow-Headers', headers);
        ctx.status = 204;
        return;
      }
    }
    await next();
  };
}

export function createApp(options: AppOptions): Koa {
  const { contract, handlers, requestMaxBytes } = options;
  const log = options.log ?? (() => {});
  const app = new Koa();
  app.silent = true;

  const operationHandlers: Record<string, (route: RouteContext, ctx: Context) => Promise<void>> = {};
  for (const op of contract.operations.values()) {
    operationHandlers[op.operationId] = (route, ctx) => runOperation(op, handlers, route, ctx, requestMaxBytes);
  }
  contract.api.register({
    ...operationHandlers,
    notFound: async () => {
      throw Errors.notFound();
    },
    methodNotAllowed: async () => {
      throw Errors.methodNotAllowed();
    },
  });

  app.use(
    errorMiddleware({
      translate: options.translateError ?? translateKafkaError,
      ...(options.errorTypes ? { preferredTypes: options.errorTypes.preferred, defaultType: options.errorTypes.fallback } : {}),
      onUnexpected: (err, ctx) =>
        log('error', `${ctx.method} ${ctx.path} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`),
    }),
  );
  if (options.accessControlAllowOrigin) {
    app.use(cors(options.accessControlAllowOrigin, options.accessControlAllowMethods ?? ''));
  }
  app.use(async (ctx) => {
    await contract.api.handleRequest(
      { method: ctx.method, path: ctx.path, query: ctx.querystring, headers: ctx.headers as Record<string, string> },
      ctx,
    );
  });
  return app;
}

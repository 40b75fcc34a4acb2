/**
 * The parsed contract: openapi-backend routes from it, and everything the HTTP layer checks per
 * operation (consumed and produced media types, parameter and body validators, the success
 * status) is derived from it here, once, at start.
 */
import { fileURLToPath } from 'node:url';
import { OpenAPIBackend, type Operation } from 'openapi-backend';
import type { OpenAPIV3 } from 'openapi-types';
import type { Producible } from './negotiate.ts';
import { compileBodyValidator, compileParamsValidator, type Validator } from './validate.ts';

export const SPEC_PATH = fileURLToPath(new URL('../../openapi/kafka-rest.yaml', import.meta.url));

export interface OperationContract {
  operationId: string;
  method: string;
  path: string;
  /** Request media types, lower case; empty when the operation takes no body. */
  consumes: string[];
  bodyRequired: boolean;
  /** Every response media type with its server weight. */
  produces: Producible[];
  /** The status of the first 2xx response. */
  successStatus: number;
  validateParams: Validator;
  /** Body validators keyed by request media type. */
  validateBody: Map<string, Validator>;
}

export interface Contract {
  api: OpenAPIBackend;
  operations: Map<string, OperationContract>;
}

type MediaTypeObject = OpenAPIV3.MediaTypeObject & { 'x-qs'?: number };

function describeOperation(op: Operation): OperationContract {
  const operationId = op.operationId ?? `${op.method} ${op.path}`;
  const params = (op.parameters ?? []) as OpenAPIV3.ParameterObject[];
  const paramsSchema = {
    type: 'object',
    properties: Object.fromEntries(
      params.filter((p) => p.in === 'path' || p.in === 'query').map((p) => [p.name, p.schema ?? {}]),
    ),
    required: params.filter((p) => p.required && (p.in === 'path' || p.in === 'query')).map((p) => p.name),
  };

  const requestBody = op.requestBody as OpenAPIV3.RequestBodyObject | undefined;
  const validateBody = new Map<string, Validator>();
  for (const [type, media] of Object.entries(requestBody?.content ?? {})) {
    validateBody.set(type.toLowerCase(), compileBodyValidator((media.schema ?? {}) as object));
  }

  const weights = new Map<string, number>();
  let successStatus: number | undefined;
  for (const [status, response] of Object.entries(op.responses ?? {})) {
    const code = Number(status);
    if (successStatus === undefined && code >= 200 && code < 300) successStatus = code;
    for (const [type, media] of Object.entries((response as OpenAPIV3.ResponseObject).content ?? {})) {
      const qs = (media as MediaTypeObject)['x-qs'];
      if (typeof qs !== 'number') throw new Error(`${operationId}: response ${status} ${type} has no x-qs weight`);
      weights.set(type.toLowerCase(), Math.max(qs, weights.get(type.toLowerCase()) ?? 0));
    }
  }
  if (successStatus === undefined) throw new Error(`${operationId}: the spec declares no 2xx response`);

  return {
    operationId,
    method: op.method,
    path: op.path,
    consumes: [...validateBody.keys()],
    bodyRequired: requestBody?.required === true,
    produces: [...weights].map(([type, qs]) => ({ type, qs })),
    successStatus,
    validateParams: compileParamsValidator(paramsSchema),
    validateBody,
  };
}

function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * openapi-backend's matching rules, precompiled: an exact path wins, then templates ordered by
 * the length of their literal parts; a path that matches with no operation for the method is a
 * 405, no path at all a 404 (thrown with the prefixes openapi-backend's dispatcher expects).
 */
function compileMatcher(all: Operation[]) {
  const routes = all
    .map((op) => ({
      op,
      pattern: new RegExp(`^${op.path.split(/\{[^}]+\}/).map(escapeRegExp).join('[^/]+')}$`),
      literalLength: op.path.replace(/\{.*?\}/g, '').length,
    }))
    .sort((a, b) => b.literalLength - a.literalLength);
  return (req: { method: string; path: string }, strict?: boolean): Operation | undefined => {
    let path = (req.path.split('?')[0] ?? '').trim();
    if (!path.startsWith('/')) path = `/${path}`;
    if (path.length > 1 && path.endsWith('/')) path = path.replace(/\/+$/, '') || '/';
    const method = req.method.toLowerCase();
    const exact = routes.find((r) => r.op.path === path && r.op.method === method);
    if (exact) return exact.op;
    const matching = routes.filter((r) => r.pattern.test(path));
    const found = matching.find((r) => r.op.method === method);
    if (found) return found.op;
    if (!strict) return undefined;
    throw new Error(matching.length ? '405-methodNotAllowed' : '404-notFound');
  };
}

/** Parses an OpenAPI document (the proxy's by default) into routes and per-operation checks. */
export async function loadContract(specPath: string = SPEC_PATH): Promise<Contract> {
  const api = new OpenAPIBackend({
    definition: specPath,
    strict: true,
    quick: false,
    validate: false,
    ignoreTrailingSlashes: true,
  });
  await api.init();
  // The router recomputes the operation list and a RegExp per path on every request; the spec does
  // not change at run time, so both are computed once.
  const all = api.router.getOperations();
  api.router.getOperations = () => all;
  api.router.matchOperation = compileMatcher(all) as typeof api.router.matchOperation;
  const operations = new Map<string, OperationContract>();
  for (const op of all) {
    const described = describeOperation(op);
    operations.set(described.operationId, described);
  }
  return { api, operations };
}

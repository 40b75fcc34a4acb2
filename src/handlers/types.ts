/**
 * What a handler sees and returns, typed from the generated contract. A handler's return value is
 * the success body of its operation; the HTTP layer sets the status the spec declares.
 */
import type { operations } from '../../generated/openapi.d.ts';
import type { ApiVersion, EmbeddedFormat } from '../http/media-types.ts';

export type OperationId = keyof operations;

type Present<T> = [T] extends [never] ? {} : [T] extends [undefined] ? {} : NonNullable<T>;

type ContentOf<T> = T extends { content: infer C } ? C[keyof C] : never;

/** Path and query parameters of a generated operation type, merged. */
export type ParamsIn<Op> = Op extends { parameters: { path?: infer P; query?: infer Q } } ? Present<P> & Present<Q> : {};

/** The request body of a generated operation type, as a union over its media types. */
export type RequestBodyIn<Op> = Op extends { requestBody?: infer B } ? ContentOf<NonNullable<B>> : never;

/** The success body of a generated operation type; void for a 204. */
export type SuccessBodyIn<Op> = Op extends { responses: { 200: infer R } }
  ? ContentOf<R>
  : Op extends { responses: { 204: unknown } }
    ? void
    : never;

type ParamsOf<K extends OperationId> = ParamsIn<operations[K]>;

export type RequestBodyOf<K extends OperationId> = RequestBodyIn<operations[K]>;

export type SuccessBodyOf<K extends OperationId> = SuccessBodyIn<operations[K]>;

export interface OperationInput<K extends OperationId> {
  /** Path and query parameters, converted and defaulted as the spec says. */
  params: ParamsOf<K>;
  /** The body, validated against the schema of its media type; undefined when none was sent. */
  body: RequestBodyOf<K> | undefined;
  /** The embedded format the request Content-Type names (binary for the generic types). */
  requestFormat: EmbeddedFormat | undefined;
  /** The embedded format of the negotiated response type (binary for the generic types). */
  responseFormat: EmbeddedFormat;
  /** The API version negotiated for this request. */
  version: ApiVersion;
  /** Where the request was sent, as the client saw it: for URIs handed back to the client. */
  origin: { protocol: string; host: string; path: string };
}

export type Handler<K extends OperationId> = (input: OperationInput<K>) => Promise<SuccessBodyOf<K>>;

export type Handlers = { [K in OperationId]: Handler<K> };

/**
 * What a handler sees and returns, typed from the generated contract. A handler's return value is
 * the success body of its operation; the HTTP layer sets the status the spec declares.
 */
import type { operations } from '../../generated/openapi.d.ts';
import type { ApiVersion, EmbeddedFormat } from '../http/media-types.ts';

export type OperationId = keyof operations;

type Present<T> = [T] extends [never] ? {} : [T] extends [undefined] ? {} : NonNullable<T>;

type ParamsOf<K extends OperationId> = Present<operations[K]['parameters']['path']> &
  Present<operations[K]['parameters']['query']>;

type ContentOf<T> = T extends { content: infer C } ? C[keyof C] : never;

export type RequestBodyOf<K extends OperationId> = operations[K] extends { requestBody?: infer B }
  ? ContentOf<NonNullable<B>>
  : never;

export type SuccessBodyOf<K extends OperationId> = operations[K]['responses'] extends { 200: infer R }
  ? ContentOf<R>
  : operations[K]['responses'] extends { 204: unknown }
    ? void
    : never;

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

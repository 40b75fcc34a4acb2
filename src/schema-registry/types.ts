/**
 * What a registry handler sees and returns, typed from the registry's generated contract
 * (generated/schema-registry.d.ts), the same way src/handlers/types.ts types the proxy's.
 */
import type { operations } from '../../generated/schema-registry.d.ts';

export type RegistryOperationId = keyof operations;

type Present<T> = [T] extends [never] ? {} : [T] extends [undefined] ? {} : NonNullable<T>;

type ParamsOf<K extends RegistryOperationId> = Present<operations[K]['parameters']['path']> &
  Present<operations[K]['parameters']['query']>;

type ContentOf<T> = T extends { content: infer C } ? C[keyof C] : never;

export type RequestBodyOf<K extends RegistryOperationId> = operations[K] extends { requestBody?: infer B }
  ? ContentOf<NonNullable<B>>
  : never;

export type SuccessBodyOf<K extends RegistryOperationId> = operations[K]['responses'] extends { 200: infer R }
  ? ContentOf<R>
  : never;

export interface RegistryInput<K extends RegistryOperationId> {
  /** Path and query parameters, converted and defaulted as the spec says. */
  params: ParamsOf<K>;
  /** The body, validated against the schema of its media type; undefined when none was sent. */
  body: RequestBodyOf<K> | undefined;
}

export type RegistryHandler<K extends RegistryOperationId> = (input: RegistryInput<K>) => Promise<SuccessBodyOf<K>>;

export type RegistryHandlers = { [K in RegistryOperationId]: RegistryHandler<K> };

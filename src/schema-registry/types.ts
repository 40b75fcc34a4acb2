/**
 * What a registry handler sees and returns, typed from the registry's generated contract
 * (generated/schema-registry.d.ts), the same way src/handlers/types.ts types the proxy's.
 */
import type { operations } from '../../generated/schema-registry.d.ts';
import type { ParamsIn, RequestBodyIn, SuccessBodyIn } from '../handlers/types.ts';

export type RegistryOperationId = keyof operations;

type ParamsOf<K extends RegistryOperationId> = ParamsIn<operations[K]>;

export type RequestBodyOf<K extends RegistryOperationId> = RequestBodyIn<operations[K]>;

export type SuccessBodyOf<K extends RegistryOperationId> = SuccessBodyIn<operations[K]>;

export interface RegistryInput<K extends RegistryOperationId> {
  /** Path and query parameters, converted and defaulted as the spec says. */
  params: ParamsOf<K>;
  /** The body, validated against the schema of its media type; undefined when none was sent. */
  body: RequestBodyOf<K> | undefined;
}

export type RegistryHandler<K extends RegistryOperationId> = (input: RegistryInput<K>) => Promise<SuccessBodyOf<K>>;

export type RegistryHandlers = { [K in RegistryOperationId]: RegistryHandler<K> };

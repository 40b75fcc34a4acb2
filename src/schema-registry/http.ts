/**
 * The registry's side of the HTTP pipeline: its media types, and the table from registry errors
 * to status and error code (the Confluent Schema Registry's codes).
 */
import type { OperationInput } from '../handlers/types.ts';
import type { HandlerTable } from '../http/app.ts';
import { RestError } from '../http/errors.ts';
import { RegistryError, type RegistryErrorKind } from './errors.ts';
import type { RegistryHandlers } from './types.ts';

export const RegistryMediaType = {
  V1_JSON: 'application/vnd.schemaregistry.v1+json',
  DEFAULT_JSON: 'application/vnd.schemaregistry+json',
  JSON: 'application/json',
} as const;

const CODES: Record<RegistryErrorKind, [status: number, errorCode: number]> = {
  subjectNotFound: [404, 40401],
  versionNotFound: [404, 40402],
  schemaNotFound: [404, 40403],
  subjectSoftDeleted: [404, 40404],
  subjectNotSoftDeleted: [404, 40405],
  versionSoftDeleted: [404, 40406],
  versionNotSoftDeleted: [404, 40407],
  subjectCompatibilityNotConfigured: [404, 40408],
  incompatibleSchema: [409, 409],
  invalidSchema: [422, 42201],
  invalidVersion: [422, 42202],
  invalidCompatibilityLevel: [422, 42203],
  referenceExists: [422, 42206],
  storeError: [500, 50001],
  storeTimeout: [500, 50002],
};

export function registryRestError(err: RegistryError): RestError {
  const [status, code] = CODES[err.kind];
  return new RestError(status, code, err.message);
}

/**
 * The handlers as the HTTP layer runs them, with registry errors turned into RestErrors in this
 * one place (the handlers themselves stay free of error codes).
 */
export function registryHandlerTable(handlers: RegistryHandlers): HandlerTable {
  const table: Record<string, (input: OperationInput<never>) => Promise<unknown>> = {};
  for (const [operationId, handler] of Object.entries(handlers) as [string, (input: never) => Promise<unknown>][]) {
    table[operationId] = async (input) => {
      try {
        // The HTTP layer validated params and body against this operation's schemas.
        return await handler(input as never);
      } catch (err) {
        throw err instanceof RegistryError ? registryRestError(err) : err;
      }
    };
  }
  return table;
}

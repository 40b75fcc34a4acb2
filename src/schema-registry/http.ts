/**
 * The registry's side of the HTTP pipeline: its media types, and the table from registry errors
 * to status and error code (the Confluent Schema Registry's codes).
 */
import type { HandlerTable } from '../http/app.ts';
import { RestError } from '../http/errors.ts';
import { translateKafkaError } from '../http/kafka-errors.ts';
import { RegistryError, type RegistryErrorKind } from './errors.ts';
import type { RegistryHandlers } from './types.ts';

export { RegistryMediaType } from '../http/media-types.ts';

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
 * Maps registry errors to RestErrors in this one place (the handlers stay free of error codes);
 * Kafka failures below the store map as they do for the proxy.
 */
export function translateRegistryError(err: unknown): RestError | undefined {
  return err instanceof RegistryError ? registryRestError(err) : translateKafkaError(err);
}

/** The handlers as the HTTP layer runs them: their input was validated against the contract. */
export function registryHandlerTable(handlers: RegistryHandlers): HandlerTable {
  return handlers as unknown as HandlerTable;
}

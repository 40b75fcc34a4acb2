/**
 * What can go wrong in the registry, in its own words. Messages are the wire texts of the
 * Confluent Schema Registry; the HTTP side (./http.ts) maps each kind to its status and error
 * code.
 */
export type RegistryErrorKind =
  | 'subjectNotFound'
  | 'versionNotFound'
  | 'schemaNotFound'
  | 'subjectSoftDeleted'
  | 'subjectNotSoftDeleted'
  | 'versionSoftDeleted'
  | 'versionNotSoftDeleted'
  | 'subjectCompatibilityNotConfigured'
  | 'incompatibleSchema'
  | 'invalidSchema'
  | 'invalidVersion'
  | 'invalidCompatibilityLevel'
  | 'referenceExists'
  | 'storeError'
  | 'storeTimeout';

export class RegistryError extends Error {
  constructor(
    readonly kind: RegistryErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'RegistryError';
  }
}

export class InvalidSchemaError extends RegistryError {
  constructor(message: string) {
    super('invalidSchema', message);
  }
}

export const RegistryErrors = {
  subjectNotFound: (subject: string) => new RegistryError('subjectNotFound', `Subject '${subject}' not found.`),
  versionNotFound: (version: number | string) => new RegistryError('versionNotFound', `Version ${version} not found.`),
  schemaNotFound: (id?: number) =>
    new RegistryError('schemaNotFound', id === undefined ? 'Schema not found' : `Schema ${id} not found`),
  subjectSoftDeleted: (subject: string) =>
    new RegistryError(
      'subjectSoftDeleted',
      `Subject '${subject}' was soft deleted.Set permanent=true to delete permanently`,
    ),
  subjectNotSoftDeleted: (subject: string) =>
    new RegistryError(
      'subjectNotSoftDeleted',
      `Subject '${subject}' was not deleted first before being permanently deleted`,
    ),
  versionSoftDeleted: (subject: string, version: number) =>
    new RegistryError(
      'versionSoftDeleted',
      `Subject '${subject}' Version ${version} was soft deleted.Set permanent=true to delete permanently`,
    ),
  versionNotSoftDeleted: (subject: string, version: number) =>
    new RegistryError(
      'versionNotSoftDeleted',
      `Subject '${subject}' Version ${version} was not deleted first before being permanently deleted`,
    ),
  subjectCompatibilityNotConfigured: (subject: string) =>
    new RegistryError(
      'subjectCompatibilityNotConfigured',
      `Subject '${subject}' does not have subject-level compatibility configured`,
    ),
  incompatibleSchema: (subject: string, messages: string[]) =>
    new RegistryError(
      'incompatibleSchema',
      `Schema being registered is incompatible with an earlier schema for subject "${subject}", details: [${messages.join(', ')}]`,
    ),
  invalidSchema: (detail: string) => new InvalidSchemaError(`Invalid schema: ${detail}`),
  emptySchema: () => new InvalidSchemaError('Empty schema'),
  unsupportedSchemaType: (type: string) =>
    new InvalidSchemaError(`Invalid schema type ${type}: this registry supports only AVRO`),
  invalidVersion: (version: string) =>
    new RegistryError(
      'invalidVersion',
      `The specified version '${version}' is not a valid version id. Allowed values are between [1, 2^31-1] and the string "latest"`,
    ),
  invalidCompatibilityLevel: () =>
    new RegistryError(
      'invalidCompatibilityLevel',
      'Invalid compatibility level. Valid values are none, backward, forward, full, backward_transitive, forward_transitive, and full_transitive',
    ),
  referenceExists: (subject: string, version: number) =>
    new RegistryError(
      'referenceExists',
      `One or more references exist to the schema {subject=${subject}, version=${version}}`,
    ),
  storeError: (detail: string) => new RegistryError('storeError', `Error in the backend Kafka store: ${detail}`),
  storeTimeout: (detail: string) => new RegistryError('storeTimeout', detail),
};

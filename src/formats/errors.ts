/**
 * Failures converting between embedded data and Kafka bytes, in the formats' own words; the HTTP
 * layer maps them to error codes.
 */

/** Request data that cannot be converted (bad base64, ...): the client's mistake. */
export class InvalidEmbeddedDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidEmbeddedDataError';
  }
}

/** Bytes read from Kafka that cannot be rendered in the requested format. */
export class EmbeddedDecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedDecodeError';
  }
}

/** A format this server does not serve (yet). */
export class UnsupportedFormatError extends Error {
  constructor(readonly format: string) {
    super(`The ${format} embedded format is not supported by this server yet`);
    this.name = 'UnsupportedFormatError';
  }
}

/** An Avro produce request has a non-null key or value but no schema for it. */
export class SchemaMissingError extends Error {
  constructor(readonly part: 'key' | 'value') {
    super(`Request includes ${part}s but does not include ${part} schema`);
    this.name = 'SchemaMissingError';
  }
}

/** A schema given in a request (or found in the registry) that cannot be parsed. */
export class InvalidSchemaError extends Error {
  constructor(readonly detail: string) {
    super(`Invalid schema: ${detail}`);
    this.name = 'InvalidSchemaError';
  }
}

/** A key or value that does not match its Avro schema. */
export class AvroConversionError extends Error {
  constructor(readonly detail: string) {
    super(`Conversion of JSON to Avro failed: ${detail}`);
    this.name = 'AvroConversionError';
  }
}

/** The schema registry could not register a schema or look one up. */
export class SchemaRegistryFailedError extends Error {
  constructor(readonly detail: string) {
    super(`Schema registration or lookup failed: ${detail}`);
    this.name = 'SchemaRegistryFailedError';
  }
}

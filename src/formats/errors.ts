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

/**
 * The media types of the Kafka REST API, and what each one means.
 *
 * Vendor types follow `application/vnd.kafka[.<embedded>].<version>+json`. The API version and the
 * embedded data format are derived from the negotiated type, never from the route, so a later API
 * version can share the same paths.
 */
export const MediaType = {
  V1_JSON: 'application/vnd.kafka.v1+json',
  DEFAULT_JSON: 'application/vnd.kafka+json',
  JSON: 'application/json',
  OCTET_STREAM: 'application/octet-stream',
  BINARY_V1: 'application/vnd.kafka.binary.v1+json',
  AVRO_V1: 'application/vnd.kafka.avro.v1+json',
  JSON_V1: 'application/vnd.kafka.json.v1+json',
} as const;

export type EmbeddedFormat = 'binary' | 'json' | 'avro';
export type ApiVersion = 'v1';

/** The version the unversioned `application/vnd.kafka+json` currently stands for. */
export const LATEST_STABLE_VERSION: ApiVersion = 'v1';

/** The built-in schema registry's media types (the Confluent Schema Registry's). */
export const RegistryMediaType = {
  V1_JSON: 'application/vnd.schemaregistry.v1+json',
  DEFAULT_JSON: 'application/vnd.schemaregistry+json',
  JSON: 'application/json',
} as const;

/** Used for error bodies when nothing was negotiated yet (`response.mediatype.default`). */
export const DEFAULT_RESPONSE_TYPE: string = MediaType.V1_JSON;

/** `response.mediatype.preferred`: Accept entries that may type an error body before negotiation. */
export const PREFERRED_RESPONSE_TYPES: readonly string[] = [MediaType.V1_JSON, MediaType.DEFAULT_JSON, MediaType.JSON];

export interface MediaTypeMeaning {
  version: ApiVersion;
  /** The embedded format the type names explicitly; undefined for the generic types. */
  format: EmbeddedFormat | undefined;
}

const VENDOR = /^application\/vnd\.kafka(?:\.([a-z0-9]+))?\.(v[0-9]+)\+json$/;

/** What a media type (without parameters, lower case) means; undefined when it is not ours. */
export function meaningOf(type: string): MediaTypeMeaning | undefined {
  if (type === MediaType.DEFAULT_JSON || type === MediaType.JSON || type === MediaType.OCTET_STREAM) {
    return { version: LATEST_STABLE_VERSION, format: undefined };
  }
  const m = VENDOR.exec(type);
  if (!m) return undefined;
  const [, format, version] = m;
  if (version !== 'v1') return undefined;
  if (format !== undefined && format !== 'binary' && format !== 'json' && format !== 'avro') return undefined;
  return { version, format };
}

/** The embedded format a type selects, with the generic types meaning binary. */
export function embeddedFormatOf(type: string): EmbeddedFormat {
  return meaningOf(type)?.format ?? 'binary';
}

/** `type/subtype` of a Content-Type or Accept entry, lower case, parameters dropped. */
export function essence(headerValue: string): string {
  const semi = headerValue.indexOf(';');
  return (semi === -1 ? headerValue : headerValue.slice(0, semi)).trim().toLowerCase();
}

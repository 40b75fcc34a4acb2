/**
 * One error type and one renderer. Every error leaves the proxy as `{error_code, message}` with the
 * negotiated Content-Type (or the default one when negotiation had not happened yet).
 */
import type { Context, Next } from 'koa';
import { fallbackResponseType } from './negotiate.ts';

export class RestError extends Error {
  /** Koa reads these two. */
  readonly status: number;
  readonly expose = true;
  readonly errorCode: number;

  constructor(status: number, errorCode: number, message: string) {
    super(message);
    this.name = 'RestError';
    this.status = status;
    this.errorCode = errorCode;
  }
}

/** Every error the proxy raises by name, with the wire text of the original server. */
export const Errors = {
  notFound: () => new RestError(404, 404, 'HTTP 404 Not Found'),
  methodNotAllowed: () => new RestError(405, 405, 'HTTP 405 Method Not Allowed'),
  unsupportedMediaType: () => new RestError(415, 415, 'HTTP 415 Unsupported Media Type'),
  malformedJson: (detail: string) => new RestError(400, 400, `Malformed JSON: ${detail}`),
  bodyTooLarge: (limit: number) => new RestError(413, 413, `Request body is larger than ${limit} bytes`),
  unprocessable: (message: string) => new RestError(422, 422, message),
  topicNotFound: () => new RestError(404, 40401, 'Topic not found.'),
  partitionNotFound: () => new RestError(404, 40402, 'Partition not found.'),
  consumerNotFound: () => new RestError(404, 40403, 'Consumer instance not found.'),
  leaderNotAvailable: () => new RestError(404, 40404, 'Leader not available.'),
  consumerFormatMismatch: () =>
    new RestError(
      406,
      40601,
      'The requested embedded data format does not match the deserializer for this consumer instance',
    ),
  schemaRegistryFailed: () => new RestError(408, 40801, 'Schema registration or lookup failed'),
  consumerAlreadySubscribed: () =>
    new RestError(
      409,
      40901,
      'Consumer cannot subscribe the the specified target because it has already subscribed to other topics.',
    ),
  consumerAlreadyExists: () =>
    new RestError(409, 40902, 'Consumer with specified consumer ID already exists in the specified consumer group.'),
  keySchemaMissing: () => new RestError(422, 42201, 'Request includes keys but does not include key schema'),
  valueSchemaMissing: () => new RestError(422, 42202, 'Request includes values but does not include value schema'),
  avroConversion: (detail: string) => new RestError(422, 42203, `Conversion of JSON to Avro failed: ${detail}`),
  invalidConsumerConfig: (detail: string) => new RestError(422, 42204, `Invalid consumer configuration: ${detail}`),
  invalidSchema: (detail: string) => new RestError(422, 42205, `Invalid schema: ${detail}`),
  kafka: (detail: string) => new RestError(500, 50002, `Kafka error: ${detail}`),
  kafkaRetriable: (detail: string) => new RestError(500, 50003, `Retriable Kafka error: ${detail}`),
  brokerNotAvailable: (detail: string) => new RestError(503, 50302, `Broker not available: ${detail}`),
  internal: () => new RestError(500, 500, 'Internal Server Error'),
};

export interface ErrorBody {
  error_code: number;
  message: string;
}

export function errorBody(err: RestError): ErrorBody {
  return { error_code: err.errorCode, message: err.message };
}

/** What the error middleware needs to know from outside. */
export interface ErrorReporting {
  /** Called for every error that is not a RestError: a bug or an unmapped failure. */
  onUnexpected(err: unknown, ctx: Context): void;
  /** Maps errors from lower layers (Kafka, registry) to RestErrors; undefined when unknown. */
  translate(err: unknown): RestError | undefined;
  /** Types an error body may take from Accept before negotiation, and the one used otherwise. */
  preferredTypes?: readonly string[];
  defaultType?: string;
}

/** The first middleware: renders any error as the v1 error body. Never leaks a stack trace. */
export function errorMiddleware(reporting: ErrorReporting) {
  return async function renderErrors(ctx: Context, next: Next): Promise<void> {
    try {
      await next();
    } catch (err) {
      let rest = err instanceof RestError ? err : reporting.translate(err);
      if (!rest) {
        reporting.onUnexpected(err, ctx);
        rest = Errors.internal();
      }
      ctx.status = rest.status;
      ctx.body = JSON.stringify(errorBody(rest));
      ctx.set(
        'Content-Type',
        (ctx.state as { responseType?: string }).responseType ??
          fallbackResponseType(ctx.get('Accept'), reporting.preferredTypes, reporting.defaultType),
      );
    }
  };
}

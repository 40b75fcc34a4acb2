/**
 * Maps failures from the Kafka service layer and from kafkajs to v1 error codes, in one table.
 */
import {
  AvroConversionError,
  EmbeddedDecodeError,
  InvalidEmbeddedDataError,
  InvalidSchemaError,
  SchemaMissingError,
  SchemaRegistryFailedError,
  UnsupportedFormatError,
} from '../formats/errors.ts';
import {
  ConsumerAlreadyExistsError,
  ConsumerAlreadySubscribedError,
  ConsumerConfigConstraintError,
  ConsumerFormatMismatchError,
  ConsumerNotFoundError,
  InvalidConsumerConfigError,
  InvalidConsumerFormatError,
  OffsetOutOfRangeError,
  PartitionNotFoundError,
  TopicNotFoundError,
} from '../kafka/errors.ts';
import type { RecordFailure } from '../kafka/producer.ts';
import { Errors, RestError } from './errors.ts';

interface KafkaJsLikeError {
  name?: string;
  type?: string;
  message?: string;
  retriable?: boolean;
  cause?: unknown;
  originalError?: unknown;
}

/** kafkajs error names that mean no broker could be reached. */
const UNREACHABLE = new Set(['KafkaJSConnectionError', 'KafkaJSBrokerNotFound', 'KafkaJSRequestTimeoutError']);

/** kafkajs wraps the last failure of a retried call; the inner one says what happened. */
function unwrap(err: KafkaJsLikeError): KafkaJsLikeError {
  let current = err;
  for (let depth = 0; depth < 5; depth++) {
    const inner = (current.originalError ?? current.cause) as KafkaJsLikeError | undefined;
    if (!inner || typeof inner !== 'object') break;
    current = inner;
  }
  return current;
}

export function translateKafkaError(err: unknown): RestError | undefined {
  if (err instanceof TopicNotFoundError) return Errors.topicNotFound();
  if (err instanceof PartitionNotFoundError) return Errors.partitionNotFound();
  if (err instanceof OffsetOutOfRangeError) return Errors.kafka(err.message);
  if (err instanceof InvalidEmbeddedDataError) return Errors.unprocessable(err.message);
  if (err instanceof EmbeddedDecodeError) return Errors.kafka(err.message);
  if (err instanceof UnsupportedFormatError) return new RestError(501, 501, err.message);
  if (err instanceof SchemaMissingError) return err.part === 'key' ? Errors.keySchemaMissing() : Errors.valueSchemaMissing();
  if (err instanceof InvalidSchemaError) return Errors.invalidSchema(err.detail);
  if (err instanceof AvroConversionError) return Errors.avroConversion(err.detail);
  if (err instanceof SchemaRegistryFailedError) return Errors.schemaRegistryFailed();
  if (err instanceof ConsumerNotFoundError) return Errors.consumerNotFound();
  if (err instanceof ConsumerAlreadyExistsError) return Errors.consumerAlreadyExists();
  if (err instanceof ConsumerAlreadySubscribedError) return Errors.consumerAlreadySubscribed();
  if (err instanceof ConsumerFormatMismatchError) return Errors.consumerFormatMismatch();
  if (err instanceof InvalidConsumerFormatError) return Errors.unprocessable('Invalid format type.');
  if (err instanceof InvalidConsumerConfigError) return Errors.invalidConsumerConfig(err.message);
  if (err instanceof ConsumerConfigConstraintError) {
    return new RestError(422, 40001, `Invalid consumer configuration. It does not abide by the constraints: ${err.message}`);
  }
  if (!err || typeof err !== 'object') return undefined;
  const e = err as KafkaJsLikeError;
  if (!e.name?.startsWith('KafkaJS')) return undefined;
  const inner = unwrap(e);
  const detail = inner.message ?? e.message ?? 'unknown error';
  if (UNREACHABLE.has(inner.name ?? '') || UNREACHABLE.has(e.name)) return Errors.brokerNotAvailable(detail);
  return Errors.kafka(detail);
}

/**
 * The `error_code` of a record that could not be produced: 50003 when Kafka calls the failure
 * retriable, 50002 otherwise. The record's `error` is the producer's own message.
 */
export function recordErrorCode(failure: RecordFailure): number {
  return (failure.retriable ? Errors.kafkaRetriable : Errors.kafka)(failure.message).errorCode;
}

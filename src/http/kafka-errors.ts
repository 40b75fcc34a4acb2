/**
 * Maps failures from the Kafka service layer and from kafkajs to v1 error codes, in one table.
 */
import { EmbeddedDecodeError, InvalidEmbeddedDataError, UnsupportedFormatError } from '../formats/errors.ts';
import { PartitionNotFoundError, TopicNotFoundError } from '../kafka/errors.ts';
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
  if (err instanceof InvalidEmbeddedDataError) return Errors.unprocessable(err.message);
  if (err instanceof EmbeddedDecodeError) return Errors.kafka(err.message);
  if (err instanceof UnsupportedFormatError) return new RestError(501, 501, err.message);
  if (!err || typeof err !== 'object') return undefined;
  const e = err as KafkaJsLikeError;
  if (!e.name?.startsWith('KafkaJS')) return undefined;
  const inner = unwrap(e);
  const detail = inner.message ?? e.message ?? 'unknown error';
  if (UNREACHABLE.has(inner.name ?? '') || UNREACHABLE.has(e.name)) return Errors.brokerNotAvailable(detail);
  return Errors.kafka(detail);
}

/**
 * Produce: POST /topics/{topic} and POST /topics/{topic}/partitions/{partition}.
 *
 * The request's embedded format converts every record before anything is sent; the producer then
 * reports each record's partition and offset, or its failure, in request order.
 */
import type { ProduceRequest } from '../formats/types.ts';
import { recordErrorCode } from '../http/kafka-errors.ts';
import type { EmbeddedFormat } from '../http/media-types.ts';
import type { ProduceResult } from '../kafka/producer.ts';
import type { Services } from './index.ts';
import type { Handlers } from './types.ts';

function recordOffset(result: ProduceResult) {
  return {
    partition: result.partition,
    offset: result.offset,
    error_code: result.failure ? recordErrorCode(result.failure) : null,
    error: result.failure?.message ?? null,
  };
}

export function produceHandlers({ codecs, producer }: Services) {
  async function produce(
    topic: string,
    format: EmbeddedFormat | undefined,
    request: ProduceRequest,
    partition?: number,
  ) {
    const encoded = await codecs[format ?? 'binary'].encode(topic, request);
    const results = await producer.produce(topic, encoded.records, partition);
    return {
      offsets: results.map(recordOffset),
      key_schema_id: encoded.keySchemaId,
      value_schema_id: encoded.valueSchemaId,
    };
  }

  return {
    async produceToTopic({ params, body, requestFormat }) {
      return produce(params.topic_name, requestFormat, body!);
    },
    async produceToPartition({ params, body, requestFormat }) {
      return produce(params.topic_name, requestFormat, body!, params.partition_id);
    },
  } satisfies Partial<Handlers>;
}

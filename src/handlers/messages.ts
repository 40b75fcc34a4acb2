/**
 * Partition reads without a consumer group: GET /topics/{topic}/partitions/{partition}/messages.
 */
import type { Services } from './index.ts';
import type { Handlers, SuccessBodyOf } from './types.ts';

export function messagesHandlers({ partitionReader, codecs }: Pick<Services, 'partitionReader' | 'codecs'>) {
  return {
    async readPartitionMessages({ params, responseFormat }) {
      const { topic_name: topic, partition_id: partition, offset = 0, count = 1 } = params;
      const records = await partitionReader.read(topic, partition, offset, count);
      const codec = codecs[responseFormat];
      const rendered = [];
      for (const record of records) {
        const { key, value } = await codec.decode(record);
        rendered.push({ topic: record.topic, key, value, partition: record.partition, offset: record.offset });
      }
      return rendered as SuccessBodyOf<'readPartitionMessages'>;
    },
  } satisfies Partial<Handlers>;
}

/**
 * Cluster metadata: root, brokers, topics and partitions.
 */
import type { MetadataService, PartitionInfo } from '../kafka/metadata.ts';
import type { Handlers } from './types.ts';

function partitionBody(p: PartitionInfo) {
  return {
    partition: p.partition,
    leader: p.leader,
    replicas: p.replicas.map((r) => ({ broker: r.broker, leader: r.leader, in_sync: r.inSync })),
  };
}

export function metadataHandlers({ metadata }: { metadata: MetadataService }) {
  return {
    async getRoot() {
      return {};
    },
    async listBrokers() {
      return { brokers: await metadata.brokerIds() };
    },
    async listTopics() {
      return metadata.topicNames();
    },
    async getTopic({ params }) {
      const topic = await metadata.topic(params.topic_name);
      return { name: topic.name, configs: topic.configs, partitions: topic.partitions.map(partitionBody) };
    },
    async listPartitions({ params }) {
      return (await metadata.partitions(params.topic_name)).map(partitionBody);
    },
    async getPartition({ params }) {
      return partitionBody(await metadata.partition(params.topic_name, params.partition_id));
    },
  } satisfies Partial<Handlers>;
}

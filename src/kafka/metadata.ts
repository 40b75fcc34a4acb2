/**
 * Cluster metadata: brokers, topics, partitions and topic configs.
 */
import kafkajs from 'kafkajs';
import type { KafkaClient, RawTopicMetadata } from './client.ts';
import { PartitionNotFoundError, TopicNotFoundError } from './errors.ts';

const { ConfigResourceTypes } = kafkajs;

/** Kafka's error code for an unknown topic or partition. */
const UNKNOWN_TOPIC_OR_PARTITION = 3;

export interface ReplicaInfo {
  broker: number;
  leader: boolean;
  inSync: boolean;
}

export interface PartitionInfo {
  partition: number;
  /** -1 while the partition has no leader. */
  leader: number;
  replicas: ReplicaInfo[];
}

export interface TopicInfo {
  name: string;
  configs: Record<string, string>;
  partitions: PartitionInfo[];
}

function toPartitionInfo(p: RawTopicMetadata['partitionMetadata'][number]): PartitionInfo {
  const leader = p.leader ?? -1;
  return {
    partition: p.partitionId,
    leader,
    replicas: p.replicas.map((broker) => ({ broker, leader: broker === leader, inSync: p.isr.includes(broker) })),
  };
}

export class MetadataService {
  constructor(private readonly client: KafkaClient) {}

  async brokerIds(): Promise<number[]> {
    const admin = await this.client.admin();
    const { brokers } = await admin.describeCluster();
    return brokers.map((b) => b.nodeId).sort((a, b) => a - b);
  }

  /** Topic names, sorted, without Kafka's internal topics. */
  async topicNames(): Promise<string[]> {
    const cluster = await this.client.cluster();
    const { topicMetadata } = await cluster.metadata({ topics: [] });
    return topicMetadata
      .filter((t) => !t.isInternal)
      .map((t) => t.topic)
      .sort();
  }

  /** One topic's metadata as the broker reports it; throws TopicNotFoundError. */
  private async topicMetadata(topic: string): Promise<RawTopicMetadata> {
    const cluster = await this.client.cluster();
    let found: RawTopicMetadata | undefined;
    try {
      ({
        topicMetadata: [found],
      } = await cluster.metadata({ topics: [topic] }));
    } catch (err) {
      if (isUnknownTopic(err)) throw new TopicNotFoundError(topic);
      throw err;
    }
    if (!found) throw new TopicNotFoundError(topic);
    return found;
  }

  async partitions(topic: string): Promise<PartitionInfo[]> {
    const metadata = await this.topicMetadata(topic);
    return metadata.partitionMetadata.map(toPartitionInfo).sort((a, b) => a.partition - b.partition);
  }

  async partition(topic: string, partition: number): Promise<PartitionInfo> {
    const found = (await this.partitions(topic)).find((p) => p.partition === partition);
    if (!found) throw new PartitionNotFoundError(topic, partition);
    return found;
  }

  async topic(topic: string): Promise<TopicInfo> {
    const partitions = await this.partitions(topic);
    const configs = await this.topicConfigs(topic);
    return { name: topic, configs, partitions };
  }

  /** Every effective config of a topic; sensitive values (reported as null) are left out. */
  async topicConfigs(topic: string): Promise<Record<string, string>> {
    const admin = await this.client.admin();
    const described = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [{ type: ConfigResourceTypes.TOPIC, name: topic }],
    });
    const configs: Record<string, string> = {};
    for (const entry of described.resources[0]?.configEntries ?? []) {
      if (entry.configValue !== null && entry.configValue !== undefined) configs[entry.configName] = entry.configValue;
    }
    return configs;
  }
}

function isUnknownTopic(err: unknown): boolean {
  const e = err as { type?: string; code?: number } | undefined;
  return e?.type === 'UNKNOWN_TOPIC_OR_PARTITION' || e?.code === UNKNOWN_TOPIC_OR_PARTITION;
}

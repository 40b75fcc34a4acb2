/**
 * The one place that creates Kafka clients. Everything that talks to Kafka goes through the
 * services built on this, so the client library can be swapped behind them.
 */
import kafkajs from 'kafkajs';
import type { Admin, Consumer, ConsumerConfig, Kafka, KafkaConfig, LogEntry, Producer } from 'kafkajs';
import { kafkaJsPartitioner } from './partitioner.ts';

const { Kafka: KafkaClass, logLevel } = kafkajs;

export interface KafkaClientSettings {
  bootstrapServers: string[];
  clientId: string;
  /** Milliseconds to wait for a broker connection. */
  connectionTimeoutMs?: number;
  requestTimeoutMs?: number;
  log?: (level: 'error' | 'warn' | 'info' | 'debug', message: string) => void;
}

/** A minimal view of kafkajs's internal cluster, used for metadata that its admin API drops. */
export interface RawTopicMetadata {
  topic: string;
  isInternal: boolean;
  partitionMetadata: {
    partitionErrorCode: number;
    partitionId: number;
    leader: number;
    replicas: number[];
    isr: number[];
    offlineReplicas?: number[];
  }[];
}

/** One record as kafkajs's record-batch decoder yields it; offsets are decimal strings. */
export interface RawFetchedRecord {
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  isControlRecord: boolean;
  /** Absent only for the legacy message format, which Kafka 4 no longer stores. */
  batchContext?: { firstOffset: string; lastOffsetDelta: number };
}

/** One partition of a Fetch response. */
export interface RawFetchedPartition {
  partition: number;
  errorCode: number;
  highWatermark: string;
  messages: RawFetchedRecord[];
}

export interface RawFetchRequest {
  /** 0 = read uncommitted, 1 = read committed. */
  isolationLevel: number;
  maxWaitTime: number;
  minBytes: number;
  maxBytes: number;
  topics: { topic: string; partitions: { partition: number; fetchOffset: string; maxBytes: number }[] }[];
}

/** A minimal view of kafkajs's internal connection to one broker. */
export interface RawBroker {
  fetch(request: RawFetchRequest): Promise<{ responses: { topicName: string; partitions: RawFetchedPartition[] }[] }>;
}

export interface RawCluster {
  metadata(opts: { topics: string[] }): Promise<{ topicMetadata: RawTopicMetadata[] }>;
  /** Reloads the cached broker list (and the cached metadata of the cluster's target topics). */
  refreshMetadata(): Promise<void>;
  findBroker(opts: { nodeId: number }): Promise<RawBroker>;
}

/** Memoizes an async connect step; a failed attempt is forgotten so the next call retries. */
function lazily<T>(connect: () => Promise<T>): { get(): Promise<T>; peek(): Promise<T> | undefined; reset(): void } {
  let pending: Promise<T> | undefined;
  return {
    get() {
      pending ??= connect().catch((err: unknown) => {
        pending = undefined;
        throw err;
      });
      return pending;
    },
    peek: () => pending,
    reset() {
      pending = undefined;
    },
  };
}

export class KafkaClient {
  readonly kafka: Kafka;
  private readonly config: KafkaConfig;
  private readonly adminClient = lazily(async () => {
    const admin = this.kafka.admin();
    await admin.connect();
    return admin;
  });
  private readonly producerClient = lazily(async () => {
    const producer = this.kafka.producer({ allowAutoTopicCreation: true, createPartitioner: kafkaJsPartitioner });
    await producer.connect();
    return producer;
  });
  /**
   * kafkajs's cluster object answers metadata requests with the fields its admin API leaves out
   * (such as `isInternal`) and talks to single brokers. It is obtained through the documented
   * partition-assigner hook of a consumer that connects but never joins its group.
   */
  private readonly rawCluster = lazily(async () => {
    let captured: RawCluster | undefined;
    const consumer = this.kafka.consumer({
      groupId: `${this.settings.clientId}-metadata`,
      allowAutoTopicCreation: false,
      partitionAssigners: [
        ({ cluster }) => {
          captured = cluster as unknown as RawCluster;
          return {
            name: 'unused',
            version: 0,
            protocol: () => ({ name: 'unused', metadata: Buffer.alloc(0) }),
            assign: async () => [],
          };
        },
      ],
    });
    await consumer.connect();
    if (!captured) throw new Error('kafkajs did not expose its cluster to the partition assigner');
    return { cluster: captured, disconnect: () => consumer.disconnect() };
  });

  constructor(readonly settings: KafkaClientSettings) {
    const log = settings.log;
    const config: KafkaConfig = {
      clientId: settings.clientId,
      brokers: settings.bootstrapServers,
      connectionTimeout: settings.connectionTimeoutMs ?? 3000,
      requestTimeout: settings.requestTimeoutMs ?? 30000,
      retry: { retries: 3, initialRetryTime: 100, maxRetryTime: 2000 },
      logLevel: logLevel.WARN,
      logCreator:
        () =>
        ({ level, log: entry }: LogEntry) => {
          if (!log) return;
          const { message, ...rest } = entry;
          const text = `${message} ${JSON.stringify(rest)}`;
          // kafkajs logs every broker error answer ("Response Metadata(...)") at ERROR, including
          // the expected ones it retries (a topic being created, a coordinator being elected).
          // Whatever still fails after retries reaches the caller as an error of its own.
          const routine = message.startsWith('Response ');
          log(routine ? 'debug' : level === logLevel.ERROR ? 'error' : level === logLevel.WARN ? 'warn' : 'info', text);
        },
    };
    this.kafka = new KafkaClass(config);
    this.config = config;
  }

  /**
   * A new group consumer, not connected yet; the caller connects and disconnects it. With a
   * `clientId` it gets its own client id (part of its group member id), else the proxy's.
   */
  consumer(config: ConsumerConfig, clientId?: string): Consumer {
    const kafka = clientId ? new KafkaClass({ ...this.config, clientId }) : this.kafka;
    return kafka.consumer(config);
  }

  admin(): Promise<Admin> {
    return this.adminClient.get();
  }

  producer(): Promise<Producer> {
    return this.producerClient.get();
  }

  async cluster(): Promise<RawCluster> {
    return (await this.rawCluster.get()).cluster;
  }

  async close(): Promise<void> {
    const closing = [
      this.adminClient.peek()?.then((a) => a.disconnect()),
      this.producerClient.peek()?.then((p) => p.disconnect()),
      this.rawCluster.peek()?.then((r) => r.disconnect()),
    ];
    this.adminClient.reset();
    this.producerClient.reset();
    this.rawCluster.reset();
    await Promise.allSettled(closing);
  }
}

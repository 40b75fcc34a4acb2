/**
 * Produces encoded records to one topic through the shared producer and reports, for every record
 * in request order, where it was written or why it was not.
 *
 * Records are partitioned here (see partitioner.ts) and sent as one produce call per partition, so
 * that a failing partition fails only its own records: a produce request spanning several
 * partitions is answered by kafkajs as a whole, and retried as a whole, which would hide records
 * that were in fact written. A record's offset is the base offset the broker returns for its batch
 * plus the record's index in that batch.
 *
 * Failures talking to Kafka (an unknown topic that may not be created, an invalid topic name, not
 * enough replicas, no broker) become per-record failures, as with the Java producer's callbacks.
 * Only two things fail a whole request: an explicit partition that the existing topic does not
 * have (PartitionNotFoundError, raised before anything is sent) and errors that do not come from
 * Kafka at all.
 */
import type { Message } from 'kafkajs';
import type { KafkaClient } from './client.ts';
import { PartitionNotFoundError, TopicNotFoundError } from './errors.ts';
import type { MetadataService } from './metadata.ts';
import { Partitioner, type PartitionLayout } from './partitioner.ts';

/** One record as stored in Kafka; `partition` is the one the request asked for, if any. */
export interface ProduceRecord {
  key: Buffer | null;
  value: Buffer | null;
  partition?: number | undefined;
}

/** Why Kafka did not take a record, in the producer's words. */
export interface RecordFailure {
  message: string;
  /** True when sending the record again may succeed (Kafka's RetriableException). */
  retriable: boolean;
  /** Kafka's error name when the broker reported one, e.g. NOT_ENOUGH_REPLICAS. */
  type?: string | undefined;
}

/** Where one record was written (`failure` null), or why it was not (partition and offset null). */
export interface ProduceResult {
  partition: number | null;
  offset: number | null;
  failure: RecordFailure | null;
}

export interface ProduceServiceOptions {
  /** How long a topic's partition layout is reused before it is looked up again. */
  metadataMaxAgeMs?: number;
  /** Upper bound for the estimated size of one produce call's batch. */
  maxBatchBytes?: number;
  /** How long to wait for a topic the broker has just created to show up in metadata. */
  topicCreationWaitMs?: number;
}

/** Per-record overhead in a record batch (length, attributes, deltas, key/value lengths, headers). */
const RECORD_OVERHEAD = 24;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface CachedLayout {
  layout: PartitionLayout;
  expires: number;
}

export class ProduceService {
  private readonly partitioner = new Partitioner();
  private readonly layouts = new Map<string, CachedLayout>();
  private readonly lookups = new Map<string, Promise<PartitionLayout>>();
  private readonly maxAgeMs: number;
  private readonly maxBatchBytes: number;
  private readonly creationWaitMs: number;

  constructor(
    private readonly client: KafkaClient,
    private readonly metadata: MetadataService,
    options: ProduceServiceOptions = {},
  ) {
    this.maxAgeMs = options.metadataMaxAgeMs ?? 5000;
    // Stays well under the broker's default message.max.bytes (1 MiB) for the whole batch.
    this.maxBatchBytes = options.maxBatchBytes ?? 512 * 1024;
    this.creationWaitMs = options.topicCreationWaitMs ?? 5000;
  }

  /**
   * Writes the records to `topic`, to `forcedPartition` when given (partition produce), otherwise
   * to each record's own partition or the partitioner's choice. Throws PartitionNotFoundError,
   * before sending anything, when an explicit partition does not exist in the topic.
   */
  async produce(topic: string, records: readonly ProduceRecord[], forcedPartition?: number): Promise<ProduceResult[]> {
    const explicit = records.map((r) => forcedPartition ?? r.partition);

    let layout: PartitionLayout;
    try {
      layout = await this.layout(topic, false);
      if (explicit.some((p) => p !== undefined && !exists(layout, p))) {
        // The partition may have been added since the layout was cached.
        layout = await this.layout(topic, true);
      }
    } catch (err) {
      const failure = toRecordFailure(err);
      return records.map(() => ({ partition: null, offset: null, failure }));
    }
    const missing = explicit.find((p) => p !== undefined && !exists(layout, p));
    if (missing !== undefined) throw new PartitionNotFoundError(topic, missing);

    const byPartition = new Map<number, number[]>();
    records.forEach((record, index) => {
      const partition = this.partitioner.partition(topic, record.key, layout, explicit[index]);
      const indexes = byPartition.get(partition);
      if (indexes) indexes.push(index);
      else byPartition.set(partition, [index]);
    });

    const results: ProduceResult[] = new Array(records.length);
    await Promise.all(
      [...byPartition].map(async ([partition, indexes]) => {
        // Batches of one partition go one after the other, so the records keep their order.
        for (const batch of this.batches(records, indexes)) {
          const outcome = await this.send(topic, partition, batch.map((i) => records[i]!));
          batch.forEach((recordIndex, i) => {
            results[recordIndex] =
              'failure' in outcome
                ? { partition: null, offset: null, failure: outcome.failure }
                : { partition, offset: Number(outcome.baseOffset + BigInt(i)), failure: null };
          });
        }
      }),
    );
    return results;
  }

  /** Splits one partition's records into batches the broker accepts in one request. */
  private *batches(records: readonly ProduceRecord[], indexes: number[]): Generator<number[]> {
    let batch: number[] = [];
    let bytes = 0;
    for (const index of indexes) {
      const record = records[index]!;
      const size = (record.key?.length ?? 0) + (record.value?.length ?? 0) + RECORD_OVERHEAD;
      if (batch.length > 0 && bytes + size > this.maxBatchBytes) {
        yield batch;
        batch = [];
        bytes = 0;
      }
      batch.push(index);
      bytes += size;
    }
    if (batch.length > 0) yield batch;
  }

  private async send(
    topic: string,
    partition: number,
    records: ProduceRecord[],
  ): Promise<{ baseOffset: bigint } | { failure: RecordFailure }> {
    try {
      const producer = await this.client.producer();
      const messages: Message[] = records.map((r) => ({ key: r.key, value: r.value, partition }));
      const acknowledged = await producer.send({ topic, messages });
      const entry = acknowledged.find((m) => m.partition === partition);
      if (entry?.baseOffset === undefined) {
        // Never report a record as written without the broker's acknowledgement.
        return {
          failure: {
            message: `The producer got no acknowledgement for partition ${partition} of topic ${topic}`,
            retriable: true,
          },
        };
      }
      return { baseOffset: BigInt(entry.baseOffset) };
    } catch (err) {
      if (isKafkaError(err)) this.layouts.delete(topic);
      return { failure: toRecordFailure(err) };
    }
  }

  /** The topic's partitions, from a short-lived cache unless `fresh`; creates the topic if allowed. */
  private async layout(topic: string, fresh: boolean): Promise<PartitionLayout> {
    const cached = this.layouts.get(topic);
    if (!fresh && cached && cached.expires > Date.now()) return cached.layout;
    let pending = this.lookups.get(topic);
    if (!pending) {
      pending = this.lookUp(topic).finally(() => this.lookups.delete(topic));
      this.lookups.set(topic, pending);
    }
    return pending;
  }

  private async lookUp(topic: string): Promise<PartitionLayout> {
    let layout: PartitionLayout;
    try {
      layout = await this.readLayout(topic);
    } catch (err) {
      if (!(err instanceof TopicNotFoundError)) throw err;
      layout = await this.awaitAutoCreation(topic);
    }
    this.layouts.set(topic, { layout, expires: Date.now() + this.maxAgeMs });
    if (this.layouts.size > 10_000) {
      const now = Date.now();
      for (const [name, entry] of this.layouts) if (entry.expires <= now) this.layouts.delete(name);
    }
    return layout;
  }

  private async readLayout(topic: string): Promise<PartitionLayout> {
    const partitions = await this.metadata.partitions(topic);
    return {
      count: partitions.length,
      available: partitions.filter((p) => p.leader >= 0).map((p) => p.partition),
    };
  }

  /**
   * A topic the cluster does not know. The shared producer asks for metadata with automatic topic
   * creation allowed, so the broker creates the topic when `auto.create.topics.enable` is on; when
   * it is off (or the name is invalid) the producer's error says why and every record carries it.
   */
  private async awaitAutoCreation(topic: string): Promise<PartitionLayout> {
    const producer = await this.client.producer();
    await producer.send({ topic, messages: [] });
    const deadline = Date.now() + this.creationWaitMs;
    for (let wait = 25; ; wait = Math.min(wait * 2, 500)) {
      try {
        return await this.readLayout(topic);
      } catch (err) {
        if (!(err instanceof TopicNotFoundError) || Date.now() + wait > deadline) throw err;
      }
      await sleep(wait);
    }
  }
}

function exists(layout: PartitionLayout, partition: number): boolean {
  return Number.isInteger(partition) && partition >= 0 && partition < layout.count;
}

interface KafkaJsLikeError {
  name?: string;
  message?: string;
  type?: string;
  retriable?: boolean;
  cause?: unknown;
  originalError?: unknown;
}

function isKafkaError(err: unknown): boolean {
  return (
    err instanceof TopicNotFoundError ||
    (typeof err === 'object' && err !== null && String((err as KafkaJsLikeError).name).startsWith('KafkaJS'))
  );
}

/** A Kafka failure as a per-record failure; anything else is a bug and is thrown on. */
function toRecordFailure(err: unknown): RecordFailure {
  if (err instanceof TopicNotFoundError) {
    return { message: 'This server does not host this topic-partition', retriable: true, type: 'UNKNOWN_TOPIC_OR_PARTITION' };
  }
  if (!isKafkaError(err)) throw err;
  // Retries and bail-outs wrap the failure that decided the outcome; report that one.
  let inner = err as KafkaJsLikeError;
  for (let depth = 0; depth < 5; depth++) {
    const next = (inner.originalError ?? inner.cause) as KafkaJsLikeError | undefined;
    if (!next || typeof next !== 'object' || next === inner) break;
    inner = next;
  }
  return {
    message: inner.message || (err as KafkaJsLikeError).message || 'Unknown Kafka error',
    retriable: inner.retriable === true,
    type: inner.type,
  };
}

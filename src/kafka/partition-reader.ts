/**
 * Reads records of one partition from a given offset, with no consumer group and nothing
 * committed: the service behind GET /topics/{topic}/partitions/{partition}/messages.
 *
 * kafkajs has no manual partition assignment, so there were three ways to do this:
 * - A throwaway consumer group per read, seeking inside `run()`: a JoinGroup/SyncGroup round on
 *   every request (plus `group.initial.rebalance.delay.ms`, 3 s by default), an empty group left
 *   behind in ListGroups each time, and group ACLs for a read that needs none.
 * - A second client library that can assign partitions (@confluentinc/kafka-javascript, or
 *   @platformatic/kafka's fetch API): another set of connections, settings and failure modes to
 *   keep in line with kafkajs, and for the former a native build.
 * - This one: look the leader up and send Fetch requests to it directly, over the connections of
 *   kafkajs's own cluster object (see KafkaClient.cluster()). One round trip per fetch and nothing
 *   left on the broker. The cost is reliance on kafkajs internals (Cluster.metadata/findBroker,
 *   Broker.fetch and its decoded record batches), which hold only because kafkajs is pinned to
 *   exactly 2.2.4, and redoing what the kafkajs consumer does to a fetched batch: dropping
 *   offsets below the one asked for (batches start earlier) and control records.
 *
 * Beyond the cluster's metadata call (client.ts, metadata.ts), this is the only module that reaches
 * into kafkajs internals (brokers, Fetch, decoded batches); keep it that way, and re-check this
 * file before moving kafkajs off 2.2.4.
 *
 * Isolation: reads are READ_UNCOMMITTED, like the consumer instances of this proxy and like the
 * reference server, whose pre-transaction fetches saw every data record; a partition then reads
 * the same here and through a consumer. Records of open and aborted transactions are returned;
 * only the transaction markers (control records) are skipped, though their offsets are passed.
 * Reading committed data only would need READ_COMMITTED plus dropping the records that the
 * response's aborted-transactions list covers, and reads would stop at the last stable offset.
 */
import type { KafkaClient, RawCluster, RawFetchedPartition, RawFetchedRecord, RawTopicMetadata } from './client.ts';
import { OffsetOutOfRangeError, PartitionNotFoundError, TopicNotFoundError } from './errors.ts';

/** A record as read from its partition; key and value are the bytes stored in Kafka. */
export interface PartitionRecord {
  topic: string;
  partition: number;
  offset: number;
  key: Buffer | null;
  value: Buffer | null;
}

export interface FetchSettings {
  /** Upper bound of one Fetch response, and of the partition's share in it. */
  maxBytes: number;
  /** How long the leader may wait for `minBytes` to become available. */
  maxWaitMs: number;
  minBytes: number;
}

/**
 * The old consumer's sizing the reference server used (1 MiB, 100 ms), except that the leader is
 * not asked to wait for data: a read is not a long poll, and a fetch parked at the end of the log
 * would hold up the metadata requests queued behind it on the same connection.
 */
export const DEFAULT_FETCH_SETTINGS: FetchSettings = { maxBytes: 1024 * 1024, maxWaitMs: 100, minBytes: 0 };

const READ_UNCOMMITTED = 0;

/** Fetch failures after which the leader is looked up again and the fetch retried. */
const STALE_LEADER_TYPES = new Set([
  'NOT_LEADER_FOR_PARTITION',
  'LEADER_NOT_AVAILABLE',
  'UNKNOWN_TOPIC_OR_PARTITION',
  'FENCED_LEADER_EPOCH',
  'UNKNOWN_LEADER_EPOCH',
  'REPLICA_NOT_AVAILABLE',
]);
const STALE_LEADER_NAMES = new Set(['KafkaJSBrokerNotFound', 'KafkaJSConnectionError']);
const LEADER_RETRIES = 3;
const LEADER_RETRY_BACKOFF_MS = 100;

interface ErrorLike {
  name?: string;
  type?: string;
  cause?: unknown;
  originalError?: unknown;
}

/** The errors kafkajs wraps an error in, outermost first. */
function errorChain(err: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  let current = err;
  while (current && typeof current === 'object' && chain.length < 6) {
    const e = current as ErrorLike;
    chain.push(e);
    current = e.originalError ?? e.cause;
  }
  return chain;
}

function hasErrorType(err: unknown, types: Set<string>, names: Set<string> = new Set()): boolean {
  return errorChain(err).some(
    (e) => (e.type !== undefined && types.has(e.type)) || (e.name !== undefined && names.has(e.name)),
  );
}

const OUT_OF_RANGE = new Set(['OFFSET_OUT_OF_RANGE']);

export interface TakenRecords {
  /** Data records at or after the requested offset, at most `max` of them. */
  records: RawFetchedRecord[];
  /** Where the next fetch starts: past the last record taken, or past everything this response covered. */
  next: bigint;
  /** The end of what can be read at all: the high watermark. */
  end: bigint;
}

/**
 * Picks the readable records out of one partition's fetch response (read uncommitted), as the
 * Kafka consumer does: records below `from` are dropped (a batch is returned whole, so it may
 * start earlier), and control records are skipped while their offsets are passed.
 */
export function takeRecords(data: RawFetchedPartition, from: bigint, max: number): TakenRecords {
  const end = BigInt(data.highWatermark);
  const records: RawFetchedRecord[] = [];
  let next = from;

  for (const record of data.messages) {
    const offset = BigInt(record.offset);
    if (offset >= from) {
      if (!record.isControlRecord) {
        records.push(record);
        if (records.length >= max) return { records, next: offset + 1n, end };
      }
      if (offset >= next) next = offset + 1n;
    }
    const batch = record.batchContext;
    // Batches come back whole, so once a batch is passed, so is its last offset, even when
    // compaction removed the records at its tail.
    if (batch) {
      const batchEnd = BigInt(batch.firstOffset) + BigInt(batch.lastOffsetDelta) + 1n;
      if (batchEnd > next) next = batchEnd;
    }
  }
  return { records, next, end };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class PartitionReader {
  constructor(
    private readonly client: KafkaClient,
    private readonly settings: FetchSettings = DEFAULT_FETCH_SETTINGS,
  ) {}

  /**
   * Up to `count` records from `offset` on. Fewer come back when the end of the log is reached;
   * an offset exactly at the end gives none. Checks the topic, then the partition, then (for a
   * positive count) the offset: throws TopicNotFoundError, PartitionNotFoundError,
   * OffsetOutOfRangeError.
   */
  async read(topic: string, partition: number, offset: number, count: number): Promise<PartitionRecord[]> {
    const cluster = await this.client.cluster();
    let leader = await this.leaderOf(cluster, topic, partition);
    if (count <= 0) return [];

    const found: PartitionRecord[] = [];
    let position = BigInt(offset);
    let retries = 0;
    while (found.length < count) {
      let data: RawFetchedPartition | undefined;
      try {
        data = await this.fetchOnce(cluster, leader, topic, partition, position);
      } catch (err) {
        if (hasErrorType(err, OUT_OF_RANGE)) {
          throw new OffsetOutOfRangeError(topic, partition, position, await this.logRange(topic, partition));
        }
        if (retries >= LEADER_RETRIES || !hasErrorType(err, STALE_LEADER_TYPES, STALE_LEADER_NAMES)) throw err;
        retries += 1;
        await sleep(LEADER_RETRY_BACKOFF_MS * retries);
        leader = await this.leaderOf(cluster, topic, partition);
        continue;
      }
      if (!data) break;
      const taken = takeRecords(data, position, count - found.length);
      for (const r of taken.records) {
        found.push({ topic, partition, offset: Number(r.offset), key: r.key, value: r.value });
      }
      if (taken.next <= position) break; // the fetch brought nothing new
      position = taken.next;
      if (position >= taken.end) break; // nothing more to read: skip a fetch that would come back empty
    }
    return found;
  }

  private async fetchOnce(
    cluster: RawCluster,
    leader: number,
    topic: string,
    partition: number,
    position: bigint,
  ): Promise<RawFetchedPartition | undefined> {
    const broker = await cluster.findBroker({ nodeId: leader });
    const { maxBytes, maxWaitMs, minBytes } = this.settings;
    const response = await broker.fetch({
      isolationLevel: READ_UNCOMMITTED,
      maxWaitTime: maxWaitMs,
      minBytes,
      maxBytes,
      topics: [{ topic, partitions: [{ partition, fetchOffset: position.toString(), maxBytes }] }],
    });
    return response.responses.find((r) => r.topicName === topic)?.partitions.find((p) => p.partition === partition);
  }

  /** The partition's leader; never creates the topic (the cluster is built with auto-creation off). */
  private async leaderOf(cluster: RawCluster, topic: string, partition: number): Promise<number> {
    const metadata = await this.topicMetadata(cluster, topic);
    const found = metadata.partitionMetadata.find((p) => p.partitionId === partition);
    if (!found) throw new PartitionNotFoundError(topic, partition);
    return found.leader;
  }

  private async topicMetadata(cluster: RawCluster, topic: string): Promise<RawTopicMetadata> {
    for (let attempt = 0; ; attempt++) {
      let answer: { topicMetadata: RawTopicMetadata[] } | null | undefined;
      try {
        answer = await cluster.metadata({ topics: [topic] });
      } catch (err) {
        if (hasErrorType(err, new Set(['UNKNOWN_TOPIC_OR_PARTITION']))) throw new TopicNotFoundError(topic);
        throw err;
      }
      const found = answer?.topicMetadata.find((t) => t.topic === topic);
      if (found) return found;
      // kafkajs answers null when the request failed on every broker it tried without refreshing
      // its cache first, as for a topic deleted since it was cached. Reloading the cache makes the
      // next attempt refresh it for this topic, and that reports the actual failure.
      if (attempt >= 1) throw new Error(`No broker answered the metadata request for topic ${topic}`);
      await cluster.refreshMetadata();
    }
  }

  /** The log start and end offsets, for the out-of-range message; undefined if unavailable. */
  private async logRange(topic: string, partition: number): Promise<{ start: bigint; end: bigint } | undefined> {
    try {
      const admin = await this.client.admin();
      const offsets = await admin.fetchTopicOffsets(topic);
      const p = offsets.find((o) => o.partition === partition);
      return p ? { start: BigInt(p.low), end: BigInt(p.high) } : undefined;
    } catch {
      return undefined;
    }
  }
}

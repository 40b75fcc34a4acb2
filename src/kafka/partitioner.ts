/**
 * Chooses the partition of a produced record the way the Kafka Java producer of the v1 era did, so
 * that keyed records land where Java clients (and the original proxy) put them:
 *
 * - an explicit partition wins;
 * - a record with a key (even an empty one) goes to `toPositive(murmur2(keyBytes)) % numPartitions`,
 *   over all partitions, available or not;
 * - a record without a key goes round-robin over the partitions that have a leader (over all of
 *   them when none has), with one counter per topic that starts at a random value.
 *
 * The key bytes are the stored form: the decoded base64 for binary, the JSON text for json.
 */
import kafkajs from 'kafkajs';
import type { ICustomPartitioner } from 'kafkajs';

// Its typings declare no constructor arguments, but it takes a message like the other errors.
const MetadataNotLoaded = kafkajs.KafkaJSMetadataNotLoaded as unknown as new (message: string) => Error;

const SEED = 0x9747b28c;
const M = 0x5bd1e995;

/** Kafka's murmur2 (org.apache.kafka.common.utils.Utils.murmur2), as a signed 32-bit integer. */
export function murmur2(data: Uint8Array): number {
  const length = data.length;
  let h = (SEED ^ length) | 0;
  const whole = length & ~3;
  for (let i = 0; i < whole; i += 4) {
    let k = data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24);
    k = Math.imul(k, M);
    k ^= k >>> 24;
    k = Math.imul(k, M);
    h = Math.imul(h, M) ^ k;
  }
  switch (length & 3) {
    case 3:
      h ^= data[whole + 2]! << 16;
    // falls through
    case 2:
      h ^= data[whole + 1]! << 8;
    // falls through
    case 1:
      h ^= data[whole]!;
      h = Math.imul(h, M);
  }
  h ^= h >>> 13;
  h = Math.imul(h, M);
  h ^= h >>> 15;
  return h | 0;
}

/** Kafka's Utils.toPositive: clears the sign bit (not Math.abs, which differs for negatives). */
export function toPositive(n: number): number {
  return n & 0x7fffffff;
}

/** The partition of a keyed record among `numPartitions` partitions. */
export function partitionForKey(key: Uint8Array, numPartitions: number): number {
  return toPositive(murmur2(key)) % numPartitions;
}

/** What the partitioner needs to know about a topic. */
export interface PartitionLayout {
  /** Number of partitions of the topic (ids 0..count-1). */
  count: number;
  /** Ids of the partitions that currently have a leader, ascending. */
  available: readonly number[];
}

export class Partitioner {
  private readonly counters = new Map<string, number>();

  constructor(private readonly randomStart: () => number = () => (Math.random() * 0x100000000) | 0) {}

  /** The partition for one record; `explicit` is the partition the record asked for, if any. */
  partition(topic: string, key: Uint8Array | null, layout: PartitionLayout, explicit?: number): number {
    if (explicit !== undefined) return explicit;
    if (key !== null) return partitionForKey(key, layout.count);
    const next = toPositive(this.nextValue(topic));
    return layout.available.length > 0 ? layout.available[next % layout.available.length]! : next % layout.count;
  }

  private nextValue(topic: string): number {
    const value = this.counters.get(topic) ?? this.randomStart();
    this.counters.set(topic, (value + 1) | 0);
    return value;
  }
}

/**
 * The partitioner of the shared kafkajs producer. It partitions like Partitioner over the
 * producer's own metadata, and it does not let kafkajs drop a record whose explicit partition that
 * metadata does not know yet (kafkajs silently leaves such records out of its produce requests):
 * it fails the attempt as "metadata not loaded", which makes kafkajs refresh its metadata and retry.
 */
export const kafkaJsPartitioner: ICustomPartitioner = () => {
  const partitioner = new Partitioner();
  return ({ topic, partitionMetadata, message }) => {
    const explicit = message.partition;
    if (explicit !== undefined && explicit !== null) {
      if (!partitionMetadata.some((p) => p.partitionId === explicit)) {
        throw new MetadataNotLoaded(`Partition ${explicit} of topic ${topic} is not in the producer's metadata`);
      }
      return explicit;
    }
    const key = message.key === null || message.key === undefined ? null : Buffer.from(message.key);
    const available = partitionMetadata
      .filter((p) => p.leader >= 0)
      .map((p) => p.partitionId)
      .sort((a, b) => a - b);
    return partitioner.partition(topic, key, { count: partitionMetadata.length, available });
  };
};

import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import kafkajs from 'kafkajs';
import type { Admin, Consumer, Producer } from 'kafkajs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { startKafka, type LocalKafka } from '../../src/embedded/local-kafka.ts';

const { Kafka, logLevel, Partitioners } = kafkajs;

function client(bootstrapServers: string): InstanceType<typeof Kafka> {
  return new Kafka({
    clientId: 'local-kafka-test',
    brokers: bootstrapServers.split(','),
    logLevel: logLevel.NOTHING,
    retry: { retries: 8, initialRetryTime: 200 },
  });
}

function topicName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function eventually<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value !== undefined) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Reads `count` messages of a topic from the beginning with a fresh consumer group. */
async function consume(bootstrapServers: string, topic: string, count: number): Promise<string[]> {
  const consumer: Consumer = client(bootstrapServers).consumer({
    groupId: topicName('group'),
    maxWaitTimeInMs: 500,
  });
  const values: string[] = [];
  try {
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${values.length}/${count} messages arrived`)), 30_000);
      consumer
        .run({
          eachMessage: async ({ message }) => {
            values.push(message.value?.toString() ?? '');
            if (values.length >= count) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return values;
}

async function produce(bootstrapServers: string, topic: string, values: string[]): Promise<void> {
  const producer: Producer = client(bootstrapServers).producer({
    createPartitioner: Partitioners.DefaultPartitioner,
    allowAutoTopicCreation: true,
  });
  await producer.connect();
  try {
    await producer.send({ topic, acks: -1, messages: values.map((value) => ({ value })) });
  } finally {
    await producer.disconnect();
  }
}

describe('Kafka provided by the global setup', () => {
  const bootstrapServers = inject('bootstrapServers');

  it('answers metadata requests', async () => {
    const admin: Admin = client(bootstrapServers).admin();
    await admin.connect();
    try {
      const cluster = await admin.describeCluster();
      expect(cluster.brokers.length).toBeGreaterThanOrEqual(1);
      expect(cluster.clusterId).toMatch(/\S+/);
      expect(cluster.brokers.map((b) => b.nodeId)).toContain(cluster.controller);
      for (const broker of cluster.brokers) expect(broker.port).toBeGreaterThan(0);
    } finally {
      await admin.disconnect();
    }
  });

  it('auto-creates a topic on produce and delivers the messages to a consumer group', async () => {
    const topic = topicName('auto-created');
    await produce(bootstrapServers, topic, ['one', 'two', 'three']);
    expect(await consume(bootstrapServers, topic, 3)).toEqual(['one', 'two', 'three']);
  });
});

describe.skipIf(process.env.KAFKA_REST_SKIP_LOCAL_CLUSTER === '1')('startKafka', () => {
  let running: LocalKafka | undefined;
  const dirs: string[] = [];

  afterEach(async () => {
    await running?.stop();
    running = undefined;
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it('keeps topics and messages in a persistent data dir across restarts', { timeout: 120_000 }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'local-kafka-test-'));
    dirs.push(dataDir);
    const topic = topicName('persistent');

    const first = await startKafka({ dataDir, quiet: true });
    running = first;
    await produce(first.bootstrapServers, topic, ['kept']);
    const firstPid = first.brokers[0]!.pid;
    await first.stop();
    await first.stop(); // idempotent
    running = undefined;
    expect(isAlive(firstPid)).toBe(false);
    expect(existsSync(join(dataDir, 'node-1', 'data', 'meta.properties'))).toBe(true);

    const second = await startKafka({ dataDir, quiet: true });
    running = second;
    expect(second.clusterId).toBe(first.clusterId);
    expect(second.bootstrapServers).toBe(first.bootstrapServers);
    expect(await consume(second.bootstrapServers, topic, 1)).toEqual(['kept']);
  });

  it(
    'runs a 3-broker cluster that survives losing the partition leader',
    { timeout: 180_000 },
    async () => {
      const started = Date.now();
      const kafka = await startKafka({ brokers: 3, quiet: true, heapMb: 384 });
      running = kafka;
      const startSeconds = (Date.now() - started) / 1000;
      expect(startSeconds).toBeLessThan(60);
      expect(kafka.brokers.map((b) => b.nodeId)).toEqual([1, 2, 3]);
      expect(kafka.bootstrapServers.split(',')).toHaveLength(3);

      const admin = client(kafka.bootstrapServers).admin();
      await admin.connect();
      try {
        const cluster = await admin.describeCluster();
        expect(cluster.brokers.map((b) => b.nodeId).sort()).toEqual([1, 2, 3]);

        const topic = topicName('replicated');
        await admin.createTopics({
          topics: [
            {
              topic,
              numPartitions: 1,
              replicationFactor: 3,
              configEntries: [{ name: 'min.insync.replicas', value: '2' }],
            },
          ],
          waitForLeaders: true,
        });
        const before = await eventually('a fully replicated partition', async () => {
          const meta = await admin.fetchTopicMetadata({ topics: [topic] });
          const p = meta.topics[0]?.partitions[0];
          return p && p.isr.length === 3 ? p : undefined;
        });
        expect([...before.replicas].sort()).toEqual([1, 2, 3]);
        await produce(kafka.bootstrapServers, topic, ['before failover']);

        const oldLeader = before.leader;
        const oldPid = kafka.brokers.find((b) => b.nodeId === oldLeader)!.pid;
        await kafka.stopBroker(oldLeader);
        expect(isAlive(oldPid)).toBe(false);
        expect(kafka.brokers.find((b) => b.nodeId === oldLeader)!.running).toBe(false);

        const after = await eventually('a new partition leader', async () => {
          const meta = await admin.fetchTopicMetadata({ topics: [topic] });
          const p = meta.topics[0]?.partitions[0];
          return p && p.leader !== oldLeader && p.leader >= 0 && !p.isr.includes(oldLeader) ? p : undefined;
        });
        expect([1, 2, 3].filter((id) => id !== oldLeader)).toContain(after.leader);
        const degraded = await eventually('metadata without the stopped broker', async () => {
          const c = await admin.describeCluster();
          return c.brokers.length === 2 ? c : undefined;
        });
        expect(degraded.brokers.map((b) => b.nodeId)).not.toContain(oldLeader);

        // Two of three replicas are still in sync: acks=all writes keep working.
        await produce(kafka.bootstrapServers, topic, ['after failover']);
        expect(await consume(kafka.bootstrapServers, topic, 2)).toEqual(['before failover', 'after failover']);

        await kafka.startBroker(oldLeader);
        expect(kafka.brokers.every((b) => b.running)).toBe(true);
        const restored = await admin.describeCluster();
        expect(restored.brokers.map((b) => b.nodeId).sort()).toEqual([1, 2, 3]);
      } finally {
        await admin.disconnect();
      }

      const pids = kafka.brokers.map((b) => b.pid);
      await kafka.stop();
      running = undefined;
      expect(pids.filter(isAlive)).toEqual([]);
      expect(existsSync(kafka.dataDir)).toBe(false);
    },
  );
});

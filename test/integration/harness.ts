/**
 * Starts the proxy in-process against the test run's Kafka, plus small helpers the integration
 * tests share.
 */
import { randomUUID } from 'node:crypto';
import kafkajs from 'kafkajs';
import { inject } from 'vitest';
import { buildConfig } from '../../src/config.ts';
import { startServer, type RunningServer } from '../../src/server.ts';

export interface TestProxy {
  url: string;
  server: RunningServer;
  close(): Promise<void>;
}

export function bootstrapServers(): string {
  return inject('bootstrapServers');
}

export async function startProxy(extra: Record<string, string> = {}): Promise<TestProxy> {
  const config = buildConfig(
    new Map(
      Object.entries({
        listeners: 'http://127.0.0.1:0',
        'schema.registry.builtin.listeners': 'http://127.0.0.1:0',
        'bootstrap.servers': bootstrapServers(),
        ...extra,
      }),
    ),
  );
  const server = await startServer(config);
  return { url: server.urls[0]!, server, close: () => server.close() };
}

export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** A native kafkajs client on the test run's Kafka, for arranging and checking what the proxy did. */
export function nativeKafka(clientId = 'test-client'): kafkajs.Kafka {
  return new kafkajs.Kafka({ clientId, brokers: bootstrapServers().split(','), logLevel: kafkajs.logLevel.NOTHING });
}

/** A native Kafka admin client, for arranging what the proxy should then report. */
export async function withAdmin<T>(fn: (admin: kafkajs.Admin) => Promise<T>): Promise<T> {
  const admin = nativeKafka('test-admin').admin();
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.disconnect();
  }
}

export interface NativeRecord {
  partition: number;
  offset: number;
  key: Buffer | null;
  value: Buffer | null;
}

/** Reads a topic from the beginning with a native group consumer until `count` records arrived. */
export async function consumeNatively(topic: string, count: number, timeoutMs = 30_000): Promise<NativeRecord[]> {
  const consumer = nativeKafka('test-consumer').consumer({ groupId: uniqueName('native-reader'), allowAutoTopicCreation: false });
  const seen: NativeRecord[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${seen.length} of ${count} records arrived`)), timeoutMs);
      void consumer.run({
        eachMessage: async ({ partition, message }) => {
          seen.push({ partition, offset: Number(message.offset), key: message.key, value: message.value });
          if (seen.length >= count) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return seen;
}

export async function createTopic(
  topic: string,
  numPartitions = 1,
  configEntries: { name: string; value: string }[] = [],
): Promise<void> {
  await withAdmin(async (admin) => {
    await admin.createTopics({ topics: [{ topic, numPartitions, configEntries }], waitForLeaders: true });
  });
}

export interface Reply {
  status: number;
  contentType: string | null;
  text: string;
  json: unknown;
}

export async function request(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  const res = await fetch(url, { method: init.method ?? 'GET', headers: init.headers ?? {}, body: init.body ?? null });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, contentType: res.headers.get('content-type'), text, json };
}

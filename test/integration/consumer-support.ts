/**
 * Helpers shared by the consumer integration tests: REST calls for the consumer operations,
 * a native producer for test data, and a look at the group from Kafka's side.
 */
import kafkajs from 'kafkajs';
import { nativeKafka, request, withAdmin, type Reply } from './harness.ts';

export const V1 = 'application/vnd.kafka.v1+json';
export const BINARY = 'application/vnd.kafka.binary.v1+json';
export const JSON_V1 = 'application/vnd.kafka.json.v1+json';
export const AVRO_V1 = 'application/vnd.kafka.avro.v1+json';

export interface ConsumerRecord {
  topic: string;
  key: unknown;
  value: unknown;
  partition: number;
  offset: number;
}

export interface CreatedConsumer {
  instance_id: string;
  base_uri: string;
}

export function createConsumer(baseUrl: string, group: string, body?: unknown): Promise<Reply> {
  return request(`${baseUrl}/consumers/${group}`, {
    method: 'POST',
    headers: { 'Content-Type': V1 },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** Creates an instance and returns its base URI; fails the test on any other answer. */
export async function newConsumer(baseUrl: string, group: string, body?: unknown): Promise<string> {
  const r = await createConsumer(baseUrl, group, body);
  if (r.status !== 200) throw new Error(`create consumer answered ${r.status}: ${r.text}`);
  return (r.json as CreatedConsumer).base_uri;
}

export function readTopic(instanceUri: string, topic: string, accept?: string, maxBytes?: number): Promise<Reply> {
  const query = maxBytes === undefined ? '' : `?max_bytes=${maxBytes}`;
  return request(`${instanceUri}/topics/${topic}${query}`, { headers: accept ? { Accept: accept } : {} });
}

/** One successful read; fails the test on any other answer. */
export async function readRecords(instanceUri: string, topic: string, accept?: string, maxBytes?: number) {
  const r = await readTopic(instanceUri, topic, accept, maxBytes);
  if (r.status !== 200) throw new Error(`read answered ${r.status}: ${r.text}`);
  return r.json as ConsumerRecord[];
}

/** Reads until `count` records have come back (or the time is up) and returns them all. */
export async function readUntil(
  instanceUri: string,
  topic: string,
  count: number,
  { accept, timeoutMs = 30_000 }: { accept?: string; timeoutMs?: number } = {},
): Promise<ConsumerRecord[]> {
  const all: ConsumerRecord[] = [];
  const until = Date.now() + timeoutMs;
  while (all.length < count && Date.now() < until) all.push(...(await readRecords(instanceUri, topic, accept)));
  return all;
}

export function commit(instanceUri: string): Promise<Reply> {
  return request(`${instanceUri}/offsets`, { method: 'POST', headers: { 'Content-Type': V1 } });
}

export function deleteConsumer(instanceUri: string): Promise<Reply> {
  return request(instanceUri, { method: 'DELETE', headers: { 'Content-Type': V1 } });
}

export interface TestMessage {
  key?: string | Buffer | null;
  value: string | Buffer | null;
  partition?: number;
}

/** Produces with a native Kafka producer, so consumer tests depend on nothing else in the proxy. */
export async function produce(topic: string, messages: TestMessage[]): Promise<void> {
  const producer = nativeKafka('test-producer').producer();
  await producer.connect();
  try {
    await producer.send({ topic, messages: messages.map((m) => ({ key: m.key ?? null, ...m })) });
  } finally {
    await producer.disconnect();
  }
}

export const b64 = (text: string) => Buffer.from(text).toString('base64');

export interface GroupView {
  state: string;
  /** Partitions of `topic` assigned to each member. */
  assignments: number[][];
}

export async function describeGroup(group: string, topic: string): Promise<GroupView> {
  return withAdmin(async (admin) => {
    const {
      groups: [g],
    } = await admin.describeGroups([group]);
    return {
      state: g?.state ?? 'Dead',
      assignments: (g?.members ?? []).map((m) => {
        if (m.memberAssignment.length === 0) return [];
        const decoded = kafkajs.AssignerProtocol.MemberAssignment.decode(m.memberAssignment);
        return decoded?.assignment[topic] ?? [];
      }),
    };
  });
}

/** Committed offsets of the group for the topic, by partition (-1 where none). */
export async function committedOffsets(group: string, topic: string): Promise<Record<number, number>> {
  return withAdmin(async (admin) => {
    const [entry] = await admin.fetchOffsets({ groupId: group, topics: [topic] });
    return Object.fromEntries((entry?.partitions ?? []).map((p) => [p.partition, Number(p.offset)]));
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until the check passes or the time is up; returns the last value. */
export async function eventually<T>(get: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await get();
  while (!ok(value) && Date.now() < until) {
    await sleep(200);
    value = await get();
  }
  return value;
}

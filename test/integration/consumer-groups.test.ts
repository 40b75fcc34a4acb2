/**
 * Consumer instances as members of Kafka consumer groups: sharing partitions across proxy
 * processes, rebalancing within one, and a buffer smaller than the data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  b64,
  commit,
  describeGroup,
  eventually,
  newConsumer,
  produce,
  readRecords,
  type ConsumerRecord,
  type GroupView,
} from './consumer-support.ts';
import { bootstrapServers, createTopic, request, startProxy, uniqueName, type TestProxy } from './harness.ts';
import { freePort } from '../../src/ports.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const FAST = { 'auto.offset.reset': 'smallest', 'consumer.request.timeout.ms': 300 };


/** Starts the proxy as its own process, the way it is deployed. */
async function spawnProxy(): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { ...process.env, KAFKA_REST_BOOTSTRAP_SERVERS: bootstrapServers(), KAFKA_REST_LISTENERS: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const until = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`proxy process exited with ${child.exitCode}: ${output}`);
    try {
      if ((await request(`${url}/`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`proxy process did not start: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, child, output: () => output };
}

async function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** Reads with every instance until the group is stable with each member holding partitions. */
async function untilEveryMemberHasPartitions(uris: string[], group: string, topic: string, members: number): Promise<GroupView> {
  return eventually(
    async () => {
      await Promise.all(uris.map((uri) => readRecords(uri, topic)));
      return describeGroup(group, topic);
    },
    (g) => g.state === 'Stable' && g.assignments.length === members && g.assignments.every((a) => a.length > 0),
    45_000,
  );
}

/** Reads (and commits) with every instance in turn until `count` records came back in total. */
async function drain(uris: string[], topic: string, count: number): Promise<ConsumerRecord[][]> {
  const got: ConsumerRecord[][] = uris.map(() => []);
  const until = Date.now() + 45_000;
  while (got.flat().length < count && Date.now() < until) {
    await Promise.all(
      uris.map(async (uri, i) => {
        const records = await readRecords(uri, topic);
        got[i]!.push(...records);
        if (records.length) expect((await commit(uri)).status).toBe(200);
      }),
    );
  }
  return got;
}

const key = (r: ConsumerRecord) => `${r.partition}:${r.offset}`;

describe('two proxy processes in one group', () => {
  let local: TestProxy;
  let remote: Awaited<ReturnType<typeof spawnProxy>> | undefined;
  beforeAll(async () => {
    local = await startProxy();
    remote = await spawnProxy();
  });
  afterAll(async () => {
    await stopProcess(remote?.child);
    await local?.close();
  });

  it('share the partitions of a topic: each record is read exactly once, by one of them', async () => {
    const topic = uniqueName('shared');
    await createTopic(topic, 4);
    const group = uniqueName('g');
    const uris = [await newConsumer(local.url, group, FAST), await newConsumer(remote!.url, group, FAST)];
    expect(new URL(uris[1]!).port).toBe(new URL(remote!.url).port);

    const view = await untilEveryMemberHasPartitions(uris, group, topic, 2);
    expect(view.assignments.flat().sort()).toEqual([0, 1, 2, 3]);

    const messages = Array.from({ length: 80 }, (_, i) => ({ key: `k${i}`, value: `v${i}`, partition: i % 4 }));
    await produce(topic, messages);
    const got = await drain(uris, topic, 80);

    const all = got.flat();
    expect(all).toHaveLength(80);
    expect(new Set(all.map(key)).size).toBe(80);
    expect(new Set(all.map((r) => r.value))).toEqual(new Set(messages.map((m) => b64(m.value))));
    expect(got[0]!.length).toBeGreaterThan(0);
    expect(got[1]!.length).toBeGreaterThan(0);
    // Each partition was read by one instance only.
    const owner = new Map<number, number>();
    got.forEach((records, i) => records.forEach((r) => expect(setOnce(owner, r.partition, i)).toBe(i)));
  });
});

function setOnce<K, V>(map: Map<K, V>, k: K, v: V): V {
  if (!map.has(k)) map.set(k, v);
  return map.get(k)!;
}

describe('one proxy', () => {
  let proxy: TestProxy;
  beforeAll(async () => {
    proxy = await startProxy();
  });
  afterAll(() => proxy?.close());

  it('loses nothing and repeats nothing when a second instance joins the group', async () => {
    const topic = uniqueName('rebalance');
    await createTopic(topic, 4);
    const messages = Array.from({ length: 400 }, (_, i) => ({ value: `m${i}`.padEnd(50, '.'), partition: i % 4 }));
    await produce(topic, messages);
    const group = uniqueName('g');

    // The first instance holds every partition, reads part of the data and commits it; the rest
    // stays buffered.
    const first = await newConsumer(proxy.url, group, FAST);
    const early: ConsumerRecord[] = [];
    const until = Date.now() + 30_000;
    while (early.length === 0 && Date.now() < until) early.push(...(await readRecords(first, topic, undefined, 2000)));
    expect(early.length).toBeGreaterThan(0);
    expect(early.length).toBeLessThan(400);
    expect((await commit(first)).status).toBe(200);

    // A second instance joins: the first keeps some partitions and hands over the others.
    const second = await newConsumer(proxy.url, group, FAST);
    await eventually(
      async () => {
        await readRecords(second, topic, undefined, 1);
        return describeGroup(group, topic);
      },
      (g) => g.state === 'Stable' && g.assignments.length === 2 && g.assignments.every((a) => a.length > 0),
      45_000,
    );

    const [rest1, rest2] = await drain([first, second], topic, 400 - early.length);
    const all = [...early, ...rest1!, ...rest2!];
    expect(new Set(all.map(key)).size).toBe(all.length);
    expect(all).toHaveLength(400);
    expect(rest2!.length).toBeGreaterThan(0);
  });

  it('reads a topic larger than its buffer, in order, pausing and resuming its fetches', async () => {
    const small = await startProxy({ 'consumer.request.max.bytes': '4096' });
    try {
      const topic = uniqueName('bounded');
      await createTopic(topic, 2);
      const messages = Array.from({ length: 300 }, (_, i) => ({ value: `r${i}`.padEnd(100, '.'), partition: i % 2 }));
      await produce(topic, messages);
      const uri = await newConsumer(small.url, uniqueName('g'), FAST);
      const got: ConsumerRecord[] = [];
      const until = Date.now() + 45_000;
      while (got.length < 300 && Date.now() < until) {
        const records = await readRecords(uri, topic);
        // The server cap applies to every read.
        expect(records.reduce((n, r) => n + Buffer.from(r.value as string, 'base64').length, 0)).toBeLessThan(4096);
        got.push(...records);
      }
      expect(got).toHaveLength(300);
      for (const p of [0, 1]) {
        expect(got.filter((r) => r.partition === p).map((r) => r.offset)).toEqual(Array.from({ length: 150 }, (_, i) => i));
      }
    } finally {
      await small.close();
    }
  });
});

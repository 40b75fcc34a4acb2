/**
 * Consumer instances on a real broker: create, read, commit and delete, as a v1 client sees them.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  b64,
  BINARY,
  commit,
  committedOffsets,
  createConsumer,
  deleteConsumer,
  describeGroup,
  eventually,
  JSON_V1,
  newConsumer,
  produce,
  readRecords,
  readTopic,
  readUntil,
  V1,
  type ConsumerRecord,
  type CreatedConsumer,
} from './consumer-support.ts';
import { createTopic, request, startProxy, uniqueName, type TestProxy } from './harness.ts';

const run = promisify(execFile);
/** Short read windows keep the tests quick; the default of 1 s is covered by the walkthrough. */
const FAST = { 'consumer.request.timeout.ms': 250 };

let proxy: TestProxy;
beforeAll(async () => {
  proxy = await startProxy();
});
afterAll(() => proxy?.close());

describe('POST /consumers/{group}', () => {
  it('creates a binary instance with a generated name and the request URL as base', async () => {
    const group = uniqueName('g');
    const r = await createConsumer(proxy.url, group, {});
    expect(r.status).toBe(200);
    expect(r.contentType).toBe(V1);
    const { instance_id, base_uri } = r.json as CreatedConsumer;
    expect(instance_id).toMatch(/^rest-consumer-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(base_uri).toBe(`${proxy.url}/consumers/${group}/instances/${instance_id}`);
  });

  it.each([
    ['no body', undefined],
    ['an empty body', ''],
    ['null', 'null'],
  ])('accepts %s as all defaults', async (_label, body) => {
    const r = await request(`${proxy.url}/consumers/${uniqueName('g')}`, {
      method: 'POST',
      headers: { 'Content-Type': V1 },
      ...(body === undefined ? {} : { body }),
    });
    expect(r.status).toBe(200);
    expect((r.json as CreatedConsumer).instance_id).toMatch(/^rest-consumer-/);
  });

  it('uses name, and id over name', async () => {
    const group = uniqueName('g');
    const named = await createConsumer(proxy.url, group, { name: 'dashboard-1' });
    expect(named.json).toEqual({
      instance_id: 'dashboard-1',
      base_uri: `${proxy.url}/consumers/${group}/instances/dashboard-1`,
    });
    const withId = await createConsumer(proxy.url, group, { name: 'ignored', id: 'legacy-7' });
    expect((withId.json as CreatedConsumer).instance_id).toBe('legacy-7');
  });

  it('accepts every documented field, with format and offset reset in any case', async () => {
    const r = await createConsumer(proxy.url, uniqueName('g'), {
      name: 'all',
      format: 'JSON',
      'auto.offset.reset': 'earliest',
      'auto.commit.enable': 'false',
      'fetch.min.bytes': 10,
      'consumer.request.timeout.ms': 500,
    });
    expect(r.status).toBe(200);
  });

  it('allows the same name in another group, and again once the first is deleted', async () => {
    const [g1, g2] = [uniqueName('g'), uniqueName('g')];
    const uri = await newConsumer(proxy.url, g1, { name: 'same' });
    expect((await createConsumer(proxy.url, g2, { name: 'same' })).status).toBe(200);
    expect((await createConsumer(proxy.url, g1, { name: 'same' })).status).toBe(409);
    expect((await deleteConsumer(uri)).status).toBe(204);
    expect((await createConsumer(proxy.url, g1, { name: 'same' })).status).toBe(200);
  });
});

describe('base_uri with the id and host.name settings', () => {
  let configured: TestProxy;
  beforeAll(async () => {
    configured = await startProxy({ id: 'p7', 'host.name': 'proxy-3.example.net' });
  });
  afterAll(() => configured?.close());

  it('puts the server id into generated names and host.name into base_uri, keeping the port', async () => {
    const group = uniqueName('g');
    const r = await createConsumer(configured.url, group);
    const { instance_id, base_uri } = r.json as CreatedConsumer;
    expect(instance_id).toMatch(/^rest-consumer-p7-[0-9a-f-]{36}$/);
    const port = new URL(configured.url).port;
    expect(base_uri).toBe(`http://proxy-3.example.net:${port}/consumers/${group}/instances/${instance_id}`);
  });
});

describe('the v1 walkthrough, by curl', () => {
  async function curl(...args: string[]): Promise<{ status: number; body: string }> {
    const { stdout } = await run('curl', ['-s', '-w', '\n%{http_code}', ...args]);
    const cut = stdout.lastIndexOf('\n');
    return { status: Number(stdout.slice(cut + 1)), body: stdout.slice(0, cut) };
  }

  it.each([
    {
      format: 'binary',
      type: BINARY,
      records: '{"records": [{"key": "a2V5", "value": "S2Fma2E="}, {"value": "bG9ncw=="}]}',
      expected: [
        { key: 'a2V5', value: 'S2Fma2E=' },
        { key: null, value: 'bG9ncw==' },
      ],
    },
    {
      format: 'json',
      type: JSON_V1,
      records: '{"records": [{"key": "somekey", "value": {"foo": "bar"}}, {"value": [1, 2.5, null]}]}',
      expected: [
        { key: 'somekey', value: { foo: 'bar' } },
        { key: null, value: [1, 2.5, null] },
      ],
    },
  ])('produces, creates a $format consumer, reads, commits and deletes', async ({ format, type, records, expected }) => {
    const topic = uniqueName(`walk-${format}`);
    await createTopic(topic);
    const group = uniqueName(`my_${format}_consumer`);

    const produced = await curl('-X', 'POST', '-H', `Content-Type: ${type}`, '--data', records, `${proxy.url}/topics/${topic}`);
    expect(produced.status).toBe(200);

    const created = await curl(
      '-X', 'POST',
      '-H', `Content-Type: ${V1}`,
      '--data', `{"name": "my_consumer_instance", "format": "${format}", "auto.offset.reset": "smallest"}`,
      `${proxy.url}/consumers/${group}`,
    );
    expect(created.status).toBe(200);
    const { instance_id, base_uri } = JSON.parse(created.body) as CreatedConsumer;
    expect(instance_id).toBe('my_consumer_instance');
    expect(base_uri).toBe(`${proxy.url}/consumers/${group}/instances/my_consumer_instance`);

    const got: ConsumerRecord[] = [];
    for (let i = 0; i < 30 && got.length < 2; i++) {
      const read = await curl('-H', `Accept: ${type}`, `${base_uri}/topics/${topic}`);
      expect(read.status).toBe(200);
      got.push(...(JSON.parse(read.body) as ConsumerRecord[]));
    }
    expect(got).toEqual(expected.map((r, offset) => ({ topic, ...r, partition: 0, offset })));

    // With nothing new, a read waits the default window of about a second and answers [].
    const idle = await curl('-H', `Accept: ${type}`, `${base_uri}/topics/${topic}`);
    expect(idle).toEqual({ status: 200, body: '[]' });

    const committed = await curl('-X', 'POST', '-H', `Content-Type: ${V1}`, `${base_uri}/offsets`);
    expect(committed.status).toBe(200);
    expect(JSON.parse(committed.body)).toEqual([{ topic, partition: 0, consumed: 1, committed: 1 }]);

    const deleted = await curl('-X', 'DELETE', '-H', `Content-Type: ${V1}`, base_uri);
    expect(deleted).toEqual({ status: 204, body: '' });
  });

  it('reads data written by another Kafka client, json included', async () => {
    const topic = uniqueName('walk-native');
    await createTopic(topic);
    await produce(topic, [{ key: JSON.stringify('somekey'), value: JSON.stringify({ foo: 'bar', n: [1, 2] }) }]);
    const uri = await newConsumer(proxy.url, uniqueName('walk'), { format: 'json', 'auto.offset.reset': 'smallest', ...FAST });
    const records = await readUntil(uri, topic, 1, { accept: JSON_V1 });
    expect(records).toEqual([{ topic, key: 'somekey', value: { foo: 'bar', n: [1, 2] }, partition: 0, offset: 0 }]);
    const idle = await readTopic(uri, topic, JSON_V1);
    expect(idle.status).toBe(200);
    expect(idle.contentType).toBe(JSON_V1);
    expect(idle.json).toEqual([]);
  });
});

describe('GET /consumers/{group}/instances/{instance}/topics/{topic}', () => {
  it('answers binary with no Accept, and with each generic type', async () => {
    const topic = uniqueName('generic');
    await createTopic(topic);
    await produce(topic, [{ value: 'x' }]);
    const uri = await newConsumer(proxy.url, uniqueName('g'), { 'auto.offset.reset': 'smallest', ...FAST });
    const first = await readUntil(uri, topic, 1);
    expect(first.map((r) => r.value)).toEqual([b64('x')]);
    for (const accept of [undefined, '*/*', 'application/json', 'application/vnd.kafka+json', V1, BINARY]) {
      const r = await readTopic(uri, topic, accept);
      expect(r.status).toBe(200);
    }
    const r = await readTopic(uri, topic);
    expect(r.contentType).toBe(BINARY);
  });

  it('starts at the latest offset by default', async () => {
    const topic = uniqueName('latest');
    await createTopic(topic);
    await produce(topic, [{ value: 'before' }]);
    const group = uniqueName('g');
    const uri = await newConsumer(proxy.url, group, FAST);
    // The first reads join the group; the position is fixed at the first fetch after that.
    await readRecords(uri, topic);
    await eventuallyAssigned(uri, topic, group);
    await produce(topic, [{ value: 'after' }]);
    const records = await readUntil(uri, topic, 1);
    expect(records.map((r) => r.value)).toEqual([b64('after')]);
  });

  it('returns every record once, in order, across partitions', async () => {
    const topic = uniqueName('many');
    await createTopic(topic, 3);
    const messages = Array.from({ length: 90 }, (_, i) => ({ key: `k${i}`, value: `v${i}`, partition: i % 3 }));
    await produce(topic, messages);
    const uri = await newConsumer(proxy.url, uniqueName('g'), { 'auto.offset.reset': 'smallest', ...FAST });
    const records = await readUntil(uri, topic, 90);
    expect(records).toHaveLength(90);
    for (let p = 0; p < 3; p++) {
      expect(records.filter((r) => r.partition === p).map((r) => r.offset)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    }
    expect(new Set(records.map((r) => r.value))).toEqual(new Set(messages.map((m) => b64(m.value))));
    expect(await readRecords(uri, topic)).toEqual([]);
  });

  it('stops before the record that would bring the total to max_bytes, and returns it next', async () => {
    const topic = uniqueName('maxbytes');
    await createTopic(topic);
    await produce(topic, Array.from({ length: 10 }, (_, i) => ({ value: `${i}`.padStart(100, '-') })));
    const uri = await newConsumer(proxy.url, uniqueName('g'), { 'auto.offset.reset': 'smallest', ...FAST });
    const reads: ConsumerRecord[][] = [];
    const until = Date.now() + 30_000;
    while (reads.flat().length < 10 && Date.now() < until) {
      const r = await readRecords(uri, topic, undefined, 350);
      if (r.length) reads.push(r);
    }
    // 3 × 100 bytes = 300 < 350; a fourth would make 400.
    expect(reads.map((r) => r.length)).toEqual([3, 3, 3, 1]);
    expect(reads.flat().map((r) => r.offset)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // With the cap equal to the size of two records, the second one stays.
    await produce(topic, [{ value: 'a'.repeat(100) }, { value: 'b'.repeat(100) }]);
    const capped: ConsumerRecord[][] = [];
    while (capped.flat().length < 2 && Date.now() < until) {
      const r = await readRecords(uri, topic, undefined, 200);
      if (r.length) capped.push(r);
    }
    expect(capped.map((r) => r.length)).toEqual([1, 1]);
  });

  it('answers early once more than fetch.min.bytes were collected', async () => {
    const topic = uniqueName('minbytes');
    await createTopic(topic);
    await produce(topic, Array.from({ length: 10 }, (_, i) => ({ value: `${i}`.padStart(100, '-') })));
    // A window far longer than the test timeout: only fetch.min.bytes can end these reads.
    const uri = await newConsumer(proxy.url, uniqueName('g'), {
      'auto.offset.reset': 'smallest',
      'fetch.min.bytes': 150,
      'consumer.request.timeout.ms': 600_000,
    });
    expect((await readRecords(uri, topic)).map((r) => r.offset)).toEqual([0, 1]);
    expect((await readRecords(uri, topic)).map((r) => r.offset)).toEqual([2, 3]);
    expect((await deleteConsumer(uri)).status).toBe(204);
  });

  it('fails a json read with 50002 on a record that is not JSON, and loses nothing', async () => {
    const topic = uniqueName('badjson');
    await createTopic(topic);
    await produce(topic, [{ value: '{"ok":1}' }, { value: 'not json' }, { value: '{"ok":3}' }]);
    const group = uniqueName('g');
    const uri = await newConsumer(proxy.url, group, { format: 'json', 'auto.offset.reset': 'smallest', ...FAST });

    let failed = await readTopic(uri, topic, JSON_V1);
    for (let i = 0; i < 30 && failed.status === 200; i++) {
      expect(failed.json).toEqual([]);
      failed = await readTopic(uri, topic, JSON_V1);
    }
    expect(failed.status).toBe(500);
    expect(failed.contentType).toBe(JSON_V1);
    expect(failed.json).toMatchObject({ error_code: 50002 });
    expect((failed.json as { message: string }).message).toMatch(/^Kafka error: .*not JSON/);

    // The records the failed read took are still first in line: the next read fails the same way.
    expect((await readTopic(uri, topic, JSON_V1)).json).toEqual(failed.json);
    // Nothing counts as consumed, so nothing is committed.
    expect((await commit(uri)).json).toEqual([]);
    expect((await deleteConsumer(uri)).status).toBe(204);

    const binary = await newConsumer(proxy.url, group, { 'auto.offset.reset': 'smallest', ...FAST });
    const records = await readUntil(binary, topic, 3);
    expect(records.map((r) => r.value)).toEqual([b64('{"ok":1}'), b64('not json'), b64('{"ok":3}')]);
  });
});

describe('POST /consumers/{group}/instances/{instance}/offsets', () => {
  it('answers [] before anything was returned, and accepts any body', async () => {
    const topic = uniqueName('commit-empty');
    await createTopic(topic);
    const uri = await newConsumer(proxy.url, uniqueName('g'), FAST);
    expect((await commit(uri)).json).toEqual([]);
    await readRecords(uri, topic);
    for (const init of [
      { method: 'POST' },
      { method: 'POST', headers: { 'Content-Type': V1 }, body: '' },
      { method: 'POST', headers: { 'Content-Type': V1 }, body: '{"offsets": [1, 2]}' },
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: 'null' },
    ]) {
      const r = await request(`${uri}/offsets`, init);
      expect(r.status).toBe(200);
      expect(r.contentType).toBe(V1);
      expect(r.json).toEqual([]);
    }
  });

  it('commits the position after the last returned record, which a new instance of the group resumes from', async () => {
    const topic = uniqueName('commit');
    await createTopic(topic, 2);
    await produce(topic, Array.from({ length: 6 }, (_, i) => ({ value: `a${i}`, partition: i % 2 })));
    const group = uniqueName('g');
    const first = await newConsumer(proxy.url, group, { 'auto.offset.reset': 'smallest', ...FAST });
    expect(await readUntil(first, topic, 6)).toHaveLength(6);

    const r = await commit(first);
    expect(r.status).toBe(200);
    expect(r.json).toEqual([
      { topic, partition: 0, consumed: 2, committed: 2 },
      { topic, partition: 1, consumed: 2, committed: 2 },
    ]);
    expect(await committedOffsets(group, topic)).toEqual({ 0: 3, 1: 3 });
    expect((await deleteConsumer(first)).status).toBe(204);

    await produce(topic, [{ value: 'b0', partition: 0 }, { value: 'b1', partition: 1 }]);
    const second = await newConsumer(proxy.url, group, { 'auto.offset.reset': 'smallest', ...FAST });
    const records = await readUntil(second, topic, 2);
    expect(records.map((x) => x.value).sort()).toEqual([b64('b0'), b64('b1')]);
    expect(records.map((x) => x.offset)).toEqual([3, 3]);
  });

  it('does not commit on delete unless auto.commit.enable is true', async () => {
    const topic = uniqueName('autocommit');
    await createTopic(topic);
    await produce(topic, [{ value: 'x' }, { value: 'y' }]);
    const [manual, automatic] = [uniqueName('g'), uniqueName('g')];
    for (const [group, enable] of [
      [manual, 'false'],
      [automatic, 'true'],
    ] as const) {
      const uri = await newConsumer(proxy.url, group, {
        'auto.offset.reset': 'smallest',
        'auto.commit.enable': enable,
        ...FAST,
      });
      expect(await readUntil(uri, topic, 2)).toHaveLength(2);
      expect((await deleteConsumer(uri)).status).toBe(204);
    }
    expect(await committedOffsets(manual, topic)).toEqual({ 0: -1 });
    expect(await committedOffsets(automatic, topic)).toEqual({ 0: 2 });
  });
});

describe('one instance, several requests at once', () => {
  it('runs them one after the other: a commit sent during a read covers what that read returned', async () => {
    const topic = uniqueName('serial');
    await createTopic(topic);
    await produce(topic, [{ value: 'a' }, { value: 'b' }, { value: 'c' }]);
    const uri = await newConsumer(proxy.url, uniqueName('g'), {
      'auto.offset.reset': 'smallest',
      'consumer.request.timeout.ms': 1500,
    });
    expect(await readUntil(uri, topic, 3)).toHaveLength(3);

    await produce(topic, [{ value: 'd' }, { value: 'e' }]);
    const reading = readTopic(uri, topic);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const committing = commit(uri);
    const [read, committed] = await Promise.all([reading, committing]);
    expect((read.json as ConsumerRecord[]).map((r) => r.offset)).toEqual([3, 4]);
    expect(committed.json).toEqual([{ topic, partition: 0, consumed: 4, committed: 4 }]);
  });

  it('answers concurrent reads with disjoint, consecutive slices', async () => {
    const topic = uniqueName('concurrent');
    await createTopic(topic);
    await produce(topic, Array.from({ length: 40 }, (_, i) => ({ value: `${i}`.padStart(10, '0') })));
    const uri = await newConsumer(proxy.url, uniqueName('g'), { 'auto.offset.reset': 'smallest', ...FAST });
    // 5 records of 10 bytes fit under 55 bytes; the first read waits for the group join.
    let first: ConsumerRecord[] = [];
    for (let i = 0; i < 30 && first.length === 0; i++) first = await readRecords(uri, topic, undefined, 55);
    expect(first.map((r) => r.offset)).toEqual([0, 1, 2, 3, 4]);
    const replies = await Promise.all(Array.from({ length: 4 }, () => readRecords(uri, topic, undefined, 55)));
    const offsets = replies.map((records) => records.map((r) => r.offset));
    for (const slice of offsets) {
      expect(slice).toHaveLength(5);
      expect(slice).toEqual(Array.from({ length: 5 }, (_, i) => slice[0]! + i));
    }
    expect(offsets.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 5));
  });
});

describe('DELETE /consumers/{group}/instances/{instance}', () => {
  it('leaves the group, so its partitions are free at once', async () => {
    const topic = uniqueName('delete-leaves');
    await createTopic(topic);
    const group = uniqueName('g');
    const uri = await newConsumer(proxy.url, group, FAST);
    await eventuallyAssigned(uri, topic, group);
    expect((await deleteConsumer(uri)).status).toBe(204);
    const view = await describeGroup(group, topic);
    expect(view.assignments).toEqual([]);
  });

  it('answers 204 with no body, after which the instance is gone', async () => {
    const uri = await newConsumer(proxy.url, uniqueName('g'));
    const r = await deleteConsumer(uri);
    expect(r.status).toBe(204);
    expect(r.text).toBe('');
    expect((await deleteConsumer(uri)).json).toEqual({ error_code: 40403, message: 'Consumer instance not found.' });
  });

  it('ends a read in progress, which answers with what it has', async () => {
    const topic = uniqueName('delete-during-read');
    await createTopic(topic);
    const uri = await newConsumer(proxy.url, uniqueName('g'), { 'consumer.request.timeout.ms': 600_000 });
    const reading = readTopic(uri, topic);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await deleteConsumer(uri)).status).toBe(204);
    const r = await reading;
    expect(r.status).toBe(200);
    expect(r.json).toEqual([]);
  });
});

/** Waits until the instance's group has assigned the topic's partitions. */
async function eventuallyAssigned(uri: string, topic: string, group: string): Promise<void> {
  const view = await eventually(
    async () => {
      await readRecords(uri, topic);
      return describeGroup(group, topic);
    },
    (g) => g.state === 'Stable' && g.assignments.flat().length > 0,
  );
  expect(view.state).toBe('Stable');
  await readRecords(uri, topic);
}

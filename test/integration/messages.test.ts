import kafkajs from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nativeKafka, createTopic, request, startProxy, uniqueName, withAdmin, type TestProxy } from './harness.ts';

const BINARY = 'application/vnd.kafka.binary.v1+json';
const JSON_V1 = 'application/vnd.kafka.json.v1+json';
const AVRO = 'application/vnd.kafka.avro.v1+json';

interface ReadRecord {
  topic: string;
  key: unknown;
  value: unknown;
  partition: number;
  offset: number;
}

const proxyId = uniqueName('messages');
let proxy: TestProxy;
let kafka: kafkajs.Kafka;
let producer: kafkajs.Producer;

/** Five records `k0`/`v0` … `k4`/`v4` in partition 0; partition 1 stays empty. */
const topic = uniqueName('messages');

const b64 = (raw: string) => Buffer.from(raw).toString('base64');
const text = (base64: unknown) => Buffer.from(String(base64), 'base64').toString();

async function produce(target: string, messages: kafkajs.Message[], partition = 0): Promise<void> {
  await producer.send({ topic: target, messages: messages.map((m) => ({ ...m, partition })) });
}

function read(path: string, accept?: string) {
  return request(`${proxy.url}${path}`, accept ? { headers: { Accept: accept } } : {});
}

async function waitForLogEnd(target: string, end: number): Promise<void> {
  await withAdmin(async (admin) => {
    for (let i = 0; i < 100; i++) {
      const [p0] = await admin.fetchTopicOffsets(target);
      if (Number(p0?.high) >= end) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${target} did not reach offset ${end}`);
  });
}

const offsetsOf = (r: { json: unknown }) => (r.json as ReadRecord[]).map((x) => x.offset);

beforeAll(async () => {
  proxy = await startProxy({ id: proxyId });
  kafka = nativeKafka('messages-test');
  producer = kafka.producer();
  await producer.connect();
  await createTopic(topic, 2);
  await produce(topic, Array.from({ length: 5 }, (_, i) => ({ key: `k${i}`, value: `v${i}` })));
});
afterAll(async () => {
  await producer?.disconnect();
  await proxy?.close();
});

describe('GET /topics/{topic}/partitions/{partition}/messages', () => {
  it('reads `count` records from `offset` as binary when no Accept is sent', async () => {
    const r = await read(`/topics/${topic}/partitions/0/messages?offset=1&count=3`);
    expect(r.status).toBe(200);
    expect(r.contentType).toBe(BINARY);
    expect(r.json).toEqual([1, 2, 3].map((i) => ({ topic, key: b64(`k${i}`), value: b64(`v${i}`), partition: 0, offset: i })));
  });

  it('reads one record from offset 0 by default', async () => {
    const r = await read(`/topics/${topic}/partitions/0/messages`);
    expect(r.status).toBe(200);
    expect(r.json).toEqual([{ topic, key: b64('k0'), value: b64('v0'), partition: 0, offset: 0 }]);
  });

  it('returns what there is when `count` is larger than what is left', async () => {
    const r = await read(`/topics/${topic}/partitions/0/messages?offset=2&count=100`);
    expect(r.status).toBe(200);
    expect(offsetsOf(r)).toEqual([2, 3, 4]);
  });

  it('returns [] for an offset exactly at the end of the log, and for an empty partition', async () => {
    const atEnd = await read(`/topics/${topic}/partitions/0/messages?offset=5&count=10`);
    expect(atEnd.status).toBe(200);
    expect(atEnd.json).toEqual([]);
    const empty = await read(`/topics/${topic}/partitions/1/messages?count=10`);
    expect(empty.status).toBe(200);
    expect(empty.json).toEqual([]);
  });

  it.each(['0', '-2'])('returns [] for count=%s', async (count) => {
    const r = await read(`/topics/${topic}/partitions/0/messages?offset=1&count=${count}`);
    expect(r.status).toBe(200);
    expect(r.json).toEqual([]);
  });

  it('answers 50002 for an offset past the end of the log', async () => {
    const r = await read(`/topics/${topic}/partitions/0/messages?offset=6&count=1`);
    expect(r.status).toBe(500);
    expect(r.contentType).toBe(BINARY);
    expect(r.json).toEqual({
      error_code: 50002,
      message: `Kafka error: Offset 6 is out of range for partition 0 of topic ${topic} (log start offset 0, log end offset 5)`,
    });
  });

  it('answers 50002 for a negative offset', async () => {
    const r = await read(`/topics/${topic}/partitions/0/messages?offset=-1`);
    expect(r.status).toBe(500);
    expect(r.json).toMatchObject({ error_code: 50002, message: expect.stringContaining('Offset -1 is out of range') });
  });

  it('answers 40401 for an unknown topic, without creating it', async () => {
    const missing = uniqueName('missing');
    const r = await read(`/topics/${missing}/partitions/0/messages`);
    expect(r.status).toBe(404);
    expect(r.contentType).toBe(BINARY);
    expect(r.json).toEqual({ error_code: 40401, message: 'Topic not found.' });
    expect(await withAdmin((admin) => admin.listTopics())).not.toContain(missing);
  });

  it('answers 40401 once a topic it has read from is deleted', async () => {
    const t = uniqueName('messages-deleted');
    await createTopic(t);
    await produce(t, [{ value: 'x' }]);
    expect((await read(`/topics/${t}/partitions/0/messages`)).status).toBe(200);
    await withAdmin((admin) => admin.deleteTopics({ topics: [t] }));
    let r = await read(`/topics/${t}/partitions/0/messages`);
    for (let i = 0; i < 50 && r.status !== 404; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      r = await read(`/topics/${t}/partitions/0/messages`);
    }
    expect(r.json).toEqual({ error_code: 40401, message: 'Topic not found.' });
  });

  it.each(['2', '99', '-1'])('answers 40402 for partition %s', async (partition) => {
    const r = await read(`/topics/${topic}/partitions/${partition}/messages`);
    expect(r.status).toBe(404);
    expect(r.json).toEqual({ error_code: 40402, message: 'Partition not found.' });
  });

  it('checks the topic and partition before looking at `count`', async () => {
    const r = await read(`/topics/${topic}/partitions/5/messages?count=0`);
    expect(r.json).toEqual({ error_code: 40402, message: 'Partition not found.' });
    const t = await read(`/topics/${uniqueName('missing')}/partitions/0/messages?count=0`);
    expect(t.json).toEqual({ error_code: 40401, message: 'Topic not found.' });
  });

  it.each([
    ['partition', `/partitions/abc/messages`],
    ['offset', `/partitions/0/messages?offset=abc`],
    ['offset', `/partitions/0/messages?offset=1.5`],
    ['count', `/partitions/0/messages?count=many`],
  ])('answers a plain 404 when %s is not an integer (%s)', async (_name, path) => {
    const r = await read(`/topics/${topic}${path}`);
    expect(r.status).toBe(404);
    expect(r.json).toEqual({ error_code: 404, message: 'HTTP 404 Not Found' });
  });

  it('answers 406 with no body for an Accept it cannot produce', async () => {
    const r = await read(`/topics/${topic}/partitions/0/messages`, 'text/plain');
    expect(r.status).toBe(406);
    expect(r.text).toBe('');
    expect(r.contentType).toBeNull();
  });

  it('types errors with the negotiated media type', async () => {
    const r = await read(`/topics/${topic}/partitions/9/messages`, JSON_V1);
    expect(r.status).toBe(404);
    expect(r.contentType).toBe(JSON_V1);
  });

  it('renders null keys and values as null in binary', async () => {
    const t = uniqueName('messages-null');
    await createTopic(t);
    await produce(t, [{ key: null, value: null }, { key: 'k', value: null }, { key: null, value: 'v' }]);
    const r = await read(`/topics/${t}/partitions/0/messages?count=3`, 'application/vnd.kafka.v1+json');
    expect(r.status).toBe(200);
    expect(r.contentType).toBe('application/vnd.kafka.v1+json');
    expect(r.json).toEqual([
      { topic: t, key: null, value: null, partition: 0, offset: 0 },
      { topic: t, key: b64('k'), value: null, partition: 0, offset: 1 },
      { topic: t, key: null, value: b64('v'), partition: 0, offset: 2 },
    ]);
  });

  describe('json', () => {
    const t = uniqueName('messages-json');
    beforeAll(async () => {
      await createTopic(t);
      await produce(t, [
        { key: '"user-1"', value: '{"clicks":3,"tags":["a","b"]}' },
        { key: null, value: '[1,2]' },
        { key: null, value: 'not json at all' },
      ]);
    });

    it('parses JSON keys and values', async () => {
      const r = await read(`/topics/${t}/partitions/0/messages?count=2`, JSON_V1);
      expect(r.status).toBe(200);
      expect(r.contentType).toBe(JSON_V1);
      expect(r.json).toEqual([
        { topic: t, key: 'user-1', value: { clicks: 3, tags: ['a', 'b'] }, partition: 0, offset: 0 },
        { topic: t, key: null, value: [1, 2], partition: 0, offset: 1 },
      ]);
    });

    it('answers 50002 when a record is not JSON', async () => {
      const r = await read(`/topics/${t}/partitions/0/messages?offset=1&count=2`, JSON_V1);
      expect(r.status).toBe(500);
      expect(r.contentType).toBe(JSON_V1);
      expect(r.json).toMatchObject({ error_code: 50002, message: expect.stringMatching(/^Kafka error: The record value is not JSON/) });
    });

    it('returns the same bytes as base64 in binary', async () => {
      const r = await read(`/topics/${t}/partitions/0/messages?offset=2`);
      expect(r.json).toEqual([{ topic: t, key: null, value: b64('not json at all'), partition: 0, offset: 2 }]);
    });
  });

  it('decodes through the avro codec when Accept asks for avro', async () => {
    // These records are not in the Avro wire format: without a schema registry the format is
    // refused (501), with one the record fails to decode (50002); either way no base64 comes back.
    const r = await read(`/topics/${topic}/partitions/0/messages`, AVRO);
    expect(r.contentType).toBe(AVRO);
    expect([501, 500]).toContain(r.status);
    expect([501, 50002]).toContain((r.json as { error_code: number }).error_code);
  });

  it('reads across several fetches when the records exceed one fetch', async () => {
    const t = uniqueName('messages-large');
    await createTopic(t);
    const payload = (i: number) => Buffer.alloc(100 * 1024, i);
    for (let start = 0; start < 30; start += 5) {
      await produce(t, Array.from({ length: 5 }, (_, j) => ({ key: String(start + j), value: payload(start + j) })));
    }
    const r = await read(`/topics/${t}/partitions/0/messages?offset=3&count=25`);
    expect(r.status).toBe(200);
    const records = r.json as ReadRecord[];
    expect(records.map((x) => x.offset)).toEqual(Array.from({ length: 25 }, (_, i) => i + 3));
    for (const x of records) expect(Buffer.from(x.value as string, 'base64').equals(payload(x.offset))).toBe(true);
  });

  it('leaves no consumer group behind', async () => {
    const before = new Set((await withAdmin((admin) => admin.listGroups())).groups.map((g) => g.groupId));
    for (let i = 0; i < 3; i++) await read(`/topics/${topic}/partitions/0/messages?offset=${i}&count=2`);
    const fresh = await withAdmin(async (admin) => {
      const ids = (await admin.listGroups()).groups.map((g) => g.groupId).filter((id) => !before.has(id));
      return ids.length === 0 ? [] : (await admin.describeGroups(ids)).groups;
    });
    for (const group of fresh) {
      expect(group.groupId).not.toContain(proxyId);
      for (const member of group.members) expect(member.clientId).not.toContain(proxyId);
    }
    const all = await withAdmin((admin) => admin.listGroups());
    expect(all.groups.map((g) => g.groupId).filter((id) => id.includes(proxyId))).toEqual([]);
  });
});

describe('offset gaps', () => {
  it('follows the gaps compaction leaves, without duplicates', async () => {
    const t = uniqueName('messages-compacted');
    await createTopic(t, 1, [
      { name: 'cleanup.policy', value: 'compact' },
      { name: 'segment.ms', value: '100' },
      { name: 'min.cleanable.dirty.ratio', value: '0.01' },
      { name: 'delete.retention.ms', value: '0' },
    ]);
    for (let round = 0; round < 3; round++) {
      await produce(t, ['a', 'b', 'c'].map((key) => ({ key, value: `${key}${round}` })));
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    // The cleaner works on closed segments only; each new record rolls the aged active one. The
    // filler records have keys of their own, so once a, b and c are down to their last values
    // nothing more can be compacted away.
    const overwritten = (records: ReadRecord[]) => records.filter((r) => !text(r.key).startsWith('fill'));
    let records: ReadRecord[] = [];
    const deadline = Date.now() + 45_000;
    for (let fill = 0; Date.now() < deadline; fill++) {
      await produce(t, [{ key: `fill${fill}`, value: String(fill) }]);
      await new Promise((resolve) => setTimeout(resolve, 500));
      records = (await read(`/topics/${t}/partitions/0/messages?count=1000`)).json as ReadRecord[];
      if (overwritten(records).length === 3) break;
    }
    expect(
      overwritten(records).map((r) => text(r.value)),
      'compaction did not run in time',
    ).toEqual(['a2', 'b2', 'c2']);
    const offsets = records.map((r) => r.offset);
    expect(offsets.slice(0, 3)).toEqual([6, 7, 8]);
    expect(offsets).toEqual([...offsets].sort((x, y) => x - y));
    expect(new Set(offsets).size).toBe(offsets.length);

    // Reading from a removed offset starts at the next surviving record.
    const fromRemoved = await read(`/topics/${t}/partitions/0/messages?offset=0&count=2`);
    expect(offsetsOf(fromRemoved)).toEqual(offsets.slice(0, 2));

    // Paging one record at a time from last offset + 1 visits the same records once each.
    const paged: number[] = [];
    let position = 0;
    for (let i = 0; i < offsets.length + 1; i++) {
      const page = (await read(`/topics/${t}/partitions/0/messages?offset=${position}&count=1`)).json as ReadRecord[];
      if (page.length === 0) break;
      paged.push(page[0]!.offset);
      position = page[0]!.offset + 1;
    }
    expect(paged.slice(0, offsets.length)).toEqual(offsets);
  });

  it('skips transaction markers, reading uncommitted like the consumer instances', async () => {
    const t = uniqueName('messages-tx');
    await createTopic(t);
    const tx = kafka.producer({ transactionalId: uniqueName('messages-tx'), idempotent: true, maxInFlightRequests: 1 });
    await tx.connect();
    try {
      const send = async (values: string[], outcome: 'commit' | 'abort') => {
        const transaction = await tx.transaction();
        await transaction.send({ topic: t, messages: values.map((value) => ({ value, partition: 0 })) });
        await transaction[outcome]();
      };
      await send(['a', 'b'], 'commit'); // offsets 0, 1; marker 2
      await send(['x', 'y'], 'abort'); // offsets 3, 4; marker 5
      await send(['c'], 'commit'); // offset 6; marker 7
      // Markers are written after the commit returns; a record sent outside the transaction
      // would otherwise be able to overtake the last one.
      await waitForLogEnd(t, 8);
      await produce(t, [{ value: 'd' }]); // offset 8

      const all = await read(`/topics/${t}/partitions/0/messages?count=100`);
      expect((all.json as ReadRecord[]).map((r) => [r.offset, text(r.value)])).toEqual([
        [0, 'a'],
        [1, 'b'],
        [3, 'x'],
        [4, 'y'],
        [6, 'c'],
        [8, 'd'],
      ]);

      // From a marker's offset, the next data record comes back; paging by last offset + 1
      // crosses the markers.
      expect(offsetsOf(await read(`/topics/${t}/partitions/0/messages?offset=2&count=1`))).toEqual([3]);
      expect(offsetsOf(await read(`/topics/${t}/partitions/0/messages?offset=5&count=2`))).toEqual([6, 8]);
      expect(offsetsOf(await read(`/topics/${t}/partitions/0/messages?offset=7&count=1`))).toEqual([8]);
      expect(offsetsOf(await read(`/topics/${t}/partitions/0/messages?offset=9&count=1`))).toEqual([]);

      // Records of an open transaction are visible before it ends.
      const open = await tx.transaction();
      try {
        await open.send({ topic: t, messages: [{ value: 'pending', partition: 0 }] }); // offset 9
        const pending = await read(`/topics/${t}/partitions/0/messages?offset=9&count=5`);
        expect((pending.json as ReadRecord[]).map((r) => [r.offset, text(r.value)])).toEqual([[9, 'pending']]);
      } finally {
        await open.abort();
      }
    } finally {
      await tx.disconnect();
    }
  });
});

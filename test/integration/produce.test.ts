import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  consumeNatively,
  createTopic,
  request,
  startProxy,
  uniqueName,
  withAdmin,
  type Reply,
  type TestProxy,
} from './harness.ts';

const V1 = 'application/vnd.kafka.v1+json';
const BINARY = 'application/vnd.kafka.binary.v1+json';
const JSON_V1 = 'application/vnd.kafka.json.v1+json';

let proxy: TestProxy;

beforeAll(async () => {
  proxy = await startProxy();
});
afterAll(() => proxy?.close());

interface RecordOffset {
  partition: number | null;
  offset: number | null;
  error_code: number | null;
  error: string | null;
}
interface ProduceBody {
  offsets: RecordOffset[];
  key_schema_id: number | null;
  value_schema_id: number | null;
}

const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

function post(path: string, body: unknown, headers: Record<string, string> = { 'Content-Type': BINARY }): Promise<Reply> {
  return request(`${proxy.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
}

function offsetsOf(reply: Reply): RecordOffset[] {
  expect(reply.status, reply.text).toBe(200);
  return (reply.json as ProduceBody).offsets;
}

/** Sends the body in several chunks with no Content-Length, as some v1 clients do. */
function postChunked(path: string, headers: Record<string, string>, chunks: string[]): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${proxy.url}${path}`, { method: 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          contentType: res.headers['content-type'] ?? null,
          text,
          json: text ? (JSON.parse(text) as unknown) : undefined,
        }),
      );
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

/** Sum of the high watermarks: how many records a topic holds. */
async function recordCount(topic: string): Promise<number> {
  return withAdmin(async (admin) => {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((sum, p) => sum + Number(p.high), 0);
  });
}

// Key → partition pairs printed by scripts/partition-vectors.java with the Java client.
const BINARY_KEYS_12: { hex: string; partition: number }[] = [
  { hex: Buffer.from('order-1001').toString('hex'), partition: 6 },
  { hex: Buffer.from('user-42').toString('hex'), partition: 4 },
  { hex: Buffer.from('The quick brown fox jumps over the lazy dog').toString('hex'), partition: 6 },
  { hex: 'deadbeef01', partition: 7 },
  { hex: 'ff', partition: 3 },
  { hex: '807f', partition: 11 },
  { hex: '102030405060708090a0b0', partition: 10 },
  { hex: '', partition: 9 },
];
const JSON_KEYS_7: { key: unknown; partition: number }[] = [
  { key: 'order-1001', partition: 5 },
  { key: 'user-42', partition: 2 },
  { key: 'k', partition: 4 },
  { key: '', partition: 6 },
  { key: 42, partition: 3 },
  { key: -1, partition: 6 },
  { key: true, partition: 6 },
  { key: 'héllo', partition: 5 },
  { key: '日本語', partition: 4 },
  { key: '😀', partition: 3 },
  { key: { id: 7, region: 'eu' }, partition: 5 },
  { key: ['order', 1002], partition: 5 },
];

describe('POST /topics/{topic} (binary)', () => {
  it('puts keyed records where the Java producer would, and the consumer finds them there', async () => {
    const topic = uniqueName('produce-keys');
    await createTopic(topic, 12);
    const records = BINARY_KEYS_12.map((k, i) => ({ key: Buffer.from(k.hex, 'hex').toString('base64'), value: b64(`v${i}`) }));
    const r = await post(`/topics/${topic}`, { records });
    expect(r.contentType).toBe(V1);
    const offsets = offsetsOf(r);
    expect(offsets.map((o) => o.partition)).toEqual(BINARY_KEYS_12.map((k) => k.partition));
    for (const o of offsets) expect(o).toEqual({ partition: o.partition, offset: expect.any(Number), error_code: null, error: null });
    expect(r.json).toMatchObject({ key_schema_id: null, value_schema_id: null });

    const consumed = await consumeNatively(topic, records.length);
    for (const [i, k] of BINARY_KEYS_12.entries()) {
      const found = consumed.find((c) => c.value?.toString() === `v${i}`);
      expect(found, `record v${i}`).toBeDefined();
      expect(found!.partition).toBe(k.partition);
      expect(found!.offset).toBe(offsets[i]!.offset);
      expect(found!.key!.toString('hex')).toBe(k.hex);
    }
  });

  it('numbers offsets per partition in request order, continuing from what is there', async () => {
    const topic = uniqueName('produce-offsets');
    await createTopic(topic, 2);
    const first = offsetsOf(await post(`/topics/${topic}`, { records: [{ value: b64('a'), partition: 1 }] }));
    expect(first).toEqual([{ partition: 1, offset: 0, error_code: null, error: null }]);
    const records = [0, 1, 1, 0, 1].map((partition, i) => ({ value: b64(`r${i}`), partition }));
    const offsets = offsetsOf(await post(`/topics/${topic}`, { records }));
    expect(offsets.map((o) => [o.partition, o.offset])).toEqual([
      [0, 0],
      [1, 1],
      [1, 2],
      [0, 1],
      [1, 3],
    ]);
    const consumed = await consumeNatively(topic, 6);
    for (const [i, o] of offsets.entries()) {
      expect(consumed.find((c) => c.partition === o.partition && c.offset === o.offset)?.value?.toString()).toBe(`r${i}`);
    }
  });

  it('spreads keyless records evenly over the partitions', async () => {
    const topic = uniqueName('produce-keyless');
    await createTopic(topic, 3);
    const records = Array.from({ length: 12 }, (_, i) => ({ value: b64(`m${i}`) }));
    const offsets = offsetsOf(await post(`/topics/${topic}`, { records }));
    const perPartition = [0, 1, 2].map((p) => offsets.filter((o) => o.partition === p).length);
    expect(perPartition).toEqual([4, 4, 4]);
    expect(await recordCount(topic)).toBe(12);
  });

  it('writes null keys and values as Kafka nulls and an empty key as an empty key', async () => {
    const topic = uniqueName('produce-nulls');
    await createTopic(topic, 1);
    const offsets = offsetsOf(
      await post(`/topics/${topic}`, { records: [{ key: null, value: null }, { value: b64('x') }, { key: '', value: '' }] }),
    );
    expect(offsets.map((o) => o.offset)).toEqual([0, 1, 2]);
    const consumed = (await consumeNatively(topic, 3)).sort((a, b) => a.offset - b.offset);
    expect(consumed.map((c) => [c.key, c.value?.toString() ?? null])).toEqual([
      [null, null],
      [null, 'x'],
      [Buffer.alloc(0), ''],
    ]);
  });

  it('splits a request larger than one broker batch into several batches', async () => {
    const topic = uniqueName('produce-large');
    await createTopic(topic, 1);
    const big = Buffer.alloc(600_000, 'z');
    const records = [{ value: b64(big) }, { value: b64(big) }, { value: b64('small') }, { value: b64(big) }];
    const offsets = offsetsOf(await post(`/topics/${topic}`, { records }));
    expect(offsets).toEqual([0, 1, 2, 3].map((offset) => ({ partition: 0, offset, error_code: null, error: null })));
    expect(await recordCount(topic)).toBe(4);
  });

  it('creates a missing topic when the broker allows it', async () => {
    const topic = uniqueName('produce-autocreate');
    const offsets = offsetsOf(await post(`/topics/${topic}`, { records: [{ value: b64('first') }, { value: b64('second') }] }));
    expect(offsets.map((o) => o.error_code)).toEqual([null, null]);
    const topics = await withAdmin((admin) => admin.listTopics());
    expect(topics).toContain(topic);
    expect(await recordCount(topic)).toBe(2);
  });
});

describe('POST /topics/{topic} (json)', () => {
  it('stores JSON text, hashing keys with their quotes as the Java producer does', async () => {
    const topic = uniqueName('produce-json');
    await createTopic(topic, 7);
    const records = JSON_KEYS_7.map((k, i) => ({ key: k.key, value: { n: i, text: 'é' } }));
    const r = await post(`/topics/${topic}`, { records }, { 'Content-Type': JSON_V1 });
    const offsets = offsetsOf(r);
    expect(offsets.map((o) => o.partition)).toEqual(JSON_KEYS_7.map((k) => k.partition));

    const consumed = await consumeNatively(topic, records.length);
    for (const [i, k] of JSON_KEYS_7.entries()) {
      const found = consumed.find((c) => c.partition === offsets[i]!.partition && c.offset === offsets[i]!.offset);
      expect(found?.key?.toString('utf8')).toBe(JSON.stringify(k.key));
      expect(found?.value?.toString('utf8')).toBe(JSON.stringify({ n: i, text: 'é' }));
    }
  });

  it('writes null (or absent) keys and values as Kafka nulls', async () => {
    const topic = uniqueName('produce-json-null');
    await createTopic(topic, 1);
    const r = await post(`/topics/${topic}`, { records: [{ key: null, value: null }, { value: 'text' }, {}] }, { 'Content-Type': JSON_V1 });
    expect(offsetsOf(r).map((o) => o.offset)).toEqual([0, 1, 2]);
    const consumed = (await consumeNatively(topic, 3)).sort((a, b) => a.offset - b.offset);
    expect(consumed.map((c) => [c.key, c.value?.toString() ?? null])).toEqual([
      [null, null],
      [null, '"text"'],
      [null, null],
    ]);
  });

  it('accepts JSON values that would be invalid base64', async () => {
    const topic = uniqueName('produce-json-any');
    const r = await post(`/topics/${topic}`, { records: [{ value: 'not base64!' }] }, { 'Content-Type': JSON_V1 });
    expect(offsetsOf(r)[0]!.error_code).toBeNull();
  });
});

describe('explicit partitions', () => {
  const topic = uniqueName('produce-explicit');
  beforeAll(() => createTopic(topic, 3));

  it('writes each record to the partition it names, whatever its key', async () => {
    const records = [
      { key: b64('same'), value: b64('a'), partition: 2 },
      { key: b64('same'), value: b64('b'), partition: 0 },
      { value: b64('c'), partition: 1 },
    ];
    expect(offsetsOf(await post(`/topics/${topic}`, { records })).map((o) => o.partition)).toEqual([2, 0, 1]);
  });

  it('rejects the whole request with 40402 before writing anything when a partition does not exist', async () => {
    const before = await recordCount(topic);
    const r = await post(`/topics/${topic}`, { records: [{ value: b64('ok'), partition: 0 }, { value: b64('lost'), partition: 3 }] });
    expect(r.status).toBe(404);
    expect(r.contentType).toBe(V1);
    expect(r.json).toEqual({ error_code: 40402, message: 'Partition not found.' });
    expect(await recordCount(topic)).toBe(before);
  });

  it('sees partitions added after the topic was first used', async () => {
    const grown = uniqueName('produce-grown');
    await createTopic(grown, 1);
    expect(offsetsOf(await post(`/topics/${grown}`, { records: [{ value: b64('a') }] }))[0]!.partition).toBe(0);
    await withAdmin(async (admin) => {
      await admin.createPartitions({ topicPartitions: [{ topic: grown, count: 2 }] });
      // The broker answers metadata with the new partition a moment after the controller adds it;
      // the proxy's cached layout (one partition) is what this test is about.
      for (let i = 0; i < 100; i++) {
        const { topics } = await admin.fetchTopicMetadata({ topics: [grown] });
        if (topics[0]?.partitions.length === 2) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    const r = await post(`/topics/${grown}/partitions/1`, { records: [{ value: b64('b') }] });
    expect(offsetsOf(r)[0]).toEqual({ partition: 1, offset: 0, error_code: null, error: null });
  });

  it('answers 422 for a negative partition', async () => {
    const r = await post(`/topics/${topic}`, { records: [{ value: b64('x'), partition: -1 }] });
    expect(r.status).toBe(422);
    expect(r.json).toEqual({ error_code: 422, message: 'records[0].partition must be >= 0 (was -1)' });
  });
});

describe('POST /topics/{topic}/partitions/{partition}', () => {
  const topic = uniqueName('produce-partition');
  beforeAll(() => createTopic(topic, 3));

  it('writes every record to the path partition, keyed or not', async () => {
    const records = [{ key: b64('user-42'), value: b64('a') }, { value: b64('b') }, { key: b64('order-1001'), value: b64('c') }];
    const r = await post(`/topics/${topic}/partitions/2`, { records });
    expect(r.contentType).toBe(V1);
    expect(offsetsOf(r)).toEqual([0, 1, 2].map((offset) => ({ partition: 2, offset, error_code: null, error: null })));
    expect(r.json).toMatchObject({ key_schema_id: null, value_schema_id: null });
  });

  it('takes the json format too', async () => {
    const r = await post(`/topics/${topic}/partitions/1`, { records: [{ key: 'k', value: [1, 2] }] }, { 'Content-Type': JSON_V1 });
    expect(offsetsOf(r)[0]).toMatchObject({ partition: 1, error_code: null });
  });

  it('keeps a JSON integer beyond 2^53 exact, in Kafka and read back', async () => {
    const big = '{"records":[{"value":{"id":12345678901234567890}}]}';
    const r = await request(`${proxy.url}/topics/${topic}/partitions/0`, { method: 'POST', headers: { 'Content-Type': JSON_V1 }, body: big });
    const [written] = offsetsOf(r);
    const [stored] = (await consumeNatively(topic, await recordCount(topic))).filter(
      (c) => c.partition === 0 && c.offset === written!.offset,
    );
    expect(stored!.value!.toString()).toBe('{"id":12345678901234567890}');
    const read = await request(`${proxy.url}/topics/${topic}/partitions/0/messages?offset=${written!.offset}`, {
      headers: { Accept: JSON_V1 },
    });
    expect(read.text).toContain('"value":{"id":12345678901234567890}');
  });

  it.each(['3', '-1'])('answers 40402 for partition %s of an existing topic and writes nothing', async (partition) => {
    const before = await recordCount(topic);
    const r = await post(`/topics/${topic}/partitions/${partition}`, { records: [{ value: b64('x') }] });
    expect(r.status).toBe(404);
    expect(r.json).toEqual({ error_code: 40402, message: 'Partition not found.' });
    expect(await recordCount(topic)).toBe(before);
  });

  it('does not check a topic that does not exist: it is created and written to', async () => {
    const missing = uniqueName('produce-partition-new');
    const r = await post(`/topics/${missing}/partitions/0`, { records: [{ value: b64('x') }] });
    expect(offsetsOf(r)).toEqual([{ partition: 0, offset: 0, error_code: null, error: null }]);
  });

  it('rejects a partition field in the records', async () => {
    const r = await post(`/topics/${topic}/partitions/0`, { records: [{ value: b64('x'), partition: 0 }] });
    expect(r.status).toBe(422);
    expect(r.json).toEqual({ error_code: 422, message: 'Unrecognized field: partition' });
  });

  it('offers the binary type as a response type', async () => {
    const r = await post(`/topics/${topic}/partitions/0`, { records: [{ value: b64('x') }] }, { 'Content-Type': BINARY, Accept: BINARY });
    expect(r.status).toBe(200);
    expect(r.contentType).toBe(BINARY);
  });

  it('answers a plain 404 for a partition that is not a number', async () => {
    const r = await post(`/topics/${topic}/partitions/abc`, { records: [{ value: b64('x') }] });
    expect(r.status).toBe(404);
    expect(r.json).toEqual({ error_code: 404, message: 'HTTP 404 Not Found' });
  });
});

describe('per-record failures', () => {
  it('reports records of an invalid topic name as non-retriable failures in a 200', async () => {
    const r = await post(`/topics/${uniqueName('bad!name')}`, { records: [{ value: b64('a') }, { key: b64('k'), value: b64('b') }] });
    expect(r.status).toBe(200);
    const failure = {
      partition: null,
      offset: null,
      error_code: 50002,
      error: 'The request attempted to perform an operation on an invalid topic',
    };
    expect(r.json).toEqual({ offsets: [failure, failure], key_schema_id: null, value_schema_id: null });
  });

  it('fails only the records of the partition the broker rejected', async () => {
    const topic = uniqueName('produce-mixed');
    await createTopic(topic, 2, [{ name: 'max.message.bytes', value: '1024' }]);
    const records = [
      { value: b64('small'), partition: 0 },
      { value: b64(Buffer.alloc(4000, 'x')), partition: 1 },
      { value: b64('small too'), partition: 0 },
    ];
    const offsets = offsetsOf(await post(`/topics/${topic}`, { records }));
    expect(offsets).toEqual([
      { partition: 0, offset: 0, error_code: null, error: null },
      {
        partition: null,
        offset: null,
        error_code: 50002,
        error: 'The request included a message larger than the max message size the server will accept',
      },
      { partition: 0, offset: 1, error_code: null, error: null },
    ]);
    expect(await recordCount(topic)).toBe(2);
  });

  it('reports retriable failures with 50003 when no broker can be reached', async () => {
    const unreachable = await startProxy({ 'bootstrap.servers': '127.0.0.1:1' });
    try {
      for (const path of ['/topics/anything', '/topics/anything/partitions/0']) {
        const r = await request(`${unreachable.url}${path}`, {
          method: 'POST',
          headers: { 'Content-Type': BINARY },
          body: JSON.stringify({ records: [{ value: b64('a') }] }),
        });
        expect(r.status).toBe(200);
        const [offset] = (r.json as ProduceBody).offsets;
        expect(offset).toEqual({ partition: null, offset: null, error_code: 50003, error: expect.stringContaining('ECONNREFUSED') });
      }
    } finally {
      await unreachable.close();
    }
  });
});

describe('request validation', () => {
  const topic = uniqueName('produce-invalid');
  beforeAll(() => createTopic(topic, 1));

  it.each([
    ['key', { key: 'not base64!', value: b64('x') }, 'Record key contains invalid base64 encoding'],
    ['value', { value: 'abc' }, 'Record value contains invalid base64 encoding'],
  ])('answers 422 for an invalid base64 %s and writes nothing', async (_what, record, message) => {
    const r = await post(`/topics/${topic}`, { records: [{ value: b64('fine') }, record] });
    expect(r.status).toBe(422);
    expect(r.json).toEqual({ error_code: 422, message });
    expect(await recordCount(topic)).toBe(0);
  });

  it.each([
    [{ records: [{ value: b64('x'), colour: 'red' }] }, 'Unrecognized field: colour'],
    [{ records: [{ value: b64('x') }], x: 1 }, 'Unrecognized field: x'],
    [{ records: [{ value: 12 }] }, 'records[0].value must be string (was 12)'],
    [{ records: [] }, 'records may not be empty'],
    [{}, 'records may not be empty'],
  ])('answers 422 for %j', async (body, message) => {
    const r = await post(`/topics/${topic}`, body);
    expect(r.status).toBe(422);
    expect(r.json).toEqual({ error_code: 422, message });
  });

  it('answers 422 when there is no body at all', async () => {
    const r = await request(`${proxy.url}/topics/${topic}`, { method: 'POST', headers: { 'Content-Type': BINARY } });
    expect(r.status).toBe(422);
    expect((r.json as { error_code: number }).error_code).toBe(422);
  });

  it('answers 415 for a Content-Type that carries no records', async () => {
    const r = await request(`${proxy.url}/topics/${topic}`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({ records: [{ value: b64('x') }] }),
    });
    expect(r.status).toBe(415);
    expect(r.json).toEqual({ error_code: 415, message: 'HTTP 415 Unsupported Media Type' });
  });

  it('answers 406 with no body for an embedded Accept type on topic produce', async () => {
    const r = await post(`/topics/${topic}`, { records: [{ value: b64('x') }] }, { 'Content-Type': BINARY, Accept: BINARY });
    expect(r.status).toBe(406);
    expect(r.text).toBe('');
    expect(await recordCount(topic)).toBe(0);
  });
});

describe('existing v1 clients', () => {
  const topic = uniqueName('produce-clients');
  beforeAll(() => createTopic(topic, 2));

  it.each([V1, 'application/vnd.kafka+json', 'application/json', 'application/octet-stream'])(
    'treats %s bodies as binary, with explicit nulls',
    async (contentType) => {
      const r = await post(
        `/topics/${topic}`,
        { records: [{ key: null, value: b64('v'), partition: null }, { key: b64('k'), value: null, partition: 1 }] },
        { 'Content-Type': contentType, Accept: `${V1}, application/vnd.kafka+json; q=0.9, application/json; q=0.8` },
      );
      expect(r.contentType).toBe(V1);
      const offsets = offsetsOf(r);
      expect(offsets.map((o) => o.error_code)).toEqual([null, null]);
      expect(offsets[1]!.partition).toBe(1);
    },
  );

  it('accepts a chunked body without Content-Length', async () => {
    const body = JSON.stringify({ records: [{ key: null, value: b64('chunked'), partition: null }] });
    const r = await postChunked(`/topics/${topic}`, { 'Content-Type': V1 }, [
      body.slice(0, 7),
      body.slice(7, 20),
      body.slice(20),
    ]);
    expect(offsetsOf(r)[0]).toMatchObject({ error_code: null, error: null });
    const consumed = await consumeNatively(topic, await recordCount(topic));
    expect(consumed.some((c) => c.value?.toString() === 'chunked')).toBe(true);
  });
});

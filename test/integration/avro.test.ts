/**
 * The Avro embedded format end to end: produce, consumer instances and partition reads against the
 * real broker and the proxy's schema registry.
 */
import { once } from 'node:events';
import net from 'node:net';
import { parse as losslessParse } from 'lossless-json';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AVRO_V1, createConsumer, deleteConsumer, newConsumer, readRecords, readTopic, readUntil } from './consumer-support.ts';
import { nativeKafka, createTopic, request, startProxy, uniqueName, withAdmin, type Reply, type TestProxy } from './harness.ts';

const V1 = 'application/vnd.kafka.v1+json';
const BINARY = 'application/vnd.kafka.binary.v1+json';

let proxy: TestProxy;
beforeAll(async () => {
  proxy = await startProxy();
});
afterAll(() => proxy?.close());

interface ProduceBody {
  offsets: { partition: number | null; offset: number | null; error_code: number | null; error: string | null }[];
  key_schema_id: number | null;
  value_schema_id: number | null;
}

/** Sends a body given as text, so integers beyond 2^53 reach the proxy exactly as written. */
function produceText(topic: string, body: string, path = `/topics/${topic}`): Promise<Reply> {
  return request(`${proxy.url}${path}`, { method: 'POST', headers: { 'Content-Type': AVRO_V1 }, body });
}

function produce(topic: string, body: unknown, path?: string): Promise<Reply> {
  return produceText(topic, JSON.stringify(body), path);
}

function produced(reply: Reply): ProduceBody {
  expect(reply.status, reply.text).toBe(200);
  const body = reply.json as ProduceBody;
  for (const o of body.offsets) expect(o.error_code, o.error ?? '').toBeNull();
  return body;
}

/** `GET /topics/{t}/partitions/0/messages` in the given format; the body parsed losslessly. */
async function messages(topic: string, offset: number, count: number, accept = AVRO_V1) {
  const r = await request(`${proxy.url}/topics/${topic}/partitions/0/messages?offset=${offset}&count=${count}`, {
    headers: { Accept: accept },
  });
  return { ...r, lossless: r.status === 200 ? (losslessParse(r.text, null, parseNumber) as { key: unknown; value: unknown }[]) : undefined };
}

function parseNumber(text: string): number | bigint {
  const n = Number(text);
  return Number.isSafeInteger(n) || !/^-?\d+$/.test(text) ? n : BigInt(text);
}

async function logEnd(topic: string): Promise<number> {
  return withAdmin(async (admin) => {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((sum, p) => sum + Number(p.high), 0);
  });
}

function expectError(reply: Reply, status: number, errorCode: number, message?: string | RegExp): void {
  expect(reply.status, reply.text).toBe(status);
  const body = reply.json as { error_code: number; message: string };
  expect(body.error_code).toBe(errorCode);
  if (typeof message === 'string') expect(body.message).toBe(message);
  else if (message) expect(body.message).toMatch(message);
}

describe('the Avro walkthrough', () => {
  it('produces with an inline schema, then reads the records back through an Avro consumer', async () => {
    const topic = uniqueName('avrotest');
    await createTopic(topic);
    const r = await produceText(
      topic,
      '{"value_schema": "{\\"type\\": \\"record\\", \\"name\\": \\"User\\", \\"fields\\": [{\\"name\\": \\"name\\", \\"type\\": \\"string\\"}]}", "records": [{"value": {"name": "testUser"}}, {"value": {"name": "testUser2"}}]}',
    );
    expect(r.contentType).toBe(V1);
    const body = produced(r);
    expect(body.key_schema_id).toBeNull();
    expect(Number.isInteger(body.value_schema_id)).toBe(true);
    expect(body.offsets).toEqual([
      { partition: 0, offset: 0, error_code: null, error: null },
      { partition: 0, offset: 1, error_code: null, error: null },
    ]);

    const group = uniqueName('my_avro_consumer');
    const created = await createConsumer(proxy.url, group, { format: 'avro', 'auto.offset.reset': 'smallest' });
    expect(created.status, created.text).toBe(200);
    const { instance_id, base_uri } = created.json as { instance_id: string; base_uri: string };
    expect(base_uri).toBe(`${proxy.url}/consumers/${group}/instances/${instance_id}`);

    const records = await readUntil(base_uri, topic, 2, { accept: AVRO_V1 });
    expect(records).toEqual([
      { topic, key: null, value: { name: 'testUser' }, partition: 0, offset: 0 },
      { topic, key: null, value: { name: 'testUser2' }, partition: 0, offset: 1 },
    ]);
    const again = await readTopic(base_uri, topic, AVRO_V1);
    expect(again.contentType).toBe(AVRO_V1);

    const deleted = await deleteConsumer(base_uri);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
  });

  it('answers the same schema with the same id, and accepts that id instead of the schema', async () => {
    const topic = uniqueName('avro-ids');
    await createTopic(topic);
    const schema = '{"type": "record", "name": "User", "fields": [{"name": "name", "type": "string"}]}';
    const first = produced(await produce(topic, { value_schema: schema, records: [{ value: { name: 'a' } }] }));
    const second = produced(await produce(topic, { value_schema: schema, records: [{ value: { name: 'b' } }] }));
    expect(second.value_schema_id).toBe(first.value_schema_id);
    const byId = produced(
      await produce(topic, { value_schema_id: first.value_schema_id, value_schema: '"this is ignored"', records: [{ value: { name: 'c' } }] }),
    );
    expect(byId.value_schema_id).toBe(first.value_schema_id);
    const read = await messages(topic, 0, 3);
    expect(read.lossless?.map((m) => m.value)).toEqual([{ name: 'a' }, { name: 'b' }, { name: 'c' }]);
  });
});

describe('Avro keys, partitions and the wire format', () => {
  it('writes keys and values in the registry wire format, keyed records hashed on those bytes', async () => {
    const topic = uniqueName('avro-keys');
    await createTopic(topic, 3);
    const body = produced(
      await produce(topic, {
        key_schema: '"string"',
        value_schema: '{"type": "int"}',
        records: [
          { key: 'k1', value: 1 },
          { key: 'k1', value: 2 },
          { key: 'k2', value: 3, partition: 2 },
        ],
      }),
    );
    expect(body.key_schema_id).not.toBeNull();
    expect(body.value_schema_id).not.toBeNull();
    expect(body.key_schema_id).not.toBe(body.value_schema_id);
    expect(body.offsets[1]!.partition).toBe(body.offsets[0]!.partition);
    expect(body.offsets[2]!.partition).toBe(2);

    const raw = await request(
      `${proxy.url}/topics/${topic}/partitions/${body.offsets[0]!.partition}/messages?offset=${body.offsets[0]!.offset}&count=1`,
      { headers: { Accept: BINARY } },
    );
    const [message] = raw.json as { key: string; value: string }[];
    const id = (n: number) => [0, (n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
    expect([...Buffer.from(message!.key, 'base64')]).toEqual([...id(body.key_schema_id!), 4, 0x6b, 0x31]);
    expect([...Buffer.from(message!.value, 'base64')]).toEqual([...id(body.value_schema_id!), 2]);
  });

  it('produces to one partition with POST /topics/{t}/partitions/{p}', async () => {
    const topic = uniqueName('avro-partition');
    await createTopic(topic, 2);
    const body = produced(await produce(topic, { value_schema: '"string"', records: [{ value: 'x' }] }, `/topics/${topic}/partitions/1`));
    expect(body.offsets[0]!.partition).toBe(1);
  });

  it('sends null keys and values a schema allows as Kafka nulls', async () => {
    const topic = uniqueName('avro-nulls');
    await createTopic(topic);
    produced(
      await produce(topic, {
        key_schema: '["null", "string"]',
        value_schema: '["null", "string"]',
        records: [{ key: null, value: null }, { value: { string: 'v' } }],
      }),
    );
    const raw = await messages(topic, 0, 2, BINARY);
    expect(raw.json).toMatchObject([
      { key: null, value: null },
      { key: null, value: expect.any(String) },
    ]);
    const read = await messages(topic, 0, 2);
    expect(read.lossless?.map((m) => [m.key, m.value])).toEqual([
      [null, null],
      [null, { string: 'v' }],
    ]);
  });
});

describe('Avro JSON encoding through Kafka', () => {
  const schema = JSON.stringify({
    type: 'record',
    name: 'Everything',
    namespace: 'com.acme',
    fields: [
      { name: 'n', type: 'null' },
      { name: 'b', type: 'boolean' },
      { name: 'i', type: 'int' },
      { name: 'l', type: 'long' },
      { name: 'f', type: 'float' },
      { name: 'd', type: 'double' },
      { name: 'by', type: 'bytes' },
      { name: 's', type: 'string' },
      { name: 'e', type: { type: 'enum', name: 'Suit', symbols: ['HEARTS', 'SPADES'] } },
      { name: 'fx', type: { type: 'fixed', name: 'Two', size: 2 } },
      { name: 'a', type: { type: 'array', items: 'long' } },
      { name: 'm', type: { type: 'map', values: ['null', 'double'] } },
      { name: 'u', type: ['null', 'string', { type: 'record', name: 'Inner', fields: [{ name: 'x', type: 'int' }] }] },
      { name: 'ts', type: { type: 'long', logicalType: 'timestamp-millis' } },
      { name: 'opt', type: ['null', 'string'], default: null },
    ],
  });

  it('reads every type back as it was written, by consumer and by partition read', async () => {
    const topic = uniqueName('avro-types');
    await createTopic(topic);
    const value =
      '{"n": null, "b": true, "i": -2147483648, "l": 9223372036854775807, "f": 0.1, "d": 1e-300, "by": "\\u0000\\u00ff\\u0041", ' +
      '"s": "h\\u00e9llo \\ud83d\\ude00", "e": "SPADES", "fx": "\\u0001\\u00fe", "a": [9007199254740993, -1], ' +
      '"m": {"x": {"double": 2.5}, "y": null}, "u": {"com.acme.Inner": {"x": 7}}, "ts": 1700000000000, "opt": {"string": "o"}}';
    produced(await produceText(topic, `{"value_schema": ${JSON.stringify(schema)}, "records": [{"value": ${value}}]}`));
    const expected = losslessParse(value, null, parseNumber);

    const read = await messages(topic, 0, 1);
    expect(read.status, read.text).toBe(200);
    expect(read.lossless![0]!.value).toEqual(expected);
    expect(read.text).toContain('"l":9223372036854775807');
    expect(read.text).toContain('"a":[9007199254740993,-1]');
    expect(read.text).toContain('"f":0.1,');

    const consumer = await newConsumer(proxy.url, uniqueName('avro-types'), { format: 'avro', 'auto.offset.reset': 'smallest' });
    try {
      let text = '[]';
      for (let i = 0; i < 30 && text === '[]'; i++) {
        const r = await readTopic(consumer, topic, AVRO_V1);
        expect(r.status, r.text).toBe(200);
        text = r.text;
      }
      const [record] = losslessParse(text, null, parseNumber) as { value: unknown }[];
      expect(record!.value).toEqual(expected);
    } finally {
      await deleteConsumer(consumer);
    }
  });
});

describe('longs beyond 2^53', () => {
  it('round-trip exactly through produce, Kafka bytes and both reads', async () => {
    const topic = uniqueName('avro-longs');
    await createTopic(topic);
    const r = await produceText(
      topic,
      '{"key_schema": "\\"long\\"", "value_schema": "{\\"type\\": \\"long\\"}", "records": [' +
        '{"key": 9007199254740993, "value": -9223372036854775808}, {"key": -9007199254740993, "value": 9223372036854775807}]}',
    );
    const body = produced(r);

    // Avro binary: zigzag varints.
    const raw = await messages(topic, 0, 2, BINARY);
    const bytes = (raw.json as { key: string; value: string }[]).map((m) => [
      [...Buffer.from(m.key, 'base64').subarray(5)],
      [...Buffer.from(m.value, 'base64').subarray(5)],
    ]);
    expect(bytes[0]).toEqual([
      [0x82, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x20],
      [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01],
    ]);
    expect(bytes[1]![1]).toEqual([0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
    expect(body.key_schema_id).not.toBeNull();

    const read = await messages(topic, 0, 2);
    expect(read.text).toContain('"key":9007199254740993,"value":-9223372036854775808');
    expect(read.text).toContain('"key":-9007199254740993,"value":9223372036854775807');

    const consumer = await newConsumer(proxy.url, uniqueName('avro-longs'), { format: 'avro', 'auto.offset.reset': 'smallest' });
    try {
      const texts: string[] = [];
      for (let i = 0; i < 30 && !texts.join().includes('9223372036854775807'); i++) {
        texts.push((await readTopic(consumer, topic, AVRO_V1)).text);
      }
      const all = texts.join();
      expect(all).toContain('"key":9007199254740993,"value":-9223372036854775808');
      expect(all).toContain('"key":-9007199254740993,"value":9223372036854775807');
    } finally {
      await deleteConsumer(consumer);
    }
  });

  it('are read from bodies with JSON.parse semantics otherwise: the last of duplicate keys wins', async () => {
    const topic = uniqueName('avro-longs');
    await createTopic(topic);
    produced(await produceText(topic, '{"value_schema": "\\"long\\"", "records": [{"value": 1, "value": 9007199254740995}], "records": [{"value": 9007199254740997}]}'));
    const read = await messages(topic, 0, 1);
    expect(read.lossless?.map((m) => m.value)).toEqual([9007199254740997n]);
  });

  it('refuses a long outside 64 bits (42203)', async () => {
    const topic = uniqueName('avro-longs');
    const r = await produceText(topic, '{"value_schema": "\\"long\\"", "records": [{"value": 9223372036854775808}]}');
    expectError(r, 422, 42203, /^Conversion of JSON to Avro failed: records\[0\]\.value: expected a long/);
  });
});

describe('max_bytes counts the JSON rendering of Avro records', () => {
  it('stops before the record that would reach the cap', async () => {
    const topic = uniqueName('avro-maxbytes');
    await createTopic(topic);
    // Each value renders as {"name":"testUser"} (19 bytes) and is 14 bytes in Kafka: a cap of 30
    // lets one record through per read (two would be 38), where Kafka sizes would let two (28).
    const schema = '{"type": "record", "name": "User", "fields": [{"name": "name", "type": "string"}]}';
    produced(await produce(topic, { value_schema: schema, records: [1, 2, 3].map(() => ({ value: { name: 'testUser' } })) }));
    const consumer = await newConsumer(proxy.url, uniqueName('avro-maxbytes'), { format: 'avro', 'auto.offset.reset': 'smallest' });
    try {
      const sizes: number[] = [];
      for (let i = 0; i < 40 && sizes.reduce((a, b) => a + b, 0) < 3; i++) {
        sizes.push((await readRecords(consumer, topic, AVRO_V1, 30)).length);
      }
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(3);
      expect(Math.max(...sizes)).toBe(1);
    } finally {
      await deleteConsumer(consumer);
    }
  });
});

describe('Avro produce errors', () => {
  const userSchema = '{"type": "record", "name": "User", "fields": [{"name": "name", "type": "string"}]}';

  it('42201 when keys come without a key schema, checked before anything else', async () => {
    const topic = uniqueName('avro-errors');
    const r = await produce(topic, { value_schema: '{"type": nonsense', records: [{ key: 'k', value: 'v' }] });
    expectError(r, 422, 42201, 'Request includes keys but does not include key schema');
    expect(r.contentType).toBe(V1);
  });

  it('42202 when values come without a value schema', async () => {
    const topic = uniqueName('avro-errors');
    const r = await produce(topic, { key_schema: '"string"', records: [{ key: 'k' }, { value: { name: 'x' } }] });
    expectError(r, 422, 42202, 'Request includes values but does not include value schema');
  });

  it('42205 when a schema does not parse', async () => {
    const topic = uniqueName('avro-errors');
    expectError(await produce(topic, { value_schema: '{"type": "record", "name": "R"', records: [{ value: 1 }] }), 422, 42205, /^Invalid schema: /);
    expectError(await produce(topic, { value_schema: '"no.such.Type"', records: [{ value: 1 }] }), 422, 42205, /no\.such\.Type/);
    expectError(await produce(topic, { key_schema: '{"type": "enum", "name": "E", "symbols": [1]}', records: [{ key: 'x' }] }), 422, 42205);
  });

  it('40801 when a schema id is unknown to the registry', async () => {
    const topic = uniqueName('avro-errors');
    expectError(
      await produce(topic, { value_schema_id: 2147483647, records: [{ value: 1 }] }),
      408,
      40801,
      'Schema registration or lookup failed',
    );
  });

  it('40801 when the schema registry cannot be reached', async () => {
    const probe = net.createServer().listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const { port } = probe.address() as net.AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const other = await startProxy({ 'schema.registry.url': `http://127.0.0.1:${port}` });
    try {
      const r = await request(`${other.url}/topics/${uniqueName('avro-errors')}`, {
        method: 'POST',
        headers: { 'Content-Type': AVRO_V1 },
        body: JSON.stringify({ value_schema: userSchema, records: [{ value: { name: 'x' } }] }),
      });
      expectError(r, 408, 40801, 'Schema registration or lookup failed');
    } finally {
      await other.close();
    }
  });

  it('42203 for a record that does not match, and nothing of the request is written', async () => {
    const topic = uniqueName('avro-errors');
    await createTopic(topic);
    const r = await produce(topic, {
      value_schema: userSchema,
      records: [{ value: { name: 'fine' } }, { value: { name: 'fine too' } }, { value: { name: 42 } }],
    });
    expectError(r, 422, 42203, 'Conversion of JSON to Avro failed: records[2].value.name: expected a string, got 42');
    expect(await logEnd(topic)).toBe(0);
  });

  it('40801 when the registry refuses a schema incompatible with the subject', async () => {
    const topic = uniqueName('avro-errors');
    produced(await produce(topic, { value_schema: userSchema, records: [{ value: { name: 'x' } }] }));
    const incompatible = '{"type": "record", "name": "User", "fields": [{"name": "name", "type": "int"}]}';
    expectError(await produce(topic, { value_schema: incompatible, records: [{ value: { name: 1 } }] }), 408, 40801);
  });

  it('42203 for an unwrapped union value, an unknown field or a missing field', async () => {
    const optional = '{"type": "record", "name": "R", "fields": [{"name": "o", "type": ["null", "string"]}]}';
    expectError(
      await produce(uniqueName('avro-errors'), { value_schema: optional, records: [{ value: { o: 'plain' } }] }),
      422,
      42203,
      /records\[0\]\.value\.o: expected null or a union value wrapped in an object naming its branch \(null, string\), got "plain"/,
    );
    const topic = uniqueName('avro-errors');
    expectError(await produce(topic, { value_schema: userSchema, records: [{ value: { name: 'x', age: 3 } }] }), 422, 42203, /has no field age/);
    expectError(await produce(topic, { value_schema: userSchema, records: [{ value: {} }] }), 422, 42203, /missing field name/);
  });

  it('42203 for a null key when the key schema does not allow null', async () => {
    const topic = uniqueName('avro-errors');
    const r = await produce(topic, { key_schema: '"string"', value_schema: '"string"', records: [{ key: 'k', value: 'a' }, { value: 'b' }] });
    expectError(r, 422, 42203, 'Conversion of JSON to Avro failed: records[1].key: expected a string, got null');
  });
});

describe('Avro reads of data that is not Avro', () => {
  it('fail with 50002 naming the problem', async () => {
    const topic = uniqueName('avro-garbage');
    await createTopic(topic);
    const kafka = nativeKafka('avro-test');
    const producer = kafka.producer();
    await producer.connect();
    try {
      await producer.send({
        topic,
        messages: [
          { value: Buffer.from('plain text') },
          { value: Buffer.from([0, 0x7f, 0xff, 0xff, 0xfe, 2, 0x61]) },
          { value: Buffer.from([0, 0]) },
        ],
      });
    } finally {
      await producer.disconnect();
    }
    expectError(await messages(topic, 0, 1), 500, 50002, /first byte is 112, not the magic byte 0/);
    expectError(await messages(topic, 1, 1), 500, 50002, /schema id 2147483646, which the schema registry does not know/);
    expectError(await messages(topic, 2, 1), 500, 50002, /shorter than the 5-byte header/);
  });
});

/**
 * Interoperability of the Avro format with a widely used Confluent-format serializer: records
 * written through the proxy decode with it, and records it writes read back through the proxy.
 * Both sides use the proxy's schema registry.
 */
import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import kafkajs from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AVRO_V1, deleteConsumer, newConsumer, readUntil } from './consumer-support.ts';
import { nativeKafka, createTopic, request, startProxy, uniqueName, type TestProxy } from './harness.ts';

const BINARY = 'application/vnd.kafka.binary.v1+json';

let proxy: TestProxy;
let serializer: SchemaRegistry;
let kafka: kafkajs.Kafka;

beforeAll(async () => {
  proxy = await startProxy();
  const registryUrl = proxy.server.registryUrl;
  if (!registryUrl) throw new Error('the proxy runs no schema registry');
  serializer = new SchemaRegistry({ host: registryUrl });
  kafka = nativeKafka('avro-interop');
});
afterAll(() => proxy?.close());

const schema = {
  type: 'record',
  name: 'Order',
  namespace: 'com.acme',
  fields: [
    { name: 'id', type: 'long' },
    { name: 'customer', type: 'string' },
    { name: 'note', type: ['null', 'string'], default: null },
    { name: 'lines', type: { type: 'array', items: { type: 'record', name: 'Line', fields: [{ name: 'sku', type: 'string' }, { name: 'qty', type: 'int' }] } } },
  ],
};

describe('records produced through the proxy', () => {
  it('decode with the Confluent-format deserializer', async () => {
    const topic = uniqueName('avro-interop-out');
    await createTopic(topic);
    const r = await request(`${proxy.url}/topics/${topic}`, {
      method: 'POST',
      headers: { 'Content-Type': AVRO_V1 },
      body: JSON.stringify({
        key_schema: '"string"',
        value_schema: JSON.stringify(schema),
        records: [{ key: 'order-1', value: { id: 1, customer: 'ann', note: { string: 'fragile' }, lines: [{ sku: 'a', qty: 2 }] } }],
      }),
    });
    expect(r.status, r.text).toBe(200);

    const read = await request(`${proxy.url}/topics/${topic}/partitions/0/messages?offset=0&count=1`, { headers: { Accept: BINARY } });
    const [message] = read.json as { key: string; value: string }[];
    expect(await serializer.decode(Buffer.from(message!.key, 'base64'))).toBe('order-1');
    // The library reads unions unwrapped, as plain values.
    expect(await serializer.decode(Buffer.from(message!.value, 'base64'))).toEqual({
      id: 1,
      customer: 'ann',
      note: 'fragile',
      lines: [{ sku: 'a', qty: 2 }],
    });
  });
});

describe('records serialized by the Confluent-format serializer', () => {
  it('read back through an Avro consumer and through partition reads', async () => {
    const topic = uniqueName('avro-interop-in');
    await createTopic(topic);
    const { id } = await serializer.register({ type: SchemaType.AVRO, schema: JSON.stringify(schema) }, { subject: `${topic}-value` });
    const value = await serializer.encode(id, { id: 2, customer: 'bob', note: null, lines: [{ sku: 'b', qty: 1 }, { sku: 'c', qty: 3 }] });
    expect(value[0]).toBe(0);
    expect(value.readInt32BE(1)).toBe(id);
    const producer = kafka.producer();
    await producer.connect();
    try {
      await producer.send({ topic, messages: [{ value }] });
    } finally {
      await producer.disconnect();
    }
    const expected = { id: 2, customer: 'bob', note: null, lines: [{ sku: 'b', qty: 1 }, { sku: 'c', qty: 3 }] };

    const read = await request(`${proxy.url}/topics/${topic}/partitions/0/messages?offset=0&count=1`, { headers: { Accept: AVRO_V1 } });
    expect(read.status, read.text).toBe(200);
    expect(read.json).toEqual([{ topic, key: null, value: expected, partition: 0, offset: 0 }]);

    const consumer = await newConsumer(proxy.url, uniqueName('avro-interop'), { format: 'avro', 'auto.offset.reset': 'smallest' });
    try {
      const records = await readUntil(consumer, topic, 1, { accept: AVRO_V1 });
      expect(records).toEqual([{ topic, key: null, value: expected, partition: 0, offset: 0 }]);
    } finally {
      await deleteConsumer(consumer);
    }

    // The same schema given inline to the proxy finds the id the library registered.
    const produced = await request(`${proxy.url}/topics/${topic}`, {
      method: 'POST',
      headers: { 'Content-Type': AVRO_V1 },
      body: JSON.stringify({ value_schema: JSON.stringify(schema), records: [{ value: { ...expected, id: 3 } }] }),
    });
    expect(produced.status, produced.text).toBe(200);
    expect((produced.json as { value_schema_id: number }).value_schema_id).toBe(id);
  });
});

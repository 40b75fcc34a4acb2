/**
 * The built-in registry's Kafka store: the `_schemas` topic it creates, the records it writes
 * (the Confluent registry's format), what survives a restart, reading a topic the Confluent
 * registry wrote, and how store failures are reported.
 */
import { once } from 'node:events';
import net from 'node:net';
import kafkajs from 'kafkajs';
import { afterAll, describe, expect, it } from 'vitest';
import { startSchemaRegistry } from '../../src/schema-registry/server.ts';
import { bootstrapServers, consumeNatively, createTopic, nativeKafka, uniqueName, withAdmin } from './harness.ts';
import { api, deleteTopics, idOf, record, startRegistry } from './schema-registry-support.ts';

const topics: string[] = [];
const topicName = () => {
  const t = uniqueName('_schemas-store');
  topics.push(t);
  return t;
};
afterAll(() => deleteTopics(...topics));

const kafka = () => nativeKafka(uniqueName('store-test'));

/** Every committed record of a topic, as text. */
async function readAll(topic: string, count: number): Promise<{ key: string; value: string | null }[]> {
  return (await consumeNatively(topic, count)).map((r) => ({ key: r.key!.toString(), value: r.value?.toString() ?? null }));
}

const v1 = record('Order', [{ name: 'id', type: 'long' }]);
const v2 = record('Order', [{ name: 'id', type: 'long' }, { name: 'note', type: 'string', default: '' }]);
const other = record('Invoice', [{ name: 'total', type: 'double' }]);

describe('the topic', () => {
  it('is created compacted, with one partition', async () => {
    const topic = topicName();
    const registry = await startRegistry({ topic });
    try {
      await withAdmin(async (admin) => {
        const { topics: [meta] } = await admin.fetchTopicMetadata({ topics: [topic] });
        expect(meta?.partitions).toHaveLength(1);
        const { resources } = await admin.describeConfigs({
          includeSynonyms: false,
          resources: [{ type: kafkajs.ConfigResourceTypes.TOPIC, name: topic, configNames: ['cleanup.policy'] }],
        });
        expect(resources[0]?.configEntries.find((e) => e.configName === 'cleanup.policy')?.configValue).toBe('compact');
      });
    } finally {
      await registry.close();
    }
  });

  it('holds records in the Confluent registry format', async () => {
    const topic = topicName();
    const registry = await startRegistry({ topic });
    const sr = api(registry.url);
    try {
      const id = idOf(await sr.register('orders-value', v1));
      await sr.put('/config/orders-value', { compatibility: 'FULL' });
      await sr.put('/config', { compatibility: 'NONE' });
      await sr.del('/subjects/orders-value');
      await sr.del('/subjects/orders-value?permanent=true');
      expect(id).toBe(1);
    } finally {
      await registry.close();
    }
    expect(await readAll(topic, 6)).toEqual([
      {
        key: '{"keytype":"SCHEMA","subject":"orders-value","version":1,"magic":1}',
        value: JSON.stringify({ subject: 'orders-value', version: 1, id: 1, schema: JSON.stringify(v1), deleted: false }),
      },
      { key: '{"keytype":"CONFIG","subject":"orders-value","magic":0}', value: '{"compatibilityLevel":"FULL"}' },
      { key: '{"keytype":"CONFIG","subject":null,"magic":0}', value: '{"compatibilityLevel":"NONE"}' },
      { key: '{"keytype":"DELETE_SUBJECT","subject":"orders-value","magic":0}', value: '{"subject":"orders-value","version":1}' },
      { key: '{"keytype":"SCHEMA","subject":"orders-value","version":1,"magic":1}', value: null },
      { key: '{"keytype":"CONFIG","subject":"orders-value","magic":0}', value: null },
    ]);
  });
});

describe('a restart', () => {
  it('keeps ids, versions, deletions and levels, and continues the id sequence', async () => {
    const topic = topicName();
    const first = await startRegistry({ topic });
    const a = api(first.url);
    const ids = {
      v1: idOf(await a.register('orders-value', v1)),
      v2: idOf(await a.register('orders-value', v2)),
      other: idOf(await a.register('invoices-value', other)),
    };
    await a.register('copies-value', v1);
    await a.del('/subjects/orders-value/versions/1');
    await a.put('/config/invoices-value', { compatibility: 'NONE' });
    await first.close();

    const second = await startRegistry({ topic });
    const b = api(second.url);
    try {
      // Loading a small topic is quick; the figure is printed for the record.
      process.stderr.write(`[schema-registry] reloaded ${second.store.state.applied} records in ${second.store.loadMs} ms\n`);
      expect((await b.get(`/schemas/ids/${ids.v1}`)).json).toEqual({ schema: JSON.stringify(v1) });
      expect((await b.get(`/schemas/ids/${ids.other}`)).json).toEqual({ schema: JSON.stringify(other) });
      expect((await b.get('/subjects/orders-value/versions')).json).toEqual([2]);
      expect((await b.get('/subjects/orders-value/versions?deleted=true')).json).toEqual([1, 2]);
      expect((await b.get('/config/invoices-value')).json).toEqual({ compatibilityLevel: 'NONE' });
      expect(idOf(await b.register('orders-value', v2))).toBe(ids.v2);
      expect(idOf(await b.register('more-value', other))).toBe(ids.other);
      expect(idOf(await b.register('copies-too-value', v1))).toBe(ids.v1);
      const next = idOf(await b.register('new-value', record('Shipment', [{ name: 'id', type: 'long' }])));
      expect(next).toBe(Math.max(...Object.values(ids)) + 1);
    } finally {
      await second.close();
    }
  });
});

describe('a topic written by the Confluent registry', () => {
  it('is read with its spellings, deletions and levels; conflicting records are ignored', async () => {
    const topic = topicName();
    await createTopic(topic, 1, [{ name: 'cleanup.policy', value: 'compact' }]);
    const s1 = JSON.stringify(v1);
    const s2 = JSON.stringify(v2);
    const s3 = JSON.stringify(other);
    const schemaKey = (subject: string, version: number) => JSON.stringify({ keytype: 'SCHEMA', subject, version, magic: 1 });
    const schemaValue = (subject: string, version: number, id: number, schema: string) =>
      JSON.stringify({ subject, version, id, schema, deleted: false });
    const producer = kafka().producer();
    await producer.connect();
    await producer.send({
      topic,
      messages: [
        { key: '{"keytype":"NOOP","magic":0}', value: null },
        { key: schemaKey('a', 1), value: schemaValue('a', 1, 1, s1) },
        { key: schemaKey('a', 2), value: schemaValue('a', 2, 2, s2) },
        { key: schemaKey('b', 1), value: schemaValue('b', 1, 1, s1) },
        { key: '{"keytype":"CONFIG","magic":0}', value: '{"compatibilityLevel":"FORWARD"}' },
        { key: '{"keytype":"CONFIG","subject":"a","magic":0}', value: '{"subject":"a","compatibilityLevel":"NONE"}' },
        { key: '{"keytype":"DELETE_SUBJECT","subject":"b","magic":0}', value: '{"subject":"b","version":1}' },
        // Id 1 already stands for another schema: ignored.
        { key: schemaKey('c', 1), value: schemaValue('c', 1, 1, s3) },
        { key: schemaKey('a', 3), value: schemaValue('a', 3, 5, s3) },
        { key: schemaKey('a', 3), value: null },
        { key: '{"keytype":"MODE","magic":0}', value: '{"mode":"READWRITE"}' },
        { key: 'not json', value: 'not json either' },
      ],
    });
    await producer.disconnect();

    const registry = await startRegistry({ topic });
    const sr = api(registry.url);
    try {
      expect((await sr.get('/subjects')).json).toEqual(['a']);
      expect((await sr.get('/subjects?deleted=true')).json).toEqual(['a', 'b']);
      expect((await sr.get('/subjects/a/versions')).json).toEqual([1, 2]);
      expect((await sr.get('/schemas/ids/1')).json).toEqual({ schema: s1 });
      expect((await sr.get('/schemas/ids/5')).json).toMatchObject({ error_code: 40403 });
      expect((await sr.get('/config')).json).toEqual({ compatibilityLevel: 'FORWARD' });
      expect((await sr.get('/config/a')).json).toEqual({ compatibilityLevel: 'NONE' });
      // A new schema gets the next id after the highest ever seen (5), even though 5 was deleted.
      expect(idOf(await sr.register('d', s3))).toBe(6);
    } finally {
      await registry.close();
    }
  });
});

describe('a topic whose first records are gone', () => {
  it('is read from its log start offset', async () => {
    const topic = topicName();
    await createTopic(topic, 1, [{ name: 'cleanup.policy', value: 'compact,delete' }]);
    const first = await startRegistry({ topic });
    const a = api(first.url);
    const gone = idOf(await a.register('gone-value', v1));
    const kept = idOf(await a.register('kept-value', other));
    await first.close();
    // Remove everything before the second registration's record.
    await withAdmin(async (admin) => {
      await admin.fetchTopicMetadata({ topics: [topic] });
      await admin.deleteTopicRecords({ topic, partitions: [{ partition: 0, offset: '2' }] });
    });

    const second = await startRegistry({ topic });
    const b = api(second.url);
    try {
      expect((await b.get(`/schemas/ids/${kept}`)).json).toEqual({ schema: JSON.stringify(other) });
      expect((await b.get(`/schemas/ids/${gone}`)).json).toMatchObject({ error_code: 40403 });
      expect((await b.get('/subjects')).json).toEqual(['kept-value']);
    } finally {
      await second.close();
    }
  });
});

describe('store failures', () => {
  it('answers 50002 when Kafka cannot be reached in time', async () => {
    const registry = await startRegistry({ bootstrap: '127.0.0.1:1', timeoutMs: 1500, noWait: true, topic: uniqueName('_schemas-nowhere') });
    const sr = api(registry.url);
    try {
      const read = await sr.get('/subjects');
      expect(read.status).toBe(500);
      expect(read.json).toMatchObject({ error_code: 50002 });
      expect((read.json as { message: string }).message).toMatch(/^The Kafka store did not load _schemas-nowhere-\w+ within 1500 ms/);
      const write = await sr.register('s', '"int"');
      expect(write.status).toBe(500);
      expect(write.json).toMatchObject({ error_code: 50002 });
      // Requests that need no store still work.
      expect((await sr.get('/schemas/types')).status).toBe(200);
    } finally {
      await registry.close();
    }
  });

  it('answers 50002 naming the problem when the topic has more than one partition', async () => {
    const topic = topicName();
    await createTopic(topic, 2, [{ name: 'cleanup.policy', value: 'compact' }]);
    const registry = await startRegistry({ topic, timeoutMs: 1500, noWait: true });
    try {
      const r = await api(registry.url).get('/subjects');
      expect(r.status).toBe(500);
      expect(r.json).toMatchObject({ error_code: 50002 });
      expect((r.json as { message: string }).message).toMatch(/has 2 partitions; it must have exactly 1/);
    } finally {
      await registry.close();
    }
  });

  it('answers 50001 when the topic disappears under a running registry', async () => {
    const topic = topicName();
    const registry = await startRegistry({ topic, timeoutMs: 3000 });
    const sr = api(registry.url);
    try {
      idOf(await sr.register('s', '"int"'));
      await withAdmin((admin) => admin.deleteTopics({ topics: [topic], timeout: 10_000 }));
      const r = await sr.get('/subjects');
      expect(r.status).toBe(500);
      expect(r.json).toMatchObject({ error_code: 50001 });
      expect((r.json as { message: string }).message).toMatch(/^Error in the backend Kafka store: /);
    } finally {
      await registry.close();
    }
  });

  it('refuses to start on a port that is in use', async () => {
    const blocker = net.createServer();
    blocker.listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    const { port } = blocker.address() as net.AddressInfo;
    try {
      await expect(
        startSchemaRegistry({
          kafka: { bootstrapServers: bootstrapServers().split(','), clientId: uniqueName('registry-test') },
          listeners: [{ protocol: 'http', host: '127.0.0.1', port }],
          topic: uniqueName('_schemas-unused'),
        }),
      ).rejects.toThrow(/cannot listen on 127\.0\.0\.1:\d+: the port is in use\. Set schema\.registry\.url/);
    } finally {
      blocker.close();
    }
  });
});

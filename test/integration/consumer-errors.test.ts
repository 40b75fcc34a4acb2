/**
 * Every error a v1 client can get from the consumer operations, with its wire code and text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AVRO_V1,
  BINARY,
  commit,
  createConsumer,
  deleteConsumer,
  JSON_V1,
  newConsumer,
  readRecords,
  readTopic,
  V1,
} from './consumer-support.ts';
import { createTopic, request, startProxy, uniqueName, withAdmin, type TestProxy } from './harness.ts';

const NOT_FOUND = { error_code: 40403, message: 'Consumer instance not found.' };
const MISMATCH = {
  error_code: 40601,
  message: 'The requested embedded data format does not match the deserializer for this consumer instance',
};
const FAST = { 'consumer.request.timeout.ms': 200 };

let proxy: TestProxy;
let topic: string;
beforeAll(async () => {
  proxy = await startProxy();
  topic = uniqueName('errors');
  await createTopic(topic);
});
afterAll(() => proxy?.close());

describe('unknown instance: 404/40403', () => {
  it('on read, commit and delete', async () => {
    const uri = `${proxy.url}/consumers/${uniqueName('g')}/instances/nobody`;
    const read = await readTopic(uri, topic);
    expect(read.status).toBe(404);
    expect(read.contentType).toBe(BINARY);
    expect(read.json).toEqual(NOT_FOUND);

    const committed = await commit(uri);
    expect(committed.status).toBe(404);
    expect(committed.contentType).toBe(V1);
    expect(committed.json).toEqual(NOT_FOUND);

    const deleted = await deleteConsumer(uri);
    expect(deleted.status).toBe(404);
    expect(deleted.json).toEqual(NOT_FOUND);
  });

  it('for a name that exists only in another group', async () => {
    const group = uniqueName('g');
    await newConsumer(proxy.url, group, { name: 'here' });
    const r = await readTopic(`${proxy.url}/consumers/${uniqueName('g')}/instances/here`, topic);
    expect(r.json).toEqual(NOT_FOUND);
  });

  it('is checked before the format and the topic', async () => {
    const uri = `${proxy.url}/consumers/${uniqueName('g')}/instances/nobody`;
    expect((await readTopic(uri, uniqueName('missing'), JSON_V1)).json).toEqual(NOT_FOUND);
  });
});

describe('POST /consumers/{group} errors', () => {
  it('409/40902 for a name already used in the group', async () => {
    const group = uniqueName('g');
    await newConsumer(proxy.url, group, { name: 'twice' });
    const r = await createConsumer(proxy.url, group, { name: 'twice' });
    expect(r.status).toBe(409);
    expect(r.contentType).toBe(V1);
    expect(r.json).toEqual({
      error_code: 40902,
      message: 'Consumer with specified consumer ID already exists in the specified consumer group.',
    });
    expect((await createConsumer(proxy.url, group, { id: 'twice', name: 'other' })).status).toBe(409);
  });

  it('422/422 for a format that is not binary, json or avro', async () => {
    const r = await createConsumer(proxy.url, uniqueName('g'), { format: 'protobuf' });
    expect(r.status).toBe(422);
    expect(r.json).toEqual({ error_code: 422, message: 'Invalid format type.' });
  });

  it('422/42204 for an auto.offset.reset the consumer does not know', async () => {
    const r = await createConsumer(proxy.url, uniqueName('g'), { 'auto.offset.reset': 'oldest' });
    expect(r.status).toBe(422);
    expect(r.json).toMatchObject({ error_code: 42204 });
    expect((r.json as { message: string }).message).toMatch(/^Invalid consumer configuration: .*auto\.offset\.reset/);
  });

  it('422/42204 for an auto.commit.enable that is not a boolean', async () => {
    const r = await createConsumer(proxy.url, uniqueName('g'), { 'auto.commit.enable': 'sometimes' });
    expect(r.status).toBe(422);
    expect(r.json).toMatchObject({ error_code: 42204 });
    expect((r.json as { message: string }).message).toMatch(/^Invalid consumer configuration: .*auto\.commit\.enable/);
  });

  it.each([-2, 10_000_001])('422/40001 for fetch.min.bytes %d', async (value) => {
    const r = await createConsumer(proxy.url, uniqueName('g'), { 'fetch.min.bytes': value });
    expect(r.status).toBe(422);
    expect(r.json).toMatchObject({ error_code: 40001 });
    expect((r.json as { message: string }).message).toMatch(
      /^Invalid consumer configuration\. It does not abide by the constraints: .*fetch\.min\.bytes/,
    );
  });

  it('422/422 for a field the API does not know', async () => {
    const r = await createConsumer(proxy.url, uniqueName('g'), { name: 'x', 'consumer.timeout.ms': 10 });
    expect(r.status).toBe(422);
    expect(r.json).toEqual({ error_code: 422, message: 'Unrecognized field: consumer.timeout.ms' });
  });

  it('415 for the form Content-Type curl sends with --data by default', async () => {
    const r = await request(`${proxy.url}/consumers/${uniqueName('g')}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: '{"format": "binary"}',
    });
    expect(r.status).toBe(415);
    expect(r.json).toEqual({ error_code: 415, message: 'HTTP 415 Unsupported Media Type' });
  });

  it('leaves no instance behind after a rejected request', async () => {
    const group = uniqueName('g');
    expect((await createConsumer(proxy.url, group, { name: 'n', format: 'xml' })).status).toBe(422);
    expect((await createConsumer(proxy.url, group, { name: 'n' })).status).toBe(200);
  });
});

describe('read errors', () => {
  it('406/40601 reading a binary instance with the json type, typed as the json type', async () => {
    const uri = await newConsumer(proxy.url, uniqueName('g'), FAST);
    for (const accept of [JSON_V1, AVRO_V1]) {
      const r = await readTopic(uri, topic, accept);
      expect(r.status).toBe(406);
      expect(r.contentType).toBe(accept);
      expect(r.json).toEqual(MISMATCH);
    }
  });

  it('406/40601 reading a json instance with no Accept (which selects binary)', async () => {
    const uri = await newConsumer(proxy.url, uniqueName('g'), { format: 'json', ...FAST });
    for (const accept of [undefined, 'application/json', BINARY]) {
      const r = await readTopic(uri, topic, accept);
      expect(r.status).toBe(406);
      expect(r.json).toEqual(MISMATCH);
    }
    expect((await readTopic(uri, topic, JSON_V1)).status).toBe(200);
  });

  it('406 with no body for an Accept nothing can produce', async () => {
    const uri = await newConsumer(proxy.url, uniqueName('g'), FAST);
    const r = await readTopic(uri, topic, 'text/plain');
    expect(r.status).toBe(406);
    expect(r.text).toBe('');
  });

  it('404/40401 for a topic that does not exist, without creating it', async () => {
    const missing = uniqueName('missing');
    const uri = await newConsumer(proxy.url, uniqueName('g'), FAST);
    const r = await readTopic(uri, missing);
    expect(r.status).toBe(404);
    expect(r.json).toEqual({ error_code: 40401, message: 'Topic not found.' });
    const topics = await withAdmin((admin) => admin.listTopics());
    expect(topics).not.toContain(missing);
    // The format is checked first.
    expect((await readTopic(uri, missing, JSON_V1)).json).toEqual(MISMATCH);
  });

  it('409/40901 for a second topic on the same instance', async () => {
    const other = uniqueName('other');
    await createTopic(other);
    const uri = await newConsumer(proxy.url, uniqueName('g'), FAST);
    await readRecords(uri, topic);
    const r = await readTopic(uri, other);
    expect(r.status).toBe(409);
    expect(r.json).toEqual({
      error_code: 40901,
      message: 'Consumer cannot subscribe the the specified target because it has already subscribed to other topics.',
    });
    // An unknown topic is still reported as such.
    expect((await readTopic(uri, uniqueName('missing'))).json).toMatchObject({ error_code: 40401 });
    expect((await readTopic(uri, topic)).status).toBe(200);
  });

  it('404 for a max_bytes that is not an integer', async () => {
    const uri = await newConsumer(proxy.url, uniqueName('g'), FAST);
    const r = await request(`${uri}/topics/${topic}?max_bytes=lots`);
    expect(r.status).toBe(404);
    expect(r.json).toEqual({ error_code: 404, message: 'HTTP 404 Not Found' });
  });
});

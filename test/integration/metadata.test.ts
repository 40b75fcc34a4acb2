import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTopic, request, startProxy, uniqueName, type TestProxy } from './harness.ts';

const V1 = 'application/vnd.kafka.v1+json';
let proxy: TestProxy;
const topic = uniqueName('metadata');

beforeAll(async () => {
  proxy = await startProxy();
  await createTopic(topic, 3, [{ name: 'cleanup.policy', value: 'compact' }]);
});
afterAll(() => proxy?.close());

describe('GET /', () => {
  it('answers an empty object as the v1 type', async () => {
    const r = await request(`${proxy.url}/`);
    expect(r.status).toBe(200);
    expect(r.contentType).toBe(V1);
    expect(r.json).toEqual({});
  });
});

describe('GET /brokers', () => {
  it('lists the broker ids of the cluster', async () => {
    const r = await request(`${proxy.url}/brokers`);
    expect(r.status).toBe(200);
    const { brokers } = r.json as { brokers: number[] };
    expect(brokers.length).toBeGreaterThanOrEqual(1);
    expect(brokers.every(Number.isInteger)).toBe(true);
    expect([...brokers].sort((a, b) => a - b)).toEqual(brokers);
  });
});

describe('GET /topics', () => {
  it('lists topics sorted, without internal topics', async () => {
    const other = uniqueName('aaa-first');
    await createTopic(other);
    const r = await request(`${proxy.url}/topics`);
    expect(r.status).toBe(200);
    const names = r.json as string[];
    expect(names).toContain(topic);
    expect(names).toContain(other);
    expect([...names].sort()).toEqual(names);
    expect(names).not.toContain('__consumer_offsets');
  });
});

describe('GET /topics/{topic}', () => {
  it('describes partitions, replicas and effective configs', async () => {
    const r = await request(`${proxy.url}/topics/${topic}`);
    expect(r.status).toBe(200);
    const body = r.json as {
      name: string;
      configs: Record<string, string>;
      partitions: { partition: number; leader: number; replicas: { broker: number; leader: boolean; in_sync: boolean }[] }[];
    };
    expect(body.name).toBe(topic);
    expect(body.configs['cleanup.policy']).toBe('compact');
    expect(body.configs['retention.ms']).toBeDefined();
    expect(body.partitions.map((p) => p.partition)).toEqual([0, 1, 2]);
    for (const p of body.partitions) {
      expect(p.replicas).toContainEqual({ broker: p.leader, leader: true, in_sync: true });
    }
  });

  it('answers 40401 for an unknown topic, without creating it', async () => {
    const missing = uniqueName('missing');
    const r = await request(`${proxy.url}/topics/${missing}`);
    expect(r.status).toBe(404);
    expect(r.contentType).toBe(V1);
    expect(r.json).toEqual({ error_code: 40401, message: 'Topic not found.' });
    const list = await request(`${proxy.url}/topics`);
    expect(list.json).not.toContain(missing);
  });
});

describe('GET /topics/{topic}/partitions', () => {
  it('lists the partitions of a topic', async () => {
    const r = await request(`${proxy.url}/topics/${topic}/partitions`);
    expect(r.status).toBe(200);
    expect((r.json as { partition: number }[]).map((p) => p.partition)).toEqual([0, 1, 2]);
  });

  it('answers 40401 for an unknown topic', async () => {
    const r = await request(`${proxy.url}/topics/${uniqueName('missing')}/partitions`);
    expect(r.status).toBe(404);
    expect(r.json).toEqual({ error_code: 40401, message: 'Topic not found.' });
  });
});

describe('GET /topics/{topic}/partitions/{partition}', () => {
  it('describes one partition', async () => {
    const r = await request(`${proxy.url}/topics/${topic}/partitions/2`);
    expect(r.status).toBe(200);
    const p = r.json as { partition: number; leader: number; replicas: { broker: number }[] };
    expect(p.partition).toBe(2);
    expect(p.replicas.map((x) => x.broker)).toContain(p.leader);
  });

  it.each(['3', '99', '-1'])('answers 40402 for partition %s', async (partition) => {
    const r = await request(`${proxy.url}/topics/${topic}/partitions/${partition}`);
    expect(r.status).toBe(404);
    expect(r.json).toEqual({ error_code: 40402, message: 'Partition not found.' });
  });

  it('checks the topic before the partition', async () => {
    const r = await request(`${proxy.url}/topics/${uniqueName('missing')}/partitions/0`);
    expect(r.json).toEqual({ error_code: 40401, message: 'Topic not found.' });
  });

  it('answers a plain 404 for a partition that is not a number', async () => {
    const r = await request(`${proxy.url}/topics/${topic}/partitions/abc`);
    expect(r.status).toBe(404);
    expect(r.json).toEqual({ error_code: 404, message: 'HTTP 404 Not Found' });
  });

  it('types the error with the negotiated media type', async () => {
    const r = await request(`${proxy.url}/topics/${topic}/partitions/7`, {
      headers: { Accept: 'application/vnd.kafka.binary.v1+json' },
    });
    expect(r.status).toBe(404);
    expect(r.contentType).toBe('application/vnd.kafka.binary.v1+json');
  });
});

describe('negotiation and routing', () => {
  it('answers 406 with no body and no Content-Type when nothing acceptable exists', async () => {
    const r = await request(`${proxy.url}/topics`, { headers: { Accept: 'text/plain' } });
    expect(r.status).toBe(406);
    expect(r.text).toBe('');
    expect(r.contentType).toBeNull();
  });

  it("follows the client's q values", async () => {
    const r = await request(`${proxy.url}/topics`, {
      headers: { Accept: 'application/vnd.kafka.v1+json; q=0.8, application/vnd.kafka+json; q=0.9, application/json; q=0.7' },
    });
    expect(r.contentType).toBe('application/vnd.kafka+json');
  });

  it('answers 415 in the error format for a Content-Type no operation consumes', async () => {
    const r = await request(`${proxy.url}/topics/${topic}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: 'records=1',
    });
    expect(r.status).toBe(415);
    expect(r.contentType).toBe('application/json');
    expect(r.json).toEqual({ error_code: 415, message: 'HTTP 415 Unsupported Media Type' });
  });

  it('answers 404 in the error format for an unknown route', async () => {
    const r = await request(`${proxy.url}/nothing/here`);
    expect(r.status).toBe(404);
    expect(r.contentType).toBe(V1);
    expect(r.json).toEqual({ error_code: 404, message: 'HTTP 404 Not Found' });
  });

  it('answers 405 for a method the route does not have', async () => {
    const r = await request(`${proxy.url}/brokers`, { method: 'DELETE' });
    expect(r.status).toBe(405);
    expect(r.json).toEqual({ error_code: 405, message: 'HTTP 405 Method Not Allowed' });
  });
});

/**
 * The built-in registry as part of the proxy: started when no `schema.registry.url` is set,
 * shared by every proxy on the same Kafka through the `_schemas` topic, and closed with the
 * proxy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, startProxy, uniqueName, type TestProxy } from './harness.ts';
import { api, idOf, record, SR_V1 } from './schema-registry-support.ts';

let first: TestProxy;
let second: TestProxy;

beforeAll(async () => {
  [first, second] = await Promise.all([startProxy(), startProxy()]);
});
afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
});

describe('without schema.registry.url', () => {
  it('serves a registry on its own listener and tells where', async () => {
    const url = first.server.registryUrl;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(url).not.toBe(first.url);
    const root = await request(`${url}/`);
    expect(root.status).toBe(200);
    expect(root.contentType).toBe(SR_V1);
    expect((await request(`${url}/schemas/types`)).json).toEqual(['AVRO']);
  });

  it('hands out the same ids through every proxy on the same Kafka', async () => {
    const a = api(first.server.registryUrl!);
    const b = api(second.server.registryUrl!);
    const subject = `${uniqueName('proxy-shared')}-value`;
    const schema = record(uniqueName('Shared').replace('-', '_'), [{ name: 'id', type: 'long' }]);
    const id = idOf(await a.register(subject, schema));
    expect((await b.get(`/schemas/ids/${id}`)).json).toEqual({ schema: JSON.stringify(schema) });
    expect(idOf(await b.register(`${subject}-copy`, schema))).toBe(id);
  });

  it('fails the start when the registry port is in use, naming the remedy', async () => {
    await expect(startProxy({ 'schema.registry.builtin.listeners': first.server.registryUrl! })).rejects.toThrow(
      /the port is in use\. Set schema\.registry\.url to use that registry/,
    );
  });

  it('stops the registry with the proxy', async () => {
    const proxy = await startProxy();
    const url = proxy.server.registryUrl!;
    expect((await request(`${url}/`)).status).toBe(200);
    await proxy.close();
    await expect(fetch(`${url}/`)).rejects.toThrow();
  });
});

describe('with schema.registry.url', () => {
  it('uses that registry and starts none of its own', async () => {
    const external = first.server.registryUrl!;
    // The built-in listener is pointed at a port in use: starting a registry there would fail the start.
    const proxy = await startProxy({ 'schema.registry.url': external, 'schema.registry.builtin.listeners': external });
    try {
      expect(proxy.server.registryUrl).toBe(external);
    } finally {
      await proxy.close();
    }
  });
});

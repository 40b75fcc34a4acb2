import { once } from 'node:events';
import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SchemaRegistryClient, SchemaRegistryError } from '../../../src/registry/client.ts';
import { startCountingServer, type CountingServer } from './server.ts';

let server: CountingServer;
beforeEach(async () => {
  server = await startCountingServer();
});
afterEach(() => server.close());

/** A URL nothing listens on. */
async function deadUrl(): Promise<string> {
  const probe = net.createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return `http://127.0.0.1:${port}`;
}

async function failure(promise: Promise<unknown>): Promise<SchemaRegistryError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(SchemaRegistryError);
    return err as SchemaRegistryError;
  }
  throw new Error('resolved');
}

describe('SchemaRegistryClient', () => {
  it('registers a schema under a subject with the registry media type', async () => {
    const client = new SchemaRegistryClient({ urls: server.url });
    expect(await client.register('orders-value', '"string"')).toBe(1);
    expect(await client.register('orders key/x', '"int"')).toBe(2);
    const [first, second] = server.requests;
    expect(first!.method).toBe('POST');
    expect(first!.url).toBe('/subjects/orders-value/versions');
    expect(first!.headers['content-type']).toBe('application/vnd.schemaregistry.v1+json');
    expect(first!.headers['accept']).toMatch(/^application\/vnd\.schemaregistry\.v1\+json/);
    expect(JSON.parse(first!.body)).toEqual({ schema: '"string"' });
    expect(second!.url).toBe('/subjects/orders%20key%2Fx/versions');
  });

  it('looks a schema up by id', async () => {
    const client = new SchemaRegistryClient({ urls: server.url });
    const id = await client.register('s', '{"type":"long"}');
    expect(await client.schemaById(id)).toEqual({ schema: '{"type":"long"}', schemaType: 'AVRO' });
    expect(server.requests.at(-1)).toMatchObject({ method: 'GET', url: `/schemas/ids/${id}` });
  });

  it("reports the registry's error status and code", async () => {
    const client = new SchemaRegistryClient({ urls: server.url });
    const err = await failure(client.schemaById(42));
    expect(err.status).toBe(404);
    expect(err.errorCode).toBe(40403);
    expect(err.notFound).toBe(true);
    expect(err.message).toMatch(/answered 404 \(error 40403\): Schema not found/);

    server.respond(() => ({ status: 409, body: { error_code: 409, message: 'Schema being registered is incompatible' } }));
    const conflict = await failure(client.register('s', '"int"'));
    expect(conflict.status).toBe(409);
    expect(conflict.message).toMatch(/incompatible/);

    server.respond(() => ({ status: 500, body: 'oops' }));
    expect((await failure(client.register('s', '"int"'))).status).toBe(500);
  });

  it('moves to the next URL when one cannot be reached', async () => {
    const dead = await deadUrl();
    const client = new SchemaRegistryClient({ urls: `${dead}, ${server.url}` });
    expect(client.urls).toEqual([dead, server.url]);
    expect(await client.register('s', '"int"')).toBe(1);
    expect(await client.register('s', '"long"')).toBe(2);
    expect(server.requests).toHaveLength(2);
  });

  it('does not move on after an HTTP answer, even an error', async () => {
    const other = await startCountingServer();
    try {
      server.respond(() => ({ status: 503, body: { error_code: 50003, message: 'busy' } }));
      const client = new SchemaRegistryClient({ urls: [server.url, other.url] });
      expect((await failure(client.register('s', '"int"'))).status).toBe(503);
      expect(other.requests).toHaveLength(0);
    } finally {
      await other.close();
    }
  });

  it('fails when no URL can be reached', async () => {
    const client = new SchemaRegistryClient({ urls: [await deadUrl(), await deadUrl()] });
    const err = await failure(client.schemaById(1));
    expect(err.status).toBeUndefined();
    expect(err.message).toMatch(/could not be reached/);
  });

  it('gives up on a registry that does not answer in time', async () => {
    server.respond(() => 'hang');
    const client = new SchemaRegistryClient({ urls: server.url, timeoutMs: 200 });
    const err = await failure(client.schemaById(1));
    expect(err.message).toMatch(/no answer within 200 ms/);
  });

  it('sends credentials given in the URL as Basic authentication', async () => {
    const client = new SchemaRegistryClient({ urls: server.url.replace('http://', 'http://alice:s%3Acret@') });
    await client.register('s', '"int"');
    expect(server.requests[0]!.headers['authorization']).toBe(`Basic ${Buffer.from('alice:s:cret').toString('base64')}`);
  });

  it('refuses an answer that is not what the registry sends', async () => {
    const client = new SchemaRegistryClient({ urls: server.url });
    server.respond(() => ({ status: 200, body: { version: 1 } }));
    expect((await failure(client.register('s', '"int"'))).message).toMatch(/without an id/);
    expect((await failure(client.schemaById(1))).message).toMatch(/without a schema/);
  });
});

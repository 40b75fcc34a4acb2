import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AvroCodec, parseAvroSchema } from '../../../src/formats/avro.ts';
import { InvalidSchemaError } from '../../../src/formats/errors.ts';
import { canonicalSchemaText, SchemaCache } from '../../../src/registry/cache.ts';
import { SchemaRegistryClient, SchemaRegistryError } from '../../../src/registry/client.ts';
import { startCountingServer, type CountingServer } from './server.ts';

let server: CountingServer;
let client: SchemaRegistryClient;
beforeEach(async () => {
  server = await startCountingServer();
  client = new SchemaRegistryClient({ urls: server.url });
});
afterEach(() => server.close());

const RECORD = '{"type": "record", "name": "User", "fields": [{"name": "name", "type": "string"}]}';

describe('SchemaCache', () => {
  it('registers the same inline schema once for many requests', async () => {
    const cache = new SchemaCache(client, { parse: parseAvroSchema });
    const first = await cache.register('t-value', RECORD);
    for (let i = 0; i < 50; i++) expect((await cache.register('t-value', RECORD)).id).toBe(first.id);
    expect(server.requests).toHaveLength(1);
  });

  it('treats texts that differ only in whitespace as one schema, and subjects apart', async () => {
    const cache = new SchemaCache(client, { parse: parseAvroSchema });
    await cache.register('t-value', RECORD);
    await cache.register('t-value', RECORD.replace(/ /g, ''));
    await cache.register('t-value', `\n${RECORD}\n`);
    expect(server.requests).toHaveLength(1);
    await cache.register('other-value', RECORD);
    expect(server.requests.map((r) => r.url)).toEqual(['/subjects/t-value/versions', '/subjects/other-value/versions']);
    expect(canonicalSchemaText(' { "type" : "int" } ')).toBe('{"type":"int"}');
  });

  it('looks an id up once for many requests, and knows ids it registered', async () => {
    const cache = new SchemaCache(client, { parse: parseAvroSchema });
    const { id } = await cache.register('t-value', RECORD);
    await cache.schemaById(id);
    expect(server.requests).toHaveLength(1);

    const fresh = new SchemaCache(client, { parse: parseAvroSchema });
    for (let i = 0; i < 50; i++) await fresh.schemaById(id);
    expect(server.requests).toHaveLength(2);
    expect(fresh.cachedById(id)).toBeDefined();
  });

  it('shares one registry call among concurrent misses for the same key', async () => {
    const cache = new SchemaCache(client, { parse: parseAvroSchema });
    const registered = await Promise.all(Array.from({ length: 20 }, () => cache.register('t-value', RECORD)));
    expect(new Set(registered.map((r) => r.id)).size).toBe(1);
    const fresh = new SchemaCache(client, { parse: parseAvroSchema });
    await Promise.all(Array.from({ length: 20 }, () => fresh.schemaById(registered[0]!.id)));
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'GET']);
  });

  it('does not contact the registry for a schema that does not parse', async () => {
    const cache = new SchemaCache(client, { parse: parseAvroSchema });
    await expect(cache.register('t-value', '{"type": "nope"}')).rejects.toBeInstanceOf(InvalidSchemaError);
    expect(server.requests).toHaveLength(0);
  });

  it('does not remember failures', async () => {
    const cache = new SchemaCache(client, { parse: parseAvroSchema });
    server.respond(() => ({ status: 500, body: { error_code: 50001, message: 'store down' } }));
    await expect(cache.register('t-value', RECORD)).rejects.toBeInstanceOf(SchemaRegistryError);
    await expect(cache.schemaById(1)).rejects.toBeInstanceOf(SchemaRegistryError);
    server.respond(() => ({ status: 200, body: { id: 9 } }));
    expect((await cache.register('t-value', RECORD)).id).toBe(9);
  });

  it('forgets its oldest entries beyond its bound', async () => {
    const cache = new SchemaCache(client, { parse: parseAvroSchema, maxEntries: 2 });
    for (const t of ['"int"', '"long"', '"string"']) await cache.register('s', t);
    expect(server.requests).toHaveLength(3);
    await cache.register('s', '"string"');
    expect(server.requests).toHaveLength(3);
    await cache.register('s', '"int"');
    expect(server.requests).toHaveLength(4);
  });
});

describe('Avro produce and consume against a registry over HTTP', () => {
  it('makes no registry call per request once the schema is known, by id or inline', async () => {
    const codec = new AvroCodec(client);
    const first = await codec.encode('t', { value_schema: RECORD, records: [{ value: { name: 'a' } }] });
    const calls = server.requests.length;
    for (let i = 0; i < 100; i++) {
      await codec.encode('t', { value_schema: RECORD, records: [{ value: { name: `u${i}` } }] });
      await codec.encode('t', { value_schema_id: first.valueSchemaId, records: [{ value: { name: `v${i}` } }] });
      await codec.decode({ key: null, value: first.records[0]!.value });
    }
    expect(calls).toBe(1);
    expect(server.requests.length).toBe(calls);

    const other = new AvroCodec(new SchemaRegistryClient({ urls: server.url }));
    for (let i = 0; i < 100; i++) {
      await other.encode('t', { value_schema_id: first.valueSchemaId, records: [{ value: { name: `w${i}` } }] });
    }
    expect(server.requests.length).toBe(calls + 1);
  });
});

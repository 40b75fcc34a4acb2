/**
 * The built-in schema registry's REST API, as a Confluent registry client sees it: paths,
 * bodies, status and error codes, media types. One registry on its own topic of the test Kafka.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSchemaRegistry } from '../../src/schema-registry/server.ts';
import { request, uniqueName } from './harness.ts';
import { api, deleteTopics, idOf, record, SR_DEFAULT, SR_V1, startRegistry, type Api } from './schema-registry-support.ts';

let registry: RunningSchemaRegistry;
let sr: Api;

beforeAll(async () => {
  registry = await startRegistry();
  sr = api(registry.url);
});
afterAll(async () => {
  await registry?.close();
  if (registry) await deleteTopics(registry.store.topic);
});

const order = record('Order', [{ name: 'id', type: 'long' }]);
const orderWithNote = record('Order', [
  { name: 'id', type: 'long' },
  { name: 'note', type: ['null', 'string'], default: null },
]);
const orderWithCustomer = record('Order', [
  { name: 'id', type: 'long' },
  { name: 'customer', type: 'string' },
]);
const subject = (prefix = 'orders') => uniqueName(prefix) + '-value';

describe('GET /', () => {
  it('answers an empty object in the registry media type', async () => {
    const r = await request(`${registry.url}/`);
    expect(r.status).toBe(200);
    expect(r.contentType).toBe(SR_V1);
    expect(r.json).toEqual({});
  });
});

describe('registering schemas', () => {
  it('returns an id, and the same id for the same schema again without a new version', async () => {
    const s = subject();
    const first = await sr.register(s, order);
    expect(first.status).toBe(200);
    expect(first.contentType).toBe(SR_V1);
    const id = idOf(first);
    expect(Object.keys(first.json as object)).toEqual(['id']);
    expect(idOf(await sr.register(s, order))).toBe(id);
    expect((await sr.get(`/subjects/${s}/versions`)).json).toEqual([1]);
  });

  it('gives the same schema the same id under another subject', async () => {
    const id = idOf(await sr.register(subject(), orderWithNote));
    expect(idOf(await sr.register(subject('returns'), orderWithNote))).toBe(id);
  });

  it('treats whitespace and member order as insignificant, and keeps the text first registered', async () => {
    const s = subject();
    const text = JSON.stringify(record('Spaced', [{ name: 'a', type: 'int' }]));
    const id = idOf(await sr.register(s, text));
    const respelled = '{ "fields" : [ { "type" : { "type": "int" }, "name" : "a" } ], "namespace": "com.acme", "name": "Spaced", "type": "record" }';
    expect(idOf(await sr.register(s, respelled))).toBe(id);
    expect(idOf(await sr.register(subject(), respelled))).toBe(id);
    expect((await sr.get(`/schemas/ids/${id}`)).json).toEqual({ schema: text });
    expect(((await sr.get(`/subjects/${s}/versions/latest`)).json as { version: number }).version).toBe(1);
  });

  it('gives different schemas different ids', async () => {
    const ids = new Set<number>();
    for (const name of ['A', 'B', 'C']) ids.add(idOf(await sr.register(subject(), record(name, [{ name: 'x', type: 'int' }]))));
    expect(ids.size).toBe(3);
  });

  it('accepts primitive schemas and an explicit AVRO type', async () => {
    const s = subject('key');
    expect(idOf(await sr.register(s, '"string"'))).toBeGreaterThan(0);
    expect(idOf(await sr.register(subject('key'), '{"type":"long"}', { schemaType: 'AVRO' }))).toBeGreaterThan(0);
  });

  it('adds compatible versions and refuses incompatible ones with 409', async () => {
    const s = subject();
    const v1 = idOf(await sr.register(s, order));
    const v2 = idOf(await sr.register(s, orderWithNote));
    expect(v2).not.toBe(v1);
    const r = await sr.register(s, orderWithCustomer);
    expect(r.status).toBe(409);
    expect((r.json as { error_code: number }).error_code).toBe(409);
    expect((r.json as { message: string }).message).toMatch(
      new RegExp(`^Schema being registered is incompatible with an earlier schema for subject "${s}", details: \\[Incompatible with version 2: `),
    );
    expect((await sr.get(`/subjects/${s}/versions`)).json).toEqual([1, 2]);
  });

  it.each([
    ['a schema that does not parse', { schema: '{"type":"strin"}' }, 42201, /^Invalid schema: unknown type: "strin"$/],
    ['a schema that is not JSON', { schema: 'record Order' }, 42201, /^Invalid schema: the schema is not JSON/],
    ['an empty schema', { schema: '' }, 42201, /^Empty schema$/],
    ['no schema at all', { schemaType: 'AVRO' }, 42201, /^Empty schema$/],
    ['the PROTOBUF type', { schema: 'syntax = "proto3";', schemaType: 'PROTOBUF' }, 42201, /^Invalid schema type PROTOBUF/],
    ['the JSON type', { schema: '{"type":"object"}', schemaType: 'JSON' }, 42201, /^Invalid schema type JSON/],
    ['a schema that is not a string', { schema: { type: 'string' } }, 422, /schema/],
    ['a reference to a missing version', { schema: '"int"', references: [{ name: 'X', subject: 'nothing-here', version: 1 }] }, 42201, /reference X/],
  ])('answers %s with 422/%s', async (_, body, code, message) => {
    const r = await sr.post(`/subjects/${subject()}/versions`, body);
    expect(r.status).toBe(422);
    expect((r.json as { error_code: number }).error_code).toBe(code);
    expect((r.json as { message: string }).message).toMatch(message);
  });

  it('answers malformed JSON with 400', async () => {
    const r = await sr.post(`/subjects/${subject()}/versions`, '{"schema": ');
    expect(r.status).toBe(400);
    expect((r.json as { error_code: number }).error_code).toBe(400);
  });

  it('ignores members other clients send along', async () => {
    const r = await sr.post(`/subjects/${subject()}/versions`, { schema: '"bytes"', version: 0, id: -1, metadata: null, ruleSet: null });
    expect(r.status).toBe(200);
  });
});

describe('versions of a subject', () => {
  let s: string;
  let ids: number[];
  beforeAll(async () => {
    s = subject();
    ids = [idOf(await sr.register(s, order)), idOf(await sr.register(s, orderWithNote))];
  });

  it('lists them in ascending order', async () => {
    const r = await sr.get(`/subjects/${s}/versions`);
    expect(r.status).toBe(200);
    expect(r.json).toEqual([1, 2]);
  });

  it('returns one by number or as latest', async () => {
    expect((await sr.get(`/subjects/${s}/versions/1`)).json).toEqual({ subject: s, version: 1, id: ids[0], schema: JSON.stringify(order) });
    expect((await sr.get(`/subjects/${s}/versions/latest`)).json).toEqual({
      subject: s,
      version: 2,
      id: ids[1],
      schema: JSON.stringify(orderWithNote),
    });
  });

  it('returns only the schema itself from /schema', async () => {
    const r = await sr.get(`/subjects/${s}/versions/2/schema`);
    expect(r.status).toBe(200);
    expect(r.json).toEqual(orderWithNote);
  });

  it('lists subjects in ascending order', async () => {
    const names = (await sr.get('/subjects')).json as string[];
    expect(names).toContain(s);
    expect([...names].sort()).toEqual(names);
  });

  it.each([
    ['GET', '/subjects/nobody-value/versions', 40401, "Subject 'nobody-value' not found."],
    ['GET', '/subjects/nobody-value/versions/1', 40401, "Subject 'nobody-value' not found."],
    ['GET', '/subjects/nobody-value/versions/latest', 40401, "Subject 'nobody-value' not found."],
    ['DELETE', '/subjects/nobody-value', 40401, "Subject 'nobody-value' not found."],
    ['DELETE', '/subjects/nobody-value/versions/1', 40401, "Subject 'nobody-value' not found."],
  ])('%s %s answers 404/%s', async (method, path, code, message) => {
    const r = method === 'GET' ? await sr.get(path) : await sr.del(path);
    expect(r.status).toBe(404);
    expect(r.json).toEqual({ error_code: code, message });
  });

  it('answers 40402 for a version the subject does not have', async () => {
    const r = await sr.get(`/subjects/${s}/versions/9`);
    expect(r.status).toBe(404);
    expect(r.json).toEqual({ error_code: 40402, message: 'Version 9 not found.' });
  });

  it.each(['0', 'first', '-5', '2147483648'])('answers 42202 for version %j', async (version) => {
    for (const r of [await sr.get(`/subjects/${s}/versions/${version}`), await sr.del(`/subjects/${s}/versions/${version}`)]) {
      expect(r.status).toBe(422);
      expect((r.json as { error_code: number }).error_code).toBe(42202);
    }
  });
});

describe('looking a schema up under a subject', () => {
  it('returns subject, id, version and schema', async () => {
    const s = subject();
    await sr.register(s, order);
    const id = idOf(await sr.register(s, orderWithNote));
    const r = await sr.post(`/subjects/${s}`, { schema: JSON.stringify(orderWithNote, null, 2) });
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ subject: s, version: 2, id, schema: JSON.stringify(orderWithNote) });
  });

  it('answers 40403 for a schema not registered under the subject, 40401 for an unknown subject', async () => {
    const s = subject();
    await sr.register(s, order);
    expect((await sr.post(`/subjects/${s}`, { schema: '"int"' })).json).toEqual({ error_code: 40403, message: 'Schema not found' });
    expect((await sr.post(`/subjects/${subject()}`, { schema: '"int"' })).json).toMatchObject({ error_code: 40401 });
  });

  it('answers 42201 for a schema that does not parse', async () => {
    const s = subject();
    await sr.register(s, order);
    expect((await sr.post(`/subjects/${s}`, { schema: '{' })).json).toMatchObject({ error_code: 42201 });
  });
});

describe('deleting', () => {
  it('soft-deletes a version, then deletes it permanently', async () => {
    const s = subject();
    await sr.register(s, order);
    const id2 = idOf(await sr.register(s, record('Order', [{ name: 'id', type: 'long' }, { name: 'once', type: 'int', default: 1 }])));

    const del = await sr.del(`/subjects/${s}/versions/2`);
    expect(del.status).toBe(200);
    expect(del.json).toBe(2);
    expect((await sr.get(`/subjects/${s}/versions`)).json).toEqual([1]);
    expect((await sr.get(`/subjects/${s}/versions?deleted=true`)).json).toEqual([1, 2]);
    expect((await sr.get(`/subjects/${s}/versions/2`)).json).toMatchObject({ error_code: 40402 });
    expect((await sr.get(`/subjects/${s}/versions/2?deleted=true`)).json).toMatchObject({ version: 2, id: id2 });
    expect((await sr.get(`/subjects/${s}/versions/latest`)).json).toMatchObject({ version: 1 });
    // The id stays resolvable for data written with it.
    expect((await sr.get(`/schemas/ids/${id2}`)).status).toBe(200);

    expect((await sr.del(`/subjects/${s}/versions/2`)).json).toEqual({
      error_code: 40406,
      message: `Subject '${s}' Version 2 was soft deleted.Set permanent=true to delete permanently`,
    });
    expect((await sr.del(`/subjects/${s}/versions/1?permanent=true`)).json).toEqual({
      error_code: 40407,
      message: `Subject '${s}' Version 1 was not deleted first before being permanently deleted`,
    });
    const hard = await sr.del(`/subjects/${s}/versions/2?permanent=true`);
    expect(hard.status).toBe(200);
    expect(hard.json).toBe(2);
    expect((await sr.get(`/subjects/${s}/versions?deleted=true`)).json).toEqual([1]);
    expect((await sr.get(`/schemas/ids/${id2}`)).json).toEqual({ error_code: 40403, message: `Schema ${id2} not found` });
    expect((await sr.del(`/subjects/${s}/versions/2?permanent=true`)).json).toMatchObject({ error_code: 40402 });
  });

  it('deletes the latest version by name', async () => {
    const s = subject();
    await sr.register(s, order);
    await sr.register(s, orderWithNote);
    expect((await sr.del(`/subjects/${s}/versions/latest`)).json).toBe(2);
    expect((await sr.del(`/subjects/${s}/versions/latest`)).json).toBe(1);
    expect((await sr.del(`/subjects/${s}/versions/latest`)).json).toMatchObject({ error_code: 40402 });
  });

  it('soft-deletes a subject, then deletes it permanently', async () => {
    const s = subject();
    const id1 = idOf(await sr.register(s, order));
    await sr.register(s, orderWithNote);

    expect((await sr.del(`/subjects/${s}?permanent=true`)).json).toEqual({
      error_code: 40405,
      message: `Subject '${s}' was not deleted first before being permanently deleted`,
    });
    const soft = await sr.del(`/subjects/${s}`);
    expect(soft.status).toBe(200);
    expect(soft.json).toEqual([1, 2]);
    expect((await sr.del(`/subjects/${s}`)).json).toEqual({
      error_code: 40404,
      message: `Subject '${s}' was soft deleted.Set permanent=true to delete permanently`,
    });
    expect((await sr.get('/subjects')).json).not.toContain(s);
    expect((await sr.get('/subjects?deleted=true')).json).toContain(s);
    expect((await sr.get(`/subjects/${s}/versions`)).json).toMatchObject({ error_code: 40401 });
    expect((await sr.post(`/subjects/${s}`, { schema: JSON.stringify(order) })).json).toMatchObject({ error_code: 40401 });
    expect((await sr.post(`/subjects/${s}?deleted=true`, { schema: JSON.stringify(order) })).json).toMatchObject({ version: 1, id: id1 });
    expect((await sr.get(`/schemas/ids/${id1}`)).status).toBe(200);

    const hard = await sr.del(`/subjects/${s}?permanent=true`);
    expect(hard.status).toBe(200);
    expect(hard.json).toEqual([1, 2]);
    expect((await sr.get('/subjects?deleted=true')).json).not.toContain(s);
    expect((await sr.del(`/subjects/${s}`)).json).toMatchObject({ error_code: 40401 });
  });

  it('continues version numbers after a soft delete, reusing the id of a schema registered before', async () => {
    const s = subject();
    const id = idOf(await sr.register(s, order));
    await sr.del(`/subjects/${s}`);
    expect(idOf(await sr.register(s, order))).toBe(id);
    expect((await sr.get(`/subjects/${s}/versions`)).json).toEqual([2]);
  });

  it('starts again at version 1 after a permanent delete', async () => {
    const s = subject();
    await sr.register(s, order);
    await sr.del(`/subjects/${s}`);
    await sr.del(`/subjects/${s}?permanent=true`);
    await sr.register(s, orderWithCustomer);
    expect((await sr.get(`/subjects/${s}/versions`)).json).toEqual([1]);
  });
});

describe('references', () => {
  const address = record('Address', [{ name: 'city', type: 'string' }]);
  const customer = record('Customer', [{ name: 'address', type: 'com.acme.Address' }]);

  it('registers a schema that uses a type from another subject, and protects that version', async () => {
    const addr = subject('address');
    const cust = subject('customer');
    idOf(await sr.register(addr, address));
    const references = [{ name: 'com.acme.Address', subject: addr, version: 1 }];
    const id = idOf(await sr.register(cust, customer, { references }));
    expect((await sr.get(`/subjects/${cust}/versions/1`)).json).toEqual({
      subject: cust,
      version: 1,
      id,
      references,
      schema: JSON.stringify(customer),
    });
    expect((await sr.get(`/schemas/ids/${id}`)).json).toEqual({ references, schema: JSON.stringify(customer) });
    expect((await sr.get(`/subjects/${addr}/versions/1/referencedby`)).json).toEqual([id]);
    const del = await sr.del(`/subjects/${addr}/versions/1`);
    expect(del.status).toBe(422);
    expect((del.json as { error_code: number }).error_code).toBe(42206);
    expect((await sr.del(`/subjects/${addr}`)).json).toMatchObject({ error_code: 42206 });
    // Without the reference the type is unknown.
    expect((await sr.register(subject('customer'), customer)).json).toMatchObject({ error_code: 42201 });
  });

  it('pins a reference to the latest version (-1) to that version', async () => {
    const addr = subject('address');
    await sr.register(addr, address);
    const cust = subject('customer');
    await sr.register(cust, customer, { references: [{ name: 'com.acme.Address', subject: addr, version: -1 }] });
    expect(((await sr.get(`/subjects/${cust}/versions/1`)).json as { references: unknown }).references).toEqual([
      { name: 'com.acme.Address', subject: addr, version: 1 },
    ]);
  });
});

describe('schemas by id', () => {
  let id: number;
  let a: string;
  let b: string;
  beforeAll(async () => {
    a = subject();
    b = subject('returns');
    id = idOf(await sr.register(a, orderWithNote));
    await sr.register(b, orderWithNote);
  });

  it('returns the schema', async () => {
    const r = await sr.get(`/schemas/ids/${id}`);
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ schema: JSON.stringify(orderWithNote) });
    expect((await sr.get(`/schemas/ids/${id}/schema`)).json).toEqual(orderWithNote);
  });

  it('lists the subject versions and subjects that use it', async () => {
    const pairs = (await sr.get(`/schemas/ids/${id}/versions`)).json as { subject: string; version: number }[];
    expect(pairs).toEqual(expect.arrayContaining([{ subject: a, version: 1 }, { subject: b, version: 1 }]));
    expect((await sr.get(`/schemas/ids/${id}/subjects`)).json).toEqual(expect.arrayContaining([a, b]));
    await sr.del(`/subjects/${b}`);
    expect((await sr.get(`/schemas/ids/${id}/subjects`)).json).not.toContain(b);
    expect((await sr.get(`/schemas/ids/${id}/subjects?deleted=true`)).json).toContain(b);
    expect((await sr.get(`/schemas/ids/${id}/versions?deleted=true`)).json).toContainEqual({ subject: b, version: 1 });
  });

  it('answers 40403 for an unknown id, and a plain 404 for an id that is not a number', async () => {
    for (const path of ['/schemas/ids/999999', '/schemas/ids/999999/schema']) {
      expect((await sr.get(path)).json).toEqual({ error_code: 40403, message: 'Schema 999999 not found' });
    }
    for (const path of ['/schemas/ids/999999/versions', '/schemas/ids/999999/subjects']) {
      expect((await sr.get(path)).json).toEqual({ error_code: 40403, message: 'Schema not found' });
    }
    const r = await sr.get('/schemas/ids/abc');
    expect(r.status).toBe(404);
    expect(r.json).toEqual({ error_code: 404, message: 'HTTP 404 Not Found' });
  });

  it('lists the supported schema types', async () => {
    expect((await sr.get('/schemas/types')).json).toEqual(['AVRO']);
  });
});

describe('testing compatibility', () => {
  let s: string;
  beforeAll(async () => {
    s = subject();
    await sr.register(s, order);
    await sr.register(s, orderWithNote);
  });
  const test = (path: string, schema: unknown) => sr.post(path, { schema: typeof schema === 'string' ? schema : JSON.stringify(schema) });

  it('answers is_compatible against the latest or a given version', async () => {
    const compatible = record('Order', [{ name: 'id', type: 'long' }, { name: 'note', type: ['null', 'string'], default: null }, { name: 'n', type: 'int', default: 0 }]);
    const r = await test(`/compatibility/subjects/${s}/versions/latest`, compatible);
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ is_compatible: true });
    expect((await test(`/compatibility/subjects/${s}/versions/1`, orderWithCustomer)).json).toEqual({ is_compatible: false });
  });

  it('explains with verbose=true', async () => {
    const r = await test(`/compatibility/subjects/${s}/versions/latest?verbose=true`, orderWithCustomer);
    const body = r.json as { is_compatible: boolean; messages: string[] };
    expect(body.is_compatible).toBe(false);
    expect(body.messages[0]).toMatch(/^Incompatible with version 2: the new schema cannot read data written with it: /);
    expect(body.messages.at(-1)).toBe("{compatibility: 'BACKWARD'}");
    expect((await test(`/compatibility/subjects/${s}/versions/latest?verbose=true`, orderWithNote)).json).toEqual({
      is_compatible: true,
      messages: [],
    });
  });

  it('reports a schema that does not parse: 42201, or in the messages with verbose=true', async () => {
    expect((await test(`/compatibility/subjects/${s}/versions/latest`, '{"type":"nope"}')).json).toMatchObject({ error_code: 42201 });
    const r = await test(`/compatibility/subjects/${s}/versions/latest?verbose=true`, '{"type":"nope"}');
    expect(r.json).toEqual({ is_compatible: false, messages: ['Invalid schema: unknown type: "nope"'] });
  });

  it('checks against the whole subject the way registering would', async () => {
    expect((await test(`/compatibility/subjects/${s}/versions`, orderWithCustomer)).json).toEqual({ is_compatible: false });
    expect((await test(`/compatibility/subjects/${s}/versions`, orderWithNote)).json).toEqual({ is_compatible: true });
  });

  it('treats a subject without versions as compatible with anything', async () => {
    expect((await test(`/compatibility/subjects/${subject()}/versions/latest`, '"int"')).json).toEqual({ is_compatible: true });
  });

  it('answers 40402 for a missing version and 42202 for an invalid one', async () => {
    expect((await test(`/compatibility/subjects/${s}/versions/7`, '"int"')).json).toEqual({ error_code: 40402, message: 'Version 7 not found.' });
    expect((await test(`/compatibility/subjects/${s}/versions/zero`, '"int"')).json).toMatchObject({ error_code: 42202 });
  });

  it('leaves soft-deleted versions out of the check', async () => {
    const t = subject();
    await sr.register(t, order);
    await sr.register(t, orderWithNote);
    await sr.del(`/subjects/${t}/versions/2`);
    // Compatible with version 1 only; version 2 would refuse it under BACKWARD.
    const v3 = record('Order', [{ name: 'id', type: 'long' }, { name: 'note', type: 'int', default: 0 }]);
    expect((await test(`/compatibility/subjects/${t}/versions/latest`, v3)).json).toEqual({ is_compatible: true });
    expect((await test(`/compatibility/subjects/${t}/versions/2`, v3)).json).toMatchObject({ error_code: 40402 });
    expect(idOf(await sr.register(t, v3))).toBeGreaterThan(0);
    expect((await sr.get(`/subjects/${t}/versions?deleted=true`)).json).toEqual([1, 2, 3]);
  });
});

describe('compatibility levels', () => {
  it('has BACKWARD as the global default, which can be set and reset', async () => {
    expect((await sr.get('/config')).json).toEqual({ compatibilityLevel: 'BACKWARD' });
    const put = await sr.put('/config', { compatibility: 'full' });
    expect(put.status).toBe(200);
    expect(put.json).toEqual({ compatibility: 'FULL' });
    expect((await sr.get('/config')).json).toEqual({ compatibilityLevel: 'FULL' });
    expect((await sr.get(`/config/${subject()}?defaultToGlobal=true`)).json).toEqual({ compatibilityLevel: 'FULL' });
    expect((await sr.del('/config')).json).toEqual({ compatibilityLevel: 'FULL' });
    expect((await sr.get('/config')).json).toEqual({ compatibilityLevel: 'BACKWARD' });
  });

  it('keeps a level per subject', async () => {
    const s = subject();
    expect((await sr.get(`/config/${s}`)).json).toEqual({
      error_code: 40408,
      message: `Subject '${s}' does not have subject-level compatibility configured`,
    });
    expect((await sr.get(`/config/${s}?defaultToGlobal=true`)).json).toEqual({ compatibilityLevel: 'BACKWARD' });
    expect((await sr.put(`/config/${s}`, { compatibility: 'NONE' })).json).toEqual({ compatibility: 'NONE' });
    expect((await sr.get(`/config/${s}`)).json).toEqual({ compatibilityLevel: 'NONE' });

    await sr.register(s, order);
    expect((await sr.register(s, orderWithCustomer)).status).toBe(200);

    expect((await sr.del(`/config/${s}`)).json).toEqual({ compatibilityLevel: 'NONE' });
    expect((await sr.del(`/config/${s}`)).json).toEqual({ error_code: 40401, message: `Subject '${s}' not found.` });
    expect((await sr.register(s, record('Order', [{ name: 'id', type: 'string' }]))).status).toBe(409);
  });

  it('drops the level of a subject deleted permanently', async () => {
    const s = subject();
    await sr.register(s, order);
    await sr.put(`/config/${s}`, { compatibility: 'FORWARD' });
    await sr.del(`/subjects/${s}`);
    expect((await sr.get(`/config/${s}`)).json).toEqual({ compatibilityLevel: 'FORWARD' });
    await sr.del(`/subjects/${s}?permanent=true`);
    expect((await sr.get(`/config/${s}`)).json).toMatchObject({ error_code: 40408 });
  });

  it.each(['FULLY', '', 'backwards'])('answers 42203 for level %j', async (level) => {
    for (const path of ['/config', `/config/${subject()}`]) {
      const r = await sr.put(path, { compatibility: level });
      expect(r.status).toBe(422);
      expect(r.json).toEqual({
        error_code: 42203,
        message:
          'Invalid compatibility level. Valid values are none, backward, forward, full, backward_transitive, forward_transitive, and full_transitive',
      });
    }
  });

  it('answers 422 for a body without a level', async () => {
    const r = await sr.put('/config', { compatibilityLevel: 'FULL' });
    expect(r.status).toBe(422);
    expect((r.json as { error_code: number }).error_code).toBe(422);
  });

  // Each level, through registration: an evolution it accepts and one it refuses.
  const a = { name: 'a', type: 'int' };
  const bDefault = { name: 'b', type: 'int', default: 0 };
  const bRequired = { name: 'b', type: 'int' };
  const cDefault = { name: 'c', type: 'string', default: '' };
  const cases: { level: string; history: unknown[][]; accepted: unknown[]; refused: unknown[] }[] = [
    { level: 'NONE', history: [[a]], accepted: [{ name: 'a', type: 'string' }], refused: [] },
    { level: 'BACKWARD', history: [[a]], accepted: [a, bDefault], refused: [a, bRequired] },
    { level: 'BACKWARD_TRANSITIVE', history: [[a], [a, bDefault]], accepted: [a, bDefault, cDefault], refused: [a, bRequired] },
    { level: 'FORWARD', history: [[a, bRequired]], accepted: [a, bRequired, cDefault], refused: [a] },
    { level: 'FORWARD_TRANSITIVE', history: [[a, bRequired], [a, bDefault]], accepted: [a, bDefault, cDefault], refused: [a] },
    { level: 'FULL', history: [[a]], accepted: [a, bDefault], refused: [a, bRequired] },
    { level: 'FULL_TRANSITIVE', history: [[a], [a, bDefault]], accepted: [a, bDefault, cDefault], refused: [a, bRequired] },
  ];
  it.each(cases)('$level accepts and refuses what it should', async ({ level, history, accepted, refused }) => {
    const s = subject(level.toLowerCase());
    await sr.put(`/config/${s}`, { compatibility: level });
    for (const fields of history) idOf(await sr.register(s, record('R', fields as never)));
    if (refused.length) {
      const r = await sr.register(s, record('R', refused as never));
      expect(r.status).toBe(409);
    }
    expect((await sr.register(s, record('R', accepted as never))).status).toBe(200);
  });
});

describe('HTTP', () => {
  it('follows the Accept header and the registry weights', async () => {
    expect((await request(`${registry.url}/subjects`, { headers: { Accept: 'application/json' } })).contentType).toBe('application/json');
    expect((await request(`${registry.url}/subjects`, { headers: { Accept: SR_DEFAULT } })).contentType).toBe(SR_DEFAULT);
    expect((await request(`${registry.url}/subjects`, { headers: { Accept: '*/*' } })).contentType).toBe(SR_V1);
    expect((await request(`${registry.url}/subjects`)).contentType).toBe(SR_V1);
  });

  it('answers 406 without a body for an Accept it cannot produce', async () => {
    const r = await request(`${registry.url}/subjects`, { headers: { Accept: 'text/html' } });
    expect(r.status).toBe(406);
    expect(r.text).toBe('');
  });

  it.each([SR_V1, SR_DEFAULT, 'application/json', 'application/octet-stream'])('accepts request bodies as %s', async (type) => {
    const r = await request(`${registry.url}/subjects/${subject()}/versions`, {
      method: 'POST',
      headers: { 'Content-Type': type },
      body: JSON.stringify({ schema: '"double"' }),
    });
    expect(r.status).toBe(200);
  });

  it('accepts a request body without a Content-Type', async () => {
    const res = await fetch(`${registry.url}/subjects/${subject()}/versions`, {
      method: 'POST',
      body: new Blob([JSON.stringify({ schema: '"float"' })]),
    });
    expect(res.status).toBe(200);
  });

  it('answers 415 for a Content-Type it does not consume', async () => {
    const r = await request(`${registry.url}/subjects/${subject()}/versions`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({ schema: '"int"' }),
    });
    expect(r.status).toBe(415);
    expect(r.contentType).toBe(SR_V1);
    expect(r.json).toEqual({ error_code: 415, message: 'HTTP 415 Unsupported Media Type' });
  });

  it('answers an unknown route with 404 and a wrong method with 405, in the registry type', async () => {
    const missing = await request(`${registry.url}/nothing/here`);
    expect(missing.status).toBe(404);
    expect(missing.contentType).toBe(SR_V1);
    expect(missing.json).toEqual({ error_code: 404, message: 'HTTP 404 Not Found' });
    const wrong = await request(`${registry.url}/schemas/types`, { method: 'DELETE' });
    expect(wrong.status).toBe(405);
    expect(wrong.json).toMatchObject({ error_code: 405 });
  });
});

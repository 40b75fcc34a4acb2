/**
 * The `_schemas` record format: what this registry writes, byte for byte, and what it accepts
 * from records written by the Confluent Schema Registry (older and newer spellings).
 */
import { describe, expect, it } from 'vitest';
import {
  configRecord,
  decodeRecord,
  deleteSubjectRecord,
  schemaRecord,
  schemaTombstone,
} from '../../../src/schema-registry/records.ts';

const buf = (value: unknown) => (value === null ? null : Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)));

describe('records written', () => {
  it('SCHEMA: key and value in the Confluent layout', () => {
    const r = schemaRecord({
      subject: 'orders-value',
      version: 2,
      id: 7,
      schema: '"string"',
      schemaType: 'AVRO',
      references: [],
      deleted: false,
    });
    expect(r.key).toBe('{"keytype":"SCHEMA","subject":"orders-value","version":2,"magic":1}');
    expect(r.value).toBe('{"subject":"orders-value","version":2,"id":7,"schema":"\\"string\\"","deleted":false}');
  });

  it('SCHEMA: schemaType only when not AVRO, references only when present', () => {
    const r = schemaRecord({
      subject: 's',
      version: 1,
      id: 1,
      schema: '{}',
      schemaType: 'JSON',
      references: [{ name: 'a.B', subject: 'b', version: 3 }],
      deleted: true,
    });
    expect(JSON.parse(r.value!)).toEqual({
      subject: 's',
      version: 1,
      id: 1,
      schemaType: 'JSON',
      references: [{ name: 'a.B', subject: 'b', version: 3 }],
      schema: '{}',
      deleted: true,
    });
  });

  it('tombstones, CONFIG and DELETE_SUBJECT', () => {
    expect(schemaTombstone('s', 3)).toEqual({ key: '{"keytype":"SCHEMA","subject":"s","version":3,"magic":1}', value: null });
    expect(configRecord(null, 'FULL')).toEqual({
      key: '{"keytype":"CONFIG","subject":null,"magic":0}',
      value: '{"compatibilityLevel":"FULL"}',
    });
    expect(configRecord('s', null)).toEqual({ key: '{"keytype":"CONFIG","subject":"s","magic":0}', value: null });
    expect(deleteSubjectRecord('s', 4)).toEqual({
      key: '{"keytype":"DELETE_SUBJECT","subject":"s","magic":0}',
      value: '{"subject":"s","version":4}',
    });
  });

  it('every record written reads back as what was meant', () => {
    const r = schemaRecord({ subject: 's', version: 1, id: 9, schema: '"int"', schemaType: 'AVRO', references: [], deleted: false });
    expect(decodeRecord(buf(r.key), buf(r.value))).toEqual({
      kind: 'schema',
      subject: 's',
      version: 1,
      value: { subject: 's', version: 1, id: 9, schema: '"int"', schemaType: 'AVRO', references: [], deleted: false },
    });
    const c = configRecord(null, 'NONE');
    expect(decodeRecord(buf(c.key), buf(c.value))).toEqual({ kind: 'config', subject: null, level: 'NONE' });
  });
});

describe('records read', () => {
  it('a global CONFIG key without a subject member (newer Confluent spelling)', () => {
    expect(decodeRecord(buf({ keytype: 'CONFIG', magic: 0 }), buf({ compatibilityLevel: 'FORWARD' }))).toEqual({
      kind: 'config',
      subject: null,
      level: 'FORWARD',
    });
  });

  it('a CONFIG value that repeats its subject and carries other settings', () => {
    const value = { subject: 's', compatibilityLevel: 'full_transitive', normalize: true };
    expect(decodeRecord(buf({ keytype: 'CONFIG', subject: 's', magic: 0 }), buf(value))).toEqual({
      kind: 'config',
      subject: 's',
      level: 'FULL_TRANSITIVE',
    });
  });

  it('a CONFIG value without a compatibility level changes nothing', () => {
    expect(decodeRecord(buf({ keytype: 'CONFIG', subject: 's', magic: 0 }), buf({ normalize: true }))).toEqual({ kind: 'other' });
  });

  it('a SCHEMA value with members this registry does not use', () => {
    const value = { subject: 's', version: 1, id: 3, md5: 'x', metadata: {}, schema: '"long"', deleted: false };
    const decoded = decodeRecord(buf({ keytype: 'SCHEMA', subject: 's', version: 1, magic: 1 }), buf(value));
    expect(decoded).toMatchObject({ kind: 'schema', value: { id: 3, schema: '"long"', schemaType: 'AVRO', deleted: false } });
  });

  it('a SCHEMA tombstone', () => {
    expect(decodeRecord(buf({ keytype: 'SCHEMA', subject: 's', version: 2, magic: 1 }), null)).toEqual({
      kind: 'schema',
      subject: 's',
      version: 2,
      value: null,
    });
  });

  it('NOOP and key types this registry does not use', () => {
    expect(decodeRecord(buf({ keytype: 'NOOP', magic: 0 }), null)).toEqual({ kind: 'other' });
    expect(decodeRecord(buf({ keytype: 'MODE', subject: null, magic: 0 }), buf({ mode: 'READONLY' }))).toEqual({ kind: 'other' });
  });

  it.each([
    ['a key that is not JSON', 'garbage', { id: 1 }],
    ['a key that is not an object', '"SCHEMA"', null],
    ['a SCHEMA key without a version', { keytype: 'SCHEMA', subject: 's', magic: 1 }, null],
    ['a SCHEMA value without an id', { keytype: 'SCHEMA', subject: 's', version: 1, magic: 1 }, { schema: '"int"' }],
    ['a SCHEMA value that is not JSON', { keytype: 'SCHEMA', subject: 's', version: 1, magic: 1 }, '{oops'],
    ['a DELETE_SUBJECT value without a version', { keytype: 'DELETE_SUBJECT', subject: 's', magic: 0 }, { subject: 's' }],
  ])('skips %s', (_, key, value) => {
    expect(decodeRecord(buf(key), buf(value))).toBeUndefined();
  });
});

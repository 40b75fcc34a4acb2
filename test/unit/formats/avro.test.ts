import { describe, expect, it } from 'vitest';
import {
  AvroCodec,
  decodeLongVarint,
  encodeLongVarint,
  floatToJson,
  parseAvroSchema,
  type AvroSchema,
} from '../../../src/formats/avro.ts';
import { jsonText } from '../../../src/formats/json-text.ts';
import {
  AvroConversionError,
  EmbeddedDecodeError,
  InvalidSchemaError,
  SchemaMissingError,
  SchemaRegistryFailedError,
} from '../../../src/formats/errors.ts';
import { SchemaRegistryError, type RegistrySchema, type SchemaRegistry } from '../../../src/registry/client.ts';

/** Avro JSON → avsc value → Avro binary → avsc value → Avro JSON. */
function roundTrip(schema: AvroSchema, json: unknown): unknown {
  const bytes = schema.type.toBuffer(schema.fromJson(json));
  return schema.toJson(schema.type.fromBuffer(bytes));
}

/** The JSON text the API would show for a value. */
const shown = (schema: AvroSchema, json: unknown) => jsonText(roundTrip(schema, json));

function conversionError(schema: AvroSchema, json: unknown): string {
  try {
    schema.fromJson(json);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error(`${JSON.stringify(json)} was accepted`);
}

describe('Avro JSON encoding, per type', () => {
  it('null', () => {
    const s = parseAvroSchema('"null"');
    expect(roundTrip(s, null)).toBeNull();
    expect(conversionError(s, 0)).toBe('expected null, got 0');
  });

  it('boolean', () => {
    const s = parseAvroSchema('{"type": "boolean"}');
    expect(roundTrip(s, true)).toBe(true);
    expect(roundTrip(s, false)).toBe(false);
    expect(conversionError(s, 'true')).toMatch(/expected a boolean/);
  });

  it('int: 32-bit integers only', () => {
    const s = parseAvroSchema('"int"');
    for (const n of [0, -1, 2147483647, -2147483648]) expect(roundTrip(s, n)).toBe(n);
    expect(conversionError(s, 2147483648)).toMatch(/expected an int/);
    expect(conversionError(s, 1.5)).toMatch(/expected an int/);
    expect(conversionError(s, '1')).toMatch(/expected an int/);
  });

  it('long: exact over the whole 64-bit range, numbers when safe and BigInts beyond', () => {
    const s = parseAvroSchema('"long"');
    for (const n of [0, 1, -1, 63, -64, 64, 2 ** 31, -(2 ** 31) - 1, 2 ** 52 - 1, -(2 ** 52), Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]) {
      expect(roundTrip(s, n)).toBe(n);
    }
    for (const n of [9007199254740993n, -9007199254740993n, 9223372036854775807n, -9223372036854775808n]) {
      expect(roundTrip(s, n)).toBe(n);
    }
    expect(shown(s, 9007199254740993n)).toBe('9007199254740993');
    expect(shown(s, -9223372036854775808n)).toBe('-9223372036854775808');
    for (const text of ['{"type": "long"}', '{"type": "long", "logicalType": "timestamp-micros"}', '["null", {"type": "long"}]']) {
      const written = parseAvroSchema(text);
      const value = text.startsWith('[') ? { long: -9223372036854775807n } : -9223372036854775807n;
      expect(roundTrip(written, value)).toEqual(value);
    }
    // A safe value given as a BigInt comes back as a plain number.
    expect(roundTrip(s, 42n)).toBe(42);
    expect(conversionError(s, 9223372036854775808n)).toMatch(/expected a long/);
    expect(conversionError(s, 1.5)).toMatch(/expected a long/);
    expect(conversionError(s, '1')).toMatch(/expected a long/);
  });

  it('long: the zigzag varint matches the Avro specification', () => {
    const cases: [number | bigint, number[]][] = [
      [0, [0x00]],
      [-1, [0x01]],
      [1, [0x02]],
      [-64, [0x7f]],
      [64, [0x80, 0x01]],
      [-9223372036854775808n, [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]],
      [9223372036854775807n, [0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]],
    ];
    for (const [value, bytes] of cases) {
      expect([...encodeLongVarint(value)]).toEqual(bytes);
      expect(decodeLongVarint(Buffer.from(bytes))).toBe(value);
    }
    for (const n of [2 ** 52, -(2 ** 52), 2 ** 53 - 1, -(2 ** 53 - 1)]) {
      expect(decodeLongVarint(encodeLongVarint(n))).toBe(n);
      expect(encodeLongVarint(n)).toEqual(encodeLongVarint(BigInt(n)));
    }
  });

  it('float: 32-bit, rendered as the shortest decimal of the float', () => {
    const s = parseAvroSchema('"float"');
    expect(roundTrip(s, 0.1)).toBe(0.1);
    expect(roundTrip(s, -1.5)).toBe(-1.5);
    expect(roundTrip(s, 16777217)).toBe(16777216);
    expect(floatToJson(Math.fround(3.4028234663852886e38))).toBe(3.4028235e38);
    expect(roundTrip(s, 'NaN')).toBe('NaN');
    expect(roundTrip(s, 'Infinity')).toBe('Infinity');
    expect(roundTrip(s, '-Infinity')).toBe('-Infinity');
    expect(conversionError(s, '1.5')).toMatch(/expected a float/);
  });

  it('double', () => {
    const s = parseAvroSchema('"double"');
    for (const n of [0.1, -1e300, 5e-324, 123456.789]) expect(roundTrip(s, n)).toBe(n);
    expect(roundTrip(s, 'NaN')).toBe('NaN');
    expect(roundTrip(s, '-Infinity')).toBe('-Infinity');
    expect(conversionError(s, true)).toMatch(/expected a double/);
  });

  it('string, including characters outside the BMP', () => {
    const s = parseAvroSchema('"string"');
    expect(roundTrip(s, 'héllo \u{1F600}')).toBe('héllo \u{1F600}');
    expect(conversionError(s, 1)).toMatch(/expected a string/);
  });

  it('bytes: a string of code points 0-255, one per byte', () => {
    const s = parseAvroSchema('"bytes"');
    const all = String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i));
    expect(roundTrip(s, all)).toBe(all);
    expect([...s.type.toBuffer(s.fromJson('\u0000\u00ff'))]).toEqual([4, 0x00, 0xff]);
    expect(conversionError(s, 'Ā')).toMatch(/code points 0-255/);
    expect(conversionError(s, [1])).toMatch(/code points 0-255/);
  });

  it('fixed: exactly its size', () => {
    const s = parseAvroSchema('{"type": "fixed", "name": "Md5", "namespace": "com.acme", "size": 4}');
    expect(roundTrip(s, '\u0001\u0002\u00fe\u00ff')).toBe('\u0001\u0002\u00fe\u00ff');
    expect(conversionError(s, 'abc')).toMatch(/fixed com\.acme\.Md5 of 4 bytes/);
  });

  it('enum: a symbol as a string', () => {
    const s = parseAvroSchema('{"type": "enum", "name": "Suit", "symbols": ["HEARTS", "SPADES"]}');
    expect(roundTrip(s, 'SPADES')).toBe('SPADES');
    expect(conversionError(s, 'CLUBS')).toMatch(/a symbol of enum Suit \(HEARTS, SPADES\), got "CLUBS"/);
  });

  it('array', () => {
    const s = parseAvroSchema('{"type": "array", "items": "long"}');
    expect(roundTrip(s, [1, 9007199254740993n, -3])).toEqual([1, 9007199254740993n, -3]);
    expect(roundTrip(s, [])).toEqual([]);
    const err = (() => {
      try {
        s.fromJson([1, 'x']);
      } catch (e) {
        return e as { path: string; message: string };
      }
    })();
    expect(err?.path).toBe('[1]');
  });

  it('map: an object', () => {
    const s = parseAvroSchema('{"type": "map", "values": "int"}');
    expect({ ...(roundTrip(s, { a: 1, 'b c': 2, __proto__x: 3 }) as object) }).toEqual({ a: 1, 'b c': 2, __proto__x: 3 });
    expect(conversionError(s, [1])).toMatch(/expected a map/);
  });

  it('record: an object with every field, defaults filling absent ones', () => {
    const s = parseAvroSchema(
      JSON.stringify({
        type: 'record',
        name: 'User',
        namespace: 'com.acme',
        fields: [
          { name: 'name', type: 'string' },
          { name: 'age', type: 'int', default: 7 },
          { name: 'tags', type: { type: 'array', items: 'string' }, default: [] },
        ],
      }),
    );
    expect(shown(s, { name: 'a', age: 3, tags: ['x'] })).toBe('{"name":"a","age":3,"tags":["x"]}');
    expect(shown(s, { name: 'a' })).toBe('{"name":"a","age":7,"tags":[]}');
    expect(conversionError(s, { age: 1 })).toBe('missing field name of record com.acme.User, which has no default');
    expect(conversionError(s, { name: 'a', nick: 'b' })).toBe('record com.acme.User has no field nick');
    expect(conversionError(s, 'a')).toMatch(/expected a record com\.acme\.User/);
  });

  it('record: recursive types', () => {
    const s = parseAvroSchema(
      '{"type": "record", "name": "Node", "fields": [{"name": "v", "type": "int"}, {"name": "next", "type": ["null", "Node"]}]}',
    );
    const list = { v: 1, next: { Node: { v: 2, next: { Node: { v: 3, next: null } } } } };
    expect(JSON.parse(shown(s, list))).toEqual(list);
  });

  it('union: null plain, every other branch wrapped in its type name', () => {
    const s = parseAvroSchema(
      JSON.stringify([
        'null',
        'string',
        'long',
        'bytes',
        { type: 'record', name: 'Rec', namespace: 'com.acme', fields: [{ name: 'a', type: 'int' }] },
        { type: 'enum', name: 'E', symbols: ['X'] },
        { type: 'array', items: 'int' },
        { type: 'map', values: 'string' },
      ]),
    );
    expect(roundTrip(s, null)).toBeNull();
    for (const v of [
      { string: 'abc' },
      { long: 5 },
      { bytes: '\u00ff' },
      { 'com.acme.Rec': { a: 1 } },
      { E: 'X' },
      { array: [1, 2] },
      { map: { k: 'v' } },
    ]) {
      expect(JSON.parse(shown(s, v))).toEqual(v);
    }
    expect(shown(s, { long: 9007199254740993n })).toBe('{"long":9007199254740993}');
    expect(conversionError(s, 'abc')).toMatch(/wrapped in an object naming its branch/);
    expect(conversionError(s, { Rec: { a: 1 } })).toMatch(/wrapped in an object naming its branch/);
    expect(conversionError(s, { string: 'a', long: 1 })).toMatch(/wrapped/);
    expect(conversionError(parseAvroSchema('["string", "int"]'), null)).toMatch(/one of the union's branches/);
  });

  it('a union field that is optional, as the schema examples write it', () => {
    const s = parseAvroSchema(
      '{"type":"record","name":"PageView","namespace":"com.example","fields":[{"name":"path","type":"string"},{"name":"referrer","type":["null","string"],"default":null},{"name":"duration_ms","type":"long"}]}',
    );
    expect(shown(s, { path: '/cart', referrer: { string: 'https://example.org/' }, duration_ms: 1830 })).toBe(
      '{"path":"/cart","referrer":{"string":"https://example.org/"},"duration_ms":1830}',
    );
    expect(shown(s, { path: '/', duration_ms: 220 })).toBe('{"path":"/","referrer":null,"duration_ms":220}');
  });

  it('logical types travel as their underlying type', () => {
    const s = parseAvroSchema(
      '{"type":"record","name":"T","fields":[{"name":"d","type":{"type":"int","logicalType":"date"}},{"name":"ts","type":{"type":"long","logicalType":"timestamp-millis"}},{"name":"dec","type":{"type":"bytes","logicalType":"decimal","precision":4,"scale":2}},{"name":"id","type":{"type":"string","logicalType":"uuid"}}]}',
    );
    const v = { d: 19000, ts: 1700000000000, dec: '\u0004\u00d2', id: '0b7ec5b6-3f6e-4b8a-9f5e-7f3c1c2d9e10' };
    expect(JSON.parse(shown(s, v))).toEqual(v);
  });

  it('paths in conversion errors name the failing place', () => {
    const s = parseAvroSchema(
      '{"type":"record","name":"R","fields":[{"name":"m","type":{"type":"map","values":{"type":"array","items":["null","int"]}}}]}',
    );
    try {
      s.fromJson({ m: { k: [null, { int: 'x' }] } });
      expect.unreachable();
    } catch (err) {
      expect((err as { path: string }).path).toBe('.m["k"][1]["int"]');
      expect((err as Error).message).toBe('expected an int (a 32-bit integer), got "x"');
    }
  });
});

describe('parseAvroSchema', () => {
  it('refuses text that is not JSON, or not an Avro schema', () => {
    expect(() => parseAvroSchema('{"type": ')).toThrow(InvalidSchemaError);
    expect(() => parseAvroSchema('"nosuchtype"')).toThrow(/undefined type name: nosuchtype/);
    expect(() => parseAvroSchema('{"type": "record", "name": "R", "fields": [{"name": "a", "type": "int", "default": "x"}]}')).toThrow(
      InvalidSchemaError,
    );
    expect(() => parseAvroSchema('"string"', 'PROTOBUF')).toThrow(/PROTOBUF schema is not an Avro schema/);
  });
});

/** A registry held in memory, counting calls, for the codec's own logic (ordering, wire format). */
function memoryRegistry(): SchemaRegistry & { calls: string[]; schemas: Map<number, string>; fail?: boolean } {
  const schemas = new Map<number, string>();
  const registry = {
    calls: [] as string[],
    schemas,
    fail: false,
    async register(subject: string, schema: string) {
      registry.calls.push(`register ${subject}`);
      if (registry.fail) throw new SchemaRegistryError('unreachable');
      for (const [id, text] of schemas) if (text === schema) return id;
      const id = schemas.size + 100;
      schemas.set(id, schema);
      return id;
    },
    async schemaById(id: number): Promise<RegistrySchema> {
      registry.calls.push(`get ${id}`);
      if (registry.fail) throw new SchemaRegistryError('unreachable');
      const schema = schemas.get(id);
      if (schema === undefined) throw new SchemaRegistryError('Schema not found', 404, 40403);
      return { schema, schemaType: 'AVRO' };
    },
  };
  return registry;
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('resolved');
}

describe('AvroCodec.encode', () => {
  it('writes the wire format: magic byte 0, the id big-endian, the Avro binary', async () => {
    const registry = memoryRegistry();
    const codec = new AvroCodec(registry);
    const out = await codec.encode('t', { value_schema: '"string"', records: [{ value: 'ab' }] });
    expect(out.valueSchemaId).toBe(100);
    expect(out.keySchemaId).toBeNull();
    expect([...out.records[0]!.value!]).toEqual([0, 0, 0, 0, 100, 4, 0x61, 0x62]);
    expect(out.records[0]!.key).toBeNull();
    expect(registry.calls).toEqual(['register t-value']);
  });

  it('registers inline schemas under <topic>-key and <topic>-value, once per schema', async () => {
    const registry = memoryRegistry();
    const codec = new AvroCodec(registry);
    for (let i = 0; i < 3; i++) {
      await codec.encode('t', { key_schema: '"int"', value_schema: '"string"', records: [{ key: 1, value: 'x' }] });
    }
    await codec.encode('t', { key_schema: ' "int" ', value_schema: '"string"', records: [{ key: 1, value: 'x' }] });
    expect(registry.calls.sort()).toEqual(['register t-key', 'register t-value']);
  });

  it('uses an id before an inline schema, looking it up once', async () => {
    const registry = memoryRegistry();
    registry.schemas.set(7, '"long"');
    const codec = new AvroCodec(registry);
    for (let i = 0; i < 3; i++) {
      const out = await codec.encode('t', { value_schema_id: 7, value_schema: '"string"', records: [{ value: 5 }] });
      expect(out.valueSchemaId).toBe(7);
    }
    expect(registry.calls).toEqual(['get 7']);
  });

  it('checks for missing schemas first: keys (42201) before values (42202), before the registry', async () => {
    const registry = memoryRegistry();
    const codec = new AvroCodec(registry);
    const both = await rejection(codec.encode('t', { records: [{ key: 'k', value: 'v' }], value_schema: 'not json' }));
    expect(both).toBeInstanceOf(SchemaMissingError);
    expect((both as SchemaMissingError).part).toBe('key');
    const values = await rejection(codec.encode('t', { key_schema: '"string"', records: [{ key: 'k' }, { value: 'v' }] }));
    expect((values as SchemaMissingError).part).toBe('value');
    expect(registry.calls).toEqual([]);
  });

  it('refuses a schema that does not parse (42205) without calling the registry', async () => {
    const registry = memoryRegistry();
    const codec = new AvroCodec(registry);
    const err = await rejection(codec.encode('t', { value_schema: '{"type": "recrod"}', records: [{ value: 1 }] }));
    expect(err).toBeInstanceOf(InvalidSchemaError);
    expect(registry.calls).toEqual([]);
  });

  it('reports registry failures (40801) before converting records', async () => {
    const registry = memoryRegistry();
    registry.fail = true;
    const codec = new AvroCodec(registry);
    const err = await rejection(codec.encode('t', { value_schema: '"int"', records: [{ value: 'not an int' }] }));
    expect(err).toBeInstanceOf(SchemaRegistryFailedError);
    registry.fail = false;
    const unknown = await rejection(codec.encode('t', { value_schema_id: 999, records: [{ value: 1 }] }));
    expect(unknown).toBeInstanceOf(SchemaRegistryFailedError);
  });

  it('fails the whole request on the first record that does not convert (42203)', async () => {
    const codec = new AvroCodec(memoryRegistry());
    const err = await rejection(
      codec.encode('t', {
        value_schema: '{"type":"record","name":"R","fields":[{"name":"n","type":"int"}]}',
        records: [{ value: { n: 1 } }, { value: { n: 'two' } }],
      }),
    );
    expect(err).toBeInstanceOf(AvroConversionError);
    expect(err.message).toBe('Conversion of JSON to Avro failed: records[1].value.n: expected an int (a 32-bit integer), got "two"');
  });

  it('sends a null key without a key schema as a Kafka null; with one, null must suit the schema', async () => {
    const codec = new AvroCodec(memoryRegistry());
    const plain = await codec.encode('t', { value_schema: '"int"', records: [{ key: null, value: 1 }, { value: 2 }] });
    expect(plain.records.map((r) => r.key)).toEqual([null, null]);
    const optional = await codec.encode('t', { key_schema: '["null","string"]', value_schema: '"int"', records: [{ key: null, value: 1 }] });
    expect(optional.records[0]!.key).toBeNull();
    expect(optional.keySchemaId).not.toBeNull();
    const err = await rejection(codec.encode('t', { key_schema: '"string"', value_schema: '"int"', records: [{ value: 1 }] }));
    expect(err).toBeInstanceOf(AvroConversionError);
    expect(err.message).toMatch(/records\[0\]\.key: expected a string, got null/);
  });

  it('keeps explicit partitions', async () => {
    const codec = new AvroCodec(memoryRegistry());
    const out = await codec.encode('t', { value_schema: '"int"', records: [{ value: 1, partition: 2 }, { value: 2 }] });
    expect(out.records.map((r) => r.partition)).toEqual([2, undefined]);
  });
});

describe('AvroCodec.decode', () => {
  it('renders key and value by the id in each message, sized as their JSON text', async () => {
    const registry = memoryRegistry();
    const codec = new AvroCodec(registry);
    const encoded = await codec.encode('t', {
      key_schema: '"long"',
      value_schema: '{"type":"record","name":"R","fields":[{"name":"s","type":["null","string"]}]}',
      records: [{ key: -9223372036854775808n, value: { s: { string: 'é' } } }],
    });
    const decoded = await codec.decode(encoded.records[0]!);
    expect(decoded.key).toBe(-9223372036854775808n);
    expect(jsonText(decoded.value)).toBe('{"s":{"string":"é"}}');
    expect(decoded.size).toBe('-9223372036854775808'.length + Buffer.byteLength('{"s":{"string":"é"}}'));
    expect(await codec.decode({ key: null, value: null })).toEqual({ key: null, value: null, size: 0 });
  });

  it('looks a schema up once for many messages', async () => {
    const registry = memoryRegistry();
    registry.schemas.set(5, '"string"');
    const codec = new AvroCodec(registry);
    const message = Buffer.from([0, 0, 0, 0, 5, 2, 0x78]);
    const all = await Promise.all(Array.from({ length: 10 }, () => codec.decode({ key: null, value: message })));
    expect(all.every((d) => d.value === 'x')).toBe(true);
    expect(registry.calls).toEqual(['get 5']);
  });

  it('refuses messages that are not in the wire format', async () => {
    const registry = memoryRegistry();
    registry.schemas.set(5, '"string"');
    const codec = new AvroCodec(registry);
    const cases: [number[], RegExp][] = [
      [[1, 0, 0, 0, 5, 2, 0x78], /first byte is 1, not the magic byte 0/],
      [[0, 0, 0], /3 bytes, shorter than the 5-byte header/],
      [[0, 0, 0, 0, 9, 2, 0x78], /schema id 9, which the schema registry does not know/],
      [[0, 0, 0, 0, 5, 20, 0x78], /truncated/],
    ];
    for (const [bytes, message] of cases) {
      const err = await rejection(codec.decode({ key: null, value: Buffer.from(bytes) }));
      expect(err).toBeInstanceOf(EmbeddedDecodeError);
      expect(err.message).toMatch(message);
    }
    registry.fail = true;
    const down = await rejection(codec.decode({ key: Buffer.from([0, 0, 0, 0, 6, 0]), value: null }));
    expect(down).toBeInstanceOf(EmbeddedDecodeError);
    expect(down.message).toMatch(/schema 6 of the record key could not be fetched/);
  });
});

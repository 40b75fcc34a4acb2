/**
 * avro: keys and values are in Avro's JSON encoding on the API, and in the schema registry's wire
 * format in Kafka: byte 0x00, the schema id as a 4-byte big-endian integer, then the Avro binary
 * encoding of the datum.
 *
 * Avro's JSON encoding differs from a plain JSON rendering in a few places, in both directions:
 * a non-null union value is wrapped in an object naming its branch (`{"string": "x"}`, or the full
 * name of a named type such as `{"com.acme.Rec": {...}}`), bytes and fixed are strings whose
 * characters are the bytes (code points 0-255), and longs are exact over their whole 64-bit range
 * (a long beyond 2^53 is a BigInt here; the HTTP layer reads and writes it as a bare JSON number).
 * Logical types are not interpreted: a value travels as its underlying type.
 *
 * Schemas are parsed with avsc, with wrapped unions and a long type of our own; the conversions
 * between Avro JSON and avsc's in-memory values are compiled once per schema.
 */
import avsc from 'avsc';
import { SchemaCache } from '../registry/cache.ts';
import { jsonText } from './json-text.ts';
import { SchemaRegistryError, type SchemaRegistry } from '../registry/client.ts';
import {
  AvroConversionError,
  EmbeddedDecodeError,
  InvalidSchemaError,
  SchemaMissingError,
  SchemaRegistryFailedError,
} from './errors.ts';
import { partitionOf, type EmbeddedCodec, type EncodedProduceRequest, type ProduceRequest, type RawRecord } from './types.ts';

// ---------------------------------------------------------------------------------------------
// Longs: a number when it is a safe integer, a BigInt otherwise.

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
/** Below this magnitude the zigzag value (2|n| + 1) is still an exact double. */
const EXACT_ZIGZAG_LIMIT = 2 ** 52;

/** A long as this codec holds it: a safe-integer number, or a BigInt outside the safe range. */
export type Long = number | bigint;

function normalizeLong(value: bigint): Long {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

function isLong(value: unknown): value is Long {
  if (typeof value === 'number') return Number.isSafeInteger(value);
  return typeof value === 'bigint' && value >= INT64_MIN && value <= INT64_MAX;
}

/** The zigzag varint of a long, as Avro's binary encoding writes it. */
export function encodeLongVarint(value: Long): Buffer {
  if (typeof value === 'number' && Math.abs(value) < EXACT_ZIGZAG_LIMIT) {
    let z = value >= 0 ? value * 2 : -value * 2 - 1;
    const bytes: number[] = [];
    while (z >= 0x80) {
      bytes.push((z % 0x80) | 0x80);
      z = Math.floor(z / 0x80);
    }
    bytes.push(z);
    return Buffer.from(bytes);
  }
  const n = BigInt(value);
  let z = n >= 0n ? n << 1n : ((-n) << 1n) - 1n;
  const bytes: number[] = [];
  while (z >= 0x80n) {
    bytes.push(Number(z & 0x7fn) | 0x80);
    z >>= 7n;
  }
  bytes.push(Number(z));
  return Buffer.from(bytes);
}

/** The long encoded by a zigzag varint (the bytes of exactly one varint). */
export function decodeLongVarint(bytes: Buffer): Long {
  if (bytes.length <= 7) {
    // At most 49 bits: plain arithmetic is exact.
    let z = 0;
    let scale = 1;
    for (let i = 0; i < bytes.length; i++) {
      z += (bytes[i]! & 0x7f) * scale;
      scale *= 0x80;
    }
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }
  let z = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) z = (z << 7n) | BigInt(bytes[i]! & 0x7f);
  z = BigInt.asUintN(64, z);
  return normalizeLong((z >> 1n) ^ -(z & 1n));
}

const longType = avsc.types.LongType.__with(
  {
    fromBuffer: decodeLongVarint,
    toBuffer: encodeLongVarint,
    fromJSON(value: unknown): Long {
      if (typeof value === 'bigint') return normalizeLong(value);
      if (typeof value === 'number' && Number.isInteger(value)) {
        return Number.isSafeInteger(value) ? value : normalizeLong(BigInt(value));
      }
      if (typeof value === 'string' && /^-?\d+$/.test(value)) return normalizeLong(BigInt(value));
      return value as Long;
    },
    toJSON: (value: Long) => value,
    isValid: isLong,
    compare: (a: Long, b: Long) => (a < b ? -1 : a > b ? 1 : 0),
  },
  true,
);

// ---------------------------------------------------------------------------------------------
// Schemas.

/** A parsed schema with its conversions between Avro JSON and avsc values. */
export interface AvroSchema {
  readonly type: avsc.Type;
  /** Avro JSON → avsc value; throws ConversionProblem. */
  readonly fromJson: FromJson;
  /** avsc value → Avro JSON. */
  readonly toJson: ToJson;
}

type FromJson = (json: unknown) => unknown;
type ToJson = (value: unknown) => unknown;

/** Every long, written `"long"` or `{"type": "long", ...}`, becomes our long type. */
function longHook(schema: avsc.Schema): avsc.Type | undefined {
  const isLong = schema === 'long' || (typeof schema === 'object' && schema !== null && (schema as { type?: unknown }).type === 'long');
  return isLong ? longType : undefined;
}

/** Parses the text of an Avro schema; throws InvalidSchemaError. */
export function parseAvroSchema(text: string, schemaType = 'AVRO'): AvroSchema {
  if (schemaType.toUpperCase() !== 'AVRO') throw new InvalidSchemaError(`a ${schemaType} schema is not an Avro schema`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new InvalidSchemaError(`the schema is not JSON: ${(err as Error).message}`);
  }
  let type: avsc.Type;
  try {
    type = avsc.Type.forSchema(json as avsc.Schema, { wrapUnions: true, typeHook: longHook });
  } catch (err) {
    throw new InvalidSchemaError((err as Error).message);
  }
  return { type, fromJson: compileFromJson(type), toJson: compileToJson(type) };
}

// ---------------------------------------------------------------------------------------------
// Avro JSON → avsc values.

/** A value that does not match its schema; `path` is filled in while the error unwinds. */
export class ConversionProblem extends Error {
  path = '';
  constructor(message: string) {
    super(message);
    this.name = 'ConversionProblem';
  }

  /** The problem with `segment` (`.field`, `[3]`, `["key"]`) put in front of its path. */
  under(segment: string): this {
    this.path = segment + this.path;
    return this;
  }
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'bigint') return value.toString();
  const text = jsonText(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function expected(what: string, got: unknown): ConversionProblem {
  return new ConversionProblem(`expected ${what}, got ${show(got)}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeType(type: avsc.Type): string {
  return type.branchName ?? 'union';
}

const NOT_LATIN1 = /[^\u0000-\u00ff]/;
const NON_FINITE: Record<string, number> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };

function floatingFromJson(what: string): FromJson {
  return (json) => {
    if (typeof json === 'number') return json;
    if (typeof json === 'bigint') return Number(json);
    if (typeof json === 'string' && json in NON_FINITE) return NON_FINITE[json];
    throw expected(what, json);
  };
}

function bytesFromJson(json: unknown, what: string): Buffer {
  if (typeof json !== 'string' || NOT_LATIN1.test(json)) throw expected(`${what} (a string of code points 0-255)`, json);
  return Buffer.from(json, 'latin1');
}

function compileFromJson(root: avsc.Type): FromJson {
  // Named types may refer to themselves; each type is compiled once and referenced lazily.
  const compiled = new Map<avsc.Type, FromJson>();

  const lazy = (type: avsc.Type): FromJson => {
    let fn = compiled.get(type);
    if (fn) return fn;
    // Registered before it is built, so a recursive reference finds it.
    let target: FromJson | undefined;
    fn = (x) => target!(x);
    compiled.set(type, fn);
    target = build(type);
    return fn;
  };

  const build = (type: avsc.Type): FromJson => {
    const t = type as avsc.Type & Record<string, unknown>;
    switch (type.typeName) {
      case 'null':
        return (json) => {
          if (json !== null) throw expected('null', json);
          return null;
        };
      case 'boolean':
        return (json) => {
          if (typeof json !== 'boolean') throw expected('a boolean', json);
          return json;
        };
      case 'int':
        return (json) => {
          if (typeof json !== 'number' || !Number.isInteger(json) || json < -2147483648 || json > 2147483647) {
            throw expected('an int (a 32-bit integer)', json);
          }
          return json;
        };
      case 'abstract:long':
        return (json) => {
          if (typeof json === 'number' && Number.isInteger(json)) {
            if (Number.isSafeInteger(json)) return json;
            const big = BigInt(json);
            if (big >= INT64_MIN && big <= INT64_MAX) return normalizeLong(big);
          } else if (typeof json === 'bigint' && json >= INT64_MIN && json <= INT64_MAX) {
            return normalizeLong(json);
          }
          throw expected('a long (a 64-bit integer)', json);
        };
      case 'float':
        return floatingFromJson('a float');
      case 'double':
        return floatingFromJson('a double');
      case 'string':
        return (json) => {
          if (typeof json !== 'string') throw expected('a string', json);
          return json;
        };
      case 'bytes':
        return (json) => bytesFromJson(json, 'bytes');
      case 'fixed': {
        const size = t['size'] as number;
        const name = describeType(type);
        return (json) => {
          const bytes = bytesFromJson(json, `fixed ${name}`);
          if (bytes.length !== size) throw expected(`fixed ${name} of ${size} bytes`, json);
          return bytes;
        };
      }
      case 'enum': {
        const symbols = new Set(t['symbols'] as string[]);
        const name = describeType(type);
        return (json) => {
          if (typeof json !== 'string' || !symbols.has(json)) {
            throw expected(`a symbol of enum ${name} (${[...symbols].join(', ')})`, json);
          }
          return json;
        };
      }
      case 'array': {
        const items = lazy(t['itemsType'] as avsc.Type);
        return (json) => {
          if (!Array.isArray(json)) throw expected('an array', json);
          const out = new Array<unknown>(json.length);
          for (let i = 0; i < json.length; i++) {
            try {
              out[i] = items(json[i]);
            } catch (err) {
              throw err instanceof ConversionProblem ? err.under(`[${i}]`) : err;
            }
          }
          return out;
        };
      }
      case 'map': {
        const values = lazy(t['valuesType'] as avsc.Type);
        return (json) => {
          if (!isObject(json)) throw expected('a map (an object)', json);
          const out: Record<string, unknown> = Object.create(null);
          for (const key of Object.keys(json)) {
            try {
              out[key] = values(json[key]);
            } catch (err) {
              throw err instanceof ConversionProblem ? err.under(`[${JSON.stringify(key)}]`) : err;
            }
          }
          return out;
        };
      }
      case 'record':
      case 'error': {
        const name = describeType(type);
        const fields = (type as avsc.types.RecordType).fields.map((field) => ({
          name: field.name,
          convert: lazy(field.type),
          // avsc returns the default already converted, or undefined when there is none.
          defaultValue: () => field.defaultValue() as unknown,
        }));
        const known = new Set(fields.map((f) => f.name));
        return (json) => {
          if (!isObject(json)) throw expected(`a record ${name} (an object)`, json);
          const out: Record<string, unknown> = Object.create(null);
          let seen = 0;
          for (const field of fields) {
            if (Object.prototype.hasOwnProperty.call(json, field.name)) {
              seen++;
              try {
                out[field.name] = field.convert(json[field.name]);
              } catch (err) {
                throw err instanceof ConversionProblem ? err.under(`.${field.name}`) : err;
              }
            } else {
              const value = field.defaultValue();
              if (value === undefined) {
                throw new ConversionProblem(`missing field ${field.name} of record ${name}, which has no default`);
              }
              out[field.name] = value;
            }
          }
          if (seen !== Object.keys(json).length) {
            const extra = Object.keys(json).find((k) => !known.has(k));
            throw new ConversionProblem(`record ${name} has no field ${extra}`);
          }
          return out;
        };
      }
      case 'union:wrapped': {
        const branches = new Map<string, FromJson>();
        for (const branch of t['types'] as avsc.Type[]) {
          if (branch.branchName !== 'null') branches.set(branch.branchName!, lazy(branch));
        }
        const allowsNull = (t['types'] as avsc.Type[]).some((b) => b.branchName === 'null');
        const names = (t['types'] as avsc.Type[]).map((b) => b.branchName).join(', ');
        return (json) => {
          if (json === null) {
            if (allowsNull) return null;
            throw expected(`one of the union's branches (${names})`, json);
          }
          if (isObject(json)) {
            const keys = Object.keys(json);
            const convert = keys.length === 1 ? branches.get(keys[0]!) : undefined;
            if (convert) {
              const out: Record<string, unknown> = Object.create(null);
              try {
                out[keys[0]!] = convert(json[keys[0]!]);
              } catch (err) {
                throw err instanceof ConversionProblem ? err.under(`[${JSON.stringify(keys[0])}]`) : err;
              }
              return out;
            }
          }
          throw expected(
            `${allowsNull ? 'null or ' : ''}a union value wrapped in an object naming its branch (${names})`,
            json,
          );
        };
      }
      default:
        throw new Error(`Unsupported Avro type ${type.typeName}`);
    }
  };

  return lazy(root);
}

// ---------------------------------------------------------------------------------------------
// avsc values → Avro JSON.

/** Floats and doubles that JSON has no number for are written as strings, as Avro's Java encoder does. */
function nonFinite(value: number): string {
  return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
}

/** The shortest decimal that reads back as the same 32-bit float, so 0.1f renders as 0.1. */
export function floatToJson(value: number): number | string {
  if (!Number.isFinite(value)) return nonFinite(value);
  for (let precision = 1; precision <= 9; precision++) {
    const candidate = Number(value.toPrecision(precision));
    if (Math.fround(candidate) === value) return candidate;
  }
  return value;
}

function compileToJson(root: avsc.Type): ToJson {
  const compiled = new Map<avsc.Type, ToJson>();
  const identity: ToJson = (value) => value;

  const lazy = (type: avsc.Type): ToJson => {
    let fn = compiled.get(type);
    if (fn) return fn;
    // Registered before it is built, so a recursive reference finds it.
    let target: ToJson | undefined;
    fn = (x) => target!(x);
    compiled.set(type, fn);
    target = build(type);
    return fn;
  };

  const build = (type: avsc.Type): ToJson => {
    const t = type as avsc.Type & Record<string, unknown>;
    switch (type.typeName) {
      case 'null':
      case 'boolean':
      case 'int':
      case 'abstract:long':
      case 'string':
      case 'enum':
        return identity;
      case 'float':
        return (value) => floatToJson(value as number);
      case 'double':
        return (value) => (Number.isFinite(value as number) ? value : nonFinite(value as number));
      case 'bytes':
      case 'fixed':
        return (value) => (value as Buffer).toString('latin1');
      case 'array': {
        const items = lazy(t['itemsType'] as avsc.Type);
        return (value) => (value as unknown[]).map((item) => items(item));
      }
      case 'map': {
        const values = lazy(t['valuesType'] as avsc.Type);
        return (value) => {
          const map = value as Record<string, unknown>;
          const out: Record<string, unknown> = Object.create(null);
          for (const key of Object.keys(map)) out[key] = values(map[key]);
          return out;
        };
      }
      case 'record':
      case 'error': {
        const fields = (type as avsc.types.RecordType).fields.map((f) => ({ name: f.name, convert: lazy(f.type) }));
        return (value) => {
          const record = value as Record<string, unknown>;
          const out: Record<string, unknown> = Object.create(null);
          for (const field of fields) out[field.name] = field.convert(record[field.name]);
          return out;
        };
      }
      case 'union:wrapped': {
        const branches = new Map<string, ToJson>();
        for (const branch of t['types'] as avsc.Type[]) {
          if (branch.branchName !== 'null') branches.set(branch.branchName!, lazy(branch));
        }
        return (value) => {
          if (value === null || value === undefined) return null;
          const name = Object.keys(value as object)[0]!;
          const out: Record<string, unknown> = Object.create(null);
          out[name] = branches.get(name)!((value as Record<string, unknown>)[name]);
          return out;
        };
      }
      default:
        throw new Error(`Unsupported Avro type ${type.typeName}`);
    }
  };

  return lazy(root);
}

// ---------------------------------------------------------------------------------------------
// The wire format.

const MAGIC_BYTE = 0;
const HEADER_SIZE = 5;

function toWire(id: number, body: Buffer): Buffer {
  const out = Buffer.allocUnsafe(HEADER_SIZE + body.length);
  out[0] = MAGIC_BYTE;
  out.writeInt32BE(id, 1);
  body.copy(out, HEADER_SIZE);
  return out;
}

// ---------------------------------------------------------------------------------------------
// The codec.

type Part = 'key' | 'value';

function isPresent(data: unknown): boolean {
  return data !== null && data !== undefined;
}

export class AvroCodec implements EmbeddedCodec {
  readonly format = 'avro' as const;
  readonly schemas: SchemaCache<AvroSchema>;

  constructor(registry: SchemaRegistry, options: { maxCachedSchemas?: number } = {}) {
    this.schemas = new SchemaCache(registry, {
      parse: parseAvroSchema,
      ...(options.maxCachedSchemas !== undefined ? { maxEntries: options.maxCachedSchemas } : {}),
    });
  }

  async encode(topic: string, request: ProduceRequest): Promise<EncodedProduceRequest> {
    const keySchemaGiven = isPresent(request.key_schema_id) || isPresent(request.key_schema);
    const valueSchemaGiven = isPresent(request.value_schema_id) || isPresent(request.value_schema);
    if (!keySchemaGiven && request.records.some((r) => isPresent(r.key))) throw new SchemaMissingError('key');
    if (!valueSchemaGiven && request.records.some((r) => isPresent(r.value))) throw new SchemaMissingError('value');

    const [key, value] = await Promise.all([
      this.resolve(topic, 'key', request.key_schema_id, request.key_schema),
      this.resolve(topic, 'value', request.value_schema_id, request.value_schema),
    ]);

    const records = request.records.map((record, index) => ({
      key: key ? this.serialize(key, record.key, index, 'key') : null,
      value: value ? this.serialize(value, record.value, index, 'value') : null,
      partition: partitionOf(record),
    }));
    return { records, keySchemaId: key?.id ?? null, valueSchemaId: value?.id ?? null };
  }

  async decode(record: RawRecord) {
    const key = await this.deserialize(record.key, 'key');
    const value = await this.deserialize(record.value, 'value');
    return { key: key.json, value: value.json, size: key.size + value.size };
  }

  /** The schema and id a request names for one part, or undefined when it names none. */
  private async resolve(
    topic: string,
    part: Part,
    id: number | null | undefined,
    text: string | null | undefined,
  ): Promise<{ id: number; schema: AvroSchema } | undefined> {
    try {
      if (isPresent(id)) return { id: id!, schema: await this.schemas.schemaById(id!) };
      if (isPresent(text)) return await this.schemas.register(`${topic}-${part}`, text!);
      return undefined;
    } catch (err) {
      if (err instanceof SchemaRegistryError) throw new SchemaRegistryFailedError(err.message);
      throw err;
    }
  }

  /** The wire bytes of one key or value, or null for a Kafka null. */
  private serialize(resolved: { id: number; schema: AvroSchema }, data: unknown, index: number, part: Part): Buffer | null {
    let datum: unknown;
    try {
      datum = resolved.schema.fromJson(data === undefined ? null : data);
    } catch (err) {
      if (err instanceof ConversionProblem) {
        throw new AvroConversionError(`records[${index}].${part}${err.path}: ${err.message}`);
      }
      throw err;
    }
    // A null the schema accepts is sent as a Kafka null, as the registry's serializers do.
    if (datum === null) return null;
    return toWire(resolved.id, resolved.schema.type.toBuffer(datum));
  }

  private async deserialize(bytes: Buffer | null, part: Part): Promise<{ json: unknown; size: number }> {
    if (bytes === null) return { json: null, size: 0 };
    if (bytes.length < HEADER_SIZE || bytes[0] !== MAGIC_BYTE) {
      throw new EmbeddedDecodeError(
        `The record ${part} is not in the schema registry's Avro format (` +
          (bytes.length < HEADER_SIZE
            ? `${bytes.length} bytes, shorter than the 5-byte header)`
            : `its first byte is ${bytes[0]}, not the magic byte 0)`),
      );
    }
    const id = bytes.readInt32BE(1);
    let schema = this.schemas.cachedById(id);
    if (schema === undefined) {
      try {
        schema = await this.schemas.schemaById(id);
      } catch (err) {
        if (err instanceof SchemaRegistryError) {
          throw new EmbeddedDecodeError(
            err.notFound
              ? `The record ${part} names schema id ${id}, which the schema registry does not know`
              : `The schema ${id} of the record ${part} could not be fetched: ${err.message}`,
          );
        }
        if (err instanceof InvalidSchemaError) {
          throw new EmbeddedDecodeError(`The schema ${id} of the record ${part} cannot be used: ${err.detail}`);
        }
        throw err;
      }
    }
    let decoded: { value: unknown; offset: number };
    try {
      decoded = schema.type.decode(bytes, HEADER_SIZE);
    } catch (err) {
      throw new EmbeddedDecodeError(`The record ${part} does not match its schema ${id}: ${(err as Error).message}`);
    }
    if (decoded.offset < 0) {
      throw new EmbeddedDecodeError(`The record ${part} is truncated: it ends before its Avro datum (schema ${id})`);
    }
    const json = schema.toJson(decoded.value);
    return { json, size: Buffer.byteLength(jsonText(json)) };
  }
}

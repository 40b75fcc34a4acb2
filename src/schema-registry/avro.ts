/**
 * Avro schemas as the registry sees them: parsing with avsc (which also checks defaults and
 * names), and the canonical form that decides whether two schema texts are the same schema.
 */
import avsc from 'avsc';
import { InvalidSchemaError } from './errors.ts';

export type AvroType = avsc.Type;

/** The schema types this registry accepts. */
export const SCHEMA_TYPES = ['AVRO'] as const;
export const DEFAULT_SCHEMA_TYPE = 'AVRO';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Any JSON value with object members in sorted order: for data such as field defaults. */
function sortedData(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortedData);
  if (!isObject(value)) return value;
  const out: { [key: string]: Json } = {};
  for (const key of Object.keys(value).sort()) out[key] = sortedData(value[key]!);
  return out;
}

/**
 * A schema node with object members sorted and `{"type": "int"}` written as `"int"`. Only the
 * positions that hold schemas are rewritten; defaults and other data are only sorted.
 */
function normalizedSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(normalizedSchema);
  if (!isObject(node)) return node;
  const out: { [key: string]: Json } = {};
  for (const key of Object.keys(node).sort()) {
    const value = node[key]!;
    if (key === 'type' || key === 'items' || key === 'values') {
      out[key] = typeof value === 'string' ? value : normalizedSchema(value);
    } else if (key === 'fields' && Array.isArray(value)) {
      out[key] = value.map((field) => {
        if (!isObject(field)) return sortedData(field);
        const sorted: { [key: string]: Json } = {};
        for (const k of Object.keys(field).sort()) {
          sorted[k] = k === 'type' ? normalizedSchema(field[k]!) : sortedData(field[k]!);
        }
        return sorted;
      });
    } else {
      out[key] = sortedData(value);
    }
  }
  const keys = Object.keys(out);
  if (keys.length === 1 && keys[0] === 'type' && typeof out['type'] === 'string') return out['type'];
  return out;
}

/**
 * The canonical text of a schema: JSON without insignificant whitespace, object members in
 * sorted order, and primitive types in their short form. Array order (fields, symbols, union
 * branches) is kept, and nothing is dropped: documentation, defaults, aliases and custom
 * attributes all make a schema distinct. Text that is not JSON is its own canonical form.
 */
export function canonicalSchema(schema: string): string {
  let parsed: Json;
  try {
    parsed = JSON.parse(schema) as Json;
  } catch {
    return schema;
  }
  return JSON.stringify(normalizedSchema(parsed));
}

/**
 * Parses an Avro schema. `dependencies` are the texts of the schemas it references (directly or
 * not), dependencies first; their named types become available to it.
 */
export function parseAvro(schema: string, dependencies: readonly string[] = []): AvroType {
  const registry: Record<string, AvroType> = {};
  const parse = (text: string, what: string): AvroType => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      throw new InvalidSchemaError(`Invalid schema: ${what} is not JSON: ${(err as Error).message}`);
    }
    try {
      return avsc.Type.forSchema(json as avsc.Schema, { registry });
    } catch (err) {
      throw new InvalidSchemaError(`Invalid schema: ${what === 'the schema' ? '' : `${what}: `}${(err as Error).message}`);
    }
  };
  dependencies.forEach((text, i) => parse(text, `reference ${i + 1}`));
  return parse(schema, 'the schema');
}

import { describe, expect, it } from 'vitest';
import { canonicalSchema, parseAvro } from '../../../src/schema-registry/avro.ts';
import { InvalidSchemaError } from '../../../src/schema-registry/errors.ts';

const order = {
  type: 'record',
  name: 'Order',
  namespace: 'com.acme',
  fields: [
    { name: 'id', type: 'long' },
    { name: 'note', type: ['null', 'string'], default: null },
  ],
};

describe('canonicalSchema', () => {
  it('ignores whitespace', () => {
    expect(canonicalSchema(JSON.stringify(order, null, 2))).toBe(canonicalSchema(JSON.stringify(order)));
  });

  it('ignores the order of object members, at every level', () => {
    const reordered = {
      fields: [
        { type: 'long', name: 'id' },
        { default: null, type: ['null', 'string'], name: 'note' },
      ],
      namespace: 'com.acme',
      name: 'Order',
      type: 'record',
    };
    expect(canonicalSchema(JSON.stringify(reordered))).toBe(canonicalSchema(JSON.stringify(order)));
  });

  it('treats {"type": "int"} and "int" as the same schema', () => {
    expect(canonicalSchema('{"type":"int"}')).toBe(canonicalSchema('"int"'));
    const nested = { type: 'array', items: { type: 'string' } };
    expect(canonicalSchema(JSON.stringify(nested))).toBe(canonicalSchema('{"type":"array","items":"string"}'));
    const field = { type: 'record', name: 'R', fields: [{ name: 'a', type: { type: 'int' } }] };
    expect(canonicalSchema(JSON.stringify(field))).toBe(canonicalSchema('{"type":"record","name":"R","fields":[{"name":"a","type":"int"}]}'));
  });

  it('keeps the order of fields, symbols and union branches', () => {
    const swapped = { ...order, fields: [order.fields[1], order.fields[0]] };
    expect(canonicalSchema(JSON.stringify(swapped))).not.toBe(canonicalSchema(JSON.stringify(order)));
    expect(canonicalSchema('["null","string"]')).not.toBe(canonicalSchema('["string","null"]'));
    expect(canonicalSchema('{"type":"enum","name":"E","symbols":["A","B"]}')).not.toBe(
      canonicalSchema('{"type":"enum","name":"E","symbols":["B","A"]}'),
    );
  });

  it('keeps defaults, docs, aliases and custom attributes', () => {
    const base = JSON.stringify(order);
    const variants = [
      { ...order, fields: [order.fields[0], { ...order.fields[1], default: 'x', type: ['string', 'null'] }] },
      { ...order, doc: 'An order' },
      { ...order, aliases: ['Purchase'] },
      { ...order, 'connect.name': 'com.acme.Order' },
      { type: 'enum', name: 'E', symbols: ['A', 'B'], default: 'A' },
    ];
    for (const v of variants) expect(canonicalSchema(JSON.stringify(v))).not.toBe(canonicalSchema(base));
    expect(canonicalSchema('{"type":"enum","name":"E","symbols":["A","B"],"default":"A"}')).not.toBe(
      canonicalSchema('{"type":"enum","name":"E","symbols":["A","B"]}'),
    );
  });

  it('does not rewrite data that looks like a schema', () => {
    const withDefault = { type: 'record', name: 'R', fields: [{ name: 'm', type: { type: 'map', values: 'string' }, default: { type: 'x' } }] };
    expect(canonicalSchema(JSON.stringify(withDefault))).toContain('"default":{"type":"x"}');
  });

  it('leaves text that is not JSON as it is', () => {
    expect(canonicalSchema('not json')).toBe('not json');
  });
});

describe('parseAvro', () => {
  it('parses records, primitives and unions', () => {
    expect(parseAvro(JSON.stringify(order)).name).toBe('com.acme.Order');
    expect(parseAvro('"string"').typeName).toBe('string');
    expect(parseAvro('["null","int"]').typeName).toBe('union:unwrapped');
  });

  it('resolves named types from the schemas it depends on', () => {
    const address = JSON.stringify({ type: 'record', name: 'Address', namespace: 'com.acme', fields: [{ name: 'city', type: 'string' }] });
    const customer = JSON.stringify({
      type: 'record',
      name: 'Customer',
      namespace: 'com.acme',
      fields: [{ name: 'address', type: 'com.acme.Address' }],
    });
    expect(() => parseAvro(customer)).toThrow(InvalidSchemaError);
    expect(parseAvro(customer, [address]).name).toBe('com.acme.Customer');
  });

  it.each([
    ['text that is not JSON', 'record Order', /is not JSON/],
    ['an unknown type', '{"type":"strin"}', /unknown type/],
    ['a default of the wrong type', '{"type":"record","name":"R","fields":[{"name":"a","type":"int","default":"x"}]}', /default/],
    ['a record without fields', '{"type":"record","name":"R"}', /fields/],
    ['a bare type name', 'int', /is not JSON/],
  ])('rejects %s', (_, schema, message) => {
    expect(() => parseAvro(schema)).toThrow(InvalidSchemaError);
    expect(() => parseAvro(schema)).toThrow(message);
  });
});

import { describe, expect, it } from 'vitest';
import { parseAvro } from '../../../src/schema-registry/avro.ts';
import {
  checkCompatibility,
  COMPATIBILITY_LEVELS,
  parseCompatibilityLevel,
  type CompatibilityLevel,
} from '../../../src/schema-registry/compatibility.ts';

type Field = { name: string; type: unknown; default?: unknown; aliases?: string[] };
const record = (fields: Field[], name = 'Order') => JSON.stringify({ type: 'record', name, namespace: 'com.acme', fields });
const enumOf = (symbols: string[], extra: Record<string, unknown> = {}) =>
  record([{ name: 'status', type: { type: 'enum', name: 'Status', symbols, ...extra } }]);

const id: Field = { name: 'id', type: 'int' };

/**
 * Evolutions from an old to a new schema, with whether the new schema can read old data
 * (backward) and whether the old schema can read new data (forward).
 */
const evolutions: { change: string; old: string; new: string; backward: boolean; forward: boolean }[] = [
  { change: 'add a field with a default', old: record([id]), new: record([id, { name: 'note', type: 'string', default: '' }]), backward: true, forward: true },
  { change: 'add a field without a default', old: record([id]), new: record([id, { name: 'note', type: 'string' }]), backward: false, forward: true },
  { change: 'remove a field that had a default', old: record([id, { name: 'note', type: 'string', default: '' }]), new: record([id]), backward: true, forward: true },
  { change: 'remove a field without a default', old: record([id, { name: 'note', type: 'string' }]), new: record([id]), backward: true, forward: false },
  { change: 'change a type (int to string)', old: record([id]), new: record([{ name: 'id', type: 'string' }]), backward: false, forward: false },
  { change: 'widen int to long', old: record([id]), new: record([{ name: 'id', type: 'long' }]), backward: true, forward: false },
  { change: 'narrow long to int', old: record([{ name: 'id', type: 'long' }]), new: record([id]), backward: false, forward: true },
  { change: 'widen float to double', old: record([{ name: 'x', type: 'float' }]), new: record([{ name: 'x', type: 'double' }]), backward: true, forward: false },
  { change: 'rename a field, keeping the old name as an alias', old: record([id]), new: record([{ name: 'order_id', type: 'int', aliases: ['id'] }]), backward: true, forward: false },
  { change: 'rename a field without an alias', old: record([id]), new: record([{ name: 'order_id', type: 'int' }]), backward: false, forward: false },
  { change: 'add an enum symbol', old: enumOf(['NEW', 'PAID']), new: enumOf(['NEW', 'PAID', 'SHIPPED']), backward: true, forward: false },
  { change: 'remove an enum symbol', old: enumOf(['NEW', 'PAID', 'SHIPPED']), new: enumOf(['NEW', 'PAID']), backward: false, forward: true },
  {
    change: 'remove an enum symbol, with an enum default',
    old: enumOf(['NEW', 'PAID', 'SHIPPED'], { default: 'NEW' }),
    new: enumOf(['NEW', 'PAID'], { default: 'NEW' }),
    backward: true,
    forward: true,
  },
  { change: 'make a field optional (string to null|string)', old: record([{ name: 'n', type: 'string' }]), new: record([{ name: 'n', type: ['null', 'string'], default: null }]), backward: true, forward: false },
  { change: 'rename the record', old: record([id]), new: record([id], 'Purchase'), backward: false, forward: false },
  { change: 'rename the record, keeping the old name as an alias', old: record([id]), new: JSON.stringify({ ...JSON.parse(record([id], 'Purchase')), aliases: ['Order'] }), backward: true, forward: false },
  { change: 'nothing', old: record([id]), new: record([id]), backward: true, forward: true },
];

function expected(level: CompatibilityLevel, e: { backward: boolean; forward: boolean }): boolean {
  if (level === 'NONE') return true;
  if (level.startsWith('BACKWARD')) return e.backward;
  if (level.startsWith('FORWARD')) return e.forward;
  return e.backward && e.forward;
}

describe('checkCompatibility against one earlier version', () => {
  for (const e of evolutions) {
    describe(e.change, () => {
      it.each([...COMPATIBILITY_LEVELS])('%s', (level) => {
        const messages = checkCompatibility(level, parseAvro(e.new), [{ version: 1, type: parseAvro(e.old) }]);
        expect(messages.length === 0).toBe(expected(level, e));
      });
    });
  }
});

describe('transitive levels', () => {
  const v1 = record([id]);
  const withDefault = record([id, { name: 'b', type: 'int', default: 0 }]);
  const withoutDefault = record([id, { name: 'b', type: 'int' }]);
  const history = (...schemas: string[]) => schemas.map((s, i) => ({ version: i + 1, type: parseAvro(s) }));

  it('BACKWARD checks the latest version only; BACKWARD_TRANSITIVE checks all', () => {
    const previous = history(v1, withDefault);
    expect(checkCompatibility('BACKWARD', parseAvro(withoutDefault), previous)).toEqual([]);
    const messages = checkCompatibility('BACKWARD_TRANSITIVE', parseAvro(withoutDefault), previous);
    expect(messages[0]).toMatch(/^Incompatible with version 1: the new schema cannot read data written with it: /);
    expect(messages).toHaveLength(2);
  });

  it('FORWARD checks the latest version only; FORWARD_TRANSITIVE checks all', () => {
    const previous = history(withoutDefault, withDefault);
    expect(checkCompatibility('FORWARD', parseAvro(v1), previous)).toEqual([]);
    const messages = checkCompatibility('FORWARD_TRANSITIVE', parseAvro(v1), previous);
    expect(messages[0]).toMatch(/^Incompatible with version 1: it cannot read data written with the new schema: /);
  });

  it('FULL checks the latest version only; FULL_TRANSITIVE checks all', () => {
    const previous = history(v1, withDefault);
    expect(checkCompatibility('FULL', parseAvro(withoutDefault), previous)).toEqual([]);
    expect(checkCompatibility('FULL_TRANSITIVE', parseAvro(withoutDefault), previous)).not.toEqual([]);
  });

  it('passes anything when there is no earlier version', () => {
    for (const level of COMPATIBILITY_LEVELS) expect(checkCompatibility(level, parseAvro('"string"'), [])).toEqual([]);
  });

  it('ends the reasons with the level used', () => {
    const messages = checkCompatibility('FULL', parseAvro('"string"'), history('"int"'));
    expect(messages).toHaveLength(3);
    expect(messages[2]).toBe("{compatibility: 'FULL'}");
  });

  it('reports an earlier version that cannot be parsed instead of failing', () => {
    const messages = checkCompatibility('BACKWARD', parseAvro('"int"'), [{ version: 4, type: new Error('unknown type') }]);
    expect(messages[0]).toBe('Incompatible with version 4: that version cannot be parsed: unknown type');
  });
});

describe('parseCompatibilityLevel', () => {
  it('accepts the seven levels in any letter case', () => {
    for (const level of COMPATIBILITY_LEVELS) {
      expect(parseCompatibilityLevel(level)).toBe(level);
      expect(parseCompatibilityLevel(level.toLowerCase())).toBe(level);
    }
    expect(parseCompatibilityLevel(' full_transitive ')).toBe('FULL_TRANSITIVE');
  });

  it.each([['FULLY'], [''], [null], [3], [undefined]])('rejects %j', (value) => {
    expect(parseCompatibilityLevel(value)).toBeUndefined();
  });
});

/**
 * Applying `_schemas` records in log order, including the rules that refuse records breaking
 * the registry's invariants (one schema per id, one schema per subject version).
 */
import { describe, expect, it } from 'vitest';
import type { SchemaValue } from '../../../src/schema-registry/records.ts';
import { RegistryState, schemaIdentity } from '../../../src/schema-registry/state.ts';

const A = '{"type":"record","name":"A","fields":[{"name":"x","type":"int"}]}';
const A_SPACED = '{ "fields": [ { "type": "int", "name": "x" } ], "name": "A", "type": "record" }';
const B = '{"type":"record","name":"B","fields":[{"name":"y","type":"string"}]}';

function value(subject: string, version: number, id: number, schema: string, deleted = false): SchemaValue {
  return { subject, version, id, schema, schemaType: 'AVRO', references: [], deleted };
}

function stateOf(...values: (SchemaValue | [string, number])[]): RegistryState {
  const state = new RegistryState();
  for (const v of values) {
    if (Array.isArray(v)) state.apply({ kind: 'schema', subject: v[0], version: v[1], value: null });
    else state.apply({ kind: 'schema', subject: v.subject, version: v.version, value: v });
  }
  return state;
}

describe('RegistryState', () => {
  it('indexes versions by subject and schemas by id', () => {
    const s = stateOf(value('a', 1, 1, A), value('b', 1, 1, A), value('a', 2, 2, B));
    expect(s.subjectNames(false)).toEqual(['a', 'b']);
    expect(s.versions('a').map((e) => e.version)).toEqual([1, 2]);
    expect(s.latest('a')?.id).toBe(2);
    expect(s.schemaById(1)?.schema).toBe(A);
    expect(s.usesOf(1, false).map((e) => `${e.subject}/${e.version}`)).toEqual(['a/1', 'b/1']);
    expect(s.maxId).toBe(2);
  });

  it('finds a schema by identity regardless of whitespace and member order', () => {
    const s = stateOf(value('a', 1, 5, A));
    expect(s.idOf(schemaIdentity('AVRO', A_SPACED, []))).toBe(5);
    expect(s.idOf(schemaIdentity('AVRO', B, []))).toBeUndefined();
  });

  it('refuses a record that gives a taken id to a different schema', () => {
    const s = stateOf(value('a', 1, 1, A), value('b', 1, 1, B));
    expect(s.entry('b', 1)).toBeUndefined();
    expect(s.schemaById(1)?.schema).toBe(A);
    expect(s.ignored).toBe(1);
  });

  it('accepts the same schema under a taken id in another spelling', () => {
    const s = stateOf(value('a', 1, 1, A), value('b', 1, 1, A_SPACED));
    expect(s.entry('b', 1)?.id).toBe(1);
    expect(s.ignored).toBe(0);
  });

  it('refuses a record that puts a different schema or id into a taken subject version', () => {
    const s = stateOf(value('a', 1, 1, A), value('a', 1, 2, B), value('a', 1, 3, A));
    expect(s.entry('a', 1)?.id).toBe(1);
    expect(s.schemaById(2)).toBeUndefined();
    expect(s.ignored).toBe(2);
  });

  it('applies a soft delete of one version, and only the deleted flag changes', () => {
    const s = stateOf(value('a', 1, 1, A), value('a', 2, 2, B), value('a', 2, 2, B, true));
    expect(s.liveVersions('a').map((e) => e.version)).toEqual([1]);
    expect(s.latest('a')?.version).toBe(1);
    expect(s.latest('a', true)?.version).toBe(2);
    expect(s.schemaById(2)?.schema).toBe(B);
  });

  it('applies DELETE_SUBJECT up to its version only', () => {
    const s = stateOf(value('a', 1, 1, A), value('a', 2, 2, B));
    s.apply({ kind: 'deleteSubject', subject: 'a', version: 1 });
    expect(s.liveVersions('a').map((e) => e.version)).toEqual([2]);
    s.apply({ kind: 'deleteSubject', subject: 'a', version: 2 });
    expect(s.hasSubject('a', false)).toBe(false);
    expect(s.hasSubject('a', true)).toBe(true);
    expect(s.subjectNames(false)).toEqual([]);
    expect(s.subjectNames(true)).toEqual(['a']);
  });

  it('forgets an id once every version using it is hard-deleted, but never lowers the highest id', () => {
    const s = stateOf(value('a', 1, 1, A), value('b', 1, 1, A), value('c', 1, 2, B), ['a', 1]);
    expect(s.schemaById(1)).toBeDefined();
    s.apply({ kind: 'schema', subject: 'b', version: 1, value: null });
    s.apply({ kind: 'schema', subject: 'c', version: 1, value: null });
    expect(s.schemaById(1)).toBeUndefined();
    expect(s.idOf(schemaIdentity('AVRO', A, []))).toBeUndefined();
    expect(s.subjectNames(true)).toEqual([]);
    expect(s.maxId).toBe(2);
  });

  it('keeps global and subject compatibility levels apart', () => {
    const s = new RegistryState();
    s.apply({ kind: 'config', subject: null, level: 'FULL' });
    s.apply({ kind: 'config', subject: 'a', level: 'NONE' });
    expect(s.config(null)).toBe('FULL');
    expect(s.config('a')).toBe('NONE');
    s.apply({ kind: 'config', subject: 'a', level: null });
    expect(s.config('a')).toBeUndefined();
    expect(s.config(null)).toBe('FULL');
  });

  it('clones into an independent copy', () => {
    const s = stateOf(value('a', 1, 1, A));
    const copy = s.clone();
    copy.apply({ kind: 'deleteSubject', subject: 'a', version: 1 });
    copy.apply({ kind: 'schema', subject: 'b', version: 1, value: value('b', 1, 2, B) });
    expect(s.hasSubject('a', false)).toBe(true);
    expect(s.entry('b', 1)).toBeUndefined();
    expect(s.maxId).toBe(1);
    expect(copy.maxId).toBe(2);
  });

  it('finds the schemas that reference a version', () => {
    const s = stateOf(value('addr', 1, 1, A));
    s.apply({
      kind: 'schema',
      subject: 'cust',
      version: 1,
      value: { ...value('cust', 1, 2, B), references: [{ name: 'A', subject: 'addr', version: 1 }] },
    });
    expect(s.referencesTo('addr', 1).map((e) => e.id)).toEqual([2]);
    expect(s.referencesTo('addr', 2)).toEqual([]);
  });
});

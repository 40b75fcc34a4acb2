/**
 * The registry's state, rebuilt by applying the records of the `_schemas` topic in log order.
 * Every instance applies the same records with the same rules, so every instance ends up with
 * the same state; see ./storage.ts for why writers never produce conflicting records.
 *
 * The rules that protect the invariants (one schema per id, one entry per subject version)
 * against records written by anyone else: a SCHEMA record is ignored when its subject version
 * already holds a different schema or id, or when its id already stands for a different schema.
 */
import { canonicalSchema, DEFAULT_SCHEMA_TYPE } from './avro.ts';
import type { CompatibilityLevel } from './compatibility.ts';
import type { SchemaReference, SchemaValue, StoredRecord } from './records.ts';

export interface SchemaEntry extends SchemaValue {
  /** Identity of the schema: type, canonical text and references. */
  canonical: string;
}

interface IdEntry {
  schema: string;
  schemaType: string;
  references: SchemaReference[];
  canonical: string;
  /** The subject versions registered with this id, as `subject\u0000version`. */
  uses: Set<string>;
}

/** What identifies a schema: equal keys mean the same schema and therefore the same id. */
export function schemaIdentity(schemaType: string, schema: string, references: readonly SchemaReference[]): string {
  const text = schemaType === DEFAULT_SCHEMA_TYPE ? canonicalSchema(schema) : schema;
  const refs = references.map((r) => [r.name, r.subject, r.version]);
  return JSON.stringify([schemaType, text, refs]);
}

const useKey = (subject: string, version: number) => `${subject}\u0000${version}`;

export class RegistryState {
  private readonly subjects = new Map<string, Map<number, SchemaEntry>>();
  private readonly ids = new Map<number, IdEntry>();
  private readonly byIdentity = new Map<string, number>();
  private readonly configs = new Map<string | null, CompatibilityLevel>();
  /** The highest id ever applied; ids are never handed out twice by this instance. */
  maxId = 0;
  /** Records applied and records ignored because they broke an invariant. */
  applied = 0;
  ignored = 0;

  /** An independent copy, for trying out records before they are written. */
  clone(): RegistryState {
    const copy = new RegistryState();
    for (const [subject, versions] of this.subjects) {
      copy.subjects.set(subject, new Map([...versions].map(([v, e]) => [v, { ...e, references: [...e.references] }])));
    }
    for (const [id, owner] of this.ids) copy.ids.set(id, { ...owner, uses: new Set(owner.uses) });
    for (const [identity, id] of this.byIdentity) copy.byIdentity.set(identity, id);
    for (const [subject, level] of this.configs) copy.configs.set(subject, level);
    copy.maxId = this.maxId;
    copy.applied = this.applied;
    copy.ignored = this.ignored;
    return copy;
  }

  apply(record: StoredRecord): void {
    this.applied++;
    switch (record.kind) {
      case 'schema':
        if (record.value === null) this.removeVersion(record.subject, record.version);
        else if (!this.putVersion(record.value)) this.ignored++;
        return;
      case 'deleteSubject':
        for (const entry of this.subjects.get(record.subject)?.values() ?? []) {
          if (entry.version <= record.version) entry.deleted = true;
        }
        return;
      case 'config':
        if (record.level === null) this.configs.delete(record.subject);
        else this.configs.set(record.subject, record.level);
        return;
      case 'other':
        return;
    }
  }

  private putVersion(value: SchemaValue): boolean {
    const canonical = schemaIdentity(value.schemaType, value.schema, value.references);
    const existing = this.subjects.get(value.subject)?.get(value.version);
    if (existing && (existing.id !== value.id || existing.canonical !== canonical)) return false;
    const owner = this.ids.get(value.id);
    if (owner && owner.canonical !== canonical) return false;

    let versions = this.subjects.get(value.subject);
    if (!versions) this.subjects.set(value.subject, (versions = new Map()));
    versions.set(value.version, { ...value, references: [...value.references], canonical });
    if (owner) owner.uses.add(useKey(value.subject, value.version));
    else {
      this.ids.set(value.id, {
        schema: value.schema,
        schemaType: value.schemaType,
        references: value.references,
        canonical,
        uses: new Set([useKey(value.subject, value.version)]),
      });
    }
    if (!this.byIdentity.has(canonical)) this.byIdentity.set(canonical, value.id);
    if (value.id > this.maxId) this.maxId = value.id;
    return true;
  }

  private removeVersion(subject: string, version: number): void {
    const versions = this.subjects.get(subject);
    const entry = versions?.get(version);
    if (!versions || !entry) return;
    versions.delete(version);
    if (versions.size === 0) this.subjects.delete(subject);
    const owner = this.ids.get(entry.id);
    if (!owner) return;
    owner.uses.delete(useKey(subject, version));
    if (owner.uses.size === 0) {
      this.ids.delete(entry.id);
      if (this.byIdentity.get(owner.canonical) === entry.id) this.byIdentity.delete(owner.canonical);
    }
  }

  /** Subject names in ascending order: those with a live version, or with any version. */
  subjectNames(includeDeleted: boolean): string[] {
    const names: string[] = [];
    for (const [name, versions] of this.subjects) {
      if (includeDeleted || [...versions.values()].some((e) => !e.deleted)) names.push(name);
    }
    return names.sort();
  }

  /** Every version of a subject, soft-deleted ones included, in ascending order. */
  versions(subject: string): SchemaEntry[] {
    return [...(this.subjects.get(subject)?.values() ?? [])].sort((a, b) => a.version - b.version);
  }

  liveVersions(subject: string): SchemaEntry[] {
    return this.versions(subject).filter((e) => !e.deleted);
  }

  entry(subject: string, version: number): SchemaEntry | undefined {
    return this.subjects.get(subject)?.get(version);
  }

  /** The highest version of a subject, soft-deleted ones only when asked for. */
  latest(subject: string, includeDeleted = false): SchemaEntry | undefined {
    const all = includeDeleted ? this.versions(subject) : this.liveVersions(subject);
    return all[all.length - 1];
  }

  hasSubject(subject: string, includeDeleted: boolean): boolean {
    const versions = this.subjects.get(subject);
    if (!versions) return false;
    return includeDeleted || [...versions.values()].some((e) => !e.deleted);
  }

  schemaById(id: number): Omit<IdEntry, 'uses'> | undefined {
    return this.ids.get(id);
  }

  idOf(identity: string): number | undefined {
    return this.byIdentity.get(identity);
  }

  /** The subject versions registered with an id, in subject then version order. */
  usesOf(id: number, includeDeleted: boolean): SchemaEntry[] {
    const owner = this.ids.get(id);
    if (!owner) return [];
    const entries: SchemaEntry[] = [];
    for (const key of owner.uses) {
      const [subject, version] = key.split('\u0000') as [string, string];
      const entry = this.entry(subject, Number(version));
      if (entry && (includeDeleted || !entry.deleted)) entries.push(entry);
    }
    return entries.sort((a, b) => (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : a.version - b.version));
  }

  /** Every entry whose references name this subject version (directly). */
  referencesTo(subject: string, version: number): SchemaEntry[] {
    const found: SchemaEntry[] = [];
    for (const versions of this.subjects.values()) {
      for (const entry of versions.values()) {
        if (entry.references.some((r) => r.subject === subject && r.version === version)) found.push(entry);
      }
    }
    return found;
  }

  /** The compatibility level set for a subject (null: the global one), if any. */
  config(subject: string | null): CompatibilityLevel | undefined {
    return this.configs.get(subject);
  }
}

/**
 * The registry's operations, with the semantics of the Confluent Schema Registry: subjects and
 * versions, global ids per distinct schema, soft and permanent deletes, compatibility levels.
 * Reads catch up with the Kafka store first; writes go through its exclusive write path.
 */
import { parseAvro, SCHEMA_TYPES, DEFAULT_SCHEMA_TYPE, type AvroType } from './avro.ts';
import {
  checkCompatibility,
  DEFAULT_COMPATIBILITY,
  parseCompatibilityLevel,
  type CompatibilityLevel,
  type PreviousVersion,
} from './compatibility.ts';
import { RegistryError, RegistryErrors } from './errors.ts';
import {
  configRecord,
  deleteSubjectRecord,
  schemaRecord,
  schemaTombstone,
  type EncodedRecord,
  type SchemaReference,
} from './records.ts';
import { schemaIdentity, type RegistryState, type SchemaEntry } from './state.ts';
import type { SchemaStore } from './storage.ts';

/** A schema as clients send it to register, look up or test. */
export interface SchemaInput {
  schema?: string | undefined;
  schemaType?: string | undefined;
  references?: SchemaReference[] | undefined;
}

interface Candidate {
  schema: string;
  schemaType: string;
  references: SchemaReference[];
}

/** A version path parameter: a number, or -1 for `latest`. */
export type VersionId = number;
export const LATEST = -1;

const MAX_VERSION = 2 ** 31 - 1;

/** `latest`, -1, or 1..2^31-1; anything else is 42202. */
export function parseVersionId(text: string): VersionId {
  const trimmed = text.trim();
  if (trimmed.toLowerCase() === 'latest') return LATEST;
  if (/^[+-]?\d+$/.test(trimmed)) {
    const n = Number(trimmed);
    if (n === LATEST || (n >= 1 && n <= MAX_VERSION)) return n;
  }
  throw RegistryErrors.invalidVersion(text);
}

export interface CompatibilityResult {
  compatible: boolean;
  messages: string[];
}

export class SchemaRegistry {
  private readonly types = new Map<string, AvroType>();

  constructor(readonly store: SchemaStore) {}

  private get state(): RegistryState {
    return this.store.state;
  }

  /** Checks what can be checked without the store: type and presence of the schema. */
  private candidate(input: SchemaInput | undefined): Candidate {
    const schemaType = input?.schemaType ?? DEFAULT_SCHEMA_TYPE;
    if (!(SCHEMA_TYPES as readonly string[]).includes(schemaType)) throw RegistryErrors.unsupportedSchemaType(schemaType);
    const schema = input?.schema;
    if (typeof schema !== 'string' || schema.trim() === '') throw RegistryErrors.emptySchema();
    return { schema, schemaType, references: input?.references ?? [] };
  }

  /** References with `latest` (-1) pinned to the version it stands for now. */
  private pinned(state: RegistryState, references: SchemaReference[]): SchemaReference[] {
    return references.map((ref) => {
      if (ref.version !== LATEST) return ref;
      const latest = state.latest(ref.subject);
      if (!latest) throw RegistryErrors.invalidSchema(`reference ${ref.name}: subject ${ref.subject} has no version`);
      return { ...ref, version: latest.version };
    });
  }

  /** The texts of every schema the references lead to, dependencies first. */
  private dependencies(state: RegistryState, references: readonly SchemaReference[], seen = new Set<string>(), out: string[] = []): string[] {
    for (const ref of references) {
      const entry = ref.version === LATEST ? state.latest(ref.subject) : state.entry(ref.subject, ref.version);
      if (!entry) {
        throw RegistryErrors.invalidSchema(`reference ${ref.name}: version ${ref.version} of subject ${ref.subject} does not exist`);
      }
      const key = `${entry.subject}\u0000${entry.version}`;
      if (seen.has(key)) continue;
      seen.add(key);
      this.dependencies(state, entry.references, seen, out);
      out.push(entry.schema);
    }
    return out;
  }

  private parse(state: RegistryState, candidate: Candidate, identity: string): AvroType {
    const cached = this.types.get(identity);
    if (cached) return cached;
    const type = parseAvro(candidate.schema, this.dependencies(state, candidate.references));
    this.types.set(identity, type);
    return type;
  }

  private previous(state: RegistryState, entries: readonly SchemaEntry[]): PreviousVersion[] {
    return entries.map((entry) => {
      try {
        return { version: entry.version, type: this.parse(state, entry, entry.canonical) };
      } catch (err) {
        return { version: entry.version, type: err as Error };
      }
    });
  }

  private level(state: RegistryState, subject: string): CompatibilityLevel {
    return state.config(subject) ?? state.config(null) ?? DEFAULT_COMPATIBILITY;
  }

  /** Resolves a version id of a subject to its entry, with the registry's 40401/40402 rules. */
  private versionEntry(state: RegistryState, subject: string, version: VersionId, includeDeleted: boolean): SchemaEntry {
    const entry = version === LATEST ? state.latest(subject, includeDeleted) : state.entry(subject, version);
    if (entry && (includeDeleted || !entry.deleted)) return entry;
    if (!state.hasSubject(subject, includeDeleted)) throw RegistryErrors.subjectNotFound(subject);
    throw RegistryErrors.versionNotFound(version);
  }

  /** A schema by id; catches up with the store only when the id is not known yet. */
  private async idEntry(id: number) {
    let found = this.state.schemaById(id);
    if (!found) {
      await this.store.sync();
      found = this.state.schemaById(id);
    }
    return found;
  }

  async listSubjects(includeDeleted: boolean): Promise<string[]> {
    await this.store.sync();
    return this.state.subjectNames(includeDeleted);
  }

  async listVersions(subject: string, includeDeleted: boolean): Promise<number[]> {
    await this.store.sync();
    const versions = includeDeleted ? this.state.versions(subject) : this.state.liveVersions(subject);
    if (versions.length === 0) throw RegistryErrors.subjectNotFound(subject);
    return versions.map((e) => e.version);
  }

  async getVersion(subject: string, version: string, includeDeleted: boolean): Promise<SchemaEntry> {
    const id = parseVersionId(version);
    await this.store.sync();
    return this.versionEntry(this.state, subject, id, includeDeleted);
  }

  async referencedBy(subject: string, version: string): Promise<number[]> {
    const id = parseVersionId(version);
    await this.store.sync();
    const entry = this.versionEntry(this.state, subject, id, false);
    const ids = this.state.referencesTo(entry.subject, entry.version).map((e) => e.id);
    return [...new Set(ids)].sort((a, b) => a - b);
  }

  /** Registers a schema under a subject and returns its id (see the API description). */
  async register(subject: string, input: SchemaInput | undefined): Promise<number> {
    const candidate = this.candidate(input);
    await this.store.sync();
    const found = this.registered(this.state, subject, candidate);
    if (found !== undefined) return found;

    return this.store.write((state) => {
      const again = this.registered(state, subject, candidate);
      if (again !== undefined) return { records: [], result: again };
      const pinned = { ...candidate, references: this.pinned(state, candidate.references) };
      const identity = schemaIdentity(pinned.schemaType, pinned.schema, pinned.references);
      const type = this.parse(state, pinned, identity);

      const versions = state.versions(subject);
      const live = versions.filter((e) => !e.deleted);
      const level = this.level(state, subject);
      const problems = checkCompatibility(level, type, this.previous(state, live));
      if (problems.length) throw RegistryErrors.incompatibleSchema(subject, problems);

      const existingId = state.idOf(identity);
      const id = existingId ?? state.maxId + 1;
      // Every version with one id carries the same text: the one registered first.
      const schema = existingId === undefined ? pinned.schema : state.schemaById(existingId)!.schema;
      const version = (versions[versions.length - 1]?.version ?? 0) + 1;
      return {
        records: [schemaRecord({ subject, version, id, schema, schemaType: pinned.schemaType, references: pinned.references, deleted: false })],
        result: id,
        applied: (after) => after.entry(subject, version)?.id === id,
      };
    });
  }

  /** The id of the candidate when it is already a live version of the subject. */
  private registered(state: RegistryState, subject: string, candidate: Candidate): number | undefined {
    const pinned = { ...candidate, references: this.pinned(state, candidate.references) };
    const identity = schemaIdentity(pinned.schemaType, pinned.schema, pinned.references);
    this.parse(state, pinned, identity);
    return state.liveVersions(subject).find((e) => e.canonical === identity)?.id;
  }

  async lookup(subject: string, input: SchemaInput | undefined, includeDeleted: boolean): Promise<SchemaEntry> {
    const candidate = this.candidate(input);
    await this.store.sync();
    const state = this.state;
    const pinned = { ...candidate, references: this.pinned(state, candidate.references) };
    const identity = schemaIdentity(pinned.schemaType, pinned.schema, pinned.references);
    this.parse(state, pinned, identity);
    const matches = state
      .versions(subject)
      .filter((e) => e.canonical === identity && (includeDeleted || !e.deleted))
      .sort((a, b) => Number(a.deleted) - Number(b.deleted) || b.version - a.version);
    if (matches[0]) return matches[0];
    if (!state.hasSubject(subject, includeDeleted)) throw RegistryErrors.subjectNotFound(subject);
    throw RegistryErrors.schemaNotFound();
  }

  private checkNotReferenced(state: RegistryState, subject: string, version: number, permanent: boolean): void {
    const referrers = state.referencesTo(subject, version).filter((e) => e.subject !== subject && (permanent || !e.deleted));
    if (referrers.length) throw RegistryErrors.referenceExists(subject, version);
  }

  /** Soft-deletes a subject (or removes a soft-deleted one) and returns the versions concerned. */
  async deleteSubject(subject: string, permanent: boolean): Promise<number[]> {
    return this.store.write((state) => {
      const versions = state.versions(subject);
      if (versions.length === 0) throw RegistryErrors.subjectNotFound(subject);
      const live = versions.filter((e) => !e.deleted);
      if (!permanent) {
        if (live.length === 0) throw RegistryErrors.subjectSoftDeleted(subject);
        for (const e of live) this.checkNotReferenced(state, subject, e.version, false);
        const last = live[live.length - 1]!.version;
        return { records: [deleteSubjectRecord(subject, last)], result: live.map((e) => e.version) };
      }
      if (live.length) throw RegistryErrors.subjectNotSoftDeleted(subject);
      for (const e of versions) this.checkNotReferenced(state, subject, e.version, true);
      const records: EncodedRecord[] = [...versions].reverse().map((e) => schemaTombstone(subject, e.version));
      if (state.config(subject)) records.push(configRecord(subject, null));
      return { records, result: versions.map((e) => e.version) };
    });
  }

  /** Soft-deletes a version (or removes a soft-deleted one) and returns its number. */
  async deleteVersion(subject: string, version: string, permanent: boolean): Promise<number> {
    const versionId = parseVersionId(version);
    return this.store.write((state) => {
      const entry = versionId === LATEST ? state.latest(subject) : state.entry(subject, versionId);
      if (!entry) {
        if (!state.hasSubject(subject, true)) throw RegistryErrors.subjectNotFound(subject);
        throw RegistryErrors.versionNotFound(versionId);
      }
      if (entry.deleted && !permanent) throw RegistryErrors.versionSoftDeleted(subject, entry.version);
      this.checkNotReferenced(state, subject, entry.version, permanent);
      if (!permanent) {
        const { canonical: _, ...value } = entry;
        return { records: [schemaRecord({ ...value, deleted: true })], result: entry.version };
      }
      if (!entry.deleted) throw RegistryErrors.versionNotSoftDeleted(subject, entry.version);
      const records = [schemaTombstone(subject, entry.version)];
      if (state.versions(subject).length === 1 && state.config(subject)) records.push(configRecord(subject, null));
      return { records, result: entry.version };
    });
  }

  async schemaById(id: number) {
    const found = await this.idEntry(id);
    if (!found) throw RegistryErrors.schemaNotFound(id);
    return found;
  }

  async versionsOfId(id: number, includeDeleted: boolean): Promise<{ subject: string; version: number }[]> {
    if (!(await this.idEntry(id))) throw RegistryErrors.schemaNotFound();
    return this.state.usesOf(id, includeDeleted).map((e) => ({ subject: e.subject, version: e.version }));
  }

  async subjectsOfId(id: number, includeDeleted: boolean): Promise<string[]> {
    if (!(await this.idEntry(id))) throw RegistryErrors.schemaNotFound();
    return [...new Set(this.state.usesOf(id, includeDeleted).map((e) => e.subject))].sort();
  }

  schemaTypes(): string[] {
    return [...SCHEMA_TYPES];
  }

  /**
   * Checks a schema against one version (`latest` being the newest live one) or, without a
   * version, against the subject the way registering would. Invalid schemas are reported in
   * the result when `verbose`, else thrown (42201).
   */
  async testCompatibility(
    subject: string,
    version: string | undefined,
    input: SchemaInput | undefined,
    verbose: boolean,
  ): Promise<CompatibilityResult> {
    const versionId = version === undefined ? undefined : parseVersionId(version);
    await this.store.sync();
    const state = this.state;
    let against: SchemaEntry[];
    if (versionId === undefined) against = state.liveVersions(subject);
    else if (versionId === LATEST) against = state.liveVersions(subject).slice(-1);
    else {
      const entry = state.entry(subject, versionId);
      if (!entry || entry.deleted) throw RegistryErrors.versionNotFound(versionId);
      against = [entry];
    }
    let type: AvroType;
    try {
      const candidate = this.candidate(input);
      const pinned = { ...candidate, references: this.pinned(state, candidate.references) };
      type = this.parse(state, pinned, schemaIdentity(pinned.schemaType, pinned.schema, pinned.references));
    } catch (err) {
      if (verbose && err instanceof RegistryError && err.kind === 'invalidSchema') {
        return { compatible: false, messages: [err.message] };
      }
      throw err;
    }
    const messages = checkCompatibility(this.level(state, subject), type, this.previous(state, against));
    return { compatible: messages.length === 0, messages };
  }

  /** The global level (subject null) or a subject's own level; 40408 when it has none. */
  async getConfig(subject: string | null, defaultToGlobal = false): Promise<CompatibilityLevel> {
    await this.store.sync();
    const own = this.state.config(subject);
    if (own) return own;
    if (subject === null || defaultToGlobal) return this.state.config(null) ?? DEFAULT_COMPATIBILITY;
    throw RegistryErrors.subjectCompatibilityNotConfigured(subject);
  }

  async setConfig(subject: string | null, level: unknown): Promise<CompatibilityLevel> {
    const parsed = parseCompatibilityLevel(level);
    if (!parsed) throw RegistryErrors.invalidCompatibilityLevel();
    return this.store.write(() => ({ records: [configRecord(subject, parsed)], result: parsed }));
  }

  /** Removes a level and returns the one it had; a subject without its own level is 40401. */
  async deleteConfig(subject: string | null): Promise<CompatibilityLevel> {
    return this.store.write((state) => {
      const own = state.config(subject);
      if (subject !== null && !own) throw RegistryErrors.subjectNotFound(subject);
      return { records: own ? [configRecord(subject, null)] : [], result: own ?? DEFAULT_COMPATIBILITY };
    });
  }
}

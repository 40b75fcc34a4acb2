/**
 * The records of the `_schemas` topic, in the format the Confluent Schema Registry reads and
 * writes, so that either registry can take over the other's topic. Keys and values are JSON:
 *
 *   {"keytype":"SCHEMA","subject":"s","version":1,"magic":1}
 *     → {"subject":"s","version":1,"id":1,"schema":"…","deleted":false}   (null: hard delete)
 *   {"keytype":"CONFIG","subject":null,"magic":0}        (null subject: the global level)
 *     → {"compatibilityLevel":"FULL"}                                     (null: back to default)
 *   {"keytype":"DELETE_SUBJECT","subject":"s","magic":0}
 *     → {"subject":"s","version":3}              (versions 1..3 of the subject are soft-deleted)
 *   {"keytype":"NOOP","magic":0}                  (written by other registries; carries nothing)
 *
 * `schemaType` is present only when it is not AVRO and `references` only when there are any.
 * Unknown key types (MODE, CONTEXT, ...) are skipped.
 */
import { DEFAULT_SCHEMA_TYPE } from './avro.ts';
import { parseCompatibilityLevel, type CompatibilityLevel } from './compatibility.ts';

export interface SchemaReference {
  name: string;
  subject: string;
  version: number;
}

export interface SchemaValue {
  subject: string;
  version: number;
  id: number;
  schema: string;
  schemaType: string;
  references: SchemaReference[];
  deleted: boolean;
}

export type StoredRecord =
  | { kind: 'schema'; subject: string; version: number; value: SchemaValue | null }
  | { kind: 'config'; subject: string | null; level: CompatibilityLevel | null }
  | { kind: 'deleteSubject'; subject: string; version: number }
  | { kind: 'other' };

export interface EncodedRecord {
  key: string;
  value: string | null;
}

export function schemaKey(subject: string, version: number): string {
  return JSON.stringify({ keytype: 'SCHEMA', subject, version, magic: 1 });
}

export function configKey(subject: string | null): string {
  return JSON.stringify({ keytype: 'CONFIG', subject, magic: 0 });
}

export function deleteSubjectKey(subject: string): string {
  return JSON.stringify({ keytype: 'DELETE_SUBJECT', subject, magic: 0 });
}

export function schemaRecord(value: SchemaValue): EncodedRecord {
  const body: Record<string, unknown> = { subject: value.subject, version: value.version, id: value.id };
  if (value.schemaType !== DEFAULT_SCHEMA_TYPE) body['schemaType'] = value.schemaType;
  if (value.references.length) body['references'] = value.references;
  body['schema'] = value.schema;
  body['deleted'] = value.deleted;
  return { key: schemaKey(value.subject, value.version), value: JSON.stringify(body) };
}

export function schemaTombstone(subject: string, version: number): EncodedRecord {
  return { key: schemaKey(subject, version), value: null };
}

export function configRecord(subject: string | null, level: CompatibilityLevel | null): EncodedRecord {
  return { key: configKey(subject), value: level === null ? null : JSON.stringify({ compatibilityLevel: level }) };
}

export function deleteSubjectRecord(subject: string, version: number): EncodedRecord {
  return { key: deleteSubjectKey(subject), value: JSON.stringify({ subject, version }) };
}

function parseJson(bytes: Buffer | null): unknown {
  if (bytes === null || bytes.length === 0) return null;
  return JSON.parse(bytes.toString('utf8'));
}

function isInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

function references(value: unknown): SchemaReference[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null)
    .filter((r) => typeof r['name'] === 'string' && typeof r['subject'] === 'string' && isInt(r['version']))
    .map((r) => ({ name: r['name'] as string, subject: r['subject'] as string, version: r['version'] as number }));
}

/**
 * Reads one record of the topic. Returns undefined for a record that does not follow the
 * format (it is skipped, as the Confluent registry skips what it cannot deserialize).
 */
export function decodeRecord(key: Buffer | null, value: Buffer | null): StoredRecord | undefined {
  let k: Record<string, unknown>;
  let v: unknown;
  try {
    k = parseJson(key) as Record<string, unknown>;
    v = parseJson(value);
  } catch {
    return undefined;
  }
  if (typeof k !== 'object' || k === null) return undefined;
  const subject = k['subject'];
  switch (k['keytype']) {
    case 'SCHEMA': {
      const version = k['version'];
      if (typeof subject !== 'string' || !isInt(version)) return undefined;
      if (v === null) return { kind: 'schema', subject, version, value: null };
      if (typeof v !== 'object') return undefined;
      const body = v as Record<string, unknown>;
      if (!isInt(body['id']) || typeof body['schema'] !== 'string') return undefined;
      return {
        kind: 'schema',
        subject,
        version,
        value: {
          subject,
          version,
          id: body['id'],
          schema: body['schema'],
          schemaType: typeof body['schemaType'] === 'string' ? body['schemaType'] : DEFAULT_SCHEMA_TYPE,
          references: references(body['references']),
          deleted: body['deleted'] === true,
        },
      };
    }
    case 'CONFIG': {
      if (subject !== undefined && subject !== null && typeof subject !== 'string') return undefined;
      const configSubject = typeof subject === 'string' ? subject : null;
      if (v === null) return { kind: 'config', subject: configSubject, level: null };
      const level = parseCompatibilityLevel((v as Record<string, unknown>)['compatibilityLevel']);
      // A config without a compatibility level (other settings only) leaves the level as it is.
      if (!level) return { kind: 'other' };
      return { kind: 'config', subject: configSubject, level };
    }
    case 'DELETE_SUBJECT': {
      if (typeof subject !== 'string' || v === null || typeof v !== 'object') return undefined;
      const version = (v as Record<string, unknown>)['version'];
      if (!isInt(version)) return undefined;
      return { kind: 'deleteSubject', subject, version };
    }
    default:
      return { kind: 'other' };
  }
}

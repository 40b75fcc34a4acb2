/**
 * Compatibility levels and the Avro checks behind them. "A can read B" means avsc can build a
 * resolver that reads data written with schema B as schema A, following Avro's schema
 * resolution rules (defaults for missing fields, aliases, promotions such as int to long, enum
 * defaults, union branches).
 */
import type { AvroType } from './avro.ts';

export const COMPATIBILITY_LEVELS = [
  'NONE',
  'BACKWARD',
  'BACKWARD_TRANSITIVE',
  'FORWARD',
  'FORWARD_TRANSITIVE',
  'FULL',
  'FULL_TRANSITIVE',
] as const;

export type CompatibilityLevel = (typeof COMPATIBILITY_LEVELS)[number];

export const DEFAULT_COMPATIBILITY: CompatibilityLevel = 'BACKWARD';

/** The level a name stands for, in any letter case; undefined when it names none. */
export function parseCompatibilityLevel(name: unknown): CompatibilityLevel | undefined {
  if (typeof name !== 'string') return undefined;
  const upper = name.trim().toUpperCase();
  return (COMPATIBILITY_LEVELS as readonly string[]).includes(upper) ? (upper as CompatibilityLevel) : undefined;
}

export interface PreviousVersion {
  version: number;
  /** The parsed schema, or the reason it could not be parsed. */
  type: AvroType | Error;
}

/** Why `reader` cannot read data written with `writer`; undefined when it can. */
export function readProblem(reader: AvroType, writer: AvroType): string | undefined {
  try {
    reader.createResolver(writer);
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

/**
 * Checks a new schema against earlier versions (oldest first). Returns the reasons it is not
 * compatible, ending with the level used; an empty list means compatible. The plain levels
 * look at the latest version only, the transitive ones at all of them.
 */
export function checkCompatibility(level: CompatibilityLevel, candidate: AvroType, previous: readonly PreviousVersion[]): string[] {
  if (level === 'NONE' || previous.length === 0) return [];
  const against = level.endsWith('_TRANSITIVE') ? previous : previous.slice(-1);
  const backward = level.startsWith('BACKWARD') || level.startsWith('FULL');
  const forward = level.startsWith('FORWARD') || level.startsWith('FULL');
  const messages: string[] = [];
  for (const { version, type } of against) {
    if (type instanceof Error) {
      messages.push(`Incompatible with version ${version}: that version cannot be parsed: ${type.message}`);
      continue;
    }
    if (backward) {
      const problem = readProblem(candidate, type);
      if (problem) messages.push(`Incompatible with version ${version}: the new schema cannot read data written with it: ${problem}`);
    }
    if (forward) {
      const problem = readProblem(type, candidate);
      if (problem) messages.push(`Incompatible with version ${version}: it cannot read data written with the new schema: ${problem}`);
    }
  }
  if (messages.length) messages.push(`{compatibility: '${level}'}`);
  return messages;
}

/**
 * Caches what the registry said, so that a steady stream of requests naming the same schema (by id
 * or inline) makes no registry call per request:
 *
 * - by id: the parsed schema (ids never change meaning in a registry);
 * - by (subject, schema text) and by (subject, canonical schema text): the id it was registered
 *   with. The canonical text is the schema's JSON without insignificant whitespace, so texts that
 *   differ only in layout share one registration.
 *
 * Concurrent misses for the same key share one registry call. Failures are not cached: the next
 * request asks again. Each map is bounded; the oldest entries go first.
 */
import type { SchemaRegistry } from './client.ts';

export interface SchemaCacheOptions<T> {
  /**
   * Parses a schema text (throws when it does not parse). Called for inline schemas before they
   * are registered, and for schemas fetched by id.
   */
  parse(text: string, schemaType: string): T;
  /** Bound of each map; 10000 by default. */
  maxEntries?: number;
}

export interface RegisteredSchema<T> {
  id: number;
  schema: T;
}

/** A Map that forgets its oldest entries beyond `max`. */
class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly max: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (!this.has(key) && this.size >= this.max) {
      const oldest = this.keys().next();
      if (!oldest.done) this.delete(oldest.value);
    }
    return super.set(key, value);
  }
}

/** The JSON of a schema text without insignificant whitespace; the text itself if it is not JSON. */
export function canonicalSchemaText(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}

export class SchemaCache<T> {
  private readonly byId: BoundedMap<number, T>;
  /** `subject \n text` → id, for the exact text and for its canonical form. */
  private readonly ids: BoundedMap<string, RegisteredSchema<T>>;
  private readonly pendingById = new Map<number, Promise<T>>();
  private readonly pendingRegistrations = new Map<string, Promise<RegisteredSchema<T>>>();
  private readonly pendingCanonical = new Map<string, Promise<RegisteredSchema<T>>>();
  private readonly parse: (text: string, schemaType: string) => T;

  constructor(
    private readonly registry: SchemaRegistry,
    options: SchemaCacheOptions<T>,
  ) {
    const max = options.maxEntries ?? 10_000;
    this.byId = new BoundedMap(max);
    this.ids = new BoundedMap(max);
    this.parse = options.parse;
  }

  /** The parsed schema with this id, if it is cached; no registry call. */
  cachedById(id: number): T | undefined {
    return this.byId.get(id);
  }

  /** The parsed schema with this id, from the cache or else from the registry. */
  schemaById(id: number): Promise<T> {
    const cached = this.byId.get(id);
    if (cached !== undefined) return Promise.resolve(cached);
    let pending = this.pendingById.get(id);
    if (!pending) {
      pending = (async () => {
        const { schema, schemaType } = await this.registry.schemaById(id);
        const parsed = this.parse(schema, schemaType);
        this.byId.set(id, parsed);
        return parsed;
      })().finally(() => this.pendingById.delete(id));
      this.pendingById.set(id, pending);
    }
    return pending;
  }

  /**
   * The id of `text` under `subject`, registering it if this cache has not seen it yet. Throws
   * what `parse` throws before contacting the registry when the text does not parse.
   */
  register(subject: string, text: string): Promise<RegisteredSchema<T>> {
    const exactKey = `${subject}\n${text}`;
    const cached = this.ids.get(exactKey);
    if (cached !== undefined) return Promise.resolve(cached);
    let pending = this.pendingRegistrations.get(exactKey);
    if (!pending) {
      pending = this.registerMiss(subject, text, exactKey).finally(() => this.pendingRegistrations.delete(exactKey));
      this.pendingRegistrations.set(exactKey, pending);
    }
    return pending;
  }

  private async registerMiss(subject: string, text: string, exactKey: string): Promise<RegisteredSchema<T>> {
    const schema = this.parse(text, 'AVRO');
    const canonicalKey = `${subject}\n${canonicalSchemaText(text)}`;
    let registered = this.ids.get(canonicalKey);
    if (registered === undefined) {
      let pending = this.pendingCanonical.get(canonicalKey);
      if (!pending) {
        pending = (async () => {
          const id = await this.registry.register(subject, text);
          const entry = { id, schema: this.byId.get(id) ?? schema };
          this.byId.set(id, entry.schema);
          this.ids.set(canonicalKey, entry);
          return entry;
        })().finally(() => this.pendingCanonical.delete(canonicalKey));
        this.pendingCanonical.set(canonicalKey, pending);
      }
      registered = await pending;
    }
    this.ids.set(exactKey, registered);
    return registered;
  }
}

/**
 * A client for a Confluent-compatible schema registry: registers schemas under a subject and looks
 * schemas up by id. This is the proxy's only outbound HTTP.
 *
 * `schema.registry.url` may list several URLs separated by commas. A call goes to the URL that last
 * answered and moves on to the next one only when a URL cannot be reached (connection failure or
 * timeout); an HTTP answer, even an error status, is final.
 */

export const REGISTRY_CONTENT_TYPE = 'application/vnd.schemaregistry.v1+json';
const ACCEPT = `${REGISTRY_CONTENT_TYPE}, application/vnd.schemaregistry+json; q=0.9, application/json; q=0.5`;

/** The registry could not be reached, or answered with an error. */
export class SchemaRegistryError extends Error {
  constructor(
    message: string,
    /** The HTTP status of the registry's answer; undefined when no registry answered. */
    readonly status?: number,
    /** The registry's own `error_code` (e.g. 40403 schema not found), when it sent one. */
    readonly errorCode?: number,
  ) {
    super(message);
    this.name = 'SchemaRegistryError';
  }

  /** True when the registry answered that the schema id does not exist. */
  get notFound(): boolean {
    return this.status === 404;
  }
}

/** A schema as the registry stores it. */
export interface RegistrySchema {
  schema: string;
  /** AVRO unless the registry says otherwise (JSON, PROTOBUF). */
  schemaType: string;
}

/** What the codecs need from a registry; the cache wraps any implementation of it. */
export interface SchemaRegistry {
  /** Registers `schema` under `subject` (idempotent on the registry's side) and returns its id. */
  register(subject: string, schema: string): Promise<number>;
  /** The schema registered with `id`. */
  schemaById(id: number): Promise<RegistrySchema>;
}

export interface SchemaRegistryClientOptions {
  /** One URL or several, comma-separated or as a list, tried in order. */
  urls: string | readonly string[];
  /** Per attempt, for connecting and reading the whole answer. */
  timeoutMs?: number;
}

interface Endpoint {
  base: string;
  authorization: string | undefined;
}

/** `http://user:pass@host:8081/` → base `http://host:8081` plus a Basic Authorization header. */
function endpointOf(url: string): Endpoint {
  const parsed = new URL(url.trim());
  let authorization: string | undefined;
  if (parsed.username || parsed.password) {
    const user = decodeURIComponent(parsed.username);
    const password = decodeURIComponent(parsed.password);
    authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    parsed.username = '';
    parsed.password = '';
  }
  return { base: parsed.toString().replace(/\/+$/, ''), authorization };
}

export class SchemaRegistryClient implements SchemaRegistry {
  readonly urls: readonly string[];
  private readonly endpoints: readonly Endpoint[];
  private readonly timeoutMs: number;
  /** The endpoint that answered last; calls start there. */
  private current = 0;

  constructor(options: SchemaRegistryClientOptions) {
    const list = typeof options.urls === 'string' ? options.urls.split(',') : options.urls;
    this.urls = list.map((u) => u.trim()).filter(Boolean);
    if (this.urls.length === 0) throw new Error('No schema registry URL given');
    this.endpoints = this.urls.map(endpointOf);
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  async register(subject: string, schema: string): Promise<number> {
    const body = await this.call('POST', `/subjects/${encodeURIComponent(subject)}/versions`, { schema });
    const id = (body as { id?: unknown } | null)?.id;
    if (typeof id !== 'number' || !Number.isInteger(id)) {
      throw new SchemaRegistryError(`The schema registry answered the registration under ${subject} without an id`);
    }
    return id;
  }

  async schemaById(id: number): Promise<RegistrySchema> {
    const body = (await this.call('GET', `/schemas/ids/${id}`)) as { schema?: unknown; schemaType?: unknown } | null;
    if (typeof body?.schema !== 'string') {
      throw new SchemaRegistryError(`The schema registry answered the lookup of schema ${id} without a schema`);
    }
    return { schema: body.schema, schemaType: typeof body.schemaType === 'string' ? body.schemaType : 'AVRO' };
  }

  private async call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
    let lastFailure = '';
    for (let attempt = 0; attempt < this.endpoints.length; attempt++) {
      const index = (this.current + attempt) % this.endpoints.length;
      const endpoint = this.endpoints[index]!;
      const headers: Record<string, string> = { Accept: ACCEPT };
      if (body !== undefined) headers['Content-Type'] = REGISTRY_CONTENT_TYPE;
      if (endpoint.authorization) headers['Authorization'] = endpoint.authorization;
      let status: number;
      let text: string;
      try {
        const res = await fetch(endpoint.base + path, {
          method,
          headers,
          body: body === undefined ? null : JSON.stringify(body),
          signal: AbortSignal.timeout(this.timeoutMs),
        });
        status = res.status;
        text = await res.text();
      } catch (err) {
        lastFailure = `${endpoint.base}: ${describeFetchFailure(err, this.timeoutMs)}`;
        continue;
      }
      this.current = index;
      return parseAnswer(method, path, endpoint.base, status, text);
    }
    throw new SchemaRegistryError(`The schema registry could not be reached (${lastFailure})`);
  }
}

function parseAnswer(method: string, path: string, base: string, status: number, text: string): unknown {
  let json: unknown;
  try {
    json = text === '' ? null : JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (status >= 200 && status < 300) {
    if (json === undefined) throw new SchemaRegistryError(`${method} ${base}${path} answered ${status} with a body that is not JSON`, status);
    return json;
  }
  const error = json as { error_code?: unknown; message?: unknown } | undefined;
  const errorCode = typeof error?.error_code === 'number' ? error.error_code : undefined;
  const message = typeof error?.message === 'string' ? error.message : text.slice(0, 200);
  throw new SchemaRegistryError(
    `${method} ${base}${path} answered ${status}${errorCode !== undefined ? ` (error ${errorCode})` : ''}: ${message}`,
    status,
    errorCode,
  );
}

function describeFetchFailure(err: unknown, timeoutMs: number): string {
  if (err instanceof Error) {
    if (err.name === 'TimeoutError' || err.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
    const cause = (err as { cause?: unknown }).cause;
    if (cause instanceof Error) return cause.message;
    return err.message;
  }
  return String(err);
}

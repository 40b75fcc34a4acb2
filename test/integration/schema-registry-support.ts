/**
 * What the schema registry tests share: a registry on its own topic of the test Kafka, and a
 * small JSON client for its API.
 */
import { startSchemaRegistry, type RunningSchemaRegistry } from '../../src/schema-registry/server.ts';
import { bootstrapServers, request, uniqueName, withAdmin, type Reply } from './harness.ts';

export const SR_V1 = 'application/vnd.schemaregistry.v1+json';
export const SR_DEFAULT = 'application/vnd.schemaregistry+json';

export interface RegistryOptions {
  topic?: string;
  timeoutMs?: number;
  bootstrap?: string;
  /** Do not wait for the initial load of the topic. */
  noWait?: boolean;
}

export async function startRegistry(options: RegistryOptions = {}): Promise<RunningSchemaRegistry> {
  const registry = await startSchemaRegistry({
    kafka: {
      bootstrapServers: (options.bootstrap ?? bootstrapServers()).split(','),
      clientId: uniqueName('registry-test'),
      ...(options.bootstrap ? { connectionTimeoutMs: 500 } : {}),
    },
    listeners: [{ protocol: 'http', host: '127.0.0.1', port: 0 }],
    topic: options.topic ?? uniqueName('_schemas-test'),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    shutdownGracefulMs: 200,
  });
  if (!options.noWait) await registry.store.ready();
  return registry;
}

export async function deleteTopics(...topics: string[]): Promise<void> {
  await withAdmin((admin) => admin.deleteTopics({ topics, timeout: 10_000 })).catch(() => undefined);
}

/** A JSON client for one registry. */
export function api(base: string) {
  const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> =>
    request(`${base}${path}`, {
      method,
      headers: { Accept: `${SR_V1}, ${SR_DEFAULT}, application/json`, ...(body === undefined ? {} : { 'Content-Type': SR_V1 }), ...headers },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  return {
    get: (path: string, headers?: Record<string, string>) => send('GET', path, undefined, headers),
    post: (path: string, body: unknown, headers?: Record<string, string>) => send('POST', path, body, headers),
    put: (path: string, body: unknown) => send('PUT', path, body),
    del: (path: string) => send('DELETE', path),
    /** Registers a schema (an object is sent as its JSON text) and returns the reply. */
    register: (subject: string, schema: unknown, extra: Record<string, unknown> = {}) =>
      send('POST', `/subjects/${encodeURIComponent(subject)}/versions`, {
        schema: typeof schema === 'string' ? schema : JSON.stringify(schema),
        ...extra,
      }),
  };
}

export type Api = ReturnType<typeof api>;

/** The id from a successful registration; fails the test with the reply otherwise. */
export function idOf(reply: Reply): number {
  if (reply.status !== 200) throw new Error(`registration failed: ${reply.status} ${reply.text}`);
  return (reply.json as { id: number }).id;
}

type Field = { name: string; type: unknown; default?: unknown; aliases?: string[] };

export function record(name: string, fields: Field[]): Record<string, unknown> {
  return { type: 'record', name, namespace: 'com.acme', fields };
}

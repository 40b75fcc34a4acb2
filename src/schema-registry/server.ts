/**
 * The built-in schema registry as a running service: its Kafka store, the spec-driven HTTP app
 * for openapi/schema-registry.yaml, and its listeners.
 */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Listener } from '../config.ts';
import { createApp } from '../http/app.ts';
import { loadContract } from '../http/contract.ts';
import { KafkaClient, type KafkaClientSettings } from '../kafka/client.ts';
import { silentLog, type Log } from '../log.ts';
import { createRegistryHandlers } from './handlers.ts';
import { RegistryMediaType } from '../http/media-types.ts';
import { registryHandlerTable, translateRegistryError } from './http.ts';
import { SchemaRegistry } from './registry.ts';
import { SchemaStore } from './storage.ts';

export const REGISTRY_SPEC_PATH = fileURLToPath(new URL('../../openapi/schema-registry.yaml', import.meta.url));

export interface SchemaRegistryOptions {
  /** The Kafka cluster that holds the registry's topic; the registry opens its own connections. */
  kafka: Pick<KafkaClientSettings, 'bootstrapServers' | 'clientId'> & Partial<KafkaClientSettings>;
  listeners: Listener[];
  /** The compacted topic holding the schemas; `_schemas` by default. */
  topic?: string;
  /** How long a request waits for the Kafka store; 10 s by default. */
  timeoutMs?: number;
  requestMaxBytes?: number;
  shutdownGracefulMs?: number;
  log?: Log;
}

export interface RunningSchemaRegistry {
  /** One base URL per listener. */
  urls: string[];
  /** A URL of the first listener that works from this host (wildcard addresses become loopback). */
  url: string;
  registry: SchemaRegistry;
  store: SchemaStore;
  close(): Promise<void>;
}

function hostForUrl(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

export async function startSchemaRegistry(options: SchemaRegistryOptions): Promise<RunningSchemaRegistry> {
  const log = options.log ?? silentLog;
  const kafka = new KafkaClient({
    log: (level, message) => {
      // Transactions make the write all or nothing whatever the producer's retry limit.
      if (message.startsWith('Limiting retries for the idempotent producer')) return;
      log(level === 'info' ? 'debug' : level, `schema registry kafka: ${message}`);
    },
    ...options.kafka,
  });
  const store = new SchemaStore({
    kafka,
    log,
    ...(options.topic !== undefined ? { topic: options.topic } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  });
  const registry = new SchemaRegistry(store);
  const contract = await loadContract(REGISTRY_SPEC_PATH);
  const app = createApp({
    contract,
    handlers: registryHandlerTable(createRegistryHandlers(registry)),
    translateError: translateRegistryError,
    errorTypes: {
      preferred: [RegistryMediaType.V1_JSON, RegistryMediaType.DEFAULT_JSON, RegistryMediaType.JSON],
      fallback: RegistryMediaType.V1_JSON,
    },
    requestMaxBytes: options.requestMaxBytes ?? 67108864,
    log,
  });

  const servers: http.Server[] = [];
  const urls: string[] = [];
  const stop = async () => {
    await store.close();
    await Promise.all(
      servers.map(
        (s) =>
          new Promise<void>((resolve) => {
            s.close(() => resolve());
            s.closeIdleConnections();
            setTimeout(() => s.closeAllConnections(), options.shutdownGracefulMs ?? 1000).unref();
          }),
      ),
    );
    await kafka.close();
    await store.stoppedReading();
  };
  try {
    for (const listener of options.listeners) {
      const server = http.createServer(app.callback());
      server.keepAliveTimeout = 65_000;
      server.listen(listener.port, listener.host);
      try {
        await once(server, 'listening');
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        throw new Error(
          code === 'EADDRINUSE'
            ? `The built-in schema registry cannot listen on ${listener.host}:${listener.port}: the port is in use. ` +
                'Set schema.registry.url to use that registry, or schema.registry.builtin.listeners to move this one.'
            : `The built-in schema registry cannot listen on ${listener.host}:${listener.port}: ${(err as Error).message}`,
        );
      }
      servers.push(server);
      const { port } = server.address() as AddressInfo;
      urls.push(`http://${listener.host.includes(':') ? `[${listener.host}]` : listener.host}:${port}`);
    }
  } catch (err) {
    await stop();
    throw err;
  }
  store.start().catch(() => undefined);

  const first = servers[0]?.address() as AddressInfo | undefined;
  const url = first ? `http://${hostForUrl(options.listeners[0]!.host)}:${first.port}` : '';
  let closing: Promise<void> | undefined;
  return {
    urls,
    url,
    registry,
    store,
    close() {
      closing ??= stop();
      return closing;
    },
  };
}

/**
 * Wires the proxy together: Kafka services → handlers → HTTP app → listeners.
 */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ProxyConfig } from './config.ts';
import { createCodecs } from './formats/index.ts';
import { createHandlers, type Services } from './handlers/index.ts';
import { createApp } from './http/app.ts';
import { loadContract } from './http/contract.ts';
import { KafkaClient } from './kafka/client.ts';
import { ConsumerManager } from './kafka/consumers/manager.ts';
import { MetadataService } from './kafka/metadata.ts';
import { PartitionReader } from './kafka/partition-reader.ts';
import { ProduceService } from './kafka/producer.ts';
import { silentLog, type Log } from './log.ts';
import { SchemaRegistryClient } from './registry/client.ts';
import { startSchemaRegistry, type RunningSchemaRegistry } from './schema-registry/server.ts';

export interface RunningServer {
  /** One base URL per listener, e.g. http://127.0.0.1:8082. */
  urls: string[];
  /** The schema registry the Avro format uses: `schema.registry.url`, or the built-in one. */
  registryUrl: string | undefined;
  close(): Promise<void>;
}

export async function startServer(config: ProxyConfig, log: Log = silentLog): Promise<RunningServer> {
  // Without a configured registry the proxy serves its own, so Avro works out of the box.
  let builtinRegistry: RunningSchemaRegistry | undefined;
  if (!config.schemaRegistryUrl) {
    builtinRegistry = await startSchemaRegistry({
      kafka: {
        bootstrapServers: config.bootstrapServers,
        clientId: `${config.id ? `kafka-rest-${config.id}` : 'kafka-rest'}-schema-registry`,
      },
      listeners: config.schemaRegistryBuiltinListeners,
      topic: config.schemaRegistryBuiltinTopic,
      requestMaxBytes: config.requestMaxBytes,
      shutdownGracefulMs: config.shutdownGracefulMs,
      log,
    });
    log('info', `Built-in schema registry listening on ${builtinRegistry.urls.join(', ')}`);
  }
  const registryUrl = config.schemaRegistryUrl ?? builtinRegistry?.url;
  const kafka = new KafkaClient({
    bootstrapServers: config.bootstrapServers,
    clientId: config.id ? `kafka-rest-${config.id}` : 'kafka-rest',
    log: (level, message) => log(level === 'info' ? 'debug' : level, `kafka: ${message}`),
  });
  const metadata = new MetadataService(kafka);
  const services: Services = {
    metadata,
    codecs: createCodecs({
      registry: registryUrl ? new SchemaRegistryClient({ urls: registryUrl }) : undefined,
    }),
    producer: new ProduceService(kafka, metadata),
    partitionReader: new PartitionReader(kafka),
    consumers: new ConsumerManager(kafka, metadata, {
      serverId: config.id,
      requestTimeoutMs: config.consumerRequestTimeoutMs,
      requestMaxBytes: config.consumerRequestMaxBytes,
      instanceTimeoutMs: config.consumerInstanceTimeoutMs,
      fetchMinBytes: config.fetchMinBytes,
      log,
    }),
    hostName: config.hostName,
  };
  const contract = await loadContract();
  const app = createApp({
    contract,
    handlers: createHandlers(services),
    requestMaxBytes: config.requestMaxBytes,
    accessControlAllowOrigin: config.accessControlAllowOrigin,
    accessControlAllowMethods: config.accessControlAllowMethods,
    log,
  });

  const servers: http.Server[] = [];
  const urls: string[] = [];
  try {
    for (const listener of config.listeners) {
      const server = http.createServer(app.callback());
      server.keepAliveTimeout = 65_000;
      server.listen(listener.port, listener.host);
      await once(server, 'listening');
      const { port } = server.address() as AddressInfo;
      const host = listener.host.includes(':') ? `[${listener.host}]` : listener.host;
      servers.push(server);
      urls.push(`http://${host}:${port}`);
    }
  } catch (err) {
    for (const s of servers) s.close();
    await services.consumers.close();
    await kafka.close();
    await builtinRegistry?.close();
    throw err;
  }

  let closing: Promise<void> | undefined;
  return {
    urls,
    registryUrl,
    close() {
      closing ??= (async () => {
        await Promise.all([
          ...servers.map(
            (s) =>
              new Promise<void>((resolve) => {
                s.close(() => resolve());
                s.closeIdleConnections();
                setTimeout(() => s.closeAllConnections(), config.shutdownGracefulMs).unref();
              }),
          ),
          // Reads in progress answer at once; every consumer instance leaves its group.
          services.consumers.close(),
        ]);
        await kafka.close();
        await builtinRegistry?.close();
      })();
      return closing;
    },
  };
}

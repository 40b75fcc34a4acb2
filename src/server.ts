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
import { MetadataService } from './kafka/metadata.ts';
import { silentLog, type Log } from './log.ts';

export interface RunningServer {
  /** One base URL per listener, e.g. http://127.0.0.1:8082. */
  urls: string[];
  close(): Promise<void>;
}

export async function startServer(config: ProxyConfig, log: Log = silentLog): Promise<RunningServer> {
  const kafka = new KafkaClient({
    bootstrapServers: config.bootstrapServers,
    clientId: config.id ? `kafka-rest-${config.id}` : 'kafka-rest',
    log: (level, message) => log(level === 'info' ? 'debug' : level, `kafka: ${message}`),
  });
  const services: Services = {
    metadata: new MetadataService(kafka),
    codecs: createCodecs(),
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
    await kafka.close();
    throw err;
  }

  let closing: Promise<void> | undefined;
  return {
    urls,
    close() {
      closing ??= (async () => {
        await Promise.all(
          servers.map(
            (s) =>
              new Promise<void>((resolve) => {
                s.close(() => resolve());
                s.closeIdleConnections();
                setTimeout(() => s.closeAllConnections(), config.shutdownGracefulMs).unref();
              }),
          ),
        );
        await kafka.close();
      })();
      return closing;
    },
  };
}

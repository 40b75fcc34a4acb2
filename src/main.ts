/**
 * `kafka-rest-start [config.properties]`: starts the proxy. With no `bootstrap.servers`
 * configured it first starts a local single-node Kafka as the embedded default.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig, type ProxyConfig } from './config.ts';
import { startKafka, type LocalKafka } from './embedded/local-kafka.ts';
import { consoleLog } from './log.ts';
import { portIsFree } from './ports.ts';
import { startServer } from './server.ts';

const log = consoleLog(process.env['KAFKA_REST_LOG_LEVEL'] === 'debug' ? 'debug' : 'info');

function cacheDir(): string {
  return (
    process.env['KAFKA_REST_CACHE_DIR'] ??
    join(process.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'kafka-rest-ts')
  );
}


async function startEmbeddedKafka(config: ProxyConfig): Promise<LocalKafka> {
  const dataDir = config.embeddedKafkaDataDir ?? join(cacheDir(), 'embedded-kafka-data');
  const port = (await portIsFree(config.embeddedKafkaPort)) ? config.embeddedKafkaPort : undefined;
  log('info', `No bootstrap.servers configured: starting the embedded local Kafka (data in ${dataDir})`);
  const started = Date.now();
  const kafka = await startKafka({
    brokers: 1,
    dataDir,
    ...(port !== undefined ? { ports: [port] } : {}),
    log: (line) => log('info', line),
  });
  log('info', `Embedded Kafka is up at ${kafka.bootstrapServers} after ${Date.now() - started} ms`);
  return kafka;
}

async function main(argv: string[]): Promise<void> {
  const file = argv.find((a) => !a.startsWith('-'));
  let config: ProxyConfig;
  try {
    config = loadConfig({ file });
  } catch (err) {
    if (err instanceof ConfigError) {
      log('error', `Configuration error: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }

  let embedded: LocalKafka | undefined;
  if (config.bootstrapServers.length === 0) {
    embedded = await startEmbeddedKafka(config);
    config = { ...config, bootstrapServers: embedded.bootstrapServers.split(',') };
  }

  const server = await startServer(config, log);
  log('info', `Kafka REST proxy listening on ${server.urls.join(', ')} (Kafka at ${config.bootstrapServers.join(',')})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log('info', `${signal} received: shutting down`);
    await server.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main(process.argv.slice(2)).catch((err: unknown) => {
  log('error', `Failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});

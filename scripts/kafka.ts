/**
 * Local Apache Kafka for development.
 *
 *   tsx scripts/kafka.ts download                 fetch the Kafka jars into the cache
 *   tsx scripts/kafka.ts up      [--data DIR] [--port N]   one broker, until Ctrl-C
 *   tsx scripts/kafka.ts cluster [--data DIR] [--port N]   three brokers (ports N, N+1, N+2)
 *
 * Without --data the broker data lives in a temporary directory that is removed
 * on exit; with --data (e.g. .kafka-data) topics and messages survive restarts.
 * See src/embedded/local-kafka.ts for the environment variables.
 */
import { parseArgs } from 'node:util';
import { ensureKafkaDistribution, startKafka, type LocalKafka } from '../src/embedded/local-kafka.ts';

const USAGE = `Usage: tsx scripts/kafka.ts <download|up|cluster> [--data DIR] [--port N] [--heap MB]

  download   resolve the Kafka jars from Maven Central into the local cache
  up         start one broker and keep it running until Ctrl-C
  cluster    start three brokers and keep them running until Ctrl-C

Options:
  --data DIR   keep configuration, logs and data in DIR (default: temporary, removed on exit)
  --port N     client port of the first broker (default: a free port)
  --heap MB    maximum JVM heap per broker (default: 512)

Environment: KAFKA_VERSION (default 4.1.1), KAFKA_REST_CACHE_DIR (jar cache directory).`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function parseIntOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0 || n > 65535) fail(`--${name} expects a positive integer, got "${value}"`);
  return n;
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: {
        data: { type: 'string' },
        port: { type: 'string' },
        heap: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    fail(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length > 1) fail(`unexpected argument "${positionals[1]}"\n\n${USAGE}`);

  if (command === 'download') {
    const started = Date.now();
    const dist = await ensureKafkaDistribution();
    process.stdout.write(
      `Kafka ${dist.version} is available (${((Date.now() - started) / 1000).toFixed(1)}s): ${dist.home}\n`,
    );
    return;
  }
  if (command !== 'up' && command !== 'cluster') fail(`unknown command "${command}"\n\n${USAGE}`);

  const brokers = command === 'cluster' ? 3 : 1;
  const firstPort = parseIntOption('port', values.port);
  const heapMb = parseIntOption('heap', values.heap);
  const ports = firstPort === undefined ? undefined : Array.from({ length: brokers }, (_, i) => firstPort + i);

  const started = Date.now();
  const kafka: LocalKafka = await startKafka({ brokers, dataDir: values.data, ports, heapMb });
  const secs = ((Date.now() - started) / 1000).toFixed(1);

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) {
      process.stderr.write('Stopping anyway.\n');
      process.exit(1);
    }
    stopping = true;
    process.stderr.write(`\n${signal}: stopping Kafka ...\n`);
    kafka.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  const lines = [
    `Kafka ${kafka.version} is up (${brokers} broker${brokers > 1 ? 's' : ''}, ${secs}s).`,
    `  bootstrap servers: ${kafka.bootstrapServers}`,
    ...kafka.brokers.map((b) => `  node ${b.nodeId}: pid ${b.pid}, port ${b.port}, log ${b.logFile}`),
    `  data: ${kafka.dataDir}${values.data === undefined ? ' (removed on exit)' : ''}`,
    '',
    `  KAFKA_REST_BOOTSTRAP_SERVERS=${kafka.bootstrapServers}`,
    '',
    'Press Ctrl-C to stop.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  // Exit if a broker dies on its own, instead of pretending to be up.
  const watchdog = setInterval(() => {
    if (stopping) return;
    const dead = kafka.brokers.find((b) => !b.running);
    if (dead) {
      process.stderr.write(`Kafka node ${dead.nodeId} exited unexpectedly; see ${dead.logFile}\n`);
      stopping = true;
      void kafka.stop().finally(() => process.exit(1));
    }
  }, 1000);
  watchdog.unref();
  // Keep the process alive until a signal arrives.
  setInterval(() => undefined, 1 << 30);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});

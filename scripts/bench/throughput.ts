/**
 * Produce and consume throughput through the proxy against kafkajs used directly, on the same
 * broker in the same run. The proxy runs as its own process, as it would in production.
 *
 * Env: KAFKA_REST_BOOTSTRAP_SERVERS (else a local broker is started), BENCH_RECORDS (20000),
 * BENCH_RECORD_BYTES (100), BENCH_BATCH (500 records per request/send), BENCH_ROUNDS (5).
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import kafkajs from 'kafkajs';
import { startKafka, type LocalKafka } from '../../src/embedded/local-kafka.ts';
import { freePort } from '../../src/ports.ts';

const RECORDS = Number(process.env['BENCH_RECORDS'] ?? 20000);
const RECORD_BYTES = Number(process.env['BENCH_RECORD_BYTES'] ?? 100);
const BATCH = Number(process.env['BENCH_BATCH'] ?? 500);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
const V1_BINARY = 'application/vnd.kafka.binary.v1+json';

const progress = (line: string) => process.stderr.write(`  ${line}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;


async function startProxyProcess(bootstrap: string) {
  const port = await freePort();
  const main = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    env: {
      ...process.env,
      KAFKA_REST_BOOTSTRAP_SERVERS: bootstrap,
      KAFKA_REST_LISTENERS: `http://127.0.0.1:${port}`,
      KAFKA_REST_CONSUMER_REQUEST_TIMEOUT_MS: '100',
      KAFKA_REST_SCHEMA_REGISTRY_BUILTIN_LISTENERS: 'http://127.0.0.1:0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150 && child.exitCode === null; i++) {
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop: () => child.kill('SIGTERM') };
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`the proxy did not start${child.exitCode !== null ? ` (exit code ${child.exitCode})` : ''}`);
}

async function main(): Promise<void> {
  let local: LocalKafka | undefined;
  let bootstrap = process.env['KAFKA_REST_BOOTSTRAP_SERVERS'];
  if (!bootstrap) {
    progress('starting a local Kafka');
    local = await startKafka({ brokers: 1, log: progress });
    bootstrap = local.bootstrapServers;
  }
  const proxy = await startProxyProcess(bootstrap).catch(async (err: unknown) => {
    await local?.stop();
    throw err;
  });
  const kafka = new kafkajs.Kafka({ clientId: 'bench', brokers: bootstrap.split(','), logLevel: kafkajs.logLevel.NOTHING });
  const admin = kafka.admin();
  const producer = kafka.producer();
  await Promise.all([admin.connect(), producer.connect()]);

  const payloads = Array.from({ length: BATCH }, () => randomBytes(RECORD_BYTES));
  const body = JSON.stringify({ records: payloads.map((p) => ({ value: p.toString('base64') })) });
  const results = { produceProxy: [] as number[], produceNative: [] as number[], consumeProxy: [] as number[], consumeNative: [] as number[] };

  try {
    for (let round = 1; round <= ROUNDS; round++) {
      const topic = `bench-${randomUUID().slice(0, 8)}`;
      await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });

      let t = performance.now();
      for (let sent = 0; sent < RECORDS; sent += BATCH) {
        const res = await fetch(`${proxy.url}/topics/${topic}`, { method: 'POST', headers: { 'Content-Type': V1_BINARY }, body });
        if (res.status !== 200) throw new Error(`proxy produce answered ${res.status}: ${await res.text()}`);
        await res.arrayBuffer();
      }
      results.produceProxy.push(RECORDS / ((performance.now() - t) / 1000));

      t = performance.now();
      for (let sent = 0; sent < RECORDS; sent += BATCH) {
        await producer.send({ topic, messages: payloads.map((value) => ({ value })) });
      }
      results.produceNative.push(RECORDS / ((performance.now() - t) / 1000));

      // Both consumers read the topic from the beginning: 2 × RECORDS records.
      const total = RECORDS * 2;
      const group = `bench-${randomUUID().slice(0, 8)}`;
      const created = await fetch(`${proxy.url}/consumers/${group}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/vnd.kafka.v1+json' },
        body: JSON.stringify({ format: 'binary', 'auto.offset.reset': 'smallest' }),
      });
      const { base_uri: baseUri } = (await created.json()) as { base_uri: string };
      t = performance.now();
      let seen = 0;
      while (seen < total) {
        const res = await fetch(`${baseUri}/topics/${topic}?max_bytes=1048576`, { headers: { Accept: V1_BINARY } });
        if (res.status !== 200) throw new Error(`proxy read answered ${res.status}: ${await res.text()}`);
        seen += ((await res.json()) as unknown[]).length;
      }
      results.consumeProxy.push(total / ((performance.now() - t) / 1000));
      await fetch(baseUri, { method: 'DELETE' });

      const consumer = kafka.consumer({ groupId: `${group}-native`, maxWaitTimeInMs: 100 });
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      t = performance.now();
      await new Promise<void>((resolve) => {
        let count = 0;
        void consumer.run({
          eachBatch: async ({ batch }) => {
            count += batch.messages.length;
            if (count >= total) resolve();
          },
        });
      });
      results.consumeNative.push(total / ((performance.now() - t) / 1000));
      await consumer.disconnect();

      progress(
        `round ${round}/${ROUNDS}: produce ${results.produceProxy.at(-1)!.toFixed(0)} vs ${results.produceNative.at(-1)!.toFixed(0)} rec/s, ` +
          `consume ${results.consumeProxy.at(-1)!.toFixed(0)} vs ${results.consumeNative.at(-1)!.toFixed(0)} rec/s (proxy vs native)`,
      );
    }
  } finally {
    await Promise.allSettled([producer.disconnect(), admin.disconnect()]);
    proxy.stop();
    await local?.stop();
  }

  // The ratio is taken per round (side by side on the same broker), then the median of those.
  const line = (name: string, p: number[], n: number[]) =>
    console.log(
      `${name.padEnd(8)} proxy ${median(p).toFixed(0).padStart(7)} rec/s  native ${median(n).toFixed(0).padStart(7)} rec/s  ` +
        `proxy/native ${median(p.map((x, i) => x / n[i]!)).toFixed(2)}`,
    );
  console.log(`${RECORDS} records of ${RECORD_BYTES} B, ${BATCH} per request, median of ${ROUNDS} rounds`);
  line('produce', results.produceProxy, results.produceNative);
  line('consume', results.consumeProxy, results.consumeNative);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

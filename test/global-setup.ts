/**
 * Vitest global setup for the integration tests: provides `bootstrapServers`.
 *
 * With KAFKA_REST_BOOTSTRAP_SERVERS set, that Kafka is used and nothing is
 * started. Otherwise one local broker is started (fresh temporary data dir,
 * see src/embedded/local-kafka.ts) and stopped again after the run.
 */
import type { TestProject } from 'vitest/node';
import { startKafka } from '../src/embedded/local-kafka.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    bootstrapServers: string;
  }
}

function say(line: string): void {
  process.stderr.write(`[global-setup] ${line}\n`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.KAFKA_REST_BOOTSTRAP_SERVERS?.trim();
  if (external) {
    say(`using Kafka at ${external} (KAFKA_REST_BOOTSTRAP_SERVERS)`);
    project.provide('bootstrapServers', external);
    return async () => undefined;
  }

  const started = Date.now();
  const kafka = await startKafka({ brokers: 1, quiet: true });
  say(
    `started local Kafka ${kafka.version} at ${kafka.bootstrapServers} in ` +
      `${((Date.now() - started) / 1000).toFixed(1)}s (pid ${kafka.brokers.map((b) => b.pid).join(', ')}, ` +
      `log ${kafka.brokers[0]?.logFile ?? '?'})`,
  );
  project.provide('bootstrapServers', kafka.bootstrapServers);
  return async () => {
    await kafka.stop();
  };
}

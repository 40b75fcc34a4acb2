/**
 * A registry in a process of its own, for the concurrency test: registers schemas as fast as it
 * can and prints the ids it got as one JSON line.
 *
 * tsx test/integration/schema-registry-writer-process.ts <bootstrap> <topic> <prefix> <count>
 */
import { startSchemaRegistry } from '../../src/schema-registry/server.ts';

const [bootstrap, topic, prefix, countText] = process.argv.slice(2) as [string, string, string, string];
const count = Number(countText);

const registry = await startSchemaRegistry({
  kafka: { bootstrapServers: bootstrap.split(','), clientId: `writer-${prefix}` },
  listeners: [{ protocol: 'http', host: '127.0.0.1', port: 0 }],
  topic,
  timeoutMs: 30_000,
});
await registry.store.ready();

async function register(subject: string, name: string): Promise<{ name: string; subject: string; status: number; id?: number }> {
  const schema = JSON.stringify({ type: 'record', name, fields: [{ name: 'f', type: 'int' }] });
  const res = await fetch(`${registry.url}/subjects/${subject}/versions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/vnd.schemaregistry.v1+json' },
    body: JSON.stringify({ schema }),
  });
  const body = (await res.json()) as { id?: number };
  return { name, subject, status: res.status, ...(body.id !== undefined ? { id: body.id } : {}) };
}

const jobs: Promise<Awaited<ReturnType<typeof register>>>[] = [];
for (let i = 0; i < count; i++) {
  // Schemas only this process registers, into subjects both processes write to...
  jobs.push(register(`shared-${i % 4}`, `${prefix}${i}`));
  // ...and schemas both processes register, each into subjects of its own.
  jobs.push(register(`common-${prefix}-${i % 3}`, `Common${i}`));
}
const results = await Promise.all(jobs);
process.stdout.write(`${JSON.stringify({ results, failedAttempts: registry.store.failedWriteAttempts })}\n`);
await registry.close();
process.exit(0);

/**
 * Registry instances that share one Kafka topic and register at the same time never hand out
 * one id for two different schemas, never give one schema two ids, never number two versions
 * of a subject alike, and agree on every id afterwards. Tested with two instances in this
 * process (each with its own Kafka client) and with two separate processes.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunningSchemaRegistry } from '../../src/schema-registry/server.ts';
import { bootstrapServers, uniqueName } from './harness.ts';
import { api, deleteTopics, idOf, record, startRegistry, type Api } from './schema-registry-support.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const topics: string[] = [];
const running: RunningSchemaRegistry[] = [];
afterAll(async () => {
  await Promise.all(running.map((r) => r.close()));
  await deleteTopics(...topics);
});

async function registries(count: number): Promise<{ topic: string; instances: RunningSchemaRegistry[] }> {
  const topic = uniqueName('_schemas-concurrent');
  topics.push(topic);
  const instances = await Promise.all(Array.from({ length: count }, () => startRegistry({ topic, timeoutMs: 30_000 })));
  running.push(...instances);
  return { topic, instances };
}

const schemaNamed = (name: string) => record(name, [{ name: 'f', type: 'int' }]);

/** Every id an instance knows, with the schema record name behind it. */
async function idMap(sr: Api, ids: Iterable<number>): Promise<Map<number, string>> {
  const map = new Map<number, string>();
  for (const id of ids) {
    const r = await sr.get(`/schemas/ids/${id}`);
    expect(r.status).toBe(200);
    map.set(id, (JSON.parse((r.json as { schema: string }).schema) as { name: string }).name);
  }
  return map;
}

function checkIds(results: { name: string; id: number }[]): void {
  const idsByName = new Map<string, Set<number>>();
  for (const { name, id } of results) idsByName.set(name, (idsByName.get(name) ?? new Set()).add(id));
  // One id per schema...
  for (const [name, ids] of idsByName) expect([name, [...ids]]).toEqual([name, [...ids].slice(0, 1)]);
  // ...and one schema per id.
  const namesById = new Map<number, string>();
  for (const [name, ids] of idsByName) {
    const id = [...ids][0]!;
    expect(namesById.get(id) ?? name).toBe(name);
    namesById.set(id, name);
  }
}

describe('two registries in one process', () => {
  it('register many schemas at once without conflicts, and agree on every id', async () => {
    const { instances } = await registries(2);
    const [a, b] = instances.map((r) => api(r.url)) as [Api, Api];
    await a.put('/config', { compatibility: 'NONE' });

    const count = 60;
    const jobs: Promise<{ name: string; subject: string; id: number }>[] = [];
    const register = async (sr: Api, subject: string, name: string) => ({ name, subject, id: idOf(await sr.register(subject, schemaNamed(name))) });
    for (let i = 0; i < count; i++) {
      jobs.push(register(a, `shared-${i % 4}`, `A${i}`));
      jobs.push(register(b, `shared-${i % 4}`, `B${i}`));
      // The same schemas through both instances, into subjects of each one's own.
      jobs.push(register(a, `only-a-${i % 3}`, `Both${i}`));
      jobs.push(register(b, `only-b-${i % 3}`, `Both${i}`));
    }
    const results = await Promise.all(jobs);
    checkIds(results);
    expect(new Set(results.map((r) => r.id)).size).toBe(3 * count);

    // Both instances answer every id with the same schema.
    const ids = new Set(results.map((r) => r.id));
    const seenByA = await idMap(a, ids);
    const seenByB = await idMap(b, ids);
    expect(seenByB).toEqual(seenByA);
    for (const r of results) expect(seenByA.get(r.id)).toBe(r.name);

    // Versions of the subjects both wrote to are numbered 1..n without gaps or repeats.
    for (let k = 0; k < 4; k++) {
      const versions = (await a.get(`/subjects/shared-${k}/versions`)).json as number[];
      expect(versions).toEqual(Array.from({ length: (count / 4) * 2 }, (_, i) => i + 1));
      expect((await b.get(`/subjects/shared-${k}/versions`)).json).toEqual(versions);
    }
    process.stderr.write(
      `[schema-registry] ${results.length} concurrent registrations; write attempts lost to the other instance: ` +
        `${instances.map((r) => r.store.failedWriteAttempts).join(' and ')}\n`,
    );
  });

  it('see each other\'s registrations as soon as they are answered', async () => {
    const { instances } = await registries(2);
    const [a, b] = instances.map((r) => api(r.url)) as [Api, Api];
    for (let i = 0; i < 5; i++) {
      const subject = uniqueName('seen');
      const id = idOf(await a.register(subject, schemaNamed(`Seen${i}`)));
      expect((await b.get(`/schemas/ids/${id}`)).status).toBe(200);
      expect((await b.get(`/subjects/${subject}/versions/latest`)).json).toMatchObject({ id, version: 1 });
      expect(idOf(await b.register(subject, schemaNamed(`Seen${i}`)))).toBe(id);
    }
  });

  it('agree on the same schema registered through both at the same time', async () => {
    const { instances } = await registries(2);
    const [a, b] = instances.map((r) => api(r.url)) as [Api, Api];
    for (let i = 0; i < 10; i++) {
      const [x, y] = await Promise.all([a.register(`same-a-${i}`, schemaNamed(`Same${i}`)), b.register(`same-b-${i}`, schemaNamed(`Same${i}`))]);
      expect(idOf(x)).toBe(idOf(y));
    }
  });
});

interface ProcessResult {
  results: { name: string; subject: string; status: number; id?: number }[];
  failedAttempts: number;
}

function runWriter(topic: string, prefix: string, count: number): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      join(root, 'node_modules', '.bin', 'tsx'),
      [join(root, 'test', 'integration', 'schema-registry-writer-process.ts'), bootstrapServers(), topic, prefix, String(count)],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`writer ${prefix} exited with ${code}: ${err || out}`));
      else resolve(JSON.parse(line) as ProcessResult);
    });
  });
}

describe('two registries in separate processes', () => {
  it('register at the same time without conflicts, and a third instance agrees with both', async () => {
    const { topic, instances } = await registries(1);
    const observer = api(instances[0]!.url);
    await observer.put('/config', { compatibility: 'NONE' });

    const count = 40;
    const [p, q] = await Promise.all([runWriter(topic, 'P', count), runWriter(topic, 'Q', count)]);
    const all = [...p.results, ...q.results];
    expect(all.filter((r) => r.status !== 200)).toEqual([]);
    const results = all.map((r) => ({ name: r.name, id: r.id! }));
    checkIds(results);
    // Each process's own schemas plus the common ones, each with a distinct id.
    expect(new Set(results.map((r) => r.id)).size).toBe(3 * count);

    const seen = await idMap(observer, new Set(results.map((r) => r.id)));
    for (const r of results) expect(seen.get(r.id)).toBe(r.name);
    for (let k = 0; k < 4; k++) {
      expect((await observer.get(`/subjects/shared-${k}/versions`)).json).toEqual(
        Array.from({ length: (count / 4) * 2 }, (_, i) => i + 1),
      );
    }
    process.stderr.write(
      `[schema-registry] two processes, ${all.length} registrations; attempts lost: ${p.failedAttempts} and ${q.failedAttempts}\n`,
    );
  }, 120_000);
});

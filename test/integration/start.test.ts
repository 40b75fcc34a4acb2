/**
 * The `kafka-rest-start` executable, as an operator runs it: a properties file, environment
 * overrides, and clear failures for bad configuration or an unreachable cluster.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { bootstrapServers, request, startProxy } from './harness.ts';
import { freePort } from '../../src/ports.ts';

const bin = fileURLToPath(new URL('../../bin/kafka-rest-start.js', import.meta.url));
const children: ChildProcess[] = [];

afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGTERM');
});


function start(args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('KAFKA_REST_')));
  const child = spawn(process.execPath, [bin, ...args], { env: { ...clean, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

function propertiesFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'krp-start-'));
  const file = join(dir, 'kafka-rest.properties');
  writeFileSync(file, text);
  return file;
}

async function waitFor(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

describe('kafka-rest-start', () => {
  it('serves the cluster named in a properties file, with the environment winning', async () => {
    const filePort = await freePort();
    const envPort = await freePort();
    const file = propertiesFile(
      `# proxy settings\nlisteners=http://127.0.0.1:${filePort}\nbootstrap.servers=${bootstrapServers()}\nzookeeper.connect=ignored:2181\n`,
    );
    const proxy = start([file], { KAFKA_REST_LISTENERS: `http://127.0.0.1:${envPort}` });
    await waitFor(`http://127.0.0.1:${envPort}/topics`);
    const r = await request(`http://127.0.0.1:${envPort}/brokers`);
    expect(r.status).toBe(200);
    expect((r.json as { brokers: number[] }).brokers.length).toBeGreaterThan(0);
    await expect(fetch(`http://127.0.0.1:${filePort}/`)).rejects.toThrow();
    proxy.child.kill('SIGTERM');
    expect(await proxy.exited).toBe(0);
  });

  it('refuses bad configuration at start with a message naming the key', async () => {
    const file = propertiesFile('consumer.request.timeout.ms=soon\n');
    const proxy = start([file]);
    expect(await proxy.exited).toBe(2);
    expect(proxy.output()).toMatch(/Configuration error: Invalid value for consumer.request.timeout.ms/);
  });

  it('names a configuration file that cannot be read', async () => {
    const proxy = start(['/nonexistent/kafka-rest.properties']);
    expect(await proxy.exited).toBe(2);
    expect(proxy.output()).toMatch(/Cannot read configuration file \/nonexistent\/kafka-rest.properties/);
  });
});

describe('an unreachable cluster', () => {
  it('answers 503/50302 in the error format, not a 500', async () => {
    const closedPort = await freePort();
    const proxy = await startProxy({ 'bootstrap.servers': `127.0.0.1:${closedPort}` });
    try {
      const r = await request(`${proxy.url}/topics`);
      expect(r.status).toBe(503);
      expect((r.json as { error_code: number }).error_code).toBe(50302);
      expect((r.json as { message: string }).message).toMatch(/^Broker not available: /);
      expect(r.text).not.toMatch(/\bat .*\.ts:\d+/);
    } finally {
      await proxy.close();
    }
  });
});

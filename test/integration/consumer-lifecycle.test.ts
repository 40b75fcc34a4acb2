/**
 * How long consumer instances live: idle expiry, and shutdown of the proxy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commit,
  createConsumer,
  describeGroup,
  eventually,
  newConsumer,
  readRecords,
  readTopic,
  sleep,
} from './consumer-support.ts';
import { createTopic, startProxy, uniqueName, type TestProxy } from './harness.ts';

const NOT_FOUND = { error_code: 40403, message: 'Consumer instance not found.' };

describe('idle expiry (consumer.instance.timeout.ms = 1500)', () => {
  let proxy: TestProxy;
  let topic: string;
  beforeAll(async () => {
    proxy = await startProxy({ 'consumer.instance.timeout.ms': '1500' });
    topic = uniqueName('expiry');
    await createTopic(topic);
  });
  afterAll(() => proxy?.close());

  it('closes an instance left idle, after which its name is free', async () => {
    const group = uniqueName('g');
    const uri = await newConsumer(proxy.url, group, { name: 'idle' });
    await sleep(3000);
    expect((await readTopic(uri, topic)).json).toEqual(NOT_FOUND);
    expect((await commit(uri)).json).toEqual(NOT_FOUND);
    expect((await createConsumer(proxy.url, group, { name: 'idle' })).status).toBe(200);
  });

  it('never expires an instance during an operation, and restarts the clock when one ends', async () => {
    const group = uniqueName('g');
    const uri = await newConsumer(proxy.url, group, { 'consumer.request.timeout.ms': 2500 });
    // Each read lasts longer than the idle timeout.
    expect((await readTopic(uri, topic)).status).toBe(200);
    expect((await readTopic(uri, topic)).status).toBe(200);
    await sleep(1000);
    expect((await commit(uri)).status).toBe(200);
    await sleep(1000);
    expect((await commit(uri)).status).toBe(200);
    await sleep(3000);
    expect((await commit(uri)).json).toEqual(NOT_FOUND);
  });

  it('leaves the group when it expires', async () => {
    const group = uniqueName('g');
    const uri = await newConsumer(proxy.url, group, { 'consumer.request.timeout.ms': 200 });
    const joined = await eventually(
      async () => {
        await readRecords(uri, topic);
        return describeGroup(group, topic);
      },
      (g) => g.state === 'Stable' && g.assignments.length === 1,
    );
    expect(joined.assignments).toEqual([[0]]);
    const left = await eventually(
      () => describeGroup(group, topic),
      (g) => g.assignments.length === 0,
      10_000,
    );
    expect(left.state).toBe('Empty');
  });
});

describe('shutdown', () => {
  it('closes every instance, so their members leave their groups', async () => {
    const proxy = await startProxy();
    const topic = uniqueName('shutdown');
    await createTopic(topic, 2);
    const groups = [uniqueName('g'), uniqueName('g')];
    const uris = await Promise.all(groups.map((g) => newConsumer(proxy.url, g, { 'consumer.request.timeout.ms': 200 })));
    for (const [i, uri] of uris.entries()) {
      const view = await eventually(
        async () => {
          await readRecords(uri, topic);
          return describeGroup(groups[i]!, topic);
        },
        (g) => g.state === 'Stable' && g.assignments.flat().length === 2,
      );
      expect(view.assignments).toHaveLength(1);
    }
    await proxy.close();
    for (const group of groups) {
      // Without leaving, the member would stay until its session timed out (30 s).
      const view = await describeGroup(group, topic);
      expect(view.assignments).toEqual([]);
      expect(view.state).toBe('Empty');
    }
  });
});

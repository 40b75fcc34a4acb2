/**
 * The retry logic of the registry's log writer (src/kafka/log-tail.ts), with a stand-in for
 * kafkajs's transactional producer. What fencing does on a real broker is covered by the
 * registry's concurrency tests in test/integration/.
 */
import { describe, expect, it } from 'vitest';
import type { KafkaClient } from '../../../src/kafka/client.ts';
import { LogStoreError, LogTimeoutError, LogWriter } from '../../../src/kafka/log-tail.ts';

interface Script {
  /** Per producer created, in order: how its first transaction() call behaves, and its sends. */
  transaction?: (producer: number) => Error | undefined;
  send?: (producer: number) => Error | undefined;
}

function fakeClient(script: Script) {
  const log: string[] = [];
  let producers = 0;
  const client = {
    kafka: {
      producer: () => {
        const n = ++producers;
        return {
          connect: async () => void log.push(`connect ${n}`),
          disconnect: async () => void log.push(`disconnect ${n}`),
          transaction: async () => {
            const failure = script.transaction?.(n);
            if (failure) throw failure;
            log.push(`begin ${n}`);
            return {
              send: async ({ messages }: { messages: unknown[] }) => {
                const err = script.send?.(n);
                if (err) throw err;
                log.push(`send ${n} ${messages.length}`);
                return [{ topicName: 't', partition: 0, errorCode: 0, baseOffset: '40' }];
              },
              commit: async () => void log.push(`commit ${n}`),
              abort: async () => void log.push(`abort ${n}`),
            };
          },
        };
      },
    },
  };
  return { client: client as unknown as KafkaClient, log };
}

const records = [
  { key: 'k1', value: 'v1' },
  { key: 'k2', value: null },
];

describe('LogWriter.append', () => {
  it('writes what prepare returns in one transaction and reports the offsets', async () => {
    const { client, log } = fakeClient({});
    const writer = new LogWriter(client, 't', 'id');
    const result = await writer.append(async () => ({ records, result: 'done' }), 1000);
    expect(result).toEqual({ result: 'done', offsets: [40n, 41n] });
    expect(log).toEqual(['connect 1', 'begin 1', 'send 1 2', 'commit 1']);
  });

  it('writes nothing when prepare returns no records', async () => {
    const { client, log } = fakeClient({});
    const result = await new LogWriter(client, 't', 'id').append(async () => ({ records: [], result: 7 }), 1000);
    expect(result).toEqual({ result: 7, offsets: [] });
    expect(log).toEqual(['connect 1', 'begin 1', 'abort 1']);
  });

  it('passes errors from prepare on unchanged, after aborting', async () => {
    const { client, log } = fakeClient({});
    const failure = new Error('incompatible');
    await expect(
      new LogWriter(client, 't', 'id').append(async () => {
        throw failure;
      }, 1000),
    ).rejects.toBe(failure);
    expect(log).toEqual(['connect 1', 'begin 1', 'abort 1']);
  });

  it('starts over with a new producer, and prepares again, when the write is fenced', async () => {
    const fenced = Object.assign(new Error('Producer attempted an operation with an old epoch'), { type: 'INVALID_PRODUCER_EPOCH' });
    const { client, log } = fakeClient({ send: (n) => (n === 1 ? fenced : undefined) });
    let prepared = 0;
    const writer = new LogWriter(client, 't', 'id');
    const result = await writer.append(async () => ({ records, result: ++prepared }), 5000);
    expect(result).toEqual({ result: 2, offsets: [40n, 41n] });
    expect(log).toEqual(['connect 1', 'begin 1', 'abort 1', 'disconnect 1', 'connect 2', 'begin 2', 'send 2 2', 'commit 2']);
    expect(writer.failedAttempts).toBe(1);
  });

  it('gives up with LogTimeoutError when no attempt succeeds in time', async () => {
    const { client } = fakeClient({ transaction: () => new Error('CONCURRENT_TRANSACTIONS') });
    const writer = new LogWriter(client, 't', 'id');
    const err = await writer.append(async () => ({ records, result: 1 }), 300).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LogTimeoutError);
    expect((err as Error).message).toMatch(/^Cannot write to t in time: CONCURRENT_TRANSACTIONS/);
    expect(writer.failedAttempts).toBeGreaterThan(1);
  });

  it('runs appends one at a time', async () => {
    const { client } = fakeClient({});
    const writer = new LogWriter(client, 't', 'id');
    let active = 0;
    let most = 0;
    const prepare = async () => {
      most = Math.max(most, ++active);
      await new Promise((r) => setTimeout(r, 5));
      active--;
      return { records, result: undefined };
    };
    await Promise.all([writer.append(prepare, 1000), writer.append(prepare, 1000), writer.append(prepare, 1000)]);
    expect(most).toBe(1);
  });

  it('refuses to write once closed', async () => {
    const { client } = fakeClient({});
    const writer = new LogWriter(client, 't', 'id');
    await writer.close();
    await expect(writer.append(async () => ({ records, result: 1 }), 1000)).rejects.toBeInstanceOf(LogStoreError);
  });
});

import { describe, expect, it } from 'vitest';
import { RecordBuffer, type BufferedRecord } from '../../../../src/kafka/consumers/buffer.ts';
import { collectRecords, type ReadHooks, type RecordDecoder } from '../../../../src/kafka/consumers/read.ts';

function rec(offset: number, value: string, partition = 0, epoch = 1): BufferedRecord {
  return { partition, offset, key: null, value: Buffer.from(value), epoch };
}

/** Renders values as text; a value "bad" fails to decode. */
const decode: RecordDecoder = async ({ key, value }) => {
  const text = value?.toString() ?? null;
  if (text === 'bad') throw new Error('cannot decode');
  return { key, value: text, size: (key?.length ?? 0) + (value?.length ?? 0) };
};

const hooks = (over: Partial<ReadHooks> = {}): ReadHooks => ({
  isCurrent: () => true,
  stopped: () => false,
  failure: () => undefined,
  drained: () => {},
  ...over,
});

const unlimited = (ms = 0) => ({ deadline: Date.now() + ms, maxBytes: Number.POSITIVE_INFINITY, fetchMinBytes: -1 });

describe('collectRecords', () => {
  it('returns what is buffered when the window closes', async () => {
    const buffer = new RecordBuffer(1 << 20);
    buffer.push(rec(0, 'a'));
    buffer.push(rec(1, 'b'));
    const out = await collectRecords(buffer, decode, unlimited(), hooks());
    expect(out.map((r) => r.value)).toEqual(['a', 'b']);
    expect(buffer.length).toBe(0);
  });

  it('keeps collecting records that arrive during the window', async () => {
    const buffer = new RecordBuffer(1 << 20);
    setTimeout(() => buffer.push(rec(0, 'late')), 10);
    const out = await collectRecords(buffer, decode, unlimited(200), hooks());
    expect(out.map((r) => r.value)).toEqual(['late']);
  });

  it('leaves the record that would bring the total to the byte cap for the next read', async () => {
    const buffer = new RecordBuffer(1 << 20);
    for (const [i, v] of ['aaaa', 'bbbb', 'cc', 'd'].entries()) buffer.push(rec(i, v));
    const first = await collectRecords(buffer, decode, { ...unlimited(), maxBytes: 10 }, hooks());
    expect(first.map((r) => r.value)).toEqual(['aaaa', 'bbbb']);
    const second = await collectRecords(buffer, decode, unlimited(), hooks());
    expect(second.map((r) => r.value)).toEqual(['cc', 'd']);
  });

  it('never returns a record as large as the cap', async () => {
    const buffer = new RecordBuffer(1 << 20);
    buffer.push(rec(0, 'abcdef'));
    expect(await collectRecords(buffer, decode, { ...unlimited(), maxBytes: 6 }, hooks())).toEqual([]);
    expect(buffer.length).toBe(1);
  });

  it('answers early once more than fetch.min.bytes were collected', async () => {
    const buffer = new RecordBuffer(1 << 20);
    for (const [i, v] of ['aa', 'bb', 'cc'].entries()) buffer.push(rec(i, v));
    const started = Date.now();
    const out = await collectRecords(buffer, decode, { ...unlimited(60_000), fetchMinBytes: 3 }, hooks());
    expect(out.map((r) => r.value)).toEqual(['aa', 'bb']);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(buffer.length).toBe(1);
  });

  it('puts back what a failed read took, in order, so the next read returns it first', async () => {
    const buffer = new RecordBuffer(1 << 20);
    for (const [i, v] of ['a', 'b', 'bad', 'c'].entries()) buffer.push(rec(i, v));
    await expect(collectRecords(buffer, decode, unlimited(), hooks())).rejects.toThrow('cannot decode');
    expect(buffer.length).toBe(4);
    expect(buffer.shift()!.offset).toBe(0);
    expect(buffer.shift()!.offset).toBe(1);
  });

  it('discards records of partitions that are no longer current', async () => {
    const buffer = new RecordBuffer(1 << 20);
    buffer.push(rec(0, 'old', 0, 1));
    buffer.push(rec(1, 'kept', 1, 1));
    const out = await collectRecords(buffer, decode, unlimited(), hooks({ isCurrent: (r) => r.partition === 1 }));
    expect(out.map((r) => r.value)).toEqual(['kept']);
  });

  it('does not return records whose partition was revoked while the read ran', async () => {
    const buffer = new RecordBuffer(1 << 20);
    buffer.push(rec(0, 'x', 3));
    let revoked = false;
    setTimeout(() => {
      revoked = true;
      buffer.push(rec(1, 'y', 4));
    }, 10);
    const out = await collectRecords(buffer, decode, unlimited(100), hooks({ isCurrent: (r) => !revoked || r.partition === 4 }));
    expect(out.map((r) => r.value)).toEqual(['y']);
  });

  it('answers at once when the instance is closing', async () => {
    const buffer = new RecordBuffer(1 << 20);
    let stopped = false;
    setTimeout(() => {
      stopped = true;
      buffer.wake();
    }, 10);
    const started = Date.now();
    expect(await collectRecords(buffer, decode, unlimited(60_000), hooks({ stopped: () => stopped }))).toEqual([]);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('throws the consumer failure when it has nothing to return', async () => {
    const buffer = new RecordBuffer(1 << 20);
    const failure = new Error('consumer stopped');
    await expect(collectRecords(buffer, decode, unlimited(60_000), hooks({ failure: () => failure }))).rejects.toBe(failure);
    buffer.push(rec(0, 'a'));
    const out = await collectRecords(buffer, decode, unlimited(60_000), hooks({ failure: () => failure }));
    expect(out.map((r) => r.value)).toEqual(['a']);
  });

  it('tells the instance when it has drained the buffer', async () => {
    const buffer = new RecordBuffer(1 << 20);
    buffer.push(rec(0, 'a'));
    let drained = 0;
    await collectRecords(buffer, decode, unlimited(), hooks({ drained: () => drained++ }));
    expect(drained).toBeGreaterThan(0);
  });
});

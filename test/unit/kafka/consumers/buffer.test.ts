import { describe, expect, it } from 'vitest';
import { bufferedSize, RecordBuffer, RECORD_OVERHEAD_BYTES, type BufferedRecord } from '../../../../src/kafka/consumers/buffer.ts';

function rec(partition: number, offset: number, value = 'v'): BufferedRecord {
  return { partition, offset, key: null, value: Buffer.from(value), epoch: 1 };
}

describe('RecordBuffer', () => {
  it('hands records out in the order they came in', () => {
    const buffer = new RecordBuffer(1 << 20);
    buffer.push(rec(0, 1));
    buffer.push(rec(1, 7));
    buffer.push(rec(0, 2));
    expect([buffer.shift(), buffer.shift(), buffer.shift()].map((r) => `${r!.partition}:${r!.offset}`)).toEqual([
      '0:1',
      '1:7',
      '0:2',
    ]);
    expect(buffer.shift()).toBeUndefined();
    expect(buffer.bytes).toBe(0);
  });

  it('puts records back at the head in their order', () => {
    const buffer = new RecordBuffer(1 << 20);
    for (let i = 0; i < 5; i++) buffer.push(rec(0, i));
    const a = buffer.shift()!;
    const b = buffer.shift()!;
    buffer.unshift([a, b]);
    expect(buffer.length).toBe(5);
    expect(Array.from({ length: 5 }, () => buffer.shift()!.offset)).toEqual([0, 1, 2, 3, 4]);
  });

  it('puts records back even when more come back than were taken from the current array', () => {
    const buffer = new RecordBuffer(1 << 20);
    buffer.push(rec(0, 10));
    buffer.unshift([rec(0, 8), rec(0, 9)]);
    expect([buffer.shift()!.offset, buffer.shift()!.offset, buffer.shift()!.offset]).toEqual([8, 9, 10]);
  });

  it('accounts key, value and a fixed overhead per record', () => {
    const buffer = new RecordBuffer(1 << 20);
    const r = { ...rec(0, 0, 'abc'), key: Buffer.from('kk') };
    buffer.push(r);
    expect(bufferedSize(r)).toBe(5 + RECORD_OVERHEAD_BYTES);
    expect(buffer.bytes).toBe(5 + RECORD_OVERHEAD_BYTES);
  });

  it('has room until the limit, and always when empty', () => {
    const one = bufferedSize(rec(0, 0));
    const buffer = new RecordBuffer(2 * one);
    expect(buffer.hasRoomFor(10 * one)).toBe(true);
    buffer.push(rec(0, 0));
    expect(buffer.hasRoomFor(one)).toBe(true);
    buffer.push(rec(0, 1));
    expect(buffer.hasRoomFor(one)).toBe(false);
    buffer.shift();
    expect(buffer.hasRoomFor(one)).toBe(true);
  });

  it('drops the records a predicate selects', () => {
    const buffer = new RecordBuffer(1 << 20);
    for (let i = 0; i < 6; i++) buffer.push(rec(i % 2, i));
    buffer.shift();
    buffer.drop((r) => r.partition === 1);
    expect(buffer.length).toBe(2);
    expect(buffer.bytes).toBe(2 * bufferedSize(rec(0, 0)));
    expect([buffer.shift()!.offset, buffer.shift()!.offset]).toEqual([2, 4]);
  });

  it('ends a wait when a record arrives', async () => {
    const buffer = new RecordBuffer(1 << 20);
    const started = Date.now();
    const waiting = buffer.waitForRecords(started + 10_000);
    setTimeout(() => buffer.push(rec(0, 0)), 5);
    await waiting;
    expect(buffer.length).toBe(1);
  });

  it('ends a wait at the deadline or on wake()', async () => {
    const buffer = new RecordBuffer(1 << 20);
    await buffer.waitForRecords(Date.now() + 5);
    const waiting = buffer.waitForRecords(Date.now() + 10_000);
    buffer.wake();
    await waiting;
    expect(buffer.length).toBe(0);
  });
});

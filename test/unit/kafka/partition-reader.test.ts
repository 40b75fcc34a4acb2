import { describe, expect, it } from 'vitest';
import type { RawFetchedPartition, RawFetchedRecord } from '../../../src/kafka/client.ts';
import { takeRecords } from '../../../src/kafka/partition-reader.ts';

interface BatchSpec {
  base: number;
  /** Offsets of the records still present (compaction may have removed some). */
  offsets: number[];
  /** The batch's last offset as written, which compaction keeps. */
  last?: number;
  control?: 'commit' | 'abort';
}

function batch(spec: BatchSpec): RawFetchedRecord[] {
  const last = spec.last ?? Math.max(...spec.offsets);
  const context = { firstOffset: String(spec.base), lastOffsetDelta: last - spec.base };
  return spec.offsets.map((offset) => {
    let key: Buffer | null = Buffer.from(`k${offset}`);
    if (spec.control) {
      key = Buffer.alloc(4);
      key.writeInt16BE(spec.control === 'abort' ? 0 : 1, 2);
    }
    return {
      offset: String(offset),
      key,
      value: spec.control ? Buffer.alloc(6) : Buffer.from(`v${offset}`),
      isControlRecord: spec.control !== undefined,
      batchContext: context,
    };
  });
}

function partition(batches: BatchSpec[], opts: { highWatermark?: number } = {}): RawFetchedPartition {
  const messages = batches.flatMap(batch);
  const end = messages.length > 0 ? Number(messages[messages.length - 1]!.offset) + 1 : 0;
  return { partition: 0, errorCode: 0, highWatermark: String(opts.highWatermark ?? end), messages };
}

const offsetsOf = (records: RawFetchedRecord[]) => records.map((r) => Number(r.offset));

describe('takeRecords', () => {
  it('drops the part of a batch below the requested offset', () => {
    const taken = takeRecords(partition([{ base: 0, offsets: [0, 1, 2, 3, 4] }]), 3n, 10);
    expect(offsetsOf(taken.records)).toEqual([3, 4]);
    expect(taken.next).toBe(5n);
    expect(taken.end).toBe(5n);
  });

  it('stops at the count, with the next position right after the last record taken', () => {
    const taken = takeRecords(partition([{ base: 0, offsets: [0, 1, 2, 3, 4] }]), 1n, 2);
    expect(offsetsOf(taken.records)).toEqual([1, 2]);
    expect(taken.next).toBe(3n);
  });

  it('skips offsets removed by compaction, and a compacted tail of a batch', () => {
    const taken = takeRecords(
      partition([{ base: 0, offsets: [2, 5], last: 7 }, { base: 8, offsets: [9] }], { highWatermark: 10 }),
      0n,
      10,
    );
    expect(offsetsOf(taken.records)).toEqual([2, 5, 9]);
    expect(taken.next).toBe(10n);
  });

  it('moves past a batch whose remaining records all lie below the requested offset', () => {
    const taken = takeRecords(partition([{ base: 0, offsets: [1, 2], last: 6 }], { highWatermark: 20 }), 4n, 10);
    expect(taken.records).toEqual([]);
    expect(taken.next).toBe(7n);
  });

  it('skips commit and abort markers but passes their offsets', () => {
    const taken = takeRecords(
      partition([
        { base: 0, offsets: [0, 1] },
        { base: 2, offsets: [2], control: 'commit' },
        { base: 3, offsets: [3, 4] },
        { base: 5, offsets: [5], control: 'abort' },
        { base: 6, offsets: [6] },
      ]),
      1n,
      10,
    );
    expect(offsetsOf(taken.records)).toEqual([1, 3, 4, 6]);
    expect(taken.next).toBe(7n);
  });

  it('advances past a response holding only a marker', () => {
    const taken = takeRecords(partition([{ base: 2, offsets: [2], control: 'commit' }], { highWatermark: 9 }), 2n, 10);
    expect(taken.records).toEqual([]);
    expect(taken.next).toBe(3n);
    expect(taken.end).toBe(9n);
  });

  it('returns nothing new for an empty response', () => {
    const taken = takeRecords(partition([], { highWatermark: 3 }), 3n, 10);
    expect(taken).toEqual({ records: [], next: 3n, end: 3n });
  });
});

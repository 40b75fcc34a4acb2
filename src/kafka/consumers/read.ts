/**
 * One read of a consumer instance: take records from its buffer until the read window closes,
 * the byte limit is reached, or (with a positive fetch.min.bytes) enough bytes were collected.
 * Records leave the buffer for good only when the read succeeds; a failed read puts back what it
 * took, so the next read returns those records first.
 */
import type { BufferedRecord, RecordBuffer } from './buffer.ts';

/** A record rendered in the instance's embedded format, and its size for the byte limit. */
export interface DecodedRecord {
  key: unknown;
  value: unknown;
  size: number;
}

export type RecordDecoder = (raw: { key: Buffer | null; value: Buffer | null }) => Promise<DecodedRecord>;

export interface ReadLimits {
  /** Date.now() value at which the read answers with what it has. */
  deadline: number;
  /** Cap on the summed sizes; the record that would bring the total to the cap stays buffered. */
  maxBytes: number;
  /** When positive, the read answers once more than this many bytes were collected. */
  fetchMinBytes: number;
}

export interface ReadHooks {
  /** False for records of partitions the instance no longer owns: they are discarded. */
  isCurrent(record: BufferedRecord): boolean;
  /** True when the read should answer now (the instance is closing). */
  stopped(): boolean;
  /** A failure of the Kafka consumer that makes waiting pointless; thrown if set. */
  failure(): unknown;
  /** Called whenever the read has emptied the buffer, before it waits for more. */
  drained(): void;
}

export interface ReadRecord {
  record: BufferedRecord;
  key: unknown;
  value: unknown;
}

export async function collectRecords(
  buffer: RecordBuffer,
  decode: RecordDecoder,
  limits: ReadLimits,
  hooks: ReadHooks,
): Promise<ReadRecord[]> {
  const taken: BufferedRecord[] = [];
  const collected: ReadRecord[] = [];
  let bytes = 0;
  const done = () => collected.filter((r) => hooks.isCurrent(r.record));

  try {
    for (;;) {
      for (let record = buffer.shift(); record !== undefined; record = buffer.shift()) {
        if (!hooks.isCurrent(record)) continue;
        taken.push(record);
        const decoded = await decode(record);
        if (bytes + decoded.size >= limits.maxBytes) {
          taken.pop();
          buffer.unshift([record]);
          return done();
        }
        bytes += decoded.size;
        collected.push({ record, key: decoded.key, value: decoded.value });
        if (limits.fetchMinBytes > 0 && bytes > limits.fetchMinBytes) return done();
      }
      hooks.drained();
      if (hooks.stopped() || Date.now() >= limits.deadline) return done();
      const failure = hooks.failure();
      if (failure) {
        if (collected.length > 0) return done();
        throw failure;
      }
      await buffer.waitForRecords(limits.deadline);
    }
  } catch (err) {
    buffer.unshift(taken.filter((r) => hooks.isCurrent(r)));
    throw err;
  }
}

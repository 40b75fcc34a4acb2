/**
 * The records a consumer instance has fetched and not yet returned, in fetch order. Kafka
 * fills it, reads drain it. It is bounded in bytes: when full, the instance stops fetching until
 * reads make room again.
 */

export interface BufferedRecord {
  partition: number;
  offset: number;
  key: Buffer | null;
  value: Buffer | null;
  /** Identifies the partition assignment the record was fetched under. */
  epoch: number;
}

/** Accounted per record on top of its key and value, so empty records still take room. */
export const RECORD_OVERHEAD_BYTES = 64;

export function bufferedSize(record: Pick<BufferedRecord, 'key' | 'value'>): number {
  return (record.key?.length ?? 0) + (record.value?.length ?? 0) + RECORD_OVERHEAD_BYTES;
}

export class RecordBuffer {
  private items: BufferedRecord[] = [];
  private head = 0;
  private size = 0;
  private waiters = new Set<() => void>();

  constructor(readonly limitBytes: number) {}

  get length(): number {
    return this.items.length - this.head;
  }

  /** Bytes held, as accounted by bufferedSize(). */
  get bytes(): number {
    return this.size;
  }

  /** Whether a record of that many bytes fits. An empty buffer takes any record, so reads progress. */
  hasRoomFor(bytes: number): boolean {
    return this.length === 0 || this.size + bytes <= this.limitBytes;
  }

  push(record: BufferedRecord): void {
    this.items.push(record);
    this.size += bufferedSize(record);
    this.wake();
  }

  shift(): BufferedRecord | undefined {
    if (this.head >= this.items.length) return undefined;
    const record = this.items[this.head]!;
    this.items[this.head] = undefined as unknown as BufferedRecord;
    this.head++;
    this.size -= bufferedSize(record);
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return record;
  }

  /** Puts records back at the head, in the given order (the next shift() returns records[0]). */
  unshift(records: readonly BufferedRecord[]): void {
    if (records.length === 0) return;
    if (this.head >= records.length) {
      this.head -= records.length;
      for (let i = 0; i < records.length; i++) this.items[this.head + i] = records[i]!;
    } else {
      this.items = [...records, ...this.items.slice(this.head)];
      this.head = 0;
    }
    for (const r of records) this.size += bufferedSize(r);
    this.wake();
  }

  /** Drops every record the predicate selects. */
  drop(predicate: (record: BufferedRecord) => boolean): void {
    const kept = this.items.slice(this.head).filter((r) => !predicate(r));
    this.items = kept;
    this.head = 0;
    this.size = kept.reduce((sum, r) => sum + bufferedSize(r), 0);
  }

  clear(): void {
    this.drop(() => true);
  }

  /**
   * Resolves when records are available, when wake() is called, or at the deadline (a
   * Date.now() value), whichever comes first.
   */
  waitForRecords(deadline: number): Promise<void> {
    if (this.length > 0) return Promise.resolve();
    const ms = deadline - Date.now();
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
    });
  }

  /** Ends every current waitForRecords() early. */
  wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}

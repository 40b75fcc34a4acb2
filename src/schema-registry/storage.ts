/**
 * Where the registry keeps its state: the compacted, single-partition Kafka topic `_schemas`,
 * in the record format of the Confluent Schema Registry (./records.ts).
 *
 * Reading. Every registry instance replays the topic from the start into memory (./state.ts)
 * and then follows its end, reading committed records straight from the partition leader. A
 * request that must see the latest state first asks Kafka for the topic's end offset and waits
 * until the local state has applied everything before it; so a schema registered through one
 * proxy is visible through every other one as soon as the registration has been answered.
 *
 * Writing, and why two instances never hand out the same id for different schemas. All
 * instances write through Kafka transactions that share one transactional id (derived from the
 * topic name). Kafka keeps at most one producer per transactional id alive: initializing one
 * fences the others, aborting their open transaction and failing their next send or commit.
 * A write therefore runs as a compare-and-set over the whole topic (src/kafka/log-tail.ts):
 *
 *   1. become the active producer (initialize, fencing every other instance), unless this
 *      instance still is;
 *   2. catch up with the topic to its end offset;
 *   3. decide against the now complete state: the id is the schema's existing id, or the
 *      highest id seen + 1; the version is the subject's highest version + 1;
 *   4. write the records in a transaction and commit.
 *
 * If another instance initialized between 1 and 4, the commit fails, the records stay
 * invisible (aborted) and the write starts over at 1. If the commit succeeds, nobody else
 * committed anything since step 1 (they would have had to fence this instance first), so the
 * decision of step 3 was taken on the full state and the new id is free. Losing attempts never
 * reach the log, which also keeps compaction honest: the record that survives for a key is
 * always one that every reader accepted. There is no leader to elect, no request forwarding,
 * and an instance that dies mid-write simply loses its open transaction.
 *
 * Writes that queue up in one instance while a transaction is under way go together into the
 * next one (each deciding against the state the earlier ones in the batch leave), so a burst of
 * registrations costs a few transactions, not one each.
 *
 * As a safeguard against records from other writers, readers also refuse records that would
 * break the invariants (see ./state.ts), the same rule the Confluent registry applies.
 */
import type { KafkaClient } from '../kafka/client.ts';
import { LogStoreError, LogTimeoutError, SharedLog, type LogWriter } from '../kafka/log-tail.ts';
import type { Log } from '../log.ts';
import { RegistryError, RegistryErrors } from './errors.ts';
import { decodeRecord, type EncodedRecord } from './records.ts';
import { RegistryState } from './state.ts';

export const DEFAULT_TOPIC = '_schemas';

export interface SchemaStoreOptions {
  kafka: KafkaClient;
  topic?: string;
  /** How long a request may wait for the store to catch up or a write to go through. */
  timeoutMs?: number;
  /** How long one read of the topic waits for new records. */
  pollMs?: number;
  log?: Log;
}

/** What a write decides, given the caught-up state. */
export interface WritePlan<T> {
  records: EncodedRecord[];
  result: T;
  /** Checked once the records are applied: false means they were refused, and the write is retried. */
  applied?: (state: RegistryState) => boolean;
}

interface PendingWrite {
  decide: (state: RegistryState) => WritePlan<unknown>;
  resolve: (result: unknown) => void;
  reject: (err: unknown) => void;
  /** How often its records were refused so far. */
  rounds: number;
}

interface Outcome {
  write: PendingWrite;
  plan?: WritePlan<unknown>;
  error?: unknown;
}

/** The most writes committed in one transaction. */
const MAX_BATCH = 100;

interface Waiter {
  offset: bigint;
  resolve: () => void;
  reject: (err: Error) => void;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export class SchemaStore {
  readonly state = new RegistryState();
  readonly topic: string;
  readonly timeoutMs: number;
  private readonly pollMs: number;
  private readonly log: Log;
  private readonly shared: SharedLog;
  private readonly writer: LogWriter;
  /** The next offset to read; everything before it is applied. */
  private position = 0n;
  private waiters: Waiter[] = [];
  private pending: PendingWrite[] = [];
  private draining = false;
  private stopped = false;
  private lastError: unknown;
  private readyPromise: Promise<void> | undefined;
  private tailing: Promise<void> | undefined;
  /** Milliseconds the first catch-up took, once done. */
  loadMs: number | undefined;

  constructor(options: SchemaStoreOptions) {
    this.topic = options.topic ?? DEFAULT_TOPIC;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.pollMs = options.pollMs ?? 1000;
    this.log = options.log ?? (() => {});
    this.shared = new SharedLog(options.kafka, this.topic, {
      log: (level, message) => this.log(level, `schema registry: ${message}`),
    });
    this.writer = this.shared.writer(`kafka-rest-schema-registry-${this.topic}`);
  }

  /** Starts loading the topic in the background; requests wait for it (see {@link ready}). */
  start(): Promise<void> {
    this.readyPromise ??= this.load();
    this.readyPromise.catch(() => undefined);
    return this.readyPromise;
  }

  private async load(): Promise<void> {
    const started = Date.now();
    let end: bigint;
    for (let attempt = 1; ; attempt++) {
      if (this.stopped) throw RegistryErrors.storeError('the registry is shutting down');
      try {
        await this.shared.ensureTopic();
        end = await this.shared.endOffset();
        break;
      } catch (err) {
        this.lastError = err;
        if (attempt === 1 || attempt % 10 === 0) this.log('warn', `schema registry: ${describe(err)}; retrying`);
        await sleep(Math.min(250 * attempt, 5000));
      }
    }
    this.tailing = this.tail();
    await this.reached(end, Number.POSITIVE_INFINITY);
    this.loadMs = Date.now() - started;
    this.log(
      'info',
      `schema registry: loaded ${this.state.applied} records from ${this.topic} in ${this.loadMs} ms` +
        (this.state.ignored ? ` (${this.state.ignored} conflicting records ignored)` : ''),
    );
  }

  private async tail(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      try {
        const { records, next } = await this.shared.read(this.position, this.pollMs);
        if (this.stopped) return;
        for (const record of records) {
          const decoded = decodeRecord(record.key, record.value);
          if (decoded) this.state.apply(decoded);
        }
        this.advance(next);
        failures = 0;
      } catch (err) {
        if (this.stopped) return;
        this.lastError = err;
        failures++;
        if (failures === 1 || failures % 20 === 0) this.log('warn', `schema registry: ${describe(err)}; retrying`);
        await sleep(Math.min(100 * failures, 2000));
      }
    }
  }

  private advance(next: bigint): void {
    if (next <= this.position) return;
    this.position = next;
    const done = this.waiters.filter((w) => w.offset <= next);
    this.waiters = this.waiters.filter((w) => w.offset > next);
    for (const w of done) w.resolve();
  }

  /** Resolves once everything before `offset` is applied; times out with 50002. */
  private reached(offset: bigint, timeoutMs = this.timeoutMs): Promise<void> {
    if (this.position >= offset) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        offset,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (err) => {
          clearTimeout(timer);
          reject(err);
        },
      };
      const timer = Number.isFinite(timeoutMs)
        ? setTimeout(() => {
            this.waiters = this.waiters.filter((w) => w !== waiter);
            reject(this.timeout('catch up with'));
          }, timeoutMs)
        : undefined;
      this.waiters.push(waiter);
    });
  }

  private timeout(what: string): RegistryError {
    const cause = this.lastError ? `: ${describe(this.lastError)}` : '';
    return RegistryErrors.storeTimeout(`The Kafka store did not ${what} ${this.topic} within ${this.timeoutMs} ms${cause}`);
  }

  private async endOffset(): Promise<bigint> {
    try {
      return await this.shared.endOffset();
    } catch (err) {
      this.lastError = err;
      throw RegistryErrors.storeError(describe(err));
    }
  }

  /** Waits for the initial load, within the store timeout. */
  async ready(): Promise<void> {
    const loading = this.start();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        loading,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(this.timeout('load')), this.timeoutMs);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Catches up with everything committed to the topic before this call. */
  async sync(): Promise<void> {
    await this.ready();
    await this.reached(await this.endOffset());
  }

  /**
   * Runs `decide` against the caught-up state with exclusive write access to the topic and
   * writes what it returns (see the comment at the top). `decide` may run more than once and
   * must be synchronous, so the state cannot change while it looks at it. Errors it throws
   * are passed on.
   *
   * Writes that arrive while one is under way are committed together in the next transaction:
   * each one decides against the state as the writes before it in the batch leave it.
   */
  async write<T>(decide: (state: RegistryState) => WritePlan<T>): Promise<T> {
    await this.ready();
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ decide, resolve: resolve as (result: unknown) => void, reject, rounds: 0 });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.pending.length) await this.writeBatch(this.pending.splice(0, MAX_BATCH));
    } finally {
      this.draining = false;
    }
  }

  private async writeBatch(batch: PendingWrite[]): Promise<void> {
    let outcomes: Outcome[] = [];
    let offsets: bigint[];
    try {
      ({ offsets } = await this.writer.append(async () => {
        await this.sync();
        outcomes = [];
        const scratch = this.state.clone();
        const records: EncodedRecord[] = [];
        for (const write of batch) {
          try {
            const plan = write.decide(scratch);
            for (const r of plan.records) {
              const decoded = decodeRecord(Buffer.from(r.key), r.value === null ? null : Buffer.from(r.value));
              if (decoded) scratch.apply(decoded);
            }
            records.push(...plan.records);
            outcomes.push({ write, plan });
          } catch (err) {
            outcomes.push({ write, error: err });
          }
        }
        return { records, result: undefined };
      }, this.timeoutMs));
    } catch (err) {
      const failure = this.storeFailure(err);
      for (const write of batch) write.reject(failure);
      return;
    }
    const last = offsets[offsets.length - 1];
    if (last !== undefined) {
      try {
        await this.reached(last + 1n);
      } catch (err) {
        for (const write of batch) write.reject(err);
        return;
      }
    }
    for (const outcome of outcomes) {
      const { write, plan, error } = outcome;
      if (!plan) write.reject(error);
      else if (!plan.applied || plan.applied(this.state)) write.resolve(plan.result);
      else if (++write.rounds >= 3) write.reject(RegistryErrors.storeError('the write conflicted with records from another writer'));
      else {
        this.log('warn', `schema registry: a write to ${this.topic} was refused by the readers; retrying`);
        this.pending.push(write);
      }
    }
  }

  private storeFailure(err: unknown): unknown {
    if (err instanceof RegistryError) return err;
    this.lastError = err;
    if (err instanceof LogTimeoutError) return RegistryErrors.storeTimeout(`Write to the Kafka store timed out: ${describe(err)}`);
    if (err instanceof LogStoreError) return RegistryErrors.storeError(describe(err));
    return err;
  }

  /** How many write attempts lost against another writer (or failed) since start. */
  get failedWriteAttempts(): number {
    return this.writer.failedAttempts;
  }

  async close(): Promise<void> {
    this.stopped = true;
    await this.writer.close();
    const closing = RegistryErrors.storeError('the registry is shutting down');
    for (const w of this.waiters) w.reject(closing);
    this.waiters = [];
    for (const w of this.pending.splice(0)) w.reject(closing);
  }

  /** Resolves when the background reader has stopped (after close and the Kafka client is closed). */
  async stoppedReading(): Promise<void> {
    await this.tailing?.catch(() => undefined);
  }
}

/**
 * One consumer instance: a Kafka group consumer that reads one topic into a bounded buffer, and
 * the positions of what reads have returned from it.
 *
 * Kafka pushes and the API pulls. The group consumer runs on its own once the first read has
 * subscribed it: every batch it fetches goes into the buffer, and its fetch position advances
 * only past records that are safely buffered. When the buffer is full the consumer pauses, and
 * the rest of the batch is fetched again after reads have made room. Reads take records from the
 * buffer; commits store the position after the last record returned from each partition.
 *
 * Rebalances: records of partitions the instance loses are dropped from the buffer, along with
 * their positions (the new owner starts from the committed offset). Partitions it keeps continue
 * where its buffer ends, not from the committed offset, so nothing is returned twice.
 *
 * The methods that change state (read, commit, close) must not run concurrently with each
 * other; the manager queues them per instance.
 */
import type { Consumer, EachBatchPayload } from 'kafkajs';
import type { KafkaClient } from '../client.ts';
import { ConsumerAlreadySubscribedError } from '../errors.ts';
import { bufferedSize, RecordBuffer, type BufferedRecord } from './buffer.ts';
import { collectRecords, type RecordDecoder } from './read.ts';
import type { ConsumerFormat, InstanceSettings } from './settings.ts';

export interface InstanceOptions {
  group: string;
  name: string;
  settings: InstanceSettings;
  /** Server defaults for the read window and early answer; the instance settings override them. */
  requestTimeoutMs: number;
  fetchMinBytes: number;
  /** Server cap on the bytes one read returns; also the size of the instance's buffer. */
  requestMaxBytes: number;
  /** How often offsets are committed on their own when the instance has auto commit on. */
  autoCommitIntervalMs: number;
  /** Reports failures that happen in the background. */
  warn(message: string): void;
}

export interface ConsumedRecord {
  topic: string;
  partition: number;
  offset: number;
  key: unknown;
  value: unknown;
}

export interface CommittedPosition {
  topic: string;
  partition: number;
  /** Offset of the last record returned from the partition. */
  consumed: number;
  /** Offset recorded as committed, in the same terms as `consumed`. */
  committed: number;
}

interface PartitionState {
  /** Changes whenever the partition is assigned anew; buffered records carry it. */
  epoch: number;
  /** Offset after the last record taken into the buffer; undefined until one was. */
  nextFetch: number | undefined;
  /** Offset of the last record a read returned; undefined until one was. */
  lastReturned: number | undefined;
}

/** Upper bounds for one fetch; smaller when the buffer is smaller. */
const FETCH_MAX_BYTES = 10 * 1024 * 1024;
const FETCH_MAX_BYTES_PER_PARTITION = 1024 * 1024;
/** How long a fetch waits for data on the broker, which is also how soon a paused consumer resumes. */
const FETCH_MAX_WAIT_MS = 500;
const HEARTBEAT_INTERVAL_MS = 1000;
/** How long closing waits for a group join in progress before it disconnects anyway. */
const JOIN_WAIT_ON_CLOSE_MS = 10_000;

export class ConsumerInstance {
  readonly group: string;
  readonly name: string;
  readonly format: ConsumerFormat;
  private readonly consumer: Consumer;
  private readonly buffer: RecordBuffer;
  private readonly partitions = new Map<number, PartitionState>();
  private readonly removeListeners: (() => void)[] = [];
  private topic: string | undefined;
  private running: Promise<void> | undefined;
  private nextEpoch = 1;
  private paused = false;
  private failure: unknown;
  private closeRequested = false;
  private closed = false;
  private lastAutoCommit = Date.now();

  constructor(
    client: KafkaClient,
    private readonly options: InstanceOptions,
  ) {
    this.group = options.group;
    this.name = options.name;
    this.format = options.settings.format;
    this.buffer = new RecordBuffer(options.requestMaxBytes);
    const maxBytes = Math.max(1, Math.min(FETCH_MAX_BYTES, options.requestMaxBytes));
    this.consumer = client.consumer(
      {
        groupId: options.group,
        allowAutoTopicCreation: false,
        readUncommitted: true,
        heartbeatInterval: HEARTBEAT_INTERVAL_MS,
        maxWaitTimeInMs: FETCH_MAX_WAIT_MS,
        maxBytes,
        maxBytesPerPartition: Math.min(FETCH_MAX_BYTES_PER_PARTITION, maxBytes),
      },
      options.settings.consumerId,
    );
    const { GROUP_JOIN, CRASH } = this.consumer.events;
    this.removeListeners.push(
      this.consumer.on(GROUP_JOIN, (event) => this.onAssignment(event.payload.memberAssignment)),
      this.consumer.on(CRASH, (event) => this.onCrash(event.payload.error, event.payload.restart)),
    );
  }

  /** True once deletion or expiry has begun; the instance takes no new operations. */
  get closing(): boolean {
    return this.closeRequested;
  }

  async connect(): Promise<void> {
    await this.consumer.connect();
  }

  /**
   * Reads the topic: subscribes on the first read (the group then assigns partitions in the
   * background) and collects buffered records as the read rules say.
   */
  async read(topic: string, decode: RecordDecoder, maxBytes: number): Promise<ConsumedRecord[]> {
    if (this.topic !== undefined && this.topic !== topic) throw new ConsumerAlreadySubscribedError(this.topic, topic);
    if (this.running === undefined) await this.subscribe(topic);

    const { settings } = this.options;
    const timeoutMs = settings.requestTimeoutMs ?? this.options.requestTimeoutMs;
    const cap = Math.min(maxBytes > 0 ? maxBytes : Number.POSITIVE_INFINITY, this.options.requestMaxBytes);
    const records = await collectRecords(
      this.buffer,
      decode,
      {
        deadline: Date.now() + timeoutMs,
        maxBytes: cap,
        fetchMinBytes: settings.fetchMinBytes ?? this.options.fetchMinBytes,
      },
      {
        isCurrent: (r) => this.isCurrent(r),
        stopped: () => this.closeRequested,
        failure: () => this.failure,
        drained: () => this.resumeIfRoom(),
      },
    );

    // A rebalance may have revoked partitions since the records were collected.
    const returned = records.filter(({ record }) => this.isCurrent(record));
    for (const { record } of returned) this.partitions.get(record.partition)!.lastReturned = record.offset;
    this.resumeIfRoom();
    if (settings.autoCommit && Date.now() - this.lastAutoCommit >= this.options.autoCommitIntervalMs) {
      await this.commit().catch((err: unknown) => this.options.warn(`automatic offset commit failed: ${describe(err)}`));
    }
    return returned.map(({ record, key, value }) => ({
      topic,
      partition: record.partition,
      offset: record.offset,
      key,
      value,
    }));
  }

  /** Commits, for every partition a read has returned records from, the position after the last one. */
  async commit(): Promise<CommittedPosition[]> {
    const topic = this.topic;
    const returned = [...this.partitions]
      .filter(([, s]) => s.lastReturned !== undefined)
      .map(([partition, s]) => ({ partition, offset: s.lastReturned! }))
      .sort((a, b) => a.partition - b.partition);
    if (topic === undefined || returned.length === 0) return [];
    await this.consumer.commitOffsets(
      returned.map(({ partition, offset }) => ({ topic, partition, offset: String(offset + 1) })),
    );
    this.lastAutoCommit = Date.now();
    return returned.map(({ partition, offset }) => ({ topic, partition, consumed: offset, committed: offset }));
  }

  /** Makes a read in progress answer now with what it has; close() follows. */
  requestClose(): void {
    this.closeRequested = true;
    this.buffer.wake();
  }

  /** Leaves the group and disconnects. With auto commit on, commits what was returned first. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.requestClose();
    this.closed = true;
    if (this.options.settings.autoCommit) {
      await this.commit().catch((err: unknown) => this.options.warn(`final offset commit failed: ${describe(err)}`));
    }
    // kafkajs cannot stop a consumer whose group join is still in progress; let the join end first.
    if (this.running) await Promise.race([this.running, delay(JOIN_WAIT_ON_CLOSE_MS)]);
    for (const remove of this.removeListeners) remove();
    try {
      await this.consumer.disconnect();
    } finally {
      this.partitions.clear();
      this.buffer.clear();
    }
  }

  /** Binds the instance to the topic, then starts the group consumer; a failed start is retried by the next read. */
  private async subscribe(topic: string): Promise<void> {
    this.topic = topic;
    await this.consumer.subscribe({ topic, fromBeginning: this.options.settings.fromBeginning });
    this.running = this.consumer
      .run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        eachBatch: (payload) => this.onBatch(payload),
      })
      .catch((err: unknown) => {
        this.failure ??= err;
        this.buffer.wake();
      });
  }

  private isCurrent(record: BufferedRecord): boolean {
    return this.partitions.get(record.partition)?.epoch === record.epoch;
  }

  /**
   * Takes a fetched batch into the buffer, as far as it has room, and moves the fetch position to
   * just after what was taken. Records already buffered (a batch fetched again after a
   * rebalance) are skipped.
   */
  private async onBatch({ batch, resolveOffset, isRunning, isStale }: EachBatchPayload): Promise<void> {
    if (!isRunning() || isStale() || batch.topic !== this.topic || this.closeRequested) return;
    const state = this.partitions.get(batch.partition);
    if (!state) return;

    let complete = true;
    for (const message of batch.messages) {
      const offset = Number(message.offset);
      if (state.nextFetch !== undefined && offset < state.nextFetch) continue;
      const record: BufferedRecord = {
        partition: batch.partition,
        offset,
        // Copies: kafkajs hands out slices of the whole fetch response, which would stay in
        // memory as long as any record of it is buffered.
        key: message.key ? Buffer.from(message.key) : null,
        value: message.value ? Buffer.from(message.value) : null,
        epoch: state.epoch,
      };
      if (!this.buffer.hasRoomFor(bufferedSize(record))) {
        complete = false;
        this.pauseFetching();
        break;
      }
      this.buffer.push(record);
      state.nextFetch = offset + 1;
    }
    if (complete && batch.messages.length > 0) {
      // The batch may end with records that are never delivered (transaction markers).
      const last = Number(batch.lastOffset());
      if (state.nextFetch === undefined || state.nextFetch <= last) state.nextFetch = last + 1;
    }
    if (state.nextFetch !== undefined) resolveOffset(String(state.nextFetch - 1));
  }

  /** A group (re)join completed with this assignment. */
  private onAssignment(memberAssignment: Record<string, number[]>): void {
    const topic = this.topic;
    if (topic === undefined) return;
    const assigned = new Set(memberAssignment[topic] ?? []);
    let revoked = false;
    for (const partition of this.partitions.keys()) {
      if (!assigned.has(partition)) {
        this.partitions.delete(partition);
        revoked = true;
      }
    }
    if (revoked) this.buffer.drop((r) => !this.isCurrent(r));
    for (const partition of assigned) {
      const state = this.partitions.get(partition);
      if (!state) {
        this.partitions.set(partition, { epoch: this.nextEpoch++, nextFetch: undefined, lastReturned: undefined });
      } else if (state.nextFetch !== undefined) {
        this.consumer.seek({ topic, partition, offset: String(state.nextFetch) });
      }
    }
    this.resumeIfRoom();
  }

  /** The consumer stopped on an error; kafkajs restarts it when the error is retriable. */
  private onCrash(error: unknown, restart: boolean): void {
    // It left the group: what it buffered may now be read by another member.
    this.partitions.clear();
    this.buffer.clear();
    this.paused = false;
    if (!restart) this.failure = error;
    this.options.warn(`consumer ${this.group}/${this.name} stopped: ${describe(error)}${restart ? ', restarting' : ''}`);
    this.buffer.wake();
  }

  private pauseFetching(): void {
    if (this.paused || this.topic === undefined) return;
    try {
      this.consumer.pause([{ topic: this.topic }]);
      this.paused = true;
    } catch {
      // Not running (restarting after a failure): nothing is being fetched.
    }
  }

  private resumeIfRoom(): void {
    if (!this.paused || this.topic === undefined || this.buffer.bytes > this.buffer.limitBytes / 2) return;
    this.paused = false;
    try {
      this.consumer.resume([{ topic: this.topic }]);
    } catch {
      // Not running: a restarted consumer starts unpaused.
    }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * A single-partition compacted topic used as a replicated log: every reader replays it from the
 * start and then follows its end, and writers append to it in Kafka transactions that all share
 * one transactional id.
 *
 * Reading goes straight to the partition leader (no consumer group, so no join delay and nothing
 * to clean up) with read-committed isolation; records of aborted transactions and transaction
 * markers are dropped here, so callers see exactly the committed records in log order.
 *
 * Writing: Kafka lets only one producer per transactional id be active. Initializing a producer
 * for the id fences every earlier one: their open transaction is aborted and their next send or
 * commit fails. {@link LogWriter.append} uses that as a compare-and-set on the whole log: it
 * initializes (once, while it stays unfenced), lets the caller catch up and decide what to write,
 * and commits. A commit can only succeed if no other writer initialized in between, and a writer
 * has to initialize before it can commit anything; so nothing was committed by anyone else
 * between the caller's catch-up and its commit. A fenced attempt leaves no visible record and is
 * retried from the start with a fresh producer.
 */
import kafkajs from 'kafkajs';
import type { Producer } from 'kafkajs';
import type { KafkaClient } from './client.ts';

const { Kafka, Partitioners } = kafkajs;

/** One committed record of the log. */
export interface LogRecord {
  offset: bigint;
  key: Buffer | null;
  value: Buffer | null;
}

/** A record to append; a null value is a tombstone. */
export interface OutgoingRecord {
  key: string;
  value: string | null;
}

/** The log could not be read or written (Kafka unreachable, a refused request, ...). */
export class LogStoreError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'LogStoreError';
  }
}

/** A write did not complete before its deadline. */
export class LogTimeoutError extends LogStoreError {
  constructor(message: string, cause?: unknown) {
    super(message, cause);
    this.name = 'LogTimeoutError';
  }
}

/** The topic exists but cannot serve as a log (more than one partition). */
export class LogTopicError extends LogStoreError {
  constructor(message: string) {
    super(message);
    this.name = 'LogTopicError';
  }
}

/**
 * The parts of kafkajs's internal cluster and broker objects this module uses, with the
 * transaction fields of fetched records that read-committed filtering needs.
 */
interface LogFetchedRecord {
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  isControlRecord: boolean;
  batchContext?: { producerId: string; inTransaction: boolean; isControlBatch: boolean };
}

interface LogFetchedPartition {
  partition: number;
  abortedTransactions: { producerId: string; firstOffset: string }[] | null;
  messages: LogFetchedRecord[];
}

interface LogBroker {
  fetch(request: {
    isolationLevel: number;
    maxWaitTime: number;
    minBytes: number;
    maxBytes: number;
    topics: { topic: string; partitions: { partition: number; fetchOffset: string; maxBytes: number }[] }[];
  }): Promise<{ responses: { topicName: string; partitions: LogFetchedPartition[] }[] }>;
  listOffsets(request: {
    isolationLevel: number;
    topics: { topic: string; partitions: { partition: number; timestamp: number }[] }[];
  }): Promise<{ responses: { topic: string; partitions: { partition: number; errorCode: number; offset: string }[] }[] }>;
}

interface LogCluster {
  metadata(opts: { topics: string[] }): Promise<{
    topicMetadata: { topic: string; partitionMetadata: { partitionId: number; leader: number }[] }[];
  }>;
  findBroker(opts: { nodeId: number }): Promise<unknown>;
}

const READ_COMMITTED = 1;
const LATEST = -1;
const EARLIEST = -2;
const FETCH_MAX_BYTES = 4 * 1024 * 1024;
/** A control record's key: version (int16) and type (int16, 0 = abort, 1 = commit). */
const ABORT_MARKER = Buffer.from([0, 0, 0, 0]);

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface SharedLogOptions {
  /** Replication factor for a topic created here; capped at the number of brokers. */
  replicationFactor?: number;
  log?: (level: 'warn' | 'info', message: string) => void;
}

export class SharedLog {
  private leader: Promise<LogBroker> | undefined;
  private readonly log: (level: 'warn' | 'info', message: string) => void;

  constructor(
    private readonly client: KafkaClient,
    readonly topic: string,
    private readonly options: SharedLogOptions = {},
  ) {
    this.log = options.log ?? (() => {});
  }

  /** Creates the topic (one partition, compacted) unless it exists; checks it when it does. */
  async ensureTopic(): Promise<void> {
    try {
      const admin = await this.client.admin();
      const { brokers } = await admin.describeCluster();
      const replicationFactor = Math.max(1, Math.min(this.options.replicationFactor ?? 3, brokers.length));
      const existing = await admin.fetchTopicMetadata({ topics: [] });
      let topic = existing.topics.find((t) => t.name === this.topic);
      if (!topic) {
        const created = await admin.createTopics({
          topics: [
            {
              topic: this.topic,
              numPartitions: 1,
              replicationFactor,
              configEntries: [{ name: 'cleanup.policy', value: 'compact' }],
            },
          ],
          waitForLeaders: true,
        });
        if (created) this.log('info', `created topic ${this.topic} (compacted, replication factor ${replicationFactor})`);
        topic = (await admin.fetchTopicMetadata({ topics: [this.topic] })).topics[0];
      }
      if (topic && topic.partitions.length !== 1) {
        throw new LogTopicError(`Topic ${this.topic} has ${topic.partitions.length} partitions; it must have exactly 1`);
      }
      const { resources } = await admin.describeConfigs({
        includeSynonyms: false,
        resources: [{ type: kafkajs.ConfigResourceTypes.TOPIC, name: this.topic, configNames: ['cleanup.policy'] }],
      });
      const policy = resources[0]?.configEntries.find((e) => e.configName === 'cleanup.policy')?.configValue ?? '';
      if (!policy.split(',').includes('compact')) {
        this.log('warn', `topic ${this.topic} has cleanup.policy=${policy}; without compact, Kafka will delete its records once they expire`);
      }
    } catch (err) {
      if (err instanceof LogStoreError) throw err;
      throw new LogStoreError(`Cannot set up topic ${this.topic}: ${describe(err)}`, err);
    }
  }

  private async cluster(): Promise<LogCluster> {
    return (await this.client.cluster()) as unknown as LogCluster;
  }

  private partitionLeader(): Promise<LogBroker> {
    this.leader ??= (async () => {
      const cluster = await this.cluster();
      const { topicMetadata } = await cluster.metadata({ topics: [this.topic] });
      const partition = topicMetadata.find((t) => t.topic === this.topic)?.partitionMetadata.find((p) => p.partitionId === 0);
      if (!partition || partition.leader < 0) throw new Error(`no leader for partition 0 of ${this.topic}`);
      return (await cluster.findBroker({ nodeId: partition.leader })) as LogBroker;
    })();
    const pending = this.leader;
    pending.catch(() => {
      if (this.leader === pending) this.leader = undefined;
    });
    return pending;
  }

  private async listOffset(timestamp: number): Promise<bigint> {
    const broker = await this.partitionLeader();
    const response = await broker.listOffsets({
      isolationLevel: READ_COMMITTED,
      topics: [{ topic: this.topic, partitions: [{ partition: 0, timestamp }] }],
    });
    const offset = response.responses[0]?.partitions[0]?.offset;
    if (offset === undefined) throw new Error(`no offset returned for ${this.topic}`);
    return BigInt(offset);
  }

  /** The offset just past the last committed record (the last stable offset). */
  async endOffset(): Promise<bigint> {
    try {
      return await this.listOffset(LATEST);
    } catch (err) {
      this.leader = undefined;
      throw new LogStoreError(`Cannot read the end offset of ${this.topic}: ${describe(err)}`, err);
    }
  }

  /**
   * Committed records from `from` on. Waits up to `maxWaitMs` when there are none yet. `next` is
   * where the following read starts; it also moves past markers and aborted records.
   */
  async read(from: bigint, maxWaitMs: number): Promise<{ records: LogRecord[]; next: bigint }> {
    let partition;
    try {
      const broker = await this.partitionLeader();
      const response = await broker.fetch({
        isolationLevel: READ_COMMITTED,
        maxWaitTime: maxWaitMs,
        minBytes: 1,
        maxBytes: FETCH_MAX_BYTES,
        topics: [{ topic: this.topic, partitions: [{ partition: 0, fetchOffset: from.toString(), maxBytes: FETCH_MAX_BYTES }] }],
      });
      partition = response.responses[0]?.partitions[0];
    } catch (err) {
      this.leader = undefined;
      if ((err as { name?: string }).name === 'KafkaJSOffsetOutOfRange') {
        // Only records before the log start can have gone (deleted or cleaned away).
        const start = await this.listOffset(EARLIEST).catch(() => from);
        this.log('warn', `offset ${from} of ${this.topic} is out of range; continuing at ${start}`);
        return { records: [], next: start > from ? start : from };
      }
      throw new LogStoreError(`Cannot read ${this.topic}: ${describe(err)}`, err);
    }
    if (!partition) return { records: [], next: from };

    const aborted = [...(partition.abortedTransactions ?? [])].sort((a, b) =>
      BigInt(a.firstOffset) < BigInt(b.firstOffset) ? -1 : 1,
    );
    const abortedProducers = new Set<string>();
    const records: LogRecord[] = [];
    let next = from;
    for (const message of partition.messages) {
      const offset = BigInt(message.offset);
      if (offset < from) continue;
      next = offset + 1n;
      while (aborted.length && offset >= BigInt(aborted[0]!.firstOffset)) {
        abortedProducers.add(aborted.shift()!.producerId);
      }
      const batch = message.batchContext;
      if (message.isControlRecord || batch?.isControlBatch) {
        if (batch && message.key && Buffer.from(message.key).equals(ABORT_MARKER)) abortedProducers.delete(batch.producerId);
        continue;
      }
      if (batch?.inTransaction && abortedProducers.has(batch.producerId)) continue;
      records.push({ offset, key: message.key, value: message.value });
    }
    return { records, next };
  }

  /** A writer for this log; every writer of the log must use the same transactional id. */
  writer(transactionalId: string): LogWriter {
    return new LogWriter(this.client, this.topic, transactionalId);
  }
}

export interface AppendResult<T> {
  result: T;
  /** Offsets of the records written; empty when there was nothing to write. */
  offsets: bigint[];
}

export class LogWriter {
  private producer: Producer | undefined;
  private readonly kafka: InstanceType<typeof Kafka>;
  /** Appends run one at a time: one writer never fences itself. */
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** How many attempts were fenced by another writer (or failed otherwise) since start. */
  failedAttempts = 0;

  constructor(
    client: KafkaClient,
    private readonly topic: string,
    private readonly transactionalId: string,
  ) {
    this.kafka = client.kafka;
  }

  /**
   * Runs `prepare` with exclusive write access to the log and writes what it returns, all or
   * nothing. `prepare` must first catch up with the log (everything committed before it is
   * called is then visible) and must not keep state between calls: it runs again when another
   * writer got in between. Errors thrown by `prepare` are passed on as they are. Gives up with
   * LogTimeoutError once `timeoutMs` have passed without success.
   */
  append<T>(
    prepare: () => Promise<{ records: OutgoingRecord[]; result: T }>,
    timeoutMs: number,
  ): Promise<AppendResult<T>> {
    const deadline = Date.now() + timeoutMs;
    const next = () => this.appendNow(prepare, deadline);
    const run = this.queue.then(next, next);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async appendNow<T>(
    prepare: () => Promise<{ records: OutgoingRecord[]; result: T }>,
    deadline: number,
  ): Promise<AppendResult<T>> {
    let lastError: unknown;
    for (let attempt = 1; ; attempt++) {
      if (this.closed) throw new LogStoreError(`The writer of ${this.topic} is closed`);
      if (attempt > 1 && Date.now() >= deadline) {
        throw new LogTimeoutError(`Cannot write to ${this.topic} in time: ${describe(lastError)}`, lastError);
      }
      let transaction;
      try {
        const producer = await this.connectedProducer();
        // The first transaction of a producer initializes it, which fences every other writer.
        transaction = await producer.transaction();
      } catch (err) {
        lastError = err;
        this.failedAttempts++;
        await this.dropProducer();
        await sleep(this.backoff(attempt));
        continue;
      }

      let plan: { records: OutgoingRecord[]; result: T };
      try {
        plan = await prepare();
      } catch (err) {
        await transaction.abort().catch(() => this.dropProducer());
        throw err;
      }
      if (plan.records.length === 0) {
        await transaction.abort().catch(() => this.dropProducer());
        return { result: plan.result, offsets: [] };
      }

      try {
        const metadata = await transaction.send({
          topic: this.topic,
          messages: plan.records.map((r) => ({ key: r.key, value: r.value })),
        });
        await transaction.commit();
        const base = BigInt(metadata[0]?.baseOffset ?? '-1');
        if (base < 0n) throw new Error('the broker returned no offset');
        return { result: plan.result, offsets: plan.records.map((_, i) => base + BigInt(i)) };
      } catch (err) {
        // Fenced by another writer (or the transaction failed otherwise): nothing became visible.
        lastError = err;
        this.failedAttempts++;
        await transaction.abort().catch(() => undefined);
        await this.dropProducer();
        await sleep(this.backoff(attempt));
      }
    }
  }

  /** Randomized, growing pauses keep competing writers from fencing each other in lockstep. */
  private backoff(attempt: number): number {
    return Math.round(Math.random() * Math.min(20 * attempt, 400));
  }

  private async connectedProducer(): Promise<Producer> {
    if (!this.producer) {
      const producer = this.kafka.producer({
        transactionalId: this.transactionalId,
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        transactionTimeout: 30_000,
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      await producer.connect();
      this.producer = producer;
    }
    return this.producer;
  }

  private async dropProducer(): Promise<void> {
    const producer = this.producer;
    this.producer = undefined;
    await producer?.disconnect().catch(() => undefined);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.dropProducer();
  }
}

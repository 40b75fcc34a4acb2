/**
 * The consumer instances of this proxy process, keyed by group and name. Operations on one
 * instance run one at a time through its queue; instances left idle longer than the instance
 * timeout are closed in the background; close() closes them all.
 */
import { randomUUID } from 'node:crypto';
import type { KafkaClient } from '../client.ts';
import {
  ConsumerAlreadyExistsError,
  ConsumerFormatMismatchError,
  ConsumerNotFoundError,
} from '../errors.ts';
import { ConsumerInstance, type CommittedPosition, type ConsumedRecord } from './instance.ts';
import type { RecordDecoder } from './read.ts';
import { parseInstanceSettings, type ConsumerFormat, type ConsumerRequest } from './settings.ts';
import { SerialQueue } from './queue.ts';

export interface ConsumerManagerSettings {
  /** The proxy's `id`, part of generated instance names when set. */
  serverId: string;
  requestTimeoutMs: number;
  requestMaxBytes: number;
  instanceTimeoutMs: number;
  fetchMinBytes: number;
  autoCommitIntervalMs?: number;
  log?: (level: 'warn' | 'info', message: string) => void;
}

/** Looks a topic up; throws TopicNotFoundError when it does not exist. */
export interface TopicLookup {
  partitions(topic: string): Promise<unknown>;
}

export interface ReadRequest {
  /** The embedded format the response will be rendered in; must be the instance's. */
  format: ConsumerFormat;
  /** Renders a record in that format and sizes it. */
  decode: RecordDecoder;
  /** Byte limit asked for; zero or less means only the server's limit applies. */
  maxBytes: number;
}

interface Entry {
  instance: ConsumerInstance;
  queue: SerialQueue;
}

const DEFAULT_AUTO_COMMIT_INTERVAL_MS = 5000;

export class ConsumerManager {
  private readonly entries = new Map<string, Map<string, Entry>>();
  private readonly reaper: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly client: KafkaClient,
    private readonly topics: TopicLookup,
    private readonly settings: ConsumerManagerSettings,
  ) {
    const every = Math.max(50, Math.min(1000, Math.floor(settings.instanceTimeoutMs / 4)));
    this.reaper = setInterval(() => this.expireIdle(), every);
    this.reaper.unref();
  }

  /** Creates an instance in the group and returns its name. */
  async create(group: string, request: ConsumerRequest | undefined): Promise<string> {
    const settings = parseInstanceSettings(request);
    const name = settings.name ?? this.generateName();
    const members = this.entries.get(group) ?? new Map<string, Entry>();
    if (members.has(name)) throw new ConsumerAlreadyExistsError(group, name);

    const instance = new ConsumerInstance(this.client, {
      group,
      name,
      settings,
      requestTimeoutMs: this.settings.requestTimeoutMs,
      fetchMinBytes: this.settings.fetchMinBytes,
      requestMaxBytes: this.settings.requestMaxBytes,
      autoCommitIntervalMs: this.settings.autoCommitIntervalMs ?? DEFAULT_AUTO_COMMIT_INTERVAL_MS,
      warn: (message) => this.settings.log?.('warn', message),
    });
    const entry: Entry = { instance, queue: new SerialQueue() };
    // The name is taken from here on, while the consumer connects.
    members.set(name, entry);
    this.entries.set(group, members);
    try {
      await entry.queue.run(() => instance.connect());
    } catch (err) {
      this.remove(group, name, entry);
      await instance.close().catch(() => {});
      throw err;
    }
    return name;
  }

  /** Checks, in order: the instance exists, the format matches, the topic exists; then reads. */
  read(group: string, name: string, topic: string, request: ReadRequest): Promise<ConsumedRecord[]> {
    const entry = this.lookup(group, name);
    if (entry.instance.format !== request.format) {
      throw new ConsumerFormatMismatchError(entry.instance.format, request.format);
    }
    return this.operate(entry, async () => {
      await this.topics.partitions(topic);
      return entry.instance.read(topic, request.decode, request.maxBytes);
    });
  }

  commit(group: string, name: string): Promise<CommittedPosition[]> {
    const entry = this.lookup(group, name);
    return this.operate(entry, () => entry.instance.commit());
  }

  /** Closes the instance after the operation in progress; its name is free at once. */
  async delete(group: string, name: string): Promise<void> {
    const entry = this.lookup(group, name);
    this.remove(group, name, entry);
    await this.shut(entry);
  }

  /** Closes every instance. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.reaper);
    const all = [...this.entries.values()].flatMap((members) => [...members.values()]);
    this.entries.clear();
    await Promise.allSettled(all.map((entry) => this.shut(entry)));
  }

  /** Number of live instances, for diagnostics and tests. */
  get size(): number {
    let n = 0;
    for (const members of this.entries.values()) n += members.size;
    return n;
  }

  private lookup(group: string, name: string): Entry {
    const entry = this.entries.get(group)?.get(name);
    if (!entry || entry.instance.closing) throw new ConsumerNotFoundError(group, name);
    return entry;
  }

  /** Queues an operation; it fails as not found if the instance was closed meanwhile. */
  private operate<T>(entry: Entry, operation: () => Promise<T>): Promise<T> {
    return entry.queue.run(async () => {
      if (entry.instance.closing) throw new ConsumerNotFoundError(entry.instance.group, entry.instance.name);
      return operation();
    });
  }

  private remove(group: string, name: string, entry: Entry): void {
    const members = this.entries.get(group);
    if (members?.get(name) !== entry) return;
    members.delete(name);
    if (members.size === 0) this.entries.delete(group);
  }

  private shut(entry: Entry): Promise<void> {
    entry.instance.requestClose();
    return entry.queue.run(() => entry.instance.close());
  }

  private expireIdle(): void {
    if (this.closed) return;
    for (const [group, members] of this.entries) {
      for (const [name, entry] of members) {
        if (entry.queue.busy || entry.queue.idleMs() < this.settings.instanceTimeoutMs) continue;
        this.remove(group, name, entry);
        this.settings.log?.('info', `consumer ${group}/${name} expired after ${this.settings.instanceTimeoutMs} ms idle`);
        this.shut(entry).catch((err: unknown) =>
          this.settings.log?.('warn', `closing expired consumer ${group}/${name} failed: ${String(err)}`),
        );
      }
    }
  }

  private generateName(): string {
    const id = this.settings.serverId;
    return `rest-consumer-${id ? `${id}-` : ''}${randomUUID()}`;
  }
}

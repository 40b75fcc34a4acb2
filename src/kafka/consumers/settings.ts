/**
 * The settings of a new consumer instance: what a create request may ask for, checked and
 * turned into what the instance runs with. Nothing here talks to Kafka.
 */
import { ConsumerConfigConstraintError, InvalidConsumerConfigError, InvalidConsumerFormatError } from '../errors.ts';

export type ConsumerFormat = 'binary' | 'json' | 'avro';

/** A create request as received; `null` and absent mean the same. */
export interface ConsumerRequest {
  name?: string | null | undefined;
  id?: string | null | undefined;
  format?: string | null | undefined;
  autoOffsetReset?: string | null | undefined;
  autoCommitEnable?: string | null | undefined;
  fetchMinBytes?: number | null | undefined;
  requestTimeoutMs?: number | null | undefined;
}

export interface InstanceSettings {
  /** The instance name asked for (`id` wins over `name`); undefined means generate one. */
  name: string | undefined;
  /** The deprecated `id`, which also names the Kafka client. */
  consumerId: string | undefined;
  format: ConsumerFormat;
  /** Where to start without a committed offset: the oldest record (true) or only new ones. */
  fromBeginning: boolean;
  autoCommit: boolean;
  /** Per-instance overrides of the server settings. */
  fetchMinBytes: number | undefined;
  requestTimeoutMs: number | undefined;
}

export const FETCH_MIN_BYTES_RANGE = { min: -1, max: 10_000_000 } as const;

const FORMATS: readonly ConsumerFormat[] = ['binary', 'json', 'avro'];

/** The old consumer's values and the current consumer's, meaning the same two things. */
const OFFSET_RESETS: Record<string, boolean> = { smallest: true, earliest: true, largest: false, latest: false };

function present<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}

export function parseInstanceSettings(request: ConsumerRequest = {}): InstanceSettings {
  let format: ConsumerFormat = 'binary';
  if (present(request.format)) {
    const lower = request.format.toLowerCase() as ConsumerFormat;
    if (!FORMATS.includes(lower)) throw new InvalidConsumerFormatError(request.format);
    format = lower;
  }

  let fromBeginning = false;
  if (present(request.autoOffsetReset)) {
    const value = OFFSET_RESETS[request.autoOffsetReset.toLowerCase()];
    if (value === undefined) {
      throw new InvalidConsumerConfigError(
        `auto.offset.reset must be one of smallest, largest, earliest, latest (was '${request.autoOffsetReset}')`,
      );
    }
    fromBeginning = value;
  }

  let autoCommit = false;
  if (present(request.autoCommitEnable)) {
    const lower = request.autoCommitEnable.trim().toLowerCase();
    if (lower !== 'true' && lower !== 'false') {
      throw new InvalidConsumerConfigError(`auto.commit.enable must be true or false (was '${request.autoCommitEnable}')`);
    }
    autoCommit = lower === 'true';
  }

  const fetchMinBytes = present(request.fetchMinBytes) ? request.fetchMinBytes : undefined;
  if (fetchMinBytes !== undefined && (fetchMinBytes < FETCH_MIN_BYTES_RANGE.min || fetchMinBytes > FETCH_MIN_BYTES_RANGE.max)) {
    throw new ConsumerConfigConstraintError(
      `fetch.min.bytes must be between ${FETCH_MIN_BYTES_RANGE.min} and ${FETCH_MIN_BYTES_RANGE.max} (was ${fetchMinBytes})`,
    );
  }

  const requestTimeoutMs = present(request.requestTimeoutMs) ? request.requestTimeoutMs : undefined;
  if (requestTimeoutMs !== undefined && requestTimeoutMs < 0) {
    throw new InvalidConsumerConfigError(`consumer.request.timeout.ms must not be negative (was ${requestTimeoutMs})`);
  }

  const consumerId = present(request.id) && request.id !== '' ? request.id : undefined;
  const name = consumerId ?? (present(request.name) && request.name !== '' ? request.name : undefined);
  return { name, consumerId, format, fromBeginning, autoCommit, fetchMinBytes, requestTimeoutMs };
}

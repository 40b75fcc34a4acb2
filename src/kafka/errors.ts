/**
 * Failures the Kafka service layer reports in its own words. The HTTP layer maps them to error
 * codes (src/http/kafka-errors.ts); nothing here knows about HTTP.
 */
export class TopicNotFoundError extends Error {
  constructor(readonly topic: string) {
    super(`Topic ${topic} not found`);
    this.name = 'TopicNotFoundError';
  }
}

export class PartitionNotFoundError extends Error {
  constructor(
    readonly topic: string,
    readonly partition: number,
  ) {
    super(`Partition ${partition} of topic ${topic} not found`);
    this.name = 'PartitionNotFoundError';
  }
}

/** A read asked for an offset outside the partition's log (past its end or before its start). */
export class OffsetOutOfRangeError extends Error {
  constructor(
    readonly topic: string,
    readonly partition: number,
    readonly offset: bigint,
    /** The log's start and end offsets when they could be looked up. */
    readonly range?: { start: bigint; end: bigint },
  ) {
    super(
      `Offset ${offset} is out of range for partition ${partition} of topic ${topic}` +
        (range ? ` (log start offset ${range.start}, log end offset ${range.end})` : ''),
    );
    this.name = 'OffsetOutOfRangeError';
  }
}

/** No consumer instance of that name in that group on this proxy (never created, deleted or expired). */
export class ConsumerNotFoundError extends Error {
  constructor(
    readonly group: string,
    readonly instance: string,
  ) {
    super(`Consumer instance ${instance} not found in group ${group}`);
    this.name = 'ConsumerNotFoundError';
  }
}

export class ConsumerAlreadyExistsError extends Error {
  constructor(
    readonly group: string,
    readonly instance: string,
  ) {
    super(`Consumer instance ${instance} already exists in group ${group}`);
    this.name = 'ConsumerAlreadyExistsError';
  }
}

/** A consumer instance reads one topic; it was asked to read another. */
export class ConsumerAlreadySubscribedError extends Error {
  constructor(
    readonly subscribed: string,
    readonly requested: string,
  ) {
    super(`Consumer is subscribed to ${subscribed} and cannot read ${requested}`);
    this.name = 'ConsumerAlreadySubscribedError';
  }
}

/** A read asked for records in another embedded format than the instance was created with. */
export class ConsumerFormatMismatchError extends Error {
  constructor(
    readonly instanceFormat: string,
    readonly requested: string,
  ) {
    super(`Consumer instance format is ${instanceFormat}, the read asked for ${requested}`);
    this.name = 'ConsumerFormatMismatchError';
  }
}

/** The `format` of a new consumer instance is none of the embedded formats. */
export class InvalidConsumerFormatError extends Error {
  constructor(readonly format: string) {
    super(`Invalid format type: ${format}`);
    this.name = 'InvalidConsumerFormatError';
  }
}

/** A consumer setting has a value the consumer cannot use; the message names the setting. */
export class InvalidConsumerConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidConsumerConfigError';
  }
}

/** A consumer setting is outside the range the proxy allows; the message names the setting. */
export class ConsumerConfigConstraintError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConsumerConfigConstraintError';
  }
}

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

/**
 * Every operation of the contract, keyed by operationId. The build fails if the spec gains an
 * operation that has no handler here.
 */
import type { Codecs } from '../formats/index.ts';
import type { ConsumerManager } from '../kafka/consumers/manager.ts';
import type { MetadataService } from '../kafka/metadata.ts';
import type { PartitionReader } from '../kafka/partition-reader.ts';
import type { ProduceService } from '../kafka/producer.ts';
import { consumerHandlers } from './consumers.ts';
import { messagesHandlers } from './messages.ts';
import { metadataHandlers } from './metadata.ts';
import { produceHandlers } from './produce.ts';
import type { Handlers } from './types.ts';

/** The service layer the handlers call. */
export interface Services {
  metadata: MetadataService;
  codecs: Codecs;
  producer: ProduceService;
  partitionReader: PartitionReader;
  consumers: ConsumerManager;
  /** `host.name`: the host put in consumer `base_uri`s instead of the request's; empty for none. */
  hostName: string;
}

export function createHandlers(services: Services): Handlers {
  return {
    ...metadataHandlers(services),
    ...produceHandlers(services),
    ...messagesHandlers(services),
    ...consumerHandlers(services),
  } satisfies Handlers;
}

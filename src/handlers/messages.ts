/**
 * Partition reads without a consumer group: GET /topics/{topic}/partitions/{partition}/messages.
 */
import type { Services } from './index.ts';
import { notYet } from './pending.ts';
import type { Handlers } from './types.ts';

export function messagesHandlers(_services: Services) {
  return {
    readPartitionMessages: notYet,
  } satisfies Partial<Handlers>;
}

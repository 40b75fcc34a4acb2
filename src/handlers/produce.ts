/**
 * Produce: POST /topics/{topic} and POST /topics/{topic}/partitions/{partition}.
 */
import type { Services } from './index.ts';
import { notYet } from './pending.ts';
import type { Handlers } from './types.ts';

export function produceHandlers(_services: Services) {
  return {
    produceToTopic: notYet,
    produceToPartition: notYet,
  } satisfies Partial<Handlers>;
}

/**
 * Consumer instances: create, read a topic, commit offsets, delete.
 */
import type { Services } from './index.ts';
import { notYet } from './pending.ts';
import type { Handlers } from './types.ts';

export function consumerHandlers(_services: Services) {
  return {
    createConsumer: notYet,
    readTopic: notYet,
    commitOffsets: notYet,
    deleteConsumer: notYet,
  } satisfies Partial<Handlers>;
}

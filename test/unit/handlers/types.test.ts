/**
 * The handler types come from the generated contract: a handler that reads a parameter the spec
 * does not declare, or returns a body of the wrong shape, does not compile.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { OperationInput, SuccessBodyOf } from '../../../src/handlers/types.ts';
import type { RegistryInput, SuccessBodyOf as RegistrySuccessBodyOf } from '../../../src/schema-registry/types.ts';

describe('handler types', () => {
  it('types path and query parameters from the spec', () => {
    expectTypeOf<OperationInput<'getPartition'>['params']>().toEqualTypeOf<{ topic_name: string; partition_id: number }>();
    expectTypeOf<OperationInput<'readPartitionMessages'>['params']['count']>().toEqualTypeOf<number | undefined>();
    // @ts-expect-error: getTopic has no partition parameter
    expectTypeOf<OperationInput<'getTopic'>['params']['partition_id']>().toBeNever();
    expectTypeOf<RegistryInput<'getSchema'>['params']['id']>().toBeNumber();
  });

  it('types success bodies from the spec', () => {
    expectTypeOf<SuccessBodyOf<'listTopics'>>().toEqualTypeOf<string[]>();
    expectTypeOf<SuccessBodyOf<'deleteConsumer'>>().toBeVoid();
    expectTypeOf<RegistrySuccessBodyOf<'getSchemaTypes'>>().toEqualTypeOf<string[]>();
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { loadContract, type Contract } from '../../../src/http/contract.ts';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

function match(method: string, path: string): string | undefined {
  return contract.api.router.matchOperation({ method, path, headers: {} }, true)?.operationId;
}

describe('the compiled router', () => {
  it.each([
    ['GET', '/', 'getRoot'],
    ['GET', '/brokers', 'listBrokers'],
    ['GET', '/topics', 'listTopics'],
    ['GET', '/topics/', 'listTopics'],
    ['GET', '/topics/orders', 'getTopic'],
    ['POST', '/topics/orders', 'produceToTopic'],
    ['GET', '/topics/orders/partitions', 'listPartitions'],
    ['GET', '/topics/orders/partitions/3', 'getPartition'],
    ['POST', '/topics/orders/partitions/3', 'produceToPartition'],
    ['GET', '/topics/orders/partitions/3/messages?offset=1', 'readPartitionMessages'],
    ['POST', '/consumers/g', 'createConsumer'],
    ['POST', '/consumers/g/instances/i/offsets', 'commitOffsets'],
    ['DELETE', '/consumers/g/instances/i', 'deleteConsumer'],
    ['GET', '/consumers/g/instances/i/topics/t', 'readTopic'],
  ])('routes %s %s to %s', (method, path, operationId) => {
    expect(match(method, path)).toBe(operationId);
  });

  it('tells an unknown path (404) from a known path with another method (405)', () => {
    expect(() => match('GET', '/topics/a/b/c/d/e')).toThrow(/^404/);
    expect(() => match('DELETE', '/topics/orders')).toThrow(/^405/);
  });

  it('derives weights and consumed types from the spec', () => {
    const read = contract.operations.get('readTopic')!;
    expect(read.produces).toContainEqual({ type: 'application/vnd.kafka.binary.v1+json', qs: 1 });
    const produce = contract.operations.get('produceToTopic')!;
    expect(produce.consumes).toContain('application/octet-stream');
    expect(produce.consumes).toContain('application/vnd.kafka.avro.v1+json');
    expect(contract.operations.get('deleteConsumer')!.successStatus).toBe(204);
  });
});

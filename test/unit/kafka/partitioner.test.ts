import { describe, expect, it } from 'vitest';
import { binaryCodec } from '../../../src/formats/binary.ts';
import { jsonCodec } from '../../../src/formats/json.ts';
import { kafkaJsPartitioner, murmur2, partitionForKey, Partitioner, toPositive } from '../../../src/kafka/partitioner.ts';

/**
 * Key → partition pairs computed by the Kafka Java client (kafka-clients 4.1.1, whose
 * BuiltInPartitioner hashes keys exactly as the DefaultPartitioner of the v1 era did).
 * Regenerate with
 *
 *   npx tsx scripts/kafka.ts download     # prints the directory holding the Kafka jars
 *   java -cp '<that directory>/libs/*' scripts/partition-vectors.java
 *
 * and paste its output here. `hex` is the stored key; json keys are the JSON text the json format
 * stores (the label), quotes included.
 */
const VECTORS: {
  kind: 'binary' | 'json';
  label: string;
  hex: string;
  murmur2: number;
  partitions: Record<number, number>;
}[] = [
  { kind: 'binary', label: 'empty key (zero bytes, not null)', hex: '', murmur2: 275646681, partitions: { 1: 0, 2: 1, 3: 0, 7: 2, 12: 9, 100: 81 } },
  { kind: 'binary', label: 'one zero byte', hex: '00', murmur2: 375494588, partitions: { 1: 0, 2: 0, 3: 2, 7: 0, 12: 8, 100: 88 } },
  { kind: 'binary', label: 'one 0xff byte', hex: 'ff', murmur2: -311467685, partitions: { 1: 0, 2: 1, 3: 0, 7: 5, 12: 3, 100: 63 } },
  { kind: 'binary', label: 'two bytes', hex: '807f', murmur2: -894759045, partitions: { 1: 0, 2: 1, 3: 2, 7: 4, 12: 11, 100: 3 } },
  { kind: 'binary', label: 'three bytes', hex: 'deadbe', murmur2: 1954419511, partitions: { 1: 0, 2: 1, 3: 1, 7: 2, 12: 7, 100: 11 } },
  { kind: 'binary', label: 'four bytes', hex: '00010203', murmur2: 1916244640, partitions: { 1: 0, 2: 0, 3: 1, 7: 2, 12: 4, 100: 40 } },
  { kind: 'binary', label: 'five bytes', hex: 'deadbeef01', murmur2: -306773845, partitions: { 1: 0, 2: 1, 3: 1, 7: 2, 12: 7, 100: 3 } },
  { kind: 'binary', label: 'eight high bytes', hex: 'fffefdfcfbfaf9f8', murmur2: 2069784301, partitions: { 1: 0, 2: 1, 3: 1, 7: 4, 12: 1, 100: 1 } },
  { kind: 'binary', label: 'eleven bytes', hex: '102030405060708090a0b0', murmur2: -1083266098, partitions: { 1: 0, 2: 0, 3: 1, 7: 4, 12: 10, 100: 50 } },
  { kind: 'binary', label: 'order-1001', hex: '6f726465722d31303031', murmur2: 297523878, partitions: { 1: 0, 2: 0, 3: 0, 7: 1, 12: 6, 100: 78 } },
  { kind: 'binary', label: 'user-42', hex: '757365722d3432', murmur2: 1459644460, partitions: { 1: 0, 2: 0, 3: 1, 7: 1, 12: 4, 100: 60 } },
  { kind: 'binary', label: 'The quick brown fox jumps over the lazy dog', hex: '54686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f67', murmur2: 495243318, partitions: { 1: 0, 2: 0, 3: 0, 7: 3, 12: 6, 100: 18 } },
  { kind: 'json', label: '"order-1001"', hex: '226f726465722d3130303122', murmur2: 683728260, partitions: { 1: 0, 2: 0, 3: 0, 7: 5, 12: 0, 100: 60 } },
  { kind: 'json', label: '"user-42"', hex: '22757365722d343222', murmur2: -1099428337, partitions: { 1: 0, 2: 1, 3: 1, 7: 2, 12: 7, 100: 11 } },
  { kind: 'json', label: '"k"', hex: '226b22', murmur2: 234242852, partitions: { 1: 0, 2: 0, 3: 2, 7: 4, 12: 8, 100: 52 } },
  { kind: 'json', label: '""', hex: '2222', murmur2: 758082772, partitions: { 1: 0, 2: 0, 3: 1, 7: 6, 12: 4, 100: 72 } },
  { kind: 'json', label: '0', hex: '30', murmur2: 971027396, partitions: { 1: 0, 2: 0, 3: 2, 7: 3, 12: 8, 100: 96 } },
  { kind: 'json', label: '42', hex: '3432', murmur2: 417700972, partitions: { 1: 0, 2: 0, 3: 1, 7: 3, 12: 4, 100: 72 } },
  { kind: 'json', label: '-1', hex: '2d31', murmur2: 1531782027, partitions: { 1: 0, 2: 1, 3: 0, 7: 6, 12: 3, 100: 27 } },
  { kind: 'json', label: '3.25', hex: '332e3235', murmur2: 109827554, partitions: { 1: 0, 2: 0, 3: 2, 7: 4, 12: 2, 100: 54 } },
  { kind: 'json', label: '9007199254740991', hex: '39303037313939323534373430393931', murmur2: -1031629061, partitions: { 1: 0, 2: 1, 3: 0, 7: 1, 12: 3, 100: 87 } },
  { kind: 'json', label: 'true', hex: '74727565', murmur2: -1452041902, partitions: { 1: 0, 2: 0, 3: 1, 7: 6, 12: 10, 100: 46 } },
  { kind: 'json', label: '"héllo"', hex: '2268c3a96c6c6f22', murmur2: 818307971, partitions: { 1: 0, 2: 1, 3: 2, 7: 5, 12: 11, 100: 71 } },
  { kind: 'json', label: '"日本語"', hex: '22e697a5e69cace8aa9e22', murmur2: 1944324309, partitions: { 1: 0, 2: 1, 3: 0, 7: 4, 12: 9, 100: 9 } },
  { kind: 'json', label: '"😀"', hex: '22f09f988022', murmur2: 1475055893, partitions: { 1: 0, 2: 1, 3: 2, 7: 3, 12: 5, 100: 93 } },
  { kind: 'json', label: '{"id":7,"region":"eu"}', hex: '7b226964223a372c22726567696f6e223a226575227d', murmur2: 1413099910, partitions: { 1: 0, 2: 0, 3: 1, 7: 5, 12: 10, 100: 10 } },
  { kind: 'json', label: '["order",1002]', hex: '5b226f72646572222c313030325d', murmur2: 408474526, partitions: { 1: 0, 2: 0, 3: 1, 7: 5, 12: 10, 100: 26 } },
];

const bytesOf = (hex: string) => Buffer.from(hex, 'hex');

describe('murmur2', () => {
  it.each(VECTORS)('matches Utils.murmur2 for $kind key $label', (v) => {
    expect(murmur2(bytesOf(v.hex))).toBe(v.murmur2);
  });
});

describe('partitionForKey', () => {
  it.each(VECTORS)('picks the Java producer partition for $kind key $label', (v) => {
    for (const [count, partition] of Object.entries(v.partitions)) {
      expect(partitionForKey(bytesOf(v.hex), Number(count))).toBe(partition);
    }
  });

  it('clears the sign bit rather than taking the absolute value', () => {
    expect(toPositive(-1)).toBe(0x7fffffff);
    expect(toPositive(-2147483648)).toBe(0);
    expect(toPositive(-311467685)).toBe(1836015963);
  });
});

describe('stored key bytes', () => {
  it.each(VECTORS.filter((v) => v.kind === 'json'))('the json format stores $label as the hashed bytes', async (v) => {
    const encoded = await jsonCodec.encode('t', { records: [{ key: JSON.parse(v.label) as unknown }] });
    expect(encoded.records[0]!.key!.toString('hex')).toBe(v.hex);
  });

  it.each(VECTORS.filter((v) => v.kind === 'binary'))('the binary format stores $label as the hashed bytes', async (v) => {
    const encoded = await binaryCodec.encode('t', { records: [{ key: bytesOf(v.hex).toString('base64') }] });
    expect(encoded.records[0]!.key!.toString('hex')).toBe(v.hex);
  });
});

describe('Partitioner', () => {
  const layout = { count: 4, available: [0, 1, 2, 3] };

  it('sends a record to its explicit partition, key or not', () => {
    const p = new Partitioner();
    expect(p.partition('t', null, layout, 2)).toBe(2);
    expect(p.partition('t', bytesOf('00'), layout, 3)).toBe(3);
  });

  it('hashes keyed records over all partitions, available or not', () => {
    const p = new Partitioner();
    const v = VECTORS.find((x) => x.label === 'user-42')!;
    expect(p.partition('t', bytesOf(v.hex), { count: 12, available: [0] })).toBe(v.partitions[12]);
  });

  it('hashes an empty key instead of treating it as no key', () => {
    const p = new Partitioner(() => 0);
    const v = VECTORS.find((x) => x.hex === '')!;
    const results = [0, 1, 2].map(() => p.partition('t', Buffer.alloc(0), { count: 7, available: [0, 1, 2, 3, 4, 5, 6] }));
    expect(results).toEqual([v.partitions[7], v.partitions[7], v.partitions[7]]);
  });

  it('spreads keyless records round-robin, starting anywhere', () => {
    const p = new Partitioner(() => 6);
    const chosen = Array.from({ length: 8 }, () => p.partition('t', null, layout));
    expect(chosen).toEqual([2, 3, 0, 1, 2, 3, 0, 1]);
  });

  it('keeps one round-robin counter per topic', () => {
    const p = new Partitioner(() => 0);
    expect([p.partition('a', null, layout), p.partition('a', null, layout), p.partition('b', null, layout)]).toEqual([0, 1, 0]);
  });

  it('skips partitions without a leader for keyless records', () => {
    const p = new Partitioner(() => 0);
    const chosen = Array.from({ length: 4 }, () => p.partition('t', null, { count: 4, available: [1, 3] }));
    expect(chosen).toEqual([1, 3, 1, 3]);
  });

  it('uses every partition when none has a leader', () => {
    const p = new Partitioner(() => 0);
    const chosen = Array.from({ length: 3 }, () => p.partition('t', null, { count: 3, available: [] }));
    expect(chosen).toEqual([0, 1, 2]);
  });

  it('keeps going when the counter passes the largest int, as Java does', () => {
    const p = new Partitioner(() => 0x7fffffff);
    const chosen = Array.from({ length: 3 }, () => p.partition('t', null, { count: 3, available: [0, 1, 2] }));
    // 2147483647 % 3 = 1, then the counter wraps to -2147483648, whose toPositive is 0.
    expect(chosen).toEqual([1, 0, 1]);
  });
});

describe('kafkaJsPartitioner', () => {
  const partitionMetadata = [0, 1, 2].map((partitionId) => ({
    partitionId,
    leader: partitionId === 1 ? -1 : 1,
    partitionErrorCode: 0,
    replicas: [1],
    isr: [1],
  }));

  it('keeps an explicit partition the metadata knows', () => {
    const partition = kafkaJsPartitioner();
    expect(partition({ topic: 't', partitionMetadata, message: { value: null, partition: 2 } })).toBe(2);
  });

  it('asks kafkajs for fresh metadata instead of dropping a record for an unknown partition', () => {
    const partition = kafkaJsPartitioner();
    let thrown: unknown;
    try {
      partition({ topic: 't', partitionMetadata, message: { value: null, partition: 3 } });
    } catch (err) {
      thrown = err;
    }
    // sendMessages refreshes metadata and retries on exactly this error name.
    expect(thrown).toMatchObject({ name: 'KafkaJSMetadataNotLoaded', retriable: true });
    expect((thrown as Error).message).toContain('Partition 3 of topic t');
  });

  it('hashes keys like the Java producer', () => {
    const partition = kafkaJsPartitioner();
    const v = VECTORS.find((x) => x.label === 'order-1001')!;
    expect(partition({ topic: 't', partitionMetadata, message: { key: bytesOf(v.hex), value: null } })).toBe(v.partitions[3]);
    expect(partition({ topic: 't', partitionMetadata, message: { key: 'order-1001', value: null } })).toBe(v.partitions[3]);
  });

  it('sends keyless records only to partitions with a leader', () => {
    const partition = kafkaJsPartitioner();
    const chosen = new Set(Array.from({ length: 6 }, () => partition({ topic: 't', partitionMetadata, message: { value: null } })));
    expect([...chosen].sort()).toEqual([0, 2]);
  });
});

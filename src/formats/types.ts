/**
 * The seam between the API's embedded formats (binary, json, avro) and Kafka bytes.
 */
import type { EmbeddedFormat } from '../http/media-types.ts';

export type { EmbeddedFormat };

/** Key and value as stored in Kafka. */
export interface RawRecord {
  key: Buffer | null;
  value: Buffer | null;
}

/** A produce request as the API receives it, after schema validation. */
export interface ProduceRequest {
  records: { key?: unknown; value?: unknown; partition?: number | null }[];
  key_schema?: string | null;
  key_schema_id?: number | null;
  value_schema?: string | null;
  value_schema_id?: number | null;
}

export interface EncodedProduceRequest {
  records: (RawRecord & { partition?: number | undefined })[];
  keySchemaId: number | null;
  valueSchemaId: number | null;
}

/** A record rendered for the API, and its size for `max_bytes` accounting. */
export interface DecodedRecord {
  key: unknown;
  value: unknown;
  size: number;
}

export interface EmbeddedCodec {
  readonly format: EmbeddedFormat;
  /** Converts every record before anything is sent; throws InvalidEmbeddedDataError. */
  encode(topic: string, request: ProduceRequest): Promise<EncodedProduceRequest>;
  /** Renders one record read from Kafka; throws EmbeddedDecodeError. */
  decode(record: RawRecord): Promise<DecodedRecord>;
}

/** Records without a partition keep `partition` undefined, so the partitioner decides. */
export function partitionOf(record: { partition?: number | null }): number | undefined {
  return record.partition === null || record.partition === undefined ? undefined : record.partition;
}

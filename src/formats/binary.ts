/**
 * binary: keys and values are base64 strings on the API, raw bytes in Kafka.
 */
import { InvalidEmbeddedDataError } from './errors.ts';
import { partitionOf, type EmbeddedCodec, type RawRecord } from './types.ts';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Strict base64 (standard alphabet, padded); whitespace between groups is tolerated. */
export function decodeBase64(text: string, part: 'key' | 'value'): Buffer {
  const compact = text.replace(/[\r\n\t ]/g, '');
  if (!BASE64.test(compact)) {
    throw new InvalidEmbeddedDataError(`Record ${part} contains invalid base64 encoding`);
  }
  return Buffer.from(compact, 'base64');
}

function encodePart(data: unknown, part: 'key' | 'value'): Buffer | null {
  if (data === null || data === undefined) return null;
  if (typeof data !== 'string') throw new InvalidEmbeddedDataError(`Record ${part} contains invalid base64 encoding`);
  return decodeBase64(data, part);
}

export const binaryCodec: EmbeddedCodec = {
  format: 'binary',
  async encode(_topic, request) {
    return {
      records: request.records.map((r) => ({
        key: encodePart(r.key, 'key'),
        value: encodePart(r.value, 'value'),
        partition: partitionOf(r),
      })),
      keySchemaId: null,
      valueSchemaId: null,
    };
  },
  async decode(record: RawRecord) {
    return {
      key: record.key === null ? null : record.key.toString('base64'),
      value: record.value === null ? null : record.value.toString('base64'),
      size: (record.key?.length ?? 0) + (record.value?.length ?? 0),
    };
  },
};

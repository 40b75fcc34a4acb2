/**
 * json: keys and values are any JSON value on the API, their UTF-8 JSON text in Kafka (a string
 * key "k" is stored as the three bytes `"k"`, quotes included).
 */
import { EmbeddedDecodeError } from './errors.ts';
import { jsonText, parseJson } from './json-text.ts';
import { partitionOf, type EmbeddedCodec, type RawRecord } from './types.ts';

function encodePart(data: unknown): Buffer | null {
  return data === null || data === undefined ? null : Buffer.from(jsonText(data), 'utf8');
}

function decodePart(bytes: Buffer | null, part: 'key' | 'value'): unknown {
  if (bytes === null) return null;
  try {
    return parseJson(bytes.toString('utf8'));
  } catch (err) {
    throw new EmbeddedDecodeError(`The record ${part} is not JSON: ${(err as Error).message}`);
  }
}

export const jsonCodec: EmbeddedCodec = {
  format: 'json',
  async encode(_topic, request) {
    return {
      records: request.records.map((r) => ({
        key: encodePart(r.key),
        value: encodePart(r.value),
        partition: partitionOf(r),
      })),
      keySchemaId: null,
      valueSchemaId: null,
    };
  },
  async decode(record: RawRecord) {
    return {
      key: decodePart(record.key, 'key'),
      value: decodePart(record.value, 'value'),
      size: (record.key?.length ?? 0) + (record.value?.length ?? 0),
    };
  },
};

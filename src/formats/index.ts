/**
 * The codec for each embedded format.
 */
import { binaryCodec } from './binary.ts';
import { UnsupportedFormatError } from './errors.ts';
import { jsonCodec } from './json.ts';
import type { EmbeddedCodec, EmbeddedFormat } from './types.ts';

export type Codecs = Record<EmbeddedFormat, EmbeddedCodec>;

const avroPending: EmbeddedCodec = {
  format: 'avro',
  encode: async () => {
    throw new UnsupportedFormatError('avro');
  },
  decode: async () => {
    throw new UnsupportedFormatError('avro');
  },
};

export function createCodecs(): Codecs {
  return { binary: binaryCodec, json: jsonCodec, avro: avroPending };
}

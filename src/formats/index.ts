/**
 * The codec for each embedded format.
 */
import type { SchemaRegistry } from '../registry/client.ts';
import { AvroCodec } from './avro.ts';
import { binaryCodec } from './binary.ts';
import { UnsupportedFormatError } from './errors.ts';
import { jsonCodec } from './json.ts';
import type { EmbeddedCodec, EmbeddedFormat } from './types.ts';

export type Codecs = Record<EmbeddedFormat, EmbeddedCodec>;

/** Avro needs a schema registry; without one the format is refused. */
const avroWithoutRegistry: EmbeddedCodec = {
  format: 'avro',
  encode: async () => {
    throw new UnsupportedFormatError('avro');
  },
  decode: async () => {
    throw new UnsupportedFormatError('avro');
  },
};

export interface CodecOptions {
  /** The schema registry Avro schemas are registered with and looked up in. */
  registry?: SchemaRegistry | undefined;
}

export function createCodecs(options: CodecOptions = {}): Codecs {
  return {
    binary: binaryCodec,
    json: jsonCodec,
    avro: options.registry ? new AvroCodec(options.registry) : avroWithoutRegistry,
  };
}

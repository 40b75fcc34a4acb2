import { describe, expect, it } from 'vitest';
import { jsonText, parseJson } from '../../../src/formats/json-text.ts';
import { jsonCodec } from '../../../src/formats/json.ts';

describe('JSON text', () => {
  it('keeps integers beyond 2^53 exact both ways', () => {
    const text = '{"n":12345678901234567890,"m":-9223372036854775808,"small":42,"f":1.5}';
    const parsed = parseJson(text) as Record<string, unknown>;
    expect(parsed['n']).toBe(12345678901234567890n);
    expect(parsed['small']).toBe(42);
    expect(jsonText(parsed)).toBe(text);
  });

  it('treats digits inside strings as text', () => {
    expect(parseJson('{"s":"12345678901234567890"}')).toEqual({ s: '12345678901234567890' });
  });
});

describe('the json format', () => {
  it('stores and renders a record with an integer beyond 2^53 exactly', async () => {
    const body = parseJson('{"records":[{"key":"k","value":{"n":12345678901234567890}}]}') as {
      records: { key: unknown; value: unknown }[];
    };
    const encoded = await jsonCodec.encode('t', body);
    const stored = encoded.records[0]!;
    expect(stored.key!.toString()).toBe('"k"');
    expect(stored.value!.toString()).toBe('{"n":12345678901234567890}');
    const decoded = await jsonCodec.decode({ key: stored.key, value: stored.value });
    expect(jsonText(decoded.value)).toBe('{"n":12345678901234567890}');
  });
});

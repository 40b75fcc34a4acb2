import { describe, expect, it } from 'vitest';
import {
  ConsumerConfigConstraintError,
  InvalidConsumerConfigError,
  InvalidConsumerFormatError,
} from '../../../../src/kafka/errors.ts';
import { parseInstanceSettings } from '../../../../src/kafka/consumers/settings.ts';

describe('parseInstanceSettings', () => {
  it('defaults to a binary instance that starts at the latest offset and never commits by itself', () => {
    expect(parseInstanceSettings()).toEqual({
      name: undefined,
      consumerId: undefined,
      format: 'binary',
      fromBeginning: false,
      autoCommit: false,
      fetchMinBytes: undefined,
      requestTimeoutMs: undefined,
    });
  });

  it('treats null like an absent field', () => {
    expect(
      parseInstanceSettings({
        name: null,
        id: null,
        format: null,
        autoOffsetReset: null,
        autoCommitEnable: null,
        fetchMinBytes: null,
        requestTimeoutMs: null,
      }),
    ).toEqual(parseInstanceSettings({}));
  });

  it('lets id override name and name the Kafka client', () => {
    expect(parseInstanceSettings({ name: 'a', id: 'b' })).toMatchObject({ name: 'b', consumerId: 'b' });
    expect(parseInstanceSettings({ name: 'a' })).toMatchObject({ name: 'a', consumerId: undefined });
    expect(parseInstanceSettings({ name: '' })).toMatchObject({ name: undefined });
  });

  it.each([
    ['BINARY', 'binary'],
    ['Json', 'json'],
    ['avro', 'avro'],
  ])('accepts format %s in any case', (format, expected) => {
    expect(parseInstanceSettings({ format }).format).toBe(expected);
  });

  it('rejects other formats', () => {
    expect(() => parseInstanceSettings({ format: 'protobuf' })).toThrow(InvalidConsumerFormatError);
  });

  it.each([
    ['smallest', true],
    ['earliest', true],
    ['largest', false],
    ['latest', false],
    ['SMALLEST', true],
  ])('maps auto.offset.reset %s', (value, fromBeginning) => {
    expect(parseInstanceSettings({ autoOffsetReset: value }).fromBeginning).toBe(fromBeginning);
  });

  it('rejects other auto.offset.reset values as invalid configuration', () => {
    expect(() => parseInstanceSettings({ autoOffsetReset: 'none' })).toThrow(InvalidConsumerConfigError);
    expect(() => parseInstanceSettings({ autoOffsetReset: 'oldest' })).toThrow(/auto\.offset\.reset.*'oldest'/);
  });

  it('reads auto.commit.enable as a boolean string', () => {
    expect(parseInstanceSettings({ autoCommitEnable: 'true' }).autoCommit).toBe(true);
    expect(parseInstanceSettings({ autoCommitEnable: 'FALSE' }).autoCommit).toBe(false);
    expect(() => parseInstanceSettings({ autoCommitEnable: 'yes' })).toThrow(InvalidConsumerConfigError);
  });

  it('keeps fetch.min.bytes within -1..10000000', () => {
    expect(parseInstanceSettings({ fetchMinBytes: -1 }).fetchMinBytes).toBe(-1);
    expect(parseInstanceSettings({ fetchMinBytes: 10_000_000 }).fetchMinBytes).toBe(10_000_000);
    expect(() => parseInstanceSettings({ fetchMinBytes: -2 })).toThrow(ConsumerConfigConstraintError);
    expect(() => parseInstanceSettings({ fetchMinBytes: 10_000_001 })).toThrow(/fetch\.min\.bytes/);
  });

  it('rejects a negative consumer.request.timeout.ms', () => {
    expect(parseInstanceSettings({ requestTimeoutMs: 0 }).requestTimeoutMs).toBe(0);
    expect(() => parseInstanceSettings({ requestTimeoutMs: -1 })).toThrow(InvalidConsumerConfigError);
  });
});

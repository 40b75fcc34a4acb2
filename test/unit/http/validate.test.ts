import { describe, expect, it } from 'vitest';
import { compileBodyValidator, compileParamsValidator } from '../../../src/http/validate.ts';

const records = compileBodyValidator({
  type: 'object',
  additionalProperties: false,
  required: ['records'],
  properties: {
    records: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: { value: {}, partition: { type: 'integer', minimum: 0, nullable: true } },
      },
    },
  },
});

describe('body validation messages', () => {
  it.each([
    [{ records: [{ value: 'x' }], extra: 1 }, 'Unrecognized field: extra'],
    [{ records: [{ value: 'x', topic: 't' }] }, 'Unrecognized field: topic'],
    [{}, 'records may not be empty'],
    [{ records: [] }, 'records may not be empty'],
    [{ records: [{ partition: -1 }] }, 'records[0].partition must be >= 0 (was -1)'],
    [[], 'Request body must be an object'],
  ])('%j → %s', (body, message) => {
    const error = records(body);
    expect(error?.status).toBe(422);
    expect(error?.errorCode).toBe(422);
    expect(error?.message).toBe(message);
  });

  it('reports an integer beyond 2^53 without failing itself', () => {
    const error = records({ records: [{ partition: 9007199254740993n }] });
    expect(error?.status).toBe(422);
    expect(error?.message).toBe('records[0].partition must be integer (was "9007199254740993")');
  });

  it('accepts null where real clients send it', () => {
    expect(records({ records: [{ value: null, partition: null }] })).toBeUndefined();
  });
});

describe('parameter validation', () => {
  const params = compileParamsValidator({
    type: 'object',
    properties: { partition_id: { type: 'integer' }, count: { type: 'integer', default: 1 } },
    required: ['partition_id'],
  });
  it('converts numbers and fills defaults', () => {
    const value: Record<string, unknown> = { partition_id: '3' };
    expect(params(value)).toBeUndefined();
    expect(value).toEqual({ partition_id: 3, count: 1 });
  });
  it('answers a plain 404 for what does not convert', () => {
    expect(params({ partition_id: 'abc' })?.errorCode).toBe(404);
  });
});

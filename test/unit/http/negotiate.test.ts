import { describe, expect, it } from 'vitest';
import { fallbackResponseType, selectRequestType, selectResponseType } from '../../../src/http/negotiate.ts';

const R = [
  { type: 'application/vnd.kafka.v1+json', qs: 0.9 },
  { type: 'application/vnd.kafka+json', qs: 0.8 },
  { type: 'application/json', qs: 0.5 },
];
const READ = [
  { type: 'application/vnd.kafka.binary.v1+json', qs: 1 },
  ...R,
  { type: 'application/vnd.kafka.avro.v1+json', qs: 0.1 },
  { type: 'application/vnd.kafka.json.v1+json', qs: 0.1 },
];

describe('selectResponseType', () => {
  it('picks the highest server weight without an Accept header', () => {
    expect(selectResponseType(undefined, R)).toBe('application/vnd.kafka.v1+json');
    expect(selectResponseType(undefined, READ)).toBe('application/vnd.kafka.binary.v1+json');
  });

  it('treats */* and type/* like no preference', () => {
    expect(selectResponseType('*/*', R)).toBe('application/vnd.kafka.v1+json');
    expect(selectResponseType('application/*', READ)).toBe('application/vnd.kafka.binary.v1+json');
  });

  it("lets the client's q beat the server's qs", () => {
    expect(
      selectResponseType(
        'application/vnd.kafka.v1+json; q=0.8, application/vnd.kafka+json; q=0.9, application/json; q=0.7',
        R,
      ),
    ).toBe('application/vnd.kafka+json');
    expect(
      selectResponseType(
        'application/vnd.kafka.v1+json; q=0.8, application/vnd.kafka+json; q=0.7, application/json; q=0.9',
        R,
      ),
    ).toBe('application/json');
  });

  it('serves the Accept header real v1 clients send', () => {
    expect(
      selectResponseType('application/vnd.kafka.v1+json, application/vnd.kafka+json; q=0.9, application/json; q=0.8', R),
    ).toBe('application/vnd.kafka.v1+json');
  });

  it('prefers a type the client named over one it matched by wildcard at the same q', () => {
    expect(selectResponseType('application/json, */*', R)).toBe('application/json');
  });

  it('selects an embedded type only when asked for it', () => {
    expect(selectResponseType('application/vnd.kafka.avro.v1+json', READ)).toBe('application/vnd.kafka.avro.v1+json');
    expect(selectResponseType('application/json', READ)).toBe('application/json');
  });

  it('returns nothing when no producible type is acceptable', () => {
    expect(selectResponseType('text/plain', R)).toBeUndefined();
    expect(selectResponseType('application/octet-stream', R)).toBeUndefined();
    expect(selectResponseType('application/vnd.kafka.binary.v1+json', R)).toBeUndefined();
  });

  it('excludes a type the client refuses with q=0', () => {
    expect(selectResponseType('application/vnd.kafka.v1+json;q=0, */*', R)).toBe('application/vnd.kafka+json');
  });

  it('ignores parameters and case', () => {
    expect(selectResponseType('Application/JSON; charset=utf-8', R)).toBe('application/json');
  });
});

describe('selectRequestType', () => {
  const consumes = ['application/vnd.kafka.binary.v1+json', 'application/json', 'application/octet-stream'];
  it('matches type and subtype ignoring parameters', () => {
    expect(selectRequestType('application/json; charset=UTF-8', consumes)).toBe('application/json');
  });
  it('rejects the form type curl sends by default', () => {
    expect(selectRequestType('application/x-www-form-urlencoded', consumes)).toBeUndefined();
  });
});

describe('fallbackResponseType', () => {
  it('uses the first preferred type in Accept, else the default', () => {
    expect(fallbackResponseType('text/html, application/json')).toBe('application/json');
    expect(fallbackResponseType('text/html')).toBe('application/vnd.kafka.v1+json');
    expect(fallbackResponseType(undefined)).toBe('application/vnd.kafka.v1+json');
  });
});

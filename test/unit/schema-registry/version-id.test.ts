import { describe, expect, it } from 'vitest';
import { RegistryError } from '../../../src/schema-registry/errors.ts';
import { LATEST, parseVersionId } from '../../../src/schema-registry/registry.ts';

describe('parseVersionId', () => {
  it.each([
    ['1', 1],
    ['42', 42],
    ['2147483647', 2147483647],
    ['latest', LATEST],
    ['LATEST', LATEST],
    [' latest ', LATEST],
    ['-1', LATEST],
  ])('reads %j', (text, version) => {
    expect(parseVersionId(text)).toBe(version);
  });

  it.each(['0', '-2', '2147483648', 'first', '1.5', '', '1e3'])('rejects %j with 42202', (text) => {
    let caught: unknown;
    try {
      parseVersionId(text);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(RegistryError);
    expect((caught as RegistryError).kind).toBe('invalidVersion');
    expect((caught as RegistryError).message).toBe(
      `The specified version '${text}' is not a valid version id. Allowed values are between [1, 2^31-1] and the string "latest"`,
    );
  });
});

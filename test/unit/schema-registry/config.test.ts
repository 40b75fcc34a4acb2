/** The configuration keys of the built-in schema registry. */
import { describe, expect, it } from 'vitest';
import { buildConfig, ConfigError } from '../../../src/config.ts';

const config = (entries: Record<string, string>) => buildConfig(new Map(Object.entries(entries)));

describe('schema.registry.builtin.*', () => {
  it('defaults to port 8081 on every interface and the _schemas topic', () => {
    const c = config({});
    expect(c.schemaRegistryBuiltinListeners).toEqual([{ protocol: 'http', host: '0.0.0.0', port: 8081 }]);
    expect(c.schemaRegistryBuiltinTopic).toBe('_schemas');
  });

  it('reads listeners and topic', () => {
    const c = config({
      'schema.registry.builtin.listeners': 'http://127.0.0.1:0, http://[::1]:18081',
      'schema.registry.builtin.topic': '_schemas-dev',
    });
    expect(c.schemaRegistryBuiltinListeners).toEqual([
      { protocol: 'http', host: '127.0.0.1', port: 0 },
      { protocol: 'http', host: '::1', port: 18081 },
    ]);
    expect(c.schemaRegistryBuiltinTopic).toBe('_schemas-dev');
  });

  it.each([
    ['schema.registry.builtin.listeners', 'not a url', /schema\.registry\.builtin\.listeners.*not a URL/],
    ['schema.registry.builtin.listeners', 'localhost:8081', /schema\.registry\.builtin\.listeners.*must start with http/],
    ['schema.registry.builtin.listeners', 'https://0.0.0.0:8081', /schema\.registry\.builtin\.listeners.*HTTPS/],
    ['schema.registry.builtin.topic', 'bad topic', /schema\.registry\.builtin\.topic.*not a valid topic name/],
  ])('rejects %s=%s naming the key', (key, value, message) => {
    expect(() => config({ [key]: value })).toThrow(ConfigError);
    expect(() => config({ [key]: value })).toThrow(message);
  });

  it('still names the proxy listeners key in its own errors', () => {
    expect(() => config({ listeners: 'nope' })).toThrow(/Invalid value for listeners: 'nope'/);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, envKeyToProperty, loadConfig } from '../../src/config.ts';

function file(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'krp-config-'));
  const path = join(dir, 'kafka-rest.properties');
  writeFileSync(path, text);
  return path;
}

describe('loadConfig', () => {
  it('has the Confluent defaults', () => {
    const c = loadConfig({ env: {} });
    expect(c.listeners).toEqual([{ protocol: 'http', host: '0.0.0.0', port: 8082 }]);
    expect(c.consumerInstanceTimeoutMs).toBe(300000);
    expect(c.consumerRequestTimeoutMs).toBe(1000);
    expect(c.consumerRequestMaxBytes).toBe(67108864);
    expect(c.bootstrapServers).toEqual([]);
    expect(c.schemaRegistryUrl).toBeUndefined();
  });

  it('reads a properties file', () => {
    const c = loadConfig({
      file: file(
        [
          '# a Confluent config',
          'id=proxy-1',
          'listeners=http://127.0.0.1:18082',
          'bootstrap.servers=PLAINTEXT://broker1:9092,broker2:9093',
          'schema.registry.url=http://registry:8081',
          'host.name = proxy.example.net',
          'consumer.instance.timeout.ms: 60000',
          'zookeeper.connect=localhost:2181',
          'producer.acks=all',
        ].join('\n'),
      ),
      env: {},
    });
    expect(c.id).toBe('proxy-1');
    expect(c.listeners).toEqual([{ protocol: 'http', host: '127.0.0.1', port: 18082 }]);
    expect(c.bootstrapServers).toEqual(['broker1:9092', 'broker2:9093']);
    expect(c.schemaRegistryUrl).toBe('http://registry:8081');
    expect(c.hostName).toBe('proxy.example.net');
    expect(c.consumerInstanceTimeoutMs).toBe(60000);
    expect(c.producerOverrides).toEqual({ acks: 'all' });
  });

  it('lets the environment win over the file', () => {
    const c = loadConfig({
      file: file('bootstrap.servers=from-file:9092\nlisteners=http://0.0.0.0:8082\n'),
      env: { KAFKA_REST_BOOTSTRAP_SERVERS: 'from-env:9092', KAFKA_REST_LISTENERS: 'http://127.0.0.1:9999' },
    });
    expect(c.bootstrapServers).toEqual(['from-env:9092']);
    expect(c.listeners[0]?.port).toBe(9999);
  });

  it('falls back to the deprecated port setting', () => {
    expect(loadConfig({ env: { KAFKA_REST_PORT: '8090' } }).listeners[0]?.port).toBe(8090);
  });

  it.each([
    [{ KAFKA_REST_CONSUMER_REQUEST_TIMEOUT_MS: 'soon' }, /consumer.request.timeout.ms.*not an integer/],
    [{ KAFKA_REST_LISTENERS: 'ftp://0.0.0.0:21' }, /listeners.*must start with http/],
    [{ KAFKA_REST_LISTENERS: 'not a url' }, /listeners.*not a URL/],
    [{ KAFKA_REST_BOOTSTRAP_SERVERS: 'localhost' }, /bootstrap.servers.*host:port/],
    [{ KAFKA_REST_SCHEMA_REGISTRY_URL: 'registry:8081' }, /schema.registry.url/],
    [{ KAFKA_REST_DEBUG: 'yes' }, /debug.*true or false/],
    [{ KAFKA_REST_FETCH_MIN_BYTES: '-5' }, /fetch.min.bytes.*outside/],
  ])('rejects bad configuration %j with a message naming the key', (env, message) => {
    expect(() => loadConfig({ env })).toThrow(ConfigError);
    expect(() => loadConfig({ env })).toThrow(message);
  });

  it('names a missing file', () => {
    expect(() => loadConfig({ file: '/nonexistent/kafka-rest.properties', env: {} })).toThrow(
      /Cannot read configuration file \/nonexistent/,
    );
  });
});

describe('envKeyToProperty', () => {
  it('follows the Confluent image convention', () => {
    expect(envKeyToProperty('KAFKA_REST_BOOTSTRAP_SERVERS')).toBe('bootstrap.servers');
    expect(envKeyToProperty('KAFKA_REST_CLIENT_SASL__MECHANISM')).toBe('client.sasl_mechanism');
    expect(envKeyToProperty('KAFKA_REST_SOME___DASHED')).toBe('some-dashed');
    expect(envKeyToProperty('PATH')).toBeUndefined();
  });
});

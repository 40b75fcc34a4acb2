/**
 * Configuration compatible with the Confluent REST Proxy: a `.properties` file plus environment
 * overrides in the Confluent image convention (`KAFKA_REST_BOOTSTRAP_SERVERS`, ...; env wins).
 * Bad configuration fails at start with a message that names the key.
 */
import { readFileSync } from 'node:fs';
import { parseProperties } from './properties.ts';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export interface Listener {
  protocol: 'http';
  host: string;
  port: number;
}

export interface ProxyConfig {
  /** Server id, used in generated consumer names. */
  id: string;
  listeners: Listener[];
  /** Host placed in consumer `base_uri`s; empty means the request's own Host. */
  hostName: string;
  /** Empty when no cluster is configured: the proxy then runs its own local broker. */
  bootstrapServers: string[];
  schemaRegistryUrl: string | undefined;
  /** Listeners of the built-in schema registry, started when no `schema.registry.url` is set. */
  schemaRegistryBuiltinListeners: Listener[];
  /** The compacted topic that holds the built-in registry's schemas. */
  schemaRegistryBuiltinTopic: string;
  consumerInstanceTimeoutMs: number;
  consumerRequestTimeoutMs: number;
  consumerRequestMaxBytes: number;
  consumerIteratorBackoffMs: number;
  fetchMinBytes: number;
  accessControlAllowOrigin: string;
  accessControlAllowMethods: string;
  debug: boolean;
  shutdownGracefulMs: number;
  /** Largest accepted request body, in bytes. */
  requestMaxBytes: number;
  /** Where the embedded broker keeps its data when no cluster is configured. */
  embeddedKafkaDataDir: string | undefined;
  /** Preferred listener port of the embedded broker. */
  embeddedKafkaPort: number;
  /** `client.*`, `producer.*` and `consumer.*` keys with their prefix removed. */
  clientOverrides: Record<string, string>;
  producerOverrides: Record<string, string>;
  consumerOverrides: Record<string, string>;
  /** Every key given, after environment overrides. */
  raw: ReadonlyMap<string, string>;
}

const ENV_PREFIX = 'KAFKA_REST_';

/**
 * The Confluent image maps `KAFKA_REST_FOO_BAR` to `foo.bar`, `__` to `_` and `___` to `-`.
 */
export function envKeyToProperty(envName: string): string | undefined {
  if (!envName.startsWith(ENV_PREFIX)) return undefined;
  return envName
    .slice(ENV_PREFIX.length)
    .toLowerCase()
    .split(/(___|__|_)/)
    .map((part) => (part === '___' ? '-' : part === '__' ? '_' : part === '_' ? '.' : part))
    .join('');
}

/** Keys this proxy reads; other keys are accepted (Confluent files carry many) and passed on. */
const KNOWN_KEYS = new Set([
  'id',
  'port',
  'listeners',
  'host.name',
  'bootstrap.servers',
  'schema.registry.url',
  'schema.registry.builtin.listeners',
  'schema.registry.builtin.topic',
  'consumer.instance.timeout.ms',
  'consumer.request.timeout.ms',
  'consumer.request.max.bytes',
  'consumer.iterator.timeout.ms',
  'consumer.iterator.backoff.ms',
  'consumer.threads',
  'fetch.min.bytes',
  'access.control.allow.origin',
  'access.control.allow.methods',
  'debug',
  'shutdown.graceful.ms',
  'request.max.bytes',
  'embedded.kafka.data.dir',
  'embedded.kafka.port',
  'zookeeper.connect',
  'simpleconsumer.pool.size.max',
  'simpleconsumer.pool.timeout.ms',
  'producer.threads',
  'response.mediatype.preferred',
  'response.mediatype.default',
  'request.logger.name',
  'metrics.jmx.prefix',
  'metrics.num.samples',
  'metrics.sample.window.ms',
  'metric.reporters',
]);

export interface LoadOptions {
  file?: string | undefined;
  env?: NodeJS.ProcessEnv;
}

export function loadConfig({ file, env = process.env }: LoadOptions = {}): ProxyConfig {
  const props = new Map<string, string>();
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new ConfigError(`Cannot read configuration file ${file}: ${(err as Error).message}`);
    }
    for (const [k, v] of parseProperties(text)) props.set(k, v);
  }
  for (const [name, value] of Object.entries(env)) {
    const key = envKeyToProperty(name);
    if (key && value !== undefined) props.set(key, value);
  }
  return buildConfig(props);
}

export function buildConfig(props: ReadonlyMap<string, string>): ProxyConfig {
  const str = (key: string, dflt: string): string => (props.get(key) ?? dflt).trim();
  const int = (key: string, dflt: number, min: number, max = Number.MAX_SAFE_INTEGER): number => {
    const rawValue = props.get(key);
    if (rawValue === undefined || rawValue.trim() === '') return dflt;
    const text = rawValue.trim();
    if (!/^-?\d+$/.test(text)) throw new ConfigError(`Invalid value for ${key}: '${rawValue}' is not an integer`);
    const n = Number(text);
    if (n < min || n > max) throw new ConfigError(`Invalid value for ${key}: ${n} is outside ${min}..${max}`);
    return n;
  };
  const bool = (key: string, dflt: boolean): boolean => {
    const rawValue = props.get(key);
    if (rawValue === undefined || rawValue.trim() === '') return dflt;
    const v = rawValue.trim().toLowerCase();
    if (v !== 'true' && v !== 'false') throw new ConfigError(`Invalid value for ${key}: '${rawValue}' is not true or false`);
    return v === 'true';
  };
  const prefixed = (prefix: string): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [k, v] of props) if (k.startsWith(prefix) && !KNOWN_KEYS.has(k)) out[k.slice(prefix.length)] = v;
    return out;
  };

  const port = int('port', 8082, 0, 65535);
  const listenersText = str('listeners', '') || `http://0.0.0.0:${port}`;
  const listeners = listenersText
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((text) => parseListener(text, 'listeners'));

  const bootstrapServers = str('bootstrap.servers', '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(parseBootstrapServer);

  const registry = str('schema.registry.url', '');
  if (registry) {
    for (const u of registry.split(',')) {
      if (!/^https?:\/\/[^/\s]+/.test(u.trim())) {
        throw new ConfigError(`Invalid value for schema.registry.url: '${u.trim()}' is not an http(s) URL`);
      }
    }
  }

  const builtinListeners = str('schema.registry.builtin.listeners', '') || 'http://0.0.0.0:8081';
  const schemaRegistryBuiltinListeners = builtinListeners
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((text) => parseListener(text, 'schema.registry.builtin.listeners'));
  const schemaRegistryBuiltinTopic = str('schema.registry.builtin.topic', '') || '_schemas';
  if (!/^[a-zA-Z0-9._-]{1,249}$/.test(schemaRegistryBuiltinTopic)) {
    throw new ConfigError(
      `Invalid value for schema.registry.builtin.topic: '${schemaRegistryBuiltinTopic}' is not a valid topic name`,
    );
  }

  return {
    id: str('id', ''),
    listeners,
    hostName: str('host.name', ''),
    bootstrapServers,
    schemaRegistryUrl: registry || undefined,
    schemaRegistryBuiltinListeners,
    schemaRegistryBuiltinTopic,
    consumerInstanceTimeoutMs: int('consumer.instance.timeout.ms', 300000, 1),
    consumerRequestTimeoutMs: int('consumer.request.timeout.ms', 1000, 0),
    consumerRequestMaxBytes: int('consumer.request.max.bytes', 67108864, 1),
    consumerIteratorBackoffMs: int('consumer.iterator.backoff.ms', 50, 0),
    fetchMinBytes: int('fetch.min.bytes', -1, -1, 10000000),
    accessControlAllowOrigin: str('access.control.allow.origin', ''),
    accessControlAllowMethods: str('access.control.allow.methods', ''),
    debug: bool('debug', false),
    shutdownGracefulMs: int('shutdown.graceful.ms', 1000, 0),
    requestMaxBytes: int('request.max.bytes', 67108864, 1),
    embeddedKafkaDataDir: str('embedded.kafka.data.dir', '') || undefined,
    embeddedKafkaPort: int('embedded.kafka.port', 9092, 0, 65535),
    clientOverrides: prefixed('client.'),
    producerOverrides: prefixed('producer.'),
    consumerOverrides: prefixed('consumer.'),
    raw: props,
  };
}

function parseListener(text: string, key: string): Listener {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(`Invalid value for ${key}: '${text}' is not a URL such as http://0.0.0.0:8082`);
  }
  if (url.protocol === 'https:') {
    throw new ConfigError(`Invalid value for ${key}: '${text}': HTTPS listeners are not supported yet`);
  }
  if (url.protocol !== 'http:') {
    throw new ConfigError(`Invalid value for ${key}: '${text}' must start with http://`);
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = url.port === '' ? 80 : Number(url.port);
  return { protocol: 'http', host, port };
}

function parseBootstrapServer(text: string): string {
  const withoutProtocol = text.replace(/^[A-Za-z_]+:\/\//, '');
  if (!/^(\[[0-9a-fA-F:.]+\]|[^:\s/]+):\d{1,5}$/.test(withoutProtocol)) {
    throw new ConfigError(`Invalid value for bootstrap.servers: '${text}' is not host:port`);
  }
  return withoutProtocol;
}

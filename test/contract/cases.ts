/**
 * The contract cases: plain data, run by contract.test.ts against the Prism mock of the spec and
 * against the real server behind `prism proxy --errors`.
 *
 * Paths and bodies name placeholders (`{topic}`, `{readConsumer}`, …) that each target fills in:
 * the mock with the names used by the spec's examples, the real target with topics and consumer
 * instances arranged for the run. A consumer placeholder stands for `<group>/instances/<name>`.
 *
 * For the mock, a case that expects a non-2xx status is sent with `Prefer: code=<status>` (plus
 * `Prefer: example=<example>` when the case names one), so Prism answers from that response.
 */
import { MediaType } from '../../src/http/media-types.ts';
import type { OperationId } from '../../src/handlers/types.ts';

export interface CaseRequest {
  method: 'GET' | 'POST' | 'DELETE';
  /** Path with placeholders, query string included. */
  path: string;
  headers?: Record<string, string>;
  /** A string is sent as it is; anything else as its JSON text. */
  body?: unknown;
}

export type CaseTarget = 'both' | 'real' | 'mock';

export interface ContractCase {
  name: string;
  operationId: OperationId;
  request: CaseRequest;
  status: number;
  /** Where the case runs; `both` when absent. */
  target?: CaseTarget;
  /** The Content-Type the response must have, for cases about negotiation. */
  contentType?: string;
  /** The response has no body and no Content-Type although the spec declares a body for the status. */
  emptyBody?: true;
  /** Mock only: the named example Prism should answer with. */
  example?: string;
  /**
   * Set while the server answers this operation with 501: the real target skips the case and says
   * why. Delete the line to enable the case (CONTRACT_RUN_PENDING=1 runs them all regardless).
   */
  pending?: string;
  /**
   * The real target normally sends every case through `prism proxy --errors`. Cases that Prism's
   * request validation would refuse to forward go through a second Prism proxy started with
   * `--validate-request=false` (`unvalidated`: the response is still checked); cases whose
   * documented response the spec cannot express go straight to the server (`direct`).
   */
  prism?: { route: 'unvalidated' | 'direct'; reason: string };
}

const { V1_JSON, DEFAULT_JSON, JSON, OCTET_STREAM, BINARY_V1, JSON_V1, AVRO_V1 } = MediaType;

/** Not every response type is offered by every operation: these lists follow the spec. */
const METADATA_TYPES = [V1_JSON, DEFAULT_JSON, JSON];
const PARTITION_TYPES = [V1_JSON, DEFAULT_JSON, JSON, BINARY_V1, AVRO_V1];
const CONSUMER_TYPES = [V1_JSON, DEFAULT_JSON, JSON, BINARY_V1, AVRO_V1, JSON_V1];
/** Record reads: every type but avro and json decodes binary. */
const BINARY_READ_TYPES = [BINARY_V1, V1_JSON, DEFAULT_JSON, JSON];
/** Request Content-Types whose produce body is base64 binary. */
const BINARY_BODY_TYPES = [BINARY_V1, V1_JSON, DEFAULT_JSON, JSON, OCTET_STREAM];
const ALL_BODY_TYPES = [V1_JSON, DEFAULT_JSON, JSON, OCTET_STREAM, BINARY_V1, AVRO_V1, JSON_V1];

const NO_SCHEMA_REGISTRY = 'no schema registry in the contract run';

const UNLISTED_CONTENT_TYPE = {
  route: 'unvalidated',
  reason: 'Prism answers 422 itself for a Content-Type the operation does not list',
} as const;
const NOT_AN_INTEGER = {
  route: 'unvalidated',
  reason: 'Prism answers 422 itself for a parameter that is not an integer',
} as const;
const BODY_OUTSIDE_SCHEMA = {
  route: 'unvalidated',
  reason: 'Prism answers 422 itself for a body outside the schema',
} as const;
const OCTET_BODY = {
  route: 'unvalidated',
  reason: 'Prism reads an application/octet-stream body as a string, not as JSON',
} as const;
/** Prism's mock answers application/json to a request without Accept. */
const NO_ACCEPT = {
  route: 'direct',
  reason: 'Prism forwards a request without Accept as Accept: application/json, text/plain, */*',
} as const;
const MALFORMED_JSON = {
  route: 'unvalidated',
  reason: 'Prism answers malformed vendor JSON with its own 400; octet-stream bytes it forwards, but flags',
} as const;

const UNACCEPTABLE = { Accept: 'text/plain' };
const TEXT_BODY = { 'Content-Type': 'text/plain' };

const BINARY_RECORDS = {
  records: [{ key: 'b3JkZXItMQ==', value: 'eyJza3UiOiJBLTE3In0=' }, { value: 'aGVsbG8=' }],
};
const BINARY_TOPIC_RECORDS = { records: [...BINARY_RECORDS.records, { value: 'd29ybGQ=', partition: 1 }] };
const JSON_STRING_RECORDS = { records: [{ key: 'order-1', value: 'hello' }, { value: null }] };
const JSON_OBJECT_RECORDS = { records: [{ key: ['order', 1], value: { sku: 'A-17', qty: 2 } }] };
/** String values: Prism checks avro bodies against the binary schema, listed first. */
const AVRO_RECORDS = { value_schema: '"string"', records: [{ value: '/cart' }] };

type Headers = Record<string, string>;

const get = (path: string, headers?: Headers): CaseRequest => ({ method: 'GET', path, ...(headers && { headers }) });
const post = (path: string, contentType: string | undefined, body?: unknown, headers?: Headers): CaseRequest => ({
  method: 'POST',
  path,
  headers: { ...(contentType && { 'Content-Type': contentType }), ...headers },
  ...(body !== undefined && { body }),
});
const accept = (type: string): Headers => ({ Accept: type });

/** A success case per response type: `Accept: <type>` must be answered as `<type>`. */
function acceptEach(
  types: string[],
  operationId: OperationId,
  request: (headers: Headers) => CaseRequest,
  status = 200,
): ContractCase[] {
  return types.map((t) => ({ name: `Accept ${t}`, operationId, request: request(accept(t)), status, contentType: t }));
}

/**
 * A success case per request Content-Type. An octet-stream JSON body gets past neither Prism's
 * mock nor its request validation, so that one runs on the real target, unvalidated.
 */
function contentTypeEach(
  types: string[],
  name: string,
  operationId: OperationId,
  request: (contentType: string) => CaseRequest,
  status = 200,
): ContractCase[] {
  return types.map((t) => ({
    name: `${name} as ${t}`,
    operationId,
    request: request(t),
    status,
    ...(t === OCTET_STREAM && { target: 'real', prism: OCTET_BODY }),
  }));
}

const TOPIC = '/topics/{topic}';
const MISSING_TOPIC = '/topics/{missingTopic}';
const PARTITION = '/topics/{topic}/partitions/0';
/** Produce cases write to their own topic, so the read cases see only the records seeded for them. */
const PRODUCE_TOPIC = '/topics/{produceTopic}';
const PRODUCE_PARTITION = '/topics/{produceTopic}/partitions/1';
const MESSAGES = '/topics/{topic}/partitions/0/messages?offset=0&count=2';
const CREATE = '/consumers/{group}';
const COMMIT = '/consumers/{consumer}/offsets';
const READ = '/consumers/{readConsumer}/topics/{topic}';
const JSON_READ = '/consumers/{jsonConsumer}/topics/{topic}';

export const cases: ContractCase[] = [
  // GET /
  {
    name: 'no Accept: the v1 type',
    operationId: 'getRoot',
    request: get('/'),
    status: 200,
    contentType: V1_JSON,
    target: 'real',
    prism: NO_ACCEPT,
  },
  ...acceptEach(METADATA_TYPES, 'getRoot', (h) => get('/', h)),
  { name: 'unacceptable Accept: 406 without body', operationId: 'getRoot', request: get('/', UNACCEPTABLE), status: 406 },

  // GET /brokers
  ...acceptEach(METADATA_TYPES, 'listBrokers', (h) => get('/brokers', h)),
  {
    name: 'the Accept header of v1 clients',
    operationId: 'listBrokers',
    request: get('/brokers', { Accept: `${V1_JSON}, ${DEFAULT_JSON}; q=0.9, ${JSON}; q=0.8` }),
    status: 200,
    contentType: V1_JSON,
  },
  {
    name: 'an embedded type it does not offer: 406',
    operationId: 'listBrokers',
    request: get('/brokers', accept(BINARY_V1)),
    status: 406,
  },

  // GET /topics
  ...acceptEach(METADATA_TYPES, 'listTopics', (h) => get('/topics', h)),
  {
    name: 'the client q wins over the server weight',
    operationId: 'listTopics',
    request: get('/topics', { Accept: `${JSON};q=0.9, ${V1_JSON};q=0.5` }),
    status: 200,
    contentType: JSON,
  },
  {
    // Prism knows nothing of x-qs: on equal q it takes the first type of the Accept header.
    name: 'equal q: the server weight (x-qs) decides',
    operationId: 'listTopics',
    request: get('/topics', { Accept: `${JSON}, ${DEFAULT_JSON}` }),
    status: 200,
    contentType: DEFAULT_JSON,
    target: 'real',
  },
  {
    name: 'Accept */*: the highest weight',
    operationId: 'listTopics',
    request: get('/topics', { Accept: '*/*' }),
    status: 200,
    contentType: V1_JSON,
  },
  {
    name: 'Accept application/*: the highest weight',
    operationId: 'listTopics',
    request: get('/topics', { Accept: 'application/*' }),
    status: 200,
    contentType: V1_JSON,
  },
  {
    name: 'q=0 refuses a type: 406',
    operationId: 'listTopics',
    request: get('/topics', { Accept: `${V1_JSON};q=0, text/html` }),
    status: 406,
  },

  // GET /topics/{topic}
  ...acceptEach(METADATA_TYPES, 'getTopic', (h) => get(TOPIC, h)),
  { name: 'unknown topic: 40401', operationId: 'getTopic', request: get(MISSING_TOPIC), status: 404, example: 'topic_not_found' },
  {
    name: 'the error takes the negotiated type',
    operationId: 'getTopic',
    request: get(MISSING_TOPIC, accept(JSON)),
    status: 404,
    contentType: JSON,
  },
  {
    name: 'an embedded type it does not offer: 406',
    operationId: 'getTopic',
    request: get(TOPIC, accept(BINARY_V1)),
    status: 406,
  },

  // GET /topics/{topic}/partitions
  ...acceptEach(PARTITION_TYPES, 'listPartitions', (h) => get(`${TOPIC}/partitions`, h)),
  { name: 'unknown topic: 40401', operationId: 'listPartitions', request: get(`${MISSING_TOPIC}/partitions`), status: 404 },
  {
    name: 'the error takes an embedded type',
    operationId: 'listPartitions',
    request: get(`${MISSING_TOPIC}/partitions`, accept(AVRO_V1)),
    status: 404,
    contentType: AVRO_V1,
  },
  {
    name: 'json.v1 is not offered: 406',
    operationId: 'listPartitions',
    request: get(`${TOPIC}/partitions`, accept(JSON_V1)),
    status: 406,
  },

  // GET /topics/{topic}/partitions/{partition}
  ...acceptEach(PARTITION_TYPES, 'getPartition', (h) => get(PARTITION, h)),
  {
    name: 'unknown topic: 40401',
    operationId: 'getPartition',
    request: get(`${MISSING_TOPIC}/partitions/0`),
    status: 404,
    example: 'topic_not_found',
  },
  {
    name: 'unknown partition: 40402',
    operationId: 'getPartition',
    request: get(`${TOPIC}/partitions/99`),
    status: 404,
    example: 'partition_not_found',
  },
  {
    name: 'negative partition: 40402',
    operationId: 'getPartition',
    request: get(`${TOPIC}/partitions/-1`),
    status: 404,
    example: 'partition_not_found',
  },
  {
    name: 'partition that is not a number: 404',
    operationId: 'getPartition',
    request: get(`${TOPIC}/partitions/abc`),
    status: 404,
    target: 'real',
    prism: NOT_AN_INTEGER,
  },
  { name: 'json.v1 is not offered: 406', operationId: 'getPartition', request: get(PARTITION, accept(JSON_V1)), status: 406 },

  // POST /topics/{topic}
  ...contentTypeEach(BINARY_BODY_TYPES, 'base64 records', 'produceToTopic', (t) => post(PRODUCE_TOPIC, t, BINARY_TOPIC_RECORDS)),
  {
    name: 'json records with string values',
    operationId: 'produceToTopic',
    request: post(PRODUCE_TOPIC, JSON_V1, JSON_STRING_RECORDS),
    status: 200,
  },
  {
    name: 'json records with structured values',
    operationId: 'produceToTopic',
    request: post(PRODUCE_TOPIC, JSON_V1, JSON_OBJECT_RECORDS),
    status: 200,
    // Prism's mock rejects it too, answering from the 422 examples.
    target: 'real',
    prism: { route: 'unvalidated', reason: 'Prism checks every vendor +json body against the first schema listed (binary)' },
  },
  {
    name: `avro records (${NO_SCHEMA_REGISTRY})`,
    operationId: 'produceToTopic',
    request: post(PRODUCE_TOPIC, AVRO_V1, AVRO_RECORDS),
    status: 200,
    target: 'mock',
  },
  ...acceptEach(METADATA_TYPES, 'produceToTopic', (h) => post(PRODUCE_TOPIC, BINARY_V1, BINARY_RECORDS, h)),
  {
    name: 'malformed JSON: 400',
    operationId: 'produceToTopic',
    request: post(PRODUCE_TOPIC, OCTET_STREAM, '{"records": ['),
    status: 400,
    target: 'real',
    prism: MALFORMED_JSON,
  },
  {
    name: 'a record names a partition the topic lacks: 40402',
    operationId: 'produceToTopic',
    request: post(PRODUCE_TOPIC, BINARY_V1, { records: [{ value: 'aGVsbG8=', partition: 99 }] }),
    status: 404,
    example: 'partition_not_found',
  },
  {
    name: 'an embedded response type: 406',
    operationId: 'produceToTopic',
    request: post(PRODUCE_TOPIC, BINARY_V1, BINARY_RECORDS, accept(BINARY_V1)),
    status: 406,
  },
  {
    name: `schema registry failure (${NO_SCHEMA_REGISTRY})`,
    operationId: 'produceToTopic',
    request: post(PRODUCE_TOPIC, AVRO_V1, AVRO_RECORDS),
    status: 408,
    target: 'mock',
  },
  {
    name: 'text/plain: 415',
    operationId: 'produceToTopic',
    request: post(PRODUCE_TOPIC, undefined, JSON_STRING_RECORDS, TEXT_BODY),
    status: 415,
    prism: UNLISTED_CONTENT_TYPE,
  },
  {
    name: 'no records: 422',
    operationId: 'produceToTopic',
    request: post(PRODUCE_TOPIC, BINARY_V1, { records: [] }),
    status: 422,
    example: 'records_empty',
    prism: BODY_OUTSIDE_SCHEMA,
  },
  {
    name: 'unknown field: 422',
    operationId: 'produceToTopic',
    request: post(PRODUCE_TOPIC, BINARY_V1, { ...BINARY_RECORDS, headers: [] }),
    status: 422,
    example: 'unrecognized_field',
    prism: BODY_OUTSIDE_SCHEMA,
  },
  {
    name: 'negative record partition: 422',
    operationId: 'produceToTopic',
    request: post(PRODUCE_TOPIC, BINARY_V1, { records: [{ value: 'aGVsbG8=', partition: -1 }] }),
    status: 422,
    prism: BODY_OUTSIDE_SCHEMA,
  },
  {
    name: 'invalid base64: 422',
    operationId: 'produceToTopic',
    request: post(PRODUCE_TOPIC, BINARY_V1, { records: [{ value: 'not base64!' }] }),
    status: 422,
    example: 'invalid_base64',
  },

  // POST /topics/{topic}/partitions/{partition}
  ...contentTypeEach(BINARY_BODY_TYPES, 'base64 records', 'produceToPartition', (t) =>
    post(PRODUCE_PARTITION, t, BINARY_RECORDS),
  ),
  {
    name: 'json records with string values',
    operationId: 'produceToPartition',
    request: post(PRODUCE_PARTITION, JSON_V1, JSON_STRING_RECORDS),
    status: 200,
  },
  {
    name: `avro records (${NO_SCHEMA_REGISTRY})`,
    operationId: 'produceToPartition',
    request: post(PRODUCE_PARTITION, AVRO_V1, AVRO_RECORDS),
    status: 200,
    target: 'mock',
  },
  ...acceptEach(PARTITION_TYPES, 'produceToPartition', (h) => post(PRODUCE_PARTITION, BINARY_V1, BINARY_RECORDS, h)),
  {
    name: 'malformed JSON: 400',
    operationId: 'produceToPartition',
    request: post(PRODUCE_PARTITION, OCTET_STREAM, '{"records": ['),
    status: 400,
    target: 'real',
    prism: MALFORMED_JSON,
  },
  {
    name: 'unknown partition: 40402',
    operationId: 'produceToPartition',
    request: post(`${PRODUCE_TOPIC}/partitions/99`, BINARY_V1, BINARY_RECORDS),
    status: 404,
  },
  {
    name: 'partition that is not a number: 404',
    operationId: 'produceToPartition',
    request: post(`${PRODUCE_TOPIC}/partitions/abc`, BINARY_V1, BINARY_RECORDS),
    status: 404,
    target: 'real',
    prism: NOT_AN_INTEGER,
  },
  {
    name: 'json.v1 is not offered: 406',
    operationId: 'produceToPartition',
    request: post(PRODUCE_PARTITION, BINARY_V1, BINARY_RECORDS, accept(JSON_V1)),
    status: 406,
  },
  {
    name: `schema registry failure (${NO_SCHEMA_REGISTRY})`,
    operationId: 'produceToPartition',
    request: post(PRODUCE_PARTITION, AVRO_V1, AVRO_RECORDS),
    status: 408,
    target: 'mock',
  },
  {
    name: 'text/plain: 415',
    operationId: 'produceToPartition',
    request: post(PRODUCE_PARTITION, undefined, BINARY_RECORDS, TEXT_BODY),
    status: 415,
    prism: UNLISTED_CONTENT_TYPE,
  },
  {
    name: 'records naming a partition: 422',
    operationId: 'produceToPartition',
    request: post(PRODUCE_PARTITION, BINARY_V1, { records: [{ value: 'aGVsbG8=', partition: 0 }] }),
    status: 422,
    prism: BODY_OUTSIDE_SCHEMA,
  },

  // GET /topics/{topic}/partitions/{partition}/messages
  {
    name: 'no Accept: binary',
    operationId: 'readPartitionMessages',
    request: get(MESSAGES),
    status: 200,
    contentType: BINARY_V1,
    target: 'real',
    prism: NO_ACCEPT,
  },
  ...acceptEach([...BINARY_READ_TYPES, JSON_V1], 'readPartitionMessages', (h) => get(MESSAGES, h)),
  {
    // Partition 1 holds no records, so nothing needs an Avro schema.
    name: 'Accept avro on an empty partition',
    operationId: 'readPartitionMessages',
    request: get('/topics/{topic}/partitions/1/messages?offset=0&count=1', accept(AVRO_V1)),
    status: 200,
    contentType: AVRO_V1,
  },
  {
    name: 'q selects the json decoder',
    operationId: 'readPartitionMessages',
    request: get(MESSAGES, { Accept: `${JSON_V1};q=0.9, ${BINARY_V1};q=0.5` }),
    status: 200,
    contentType: JSON_V1,
  },
  {
    name: 'unknown topic: 40401',
    operationId: 'readPartitionMessages',
    request: get(`${MISSING_TOPIC}/partitions/0/messages?offset=0`),
    status: 404,
    example: 'topic_not_found',
  },
  {
    name: 'unknown partition: 40402',
    operationId: 'readPartitionMessages',
    request: get(`${TOPIC}/partitions/99/messages?offset=0`),
    status: 404,
    example: 'partition_not_found',
  },
  {
    name: 'offset that is not a number: 404',
    operationId: 'readPartitionMessages',
    request: get(`${TOPIC}/partitions/0/messages?offset=abc`),
    status: 404,
    target: 'real',
    prism: NOT_AN_INTEGER,
  },
  {
    name: 'unacceptable Accept: 406 without body',
    operationId: 'readPartitionMessages',
    request: get(MESSAGES, UNACCEPTABLE),
    status: 406,
  },
  {
    name: 'offset beyond the end of the log: 50002',
    operationId: 'readPartitionMessages',
    request: get(`${TOPIC}/partitions/0/messages?offset=1000`),
    status: 500,
    example: 'kafka_error',
  },

  // POST /consumers/{group}
  {
    name: 'no body: a binary consumer with defaults',
    operationId: 'createConsumer',
    request: post(CREATE, undefined),
    status: 200,
  },
  ...contentTypeEach(ALL_BODY_TYPES, 'settings', 'createConsumer', (t) =>
    post(CREATE, t, { 'auto.offset.reset': 'smallest', 'auto.commit.enable': 'false' }),
  ),
  ...acceptEach(CONSUMER_TYPES, 'createConsumer', (h) => post(CREATE, V1_JSON, { format: 'binary' }, h)),
  {
    name: 'malformed JSON: 400',
    operationId: 'createConsumer',
    request: post(CREATE, OCTET_STREAM, '{"name": '),
    status: 400,
    target: 'real',
    prism: MALFORMED_JSON,
  },
  {
    name: 'unacceptable Accept: 406 without body',
    operationId: 'createConsumer',
    request: post(CREATE, V1_JSON, {}, UNACCEPTABLE),
    status: 406,
  },
  {
    name: 'name already taken: 40902',
    operationId: 'createConsumer',
    request: post(CREATE, V1_JSON, { name: '{instance}' }),
    status: 409,
    example: 'consumer_exists',
  },
  {
    name: 'text/plain: 415',
    operationId: 'createConsumer',
    request: post(CREATE, undefined, {}, TEXT_BODY),
    status: 415,
    prism: UNLISTED_CONTENT_TYPE,
  },
  {
    name: 'unknown setting: 422',
    operationId: 'createConsumer',
    request: post(CREATE, V1_JSON, { 'consumer.timeout.ms': 100 }),
    status: 422,
    example: 'unrecognized_field',
    prism: BODY_OUTSIDE_SCHEMA,
  },
  {
    name: 'unknown format: 422',
    operationId: 'createConsumer',
    request: post(CREATE, V1_JSON, { format: 'protobuf' }),
    status: 422,
    example: 'invalid_format',
  },
  {
    name: 'setting rejected by the consumer: 42204',
    operationId: 'createConsumer',
    request: post(CREATE, V1_JSON, { 'auto.offset.reset': 'oldest' }),
    status: 422,
    example: 'invalid_consumer_config',
  },
  {
    name: 'fetch.min.bytes out of range: 40001',
    operationId: 'createConsumer',
    request: post(CREATE, V1_JSON, { 'fetch.min.bytes': 20_000_000 }),
    status: 422,
    example: 'constraint_violation',
  },

  // POST /consumers/{group}/instances/{instance}/offsets
  { name: 'no body, nothing read yet', operationId: 'commitOffsets', request: post(COMMIT, undefined), status: 200 },
  ...contentTypeEach(ALL_BODY_TYPES, 'ignored body', 'commitOffsets', (t) => post(COMMIT, t, {})),
  ...acceptEach(CONSUMER_TYPES, 'commitOffsets', (h) => post(COMMIT, undefined, undefined, h)),
  {
    name: 'unknown instance: 40403',
    operationId: 'commitOffsets',
    request: post('/consumers/{missingConsumer}/offsets', undefined),
    status: 404,
  },
  {
    name: 'unacceptable Accept: 406 without body',
    operationId: 'commitOffsets',
    request: post(COMMIT, undefined, undefined, UNACCEPTABLE),
    status: 406,
  },
  {
    name: 'text/plain: 415',
    operationId: 'commitOffsets',
    request: post(COMMIT, undefined, 'x', TEXT_BODY),
    status: 415,
    prism: UNLISTED_CONTENT_TYPE,
  },

  // DELETE /consumers/{group}/instances/{instance}
  {
    name: 'closes the instance: 204',
    operationId: 'deleteConsumer',
    request: { method: 'DELETE', path: '/consumers/{deletableConsumer}' },
    status: 204,
  },
  {
    name: 'an ignored body: 204',
    operationId: 'deleteConsumer',
    request: { method: 'DELETE', path: '/consumers/{deletableConsumer2}', headers: { 'Content-Type': V1_JSON }, body: {} },
    status: 204,
  },
  {
    name: 'unknown instance: 40403',
    operationId: 'deleteConsumer',
    request: { method: 'DELETE', path: '/consumers/{missingConsumer}' },
    status: 404,
  },
  {
    name: 'unacceptable Accept: 406 without body',
    operationId: 'deleteConsumer',
    request: { method: 'DELETE', path: '/consumers/{consumer}', headers: UNACCEPTABLE },
    status: 406,
  },
  {
    name: 'text/plain: 415',
    operationId: 'deleteConsumer',
    request: { method: 'DELETE', path: '/consumers/{consumer}', headers: TEXT_BODY, body: 'x' },
    status: 415,
    prism: UNLISTED_CONTENT_TYPE,
  },

  // GET /consumers/{group}/instances/{instance}/topics/{topic}
  {
    name: 'no Accept: binary',
    operationId: 'readTopic',
    request: get(READ),
    status: 200,
    contentType: BINARY_V1,
    target: 'real',
    prism: NO_ACCEPT,
  },
  ...acceptEach(BINARY_READ_TYPES, 'readTopic', (h) => get(READ, h)),
  {
    name: `Accept ${JSON_V1} for a json consumer`,
    operationId: 'readTopic',
    request: get(JSON_READ, accept(JSON_V1)),
    status: 200,
    contentType: JSON_V1,
  },
  {
    name: `Accept ${AVRO_V1} for an avro consumer (${NO_SCHEMA_REGISTRY})`,
    operationId: 'readTopic',
    request: get(READ, accept(AVRO_V1)),
    status: 200,
    contentType: AVRO_V1,
    target: 'mock',
  },
  {
    name: 'unknown instance: 40403',
    operationId: 'readTopic',
    request: get('/consumers/{missingConsumer}/topics/{topic}'),
    status: 404,
    example: 'consumer_not_found',
  },
  {
    name: 'unknown topic: 40401',
    operationId: 'readTopic',
    request: get('/consumers/{consumer}/topics/{missingTopic}'),
    status: 404,
    example: 'topic_not_found',
  },
  {
    name: 'max_bytes that is not a number: 404',
    operationId: 'readTopic',
    request: get(`${READ}?max_bytes=abc`),
    status: 404,
    target: 'real',
    prism: NOT_AN_INTEGER,
  },
  {
    name: 'Accept does not match the consumer format: 40601',
    operationId: 'readTopic',
    request: get(JSON_READ, accept(BINARY_V1)),
    status: 406,
    contentType: BINARY_V1,
    example: 'format_mismatch',
  },
  {
    name: 'unacceptable Accept: 406 without body',
    operationId: 'readTopic',
    request: get(READ, UNACCEPTABLE),
    status: 406,
    emptyBody: true,
    target: 'real',
    prism: {
      route: 'direct',
      reason: "the spec declares the 40601 body for readTopic's 406, so Prism flags the documented bodiless 406",
    },
  },
  {
    name: 'instance already reads another topic: 40901',
    operationId: 'readTopic',
    request: get('/consumers/{subscribedConsumer}/topics/{topic}'),
    status: 409,
    example: 'already_subscribed',
  },
  {
    // Cases run in this order: by now the instance has returned the seeded records.
    name: 'after reads: the committed positions',
    operationId: 'commitOffsets',
    request: post('/consumers/{readConsumer}/offsets', undefined),
    status: 200,
  },
];
/** A request per operation, for the mock-only cases below. */
const SAMPLE: Record<OperationId, CaseRequest> = {
  getRoot: get('/'),
  listBrokers: get('/brokers'),
  listTopics: get('/topics'),
  getTopic: get(TOPIC),
  listPartitions: get(`${TOPIC}/partitions`),
  getPartition: get(PARTITION),
  produceToTopic: post(PRODUCE_TOPIC, BINARY_V1, BINARY_RECORDS),
  produceToPartition: post(PRODUCE_PARTITION, BINARY_V1, BINARY_RECORDS),
  readPartitionMessages: get(MESSAGES),
  createConsumer: post(CREATE, undefined),
  commitOffsets: post(COMMIT, undefined),
  deleteConsumer: { method: 'DELETE', path: '/consumers/{consumer}' },
  readTopic: get(READ),
};

// A 500 cannot be provoked on purpose; the mock still shows that its documented bodies fit the spec.
for (const [operationId, request] of Object.entries(SAMPLE) as [OperationId, CaseRequest][]) {
  cases.push({ name: 'unexpected failure (cannot be provoked)', operationId, request, status: 500, target: 'mock' });
}

// 503 needs a cluster that cannot be reached, which the contract run does not have; the
// integration tests provoke it (test/integration/start.test.ts). Produce reports an unreachable
// cluster per record instead, and the root operation does not talk to Kafka.
const NO_BROKER_503 = new Set<OperationId>(['getRoot', 'produceToTopic', 'produceToPartition']);
for (const [operationId, request] of Object.entries(SAMPLE) as [OperationId, CaseRequest][]) {
  if (NO_BROKER_503.has(operationId)) continue;
  cases.push({ name: 'no broker reachable (not provoked here)', operationId, request, status: 503, target: 'mock' });
}

/** What the placeholders stand for on the mock: the names used by the spec's examples. */
export const MOCK_VALUES: Record<string, string> = {
  topic: 'orders',
  produceTopic: 'orders',
  missingTopic: 'no_such_topic',
  group: 'analytics',
  instance: 'dashboard-1',
  consumer: 'analytics/instances/dashboard-1',
  readConsumer: 'analytics/instances/dashboard-1',
  jsonConsumer: 'analytics/instances/dashboard-2',
  subscribedConsumer: 'analytics/instances/dashboard-3',
  deletableConsumer: 'analytics/instances/dashboard-4',
  deletableConsumer2: 'analytics/instances/dashboard-5',
  missingConsumer: 'analytics/instances/no-such-instance',
};

export function runsOn(c: ContractCase, target: 'mock' | 'real'): boolean {
  return (c.target ?? 'both') === 'both' || c.target === target;
}

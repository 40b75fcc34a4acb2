/**
 * The project's own Spectral rules (openapi/spectral.yaml, prefixed `krp-`). Each rule gets a
 * small document that breaks it and must be reported, next to a document that follows every
 * rule and must come out clean. All fixtures are linted in one Spectral CLI run, with the same
 * ruleset file `npm run lint:spec` uses.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));
const spectral = join(root, 'node_modules', '.bin', 'spectral');
const ruleset = join(root, 'openapi', 'spectral.yaml');

type Doc = Record<string, any>;

interface LintResult {
  code: string;
  message: string;
  path: string[];
  severity: number;
  source?: string;
}

const errorRef = { $ref: '#/components/schemas/ErrorMessage' };

/** A small document that satisfies the whole ruleset. */
function goodDocument(): Doc {
  return {
    openapi: '3.0.3',
    info: {
      title: 'Fixture',
      version: '1.0.0',
      description: 'A small API used to exercise the lint rules.',
      contact: { name: 'Fixture maintainers' },
      license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
    },
    servers: [{ url: 'http://localhost:8082' }],
    tags: [{ name: 'Consumers', description: 'Consumer instances.' }],
    paths: {
      '/consumers/{group_name}': {
        parameters: [
          {
            name: 'group_name',
            in: 'path',
            required: true,
            description: 'Consumer group.',
            schema: { type: 'string' },
          },
        ],
        post: {
          operationId: 'createConsumer',
          tags: ['Consumers'],
          summary: 'Create a consumer',
          description: 'Creates a consumer instance in the group.',
          requestBody: {
            required: false,
            content: {
              'application/vnd.kafka.v1+json': {
                schema: { $ref: '#/components/schemas/ConsumerConfig' },
                example: { format: 'binary', 'auto.offset.reset': 'smallest' },
              },
            },
          },
          responses: {
            '200': {
              description: 'Created.',
              content: {
                'application/vnd.kafka.v1+json': {
                  'x-qs': 0.9,
                  schema: { $ref: '#/components/schemas/ConsumerInstance' },
                  example: { instance_id: 'c1', base_uri: 'http://localhost:8082/consumers/g/instances/c1' },
                },
                'application/vnd.kafka.binary.v1+json': {
                  'x-qs': 1,
                  schema: { $ref: '#/components/schemas/ConsumerInstance' },
                  examples: {
                    created: {
                      value: { instance_id: 'c1', base_uri: 'http://localhost:8082/consumers/g/instances/c1' },
                    },
                  },
                },
              },
            },
            '406': { description: 'Nothing acceptable; no body.' },
            '409': {
              description: 'Name taken.',
              content: {
                'application/vnd.kafka.v1+json': {
                  'x-qs': 0.9,
                  schema: errorRef,
                  example: { error_code: 40902, message: 'Consumer already exists.' },
                },
              },
            },
            '500': { $ref: '#/components/responses/InternalError' },
          },
        },
      },
    },
    components: {
      schemas: {
        ErrorMessage: {
          type: 'object',
          required: ['error_code', 'message'],
          properties: { error_code: { type: 'integer' }, message: { type: 'string' } },
        },
        ConsumerConfig: {
          type: 'object',
          properties: {
            format: { type: 'string' },
            'auto.offset.reset': { type: 'string' },
            'consumer.request.timeout.ms': { type: 'integer' },
          },
        },
        ConsumerInstance: {
          type: 'object',
          properties: { instance_id: { type: 'string' }, base_uri: { type: 'string' } },
        },
      },
      responses: {
        InternalError: {
          description: 'Unexpected failure.',
          content: {
            'application/vnd.kafka.v1+json': {
              'x-qs': 0.9,
              schema: errorRef,
              example: { error_code: 50002, message: 'Kafka error: boom' },
            },
          },
        },
      },
    },
  };
}

type Operation = Doc;
const operation = (doc: Doc): Operation => doc.paths['/consumers/{group_name}'].post;

/** One broken document per rule; `count` is how many findings of that rule it must produce. */
const broken: Record<string, { count: number; build: (doc: Doc) => void }> = {
  'krp-operation-id-camel': {
    count: 2,
    build(doc) {
      operation(doc).operationId = 'create_consumer';
      doc.paths['/consumers/{group_name}'].delete = {
        ...structuredClone(operation(doc)),
        operationId: 'DeleteConsumer',
        requestBody: undefined,
      };
    },
  },
  'krp-media-example': {
    count: 3,
    build(doc) {
      delete operation(doc).requestBody.content['application/vnd.kafka.v1+json'].example;
      delete operation(doc).responses['200'].content['application/vnd.kafka.binary.v1+json'].examples;
      delete doc.components.responses.InternalError.content['application/vnd.kafka.v1+json'].example;
    },
  },
  'krp-error-schema': {
    count: 3,
    build(doc) {
      // an inline copy of the error schema is not the shared one
      operation(doc).responses['409'].content['application/vnd.kafka.v1+json'].schema = structuredClone(
        doc.components.schemas.ErrorMessage,
      );
      // a shared response that points at another schema
      doc.components.responses.InternalError.content['application/vnd.kafka.v1+json'].schema = {
        $ref: '#/components/schemas/ConsumerInstance',
      };
      // an error media type without any schema
      operation(doc).responses['409'].content['application/json'] = {
        'x-qs': 0.5,
        example: { error_code: 40902, message: 'taken' },
      };
    },
  },
  'krp-snake-case-properties': {
    count: 3,
    build(doc) {
      const props = doc.components.schemas.ConsumerInstance.properties;
      props.instanceId = { type: 'string' };
      props['Auto.Commit.Enable'] = { type: 'string' };
      operation(doc).responses['200'].content['application/vnd.kafka.v1+json'].schema = {
        type: 'object',
        properties: { nested: { type: 'object', properties: { 'base-uri': { type: 'string' } } } },
      };
    },
  },
  'krp-no-version-in-path': {
    count: 2,
    build(doc) {
      doc.paths['/v1/consumers/{group_name}'] = doc.paths['/consumers/{group_name}'];
      delete doc.paths['/consumers/{group_name}'];
      doc.paths['/topics/v2.1'] = {
        get: {
          operationId: 'listTopics',
          tags: ['Consumers'],
          summary: 'List',
          description: 'Lists.',
          responses: { '204': { description: 'Nothing.' } },
        },
      };
    },
  },
  'krp-qs-on-response-media': {
    count: 4,
    build(doc) {
      const content = operation(doc).responses['200'].content;
      delete content['application/vnd.kafka.v1+json']['x-qs'];
      content['application/vnd.kafka.binary.v1+json']['x-qs'] = 1.5;
      operation(doc).responses['409'].content['application/vnd.kafka.v1+json']['x-qs'] = '0.9';
      doc.components.responses.InternalError.content['application/vnd.kafka.v1+json']['x-qs'] = 0;
    },
  },
};

let dir: string;
const results = new Map<string, LintResult[]>();

function fixturePath(name: string): string {
  return join(dir, `${name}.yaml`);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'spectral-rules-'));
  writeFileSync(fixturePath('good'), stringify(goodDocument()));
  for (const [rule, { build }] of Object.entries(broken)) {
    const doc = goodDocument();
    build(doc);
    writeFileSync(fixturePath(rule), stringify(JSON.parse(JSON.stringify(doc))));
  }

  const files = ['good', ...Object.keys(broken)].map(fixturePath);
  const run = spawnSync(spectral, ['lint', '--ruleset', ruleset, '--format', 'json', ...files], {
    cwd: root,
    encoding: 'utf8',
  });
  if (run.error) throw run.error;
  const start = run.stdout.indexOf('[');
  if (start < 0) throw new Error(`spectral printed no JSON:\n${run.stdout}\n${run.stderr}`);
  const all = JSON.parse(run.stdout.slice(start)) as LintResult[];
  for (const file of files) results.set(file, []);
  for (const result of all) {
    const list = results.get(result.source ?? '');
    if (list === undefined) throw new Error(`result for an unexpected file: ${JSON.stringify(result)}`);
    list.push(result);
  }
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function findings(fixture: string, rule?: string): LintResult[] {
  const list = results.get(fixturePath(fixture)) ?? [];
  return rule === undefined ? list : list.filter((r) => r.code === rule);
}

describe('spectral ruleset', () => {
  it('reports nothing for a document that follows every rule', () => {
    expect(findings('good')).toEqual([]);
  });

  for (const [rule, { count }] of Object.entries(broken)) {
    it(`${rule} fires on a breaking document and stays quiet on a good one`, () => {
      const found = findings(rule, rule);
      expect(found, JSON.stringify(findings(rule), null, 2)).toHaveLength(count);
      for (const result of found) {
        expect(result.severity).toBe(0); // 0 = error
        expect(result.message).not.toMatch(/\[object Object\]|{{/);
      }
      expect(findings('good', rule)).toEqual([]);
    });
  }
});

/**
 * The contract cases (cases.ts) against two targets: Prism mocking the spec, and the real server
 * (in-process, on the test run's Kafka) behind `prism proxy --errors`.
 *
 * Cases marked `pending` are skipped on the real target; CONTRACT_RUN_PENDING=1 runs them anyway
 * and skips only those the server still answers with 501.
 */
import kafkajs from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MediaType } from '../../src/http/media-types.ts';
import { nativeKafka, createTopic, startProxy, uniqueName, type TestProxy } from '../integration/harness.ts';
import { cases, MOCK_VALUES, runsOn, type ContractCase } from './cases.ts';
import {
  check,
  essence,
  fillRequest,
  loadSpec,
  mockTarget,
  realTarget,
  send,
  stopAllPrism,
  type Outcome,
  type Spec,
  type Target,
} from './runner.ts';

const RUN_PENDING = process.env.CONTRACT_RUN_PENDING === '1';

let spec: Spec;
beforeAll(async () => {
  spec = await loadSpec();
});

describe('the cases', () => {
  it('give every operation a success case', () => {
    const missing = [...spec.operations.keys()].filter(
      (id) => !cases.some((c) => c.operationId === id && c.status >= 200 && c.status < 300),
    );
    expect(missing).toEqual([]);
  });

  it('give every documented status of every operation a case', () => {
    const missing: string[] = [];
    for (const [id, op] of spec.operations) {
      for (const status of Object.keys(op.responses)) {
        if (!cases.some((c) => c.operationId === id && String(c.status) === status)) missing.push(`${id} ${status}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('send the method and path of the operation they name', () => {
    const wrong: string[] = [];
    for (const c of cases) {
      const op = spec.operations.get(c.operationId);
      const path = fillRequest(c.request, MOCK_VALUES).path.split('?')[0]!;
      const template = new RegExp(`^${op?.path.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      if (!op || op.method !== c.request.method.toLowerCase() || !template.test(path)) wrong.push(`${c.operationId}: ${c.name}`);
    }
    expect(wrong).toEqual([]);
  });

  it('send request bodies that follow the contract when they expect success', () => {
    const invalid: string[] = [];
    for (const c of cases.filter((c) => c.status < 300 && c.request.body !== undefined)) {
      const contentType = Object.entries(c.request.headers ?? {}).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
      const body: unknown = JSON.parse(fillRequest(c.request, MOCK_VALUES).body as string);
      const problem = spec.validateRequest(c.operationId, essence(contentType ?? MediaType.OCTET_STREAM), body);
      if (problem) invalid.push(`${c.operationId}: ${c.name}: ${problem}`);
    }
    expect(invalid).toEqual([]);
  });
});

/** Two records on partition 0 whose keys and values are JSON strings, so every decoder can read them. */
async function seed(topic: string): Promise<void> {
  const kafka = nativeKafka('contract-seed');
  const producer = kafka.producer({ createPartitioner: kafkajs.Partitioners.DefaultPartitioner });
  await producer.connect();
  try {
    await producer.send({
      topic,
      messages: [
        { partition: 0, key: '"order-1"', value: '"hello"' },
        { partition: 0, key: null, value: '"world"' },
      ],
    });
  } finally {
    await producer.disconnect();
  }
}

/** Consumer instances for the consumer cases, created through the server. */
async function arrangeConsumers(serverUrl: string, values: Record<string, string>, otherTopic: string): Promise<void> {
  const create = async (consumer: string, format: string) => {
    const [group, , name] = consumer.split('/');
    const reply = await send(serverUrl, {
      method: 'POST',
      path: `/consumers/${group}`,
      headers: { 'Content-Type': MediaType.V1_JSON },
      body: { name, format, 'auto.offset.reset': 'smallest', 'consumer.request.timeout.ms': 300 },
    });
    if (reply.status !== 200) throw new Error(`Could not create consumer ${consumer}: ${reply.status} ${reply.text}`);
  };
  await Promise.all([
    create(values.consumer!, 'binary'),
    create(values.readConsumer!, 'binary'),
    create(values.jsonConsumer!, 'json'),
    create(values.subscribedConsumer!, 'binary'),
    create(values.deletableConsumer!, 'binary'),
    create(values.deletableConsumer2!, 'binary'),
  ]);
  const read = await send(serverUrl, {
    method: 'GET',
    path: `/consumers/${values.subscribedConsumer}/topics/${otherTopic}`,
    headers: { Accept: MediaType.BINARY_V1 },
  });
  if (read.status !== 200) throw new Error(`Could not subscribe ${values.subscribedConsumer}: ${read.status} ${read.text}`);
}

/** Real state for the placeholders: unique topics and consumer instances. */
async function arrange(serverUrl: string): Promise<Record<string, string>> {
  const topic = uniqueName('contract');
  const produceTopic = uniqueName('contract-produce');
  const otherTopic = uniqueName('contract-other');
  await Promise.all([createTopic(topic, 2), createTopic(produceTopic, 2), createTopic(otherTopic)]);
  await seed(topic);
  const group = uniqueName('contract-group');
  const instance = uniqueName('instance');
  const consumer = (prefix: string) => `${uniqueName(prefix)}/instances/${uniqueName('instance')}`;
  const values: Record<string, string> = {
    topic,
    produceTopic,
    missingTopic: uniqueName('contract-missing'),
    group,
    instance,
    consumer: `${group}/instances/${instance}`,
    readConsumer: consumer('contract-read'),
    jsonConsumer: consumer('contract-json'),
    subscribedConsumer: consumer('contract-subscribed'),
    deletableConsumer: consumer('contract-delete'),
    deletableConsumer2: consumer('contract-delete'),
    missingConsumer: consumer('contract-missing'),
  };
  await arrangeConsumers(serverUrl, values, otherTopic);
  return values;
}

function describeOutcome(c: ContractCase, target: Target, { reply, upstreamStatus }: Outcome): string {
  const req = fillRequest(c.request, target.values);
  const body = req.body === undefined ? '' : ` ${String(req.body).slice(0, 300)}`;
  const lines = [
    `${req.method} ${req.path} ${JSON.stringify(req.headers ?? {})}${body}`,
    `→ ${reply.status} ${reply.headers['content-type'] ?? '(no Content-Type)'} ${reply.text.slice(0, 500)}`,
  ];
  if (target.kind === 'real') {
    const route = c.prism?.route ?? 'prism proxy --errors';
    lines.push(`server answered ${upstreamStatus ?? '(not forwarded)'}; via ${route}`);
  }
  return lines.join('\n');
}

describe.each(['mock', 'real'] as const)('%s target', (kind) => {
  let target: Target | undefined;
  let proxy: TestProxy | undefined;

  beforeAll(async () => {
    if (kind === 'mock') {
      target = await mockTarget(MOCK_VALUES);
    } else {
      proxy = await startProxy();
      target = await realTarget(proxy.url, await arrange(proxy.url));
    }
  });

  afterAll(async () => {
    try {
      await target?.stop();
    } finally {
      await stopAllPrism();
      await proxy?.close();
    }
  });

  for (const c of cases.filter((c) => runsOn(c, kind))) {
    const pending = kind === 'real' && c.pending !== undefined;
    const skip = pending && !RUN_PENDING;
    const title = `${c.operationId} ${c.status}: ${c.name}${skip ? ` [pending: ${c.pending}]` : ''}`;
    (skip ? it.skip : it)(title, async (ctx) => {
      const outcome = await target!.run(c);
      if (pending && outcome.upstreamStatus === 501) ctx.skip(`still pending: ${c.pending}`);
      expect(check(spec, kind, c, outcome), describeOutcome(c, target!, outcome)).toEqual([]);
    });
  }
});

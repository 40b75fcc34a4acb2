/**
 * Consumer instances: create, read a topic, commit offsets, delete.
 */
import type { Services } from './index.ts';
import type { Handlers, OperationInput, SuccessBodyOf } from './types.ts';

/**
 * The absolute URL of an instance: the URL the create request was sent to plus
 * `/instances/<id>`, with the host replaced by `host.name` when that is configured (the port
 * stays), so that clients behind a load balancer reach the process that holds the instance.
 */
export function instanceBaseUri(origin: OperationInput<'createConsumer'>['origin'], hostName: string, instanceId: string): string {
  let host = origin.host;
  if (hostName) {
    const port = /^(?:\[[^\]]*\]|[^:]*)(?::(\d+))?$/.exec(origin.host)?.[1];
    const name = hostName.includes(':') && !hostName.startsWith('[') ? `[${hostName}]` : hostName;
    host = port ? `${name}:${port}` : name;
  }
  const path = origin.path.replace(/\/+$/, '');
  return `${origin.protocol}://${host}${path}/instances/${encodeURIComponent(instanceId)}`;
}

export function consumerHandlers({ consumers, codecs, hostName }: Services) {
  return {
    async createConsumer({ params, body, origin }) {
      const instanceId = await consumers.create(params.group_name, {
        name: body?.name,
        id: body?.id,
        format: body?.format,
        autoOffsetReset: body?.['auto.offset.reset'],
        autoCommitEnable: body?.['auto.commit.enable'],
        fetchMinBytes: body?.['fetch.min.bytes'],
        requestTimeoutMs: body?.['consumer.request.timeout.ms'],
      });
      return { instance_id: instanceId, base_uri: instanceBaseUri(origin, hostName, instanceId) };
    },
    async readTopic({ params, responseFormat }) {
      const records = await consumers.read(params.group_name, params.instance_id, params.topic_name, {
        format: responseFormat,
        decode: (raw) => codecs[responseFormat].decode(raw),
        maxBytes: params.max_bytes ?? -1,
      });
      return records.map((r) => ({
        topic: r.topic,
        key: r.key,
        value: r.value,
        partition: r.partition,
        offset: r.offset,
      })) as SuccessBodyOf<'readTopic'>;
    },
    async commitOffsets({ params }) {
      return consumers.commit(params.group_name, params.instance_id);
    },
    async deleteConsumer({ params }) {
      await consumers.delete(params.group_name, params.instance_id);
    },
  } satisfies Partial<Handlers>;
}

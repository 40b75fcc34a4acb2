// Generated from the OpenAPI document by `npm run generate`. Do not edit.

export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check that the proxy is up
         * @description Returns an empty JSON object. Use it as a cheap liveness probe: it touches neither Kafka
         *     nor the schema registry.
         */
        get: operations["getRoot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/brokers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List broker ids
         * @description Returns the ids of the brokers currently registered in the Kafka cluster, as reported by
         *     the cluster metadata.
         */
        get: operations["listBrokers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List topic names
         * @description Returns the names of all topics visible to the proxy, sorted in ascending order. Topics
         *     that Kafka uses internally, such as `__consumer_offsets`, are left out.
         */
        get: operations["listTopics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/topics/{topic_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the topic.
                 * @example page_views
                 */
                topic_name: components["parameters"]["TopicName"];
            };
            cookie?: never;
        };
        /**
         * Describe a topic
         * @description Returns the topic's name, its configuration as a map of string values, and the leader
         *     and replicas of each partition. `configs` holds the effective topic configuration.
         *     A partition that currently has no leader is reported with `leader: -1`.
         */
        get: operations["getTopic"];
        put?: never;
        /**
         * Produce records to a topic
         * @description Writes a batch of records to the topic. The request Content-Type selects how keys and
         *     values are read:
         *
         *     - `application/vnd.kafka.binary.v1+json` and the generic types
         *       (`application/vnd.kafka.v1+json`, `application/vnd.kafka+json`, `application/json`,
         *       `application/octet-stream`): base64 strings, stored as the decoded bytes;
         *     - `application/vnd.kafka.json.v1+json`: any JSON value, stored as its JSON text;
         *     - `application/vnd.kafka.avro.v1+json`: Avro JSON encoding, checked against the key and
         *       value schemas and stored in the schema-registry wire format. Give each schema either
         *       inline (`key_schema`, `value_schema`; it is registered under the subject
         *       `<topic>-key` or `<topic>-value`) or by id (`key_schema_id`, `value_schema_id`, which
         *       takes precedence). The ids used are returned in the response.
         *
         *     A record may name its `partition`; otherwise the key decides the partition, and records
         *     without a key are spread over the partitions.
         *
         *     The response has one `offsets` entry per record, in request order. **The request
         *     succeeds with `200` even if some or all records could not be written**: such a record's
         *     entry has `partition` and `offset` set to `null` and carries `error_code` (50002, or 50003
         *     when the failure is retriable) and `error`. A missing topic is not an error here: it is
         *     created if the brokers allow automatic creation, otherwise every record fails.
         *
         *     Avro requests are checked before anything is written (missing schemas, then schema
         *     resolution, then every record), so one bad record fails the whole request and nothing is
         *     produced.
         *
         *     Only the plain v1 response types are offered; an `Accept` header that asks only for an
         *     embedded type (for example `application/vnd.kafka.binary.v1+json`) gets a `406`.
         */
        post: operations["produceToTopic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/topics/{topic_name}/partitions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the topic.
                 * @example page_views
                 */
                topic_name: components["parameters"]["TopicName"];
            };
            cookie?: never;
        };
        /**
         * List the partitions of a topic
         * @description Returns every partition of the topic with its leader and replicas. The replica list
         *     includes the leader and is in assignment order; `in_sync` tells whether a replica is part
         *     of the in-sync replica set.
         */
        get: operations["listPartitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/topics/{topic_name}/partitions/{partition_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the topic.
                 * @example page_views
                 */
                topic_name: components["parameters"]["TopicName"];
                /**
                 * @description Id of the partition. A value that is not an integer is answered with 404; a negative
                 *     one is not found (40402).
                 * @example 0
                 */
                partition_id: components["parameters"]["PartitionId"];
            };
            cookie?: never;
        };
        /**
         * Describe one partition
         * @description Returns the leader and replicas of one partition of the topic. The topic is checked
         *     first (40401), then the partition (40402); negative partition ids are simply not found.
         */
        get: operations["getPartition"];
        put?: never;
        /**
         * Produce records to one partition
         * @description Writes a batch of records to the partition in the path. Everything said for
         *     [produceToTopic](#operation/produceToTopic) applies (Content-Type selects the embedded
         *     format, per-record failures are reported in a `200` response, Avro records are all
         *     checked before anything is written), with two differences:
         *
         *     - records must not carry a `partition` field; sending one is rejected with 422;
         *     - when the topic exists but the partition does not, the request fails with 404/40402
         *       before anything is written. When the topic itself does not exist there is no such
         *       check.
         *
         *     Unlike topic produce, this operation also offers the binary and avro embedded types as
         *     (low-weight) response types.
         */
        post: operations["produceToPartition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/topics/{topic_name}/partitions/{partition_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the topic.
                 * @example page_views
                 */
                topic_name: components["parameters"]["TopicName"];
                /**
                 * @description Id of the partition. A value that is not an integer is answered with 404; a negative
                 *     one is not found (40402).
                 * @example 0
                 */
                partition_id: components["parameters"]["PartitionId"];
            };
            cookie?: never;
        };
        /**
         * Read records from a partition by offset
         * @description Fetches up to `count` records of one partition, starting at `offset`, straight from the
         *     partition leader. No consumer group is involved and no offsets are committed, so the call
         *     can be repeated freely. Fewer than `count` records come back when the end of the log is
         *     reached; an `offset` exactly at the end of the log returns `[]`, and a `count` of zero or
         *     less returns `[]` once the topic, partition and leader checks have passed.
         *
         *     The `Accept` type chooses the decoder: `application/vnd.kafka.avro.v1+json` decodes Avro,
         *     `application/vnd.kafka.json.v1+json` parses JSON, and everything else (including no
         *     `Accept` header) returns keys and values as base64. The error body of a failed read uses
         *     the same negotiated type.
         */
        get: operations["readPartitionMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consumers/{group_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the consumer group.
                 * @example analytics
                 */
                group_name: components["parameters"]["GroupName"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a consumer instance in a group
         * @description Creates a consumer instance that joins the consumer group `group_name` and returns its
         *     id together with the `base_uri` to use for every later request about it (commit, read,
         *     delete). Because an instance lives only in the proxy process that created it, clients
         *     behind a load balancer must follow `base_uri`.
         *
         *     The body is optional; an empty body, no body or `null` create a binary consumer with
         *     default settings. The instance name is `id` if given, otherwise `name`, otherwise a
         *     generated name of the form `rest-consumer-<uuid>` (with the proxy's configured id
         *     inserted before the uuid when one is set). A name already in use in the group on this
         *     proxy gets 409/40902.
         *
         *     Offsets are committed only by [commitOffsets](#operation/commitOffsets) unless
         *     `auto.commit.enable` is `"true"`. Settings the Kafka consumer rejects fail with 42204;
         *     `fetch.min.bytes` outside -1 to 10000000 fails with 40001; an unknown `format` fails
         *     with 422 `Invalid format type.`.
         */
        post: operations["createConsumer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consumers/{group_name}/instances/{instance_id}/offsets": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the consumer group.
                 * @example analytics
                 */
                group_name: components["parameters"]["GroupName"];
                /**
                 * @description The `instance_id` returned when the consumer instance was created.
                 * @example dashboard-1
                 */
                instance_id: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Commit the offsets a consumer instance has returned
         * @description Synchronously commits, for every topic this instance has read, the position after the
         *     last record it has returned to the client. Records that were fetched but not yet returned
         *     are not covered.
         *
         *     The response has one entry per topic partition from which the instance has returned at
         *     least one record; `consumed` is the offset of the last record returned (not the next
         *     offset to read), and `committed` equals it after a successful commit. An instance that
         *     has returned nothing yet answers `[]`.
         *
         *     Any request body is accepted and ignored; most clients send none.
         */
        post: operations["commitOffsets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consumers/{group_name}/instances/{instance_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the consumer group.
                 * @example analytics
                 */
                group_name: components["parameters"]["GroupName"];
                /**
                 * @description The `instance_id` returned when the consumer instance was created.
                 * @example dashboard-1
                 */
                instance_id: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a consumer instance
         * @description Closes the consumer instance: it leaves its group, which lets the remaining members take
         *     over its partitions, and its name becomes free again. To keep the group's progress,
         *     commit with [commitOffsets](#operation/commitOffsets) before deleting.
         *
         *     Any request body is accepted and ignored.
         */
        delete: operations["deleteConsumer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consumers/{group_name}/instances/{instance_id}/topics/{topic_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the consumer group.
                 * @example analytics
                 */
                group_name: components["parameters"]["GroupName"];
                /**
                 * @description The `instance_id` returned when the consumer instance was created.
                 * @example dashboard-1
                 */
                instance_id: components["parameters"]["InstanceId"];
                /**
                 * @description Name of the topic.
                 * @example page_views
                 */
                topic_name: components["parameters"]["TopicName"];
            };
            cookie?: never;
        };
        /**
         * Read records from a topic with a consumer instance
         * @description Returns the next records of the topic for this consumer instance. The first read
         *     subscribes the instance to the topic, which may make the group rebalance. An instance
         *     reads exactly one topic; reading a different topic later fails with 409/40901.
         *
         *     The `Accept` type must match the `format` the instance was created with:
         *     `application/vnd.kafka.avro.v1+json` for avro, `application/vnd.kafka.json.v1+json`
         *     for json, and any of the other types (or no `Accept` header) for binary. A mismatch is
         *     answered with 406/40601.
         *
         *     A read collects records until the consumer request timeout (1 second by default) has
         *     passed, until the next record would bring the total key and value size up to the byte
         *     limit (`max_bytes`, capped by the server's own limit), or, when the instance has a
         *     positive `fetch.min.bytes`, once more than that many bytes have been collected. An idle
         *     topic therefore answers `[]` after about one timeout. Records are counted as consumed,
         *     and become eligible for [commitOffsets](#operation/commitOffsets), only when a read
         *     succeeds; records taken by a read that then failed are returned first by the next read.
         *
         *     Checks are made in this order: the instance exists (40403), the `Accept` type matches
         *     the format (40601), the topic exists (40401).
         */
        get: operations["readTopic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The body of every error response. */
        ErrorMessage: {
            /**
             * Format: int32
             * @description A five-digit code whose first three digits are the HTTP status (for example 40401),
             *     or the bare HTTP status for errors raised by the HTTP layer (for example 415).
             */
            error_code: number;
            /** @description A human-readable explanation. */
            message: string;
        };
        /** @description An empty JSON object. */
        Empty: Record<string, never>;
        BrokerList: {
            /** @description Ids of the brokers in the cluster. */
            brokers: number[];
        };
        /** @description Topic names in ascending order. */
        TopicNames: string[];
        Topic: {
            /** @description Name of the topic. */
            name: string;
            /** @description The topic's configuration; every value is a string. */
            configs: {
                [key: string]: string;
            };
            /** @description Every partition of the topic. */
            partitions: components["schemas"]["Partition"][];
        };
        PartitionList: components["schemas"]["Partition"][];
        Partition: {
            /**
             * Format: int32
             * @description Id of the partition.
             */
            partition: number;
            /**
             * Format: int32
             * @description Broker id of the current leader, or -1 when the partition has no leader.
             */
            leader: number;
            /** @description All replicas in assignment order, the leader included. */
            replicas: components["schemas"]["Replica"][];
        };
        Replica: {
            /**
             * Format: int32
             * @description Id of the broker that holds this replica.
             */
            broker: number;
            /** @description Whether this replica is the partition leader. */
            leader: boolean;
            /** @description Whether this replica belongs to the in-sync replica set. */
            in_sync: boolean;
        };
        /**
         * @description Bytes encoded as base64 (standard alphabet, padded with `=`). `null` stands for a Kafka
         *     null, that is no key or a null value.
         */
        BinaryData: string | null;
        /**
         * @description Any JSON value, stored as its UTF-8 JSON text. `null` (or leaving the field out) stands
         *     for a Kafka null. A JSON string is stored with its quotes.
         */
        JsonData: unknown;
        /**
         * @description A datum in the Avro JSON encoding of the matching schema: records and maps are objects,
         *     bytes and fixed are strings of code points 0-255, and a non-null union branch is wrapped
         *     in an object named after its type, as in `{"string": "x"}`. `null` (or leaving the
         *     field out) stands for a Kafka null.
         */
        AvroData: unknown;
        /**
         * @description Avro only: an Avro schema, as a string holding the schema's JSON (for example
         *     `"{\"type\":\"string\"}"` or `"\"int\""`). Registered with the schema registry under
         *     `<topic>-key` or `<topic>-value`. Accepted and ignored by the binary and json formats.
         */
        SchemaText: string | null;
        /**
         * Format: int32
         * @description Avro only: the schema-registry id of an already registered schema. Takes precedence over
         *     the inline schema. Accepted and ignored by the binary and json formats.
         */
        SchemaId: number | null;
        /**
         * Format: int32
         * @description Partition to write this record to. When absent or null, a record with a key goes to the
         *     partition chosen by hashing the key, and a record without a key to any partition.
         */
        RecordPartition: number | null;
        /** @description Records whose keys and values are base64-encoded bytes. */
        BinaryTopicProduceRequest: {
            records: components["schemas"]["BinaryTopicProduceRecord"][];
            key_schema?: components["schemas"]["SchemaText"];
            key_schema_id?: components["schemas"]["SchemaId"];
            value_schema?: components["schemas"]["SchemaText"];
            value_schema_id?: components["schemas"]["SchemaId"];
        };
        BinaryTopicProduceRecord: {
            key?: components["schemas"]["BinaryData"];
            value?: components["schemas"]["BinaryData"];
            partition?: components["schemas"]["RecordPartition"];
        };
        /** @description Records whose keys and values are base64-encoded bytes. */
        BinaryPartitionProduceRequest: {
            records: components["schemas"]["BinaryPartitionProduceRecord"][];
            key_schema?: components["schemas"]["SchemaText"];
            key_schema_id?: components["schemas"]["SchemaId"];
            value_schema?: components["schemas"]["SchemaText"];
            value_schema_id?: components["schemas"]["SchemaId"];
        };
        BinaryPartitionProduceRecord: {
            key?: components["schemas"]["BinaryData"];
            value?: components["schemas"]["BinaryData"];
        };
        /** @description Records whose keys and values are arbitrary JSON values. */
        JsonTopicProduceRequest: {
            records: components["schemas"]["JsonTopicProduceRecord"][];
            key_schema?: components["schemas"]["SchemaText"];
            key_schema_id?: components["schemas"]["SchemaId"];
            value_schema?: components["schemas"]["SchemaText"];
            value_schema_id?: components["schemas"]["SchemaId"];
        };
        JsonTopicProduceRecord: {
            key?: components["schemas"]["JsonData"];
            value?: components["schemas"]["JsonData"];
            partition?: components["schemas"]["RecordPartition"];
        };
        /** @description Records whose keys and values are arbitrary JSON values. */
        JsonPartitionProduceRequest: {
            records: components["schemas"]["JsonPartitionProduceRecord"][];
            key_schema?: components["schemas"]["SchemaText"];
            key_schema_id?: components["schemas"]["SchemaId"];
            value_schema?: components["schemas"]["SchemaText"];
            value_schema_id?: components["schemas"]["SchemaId"];
        };
        JsonPartitionProduceRecord: {
            key?: components["schemas"]["JsonData"];
            value?: components["schemas"]["JsonData"];
        };
        /**
         * @description Records in the Avro JSON encoding. A non-null key needs `key_schema` or `key_schema_id`
         *     (else 42201); a non-null value needs `value_schema` or `value_schema_id` (else 42202).
         */
        AvroTopicProduceRequest: {
            records: components["schemas"]["AvroTopicProduceRecord"][];
            key_schema?: components["schemas"]["SchemaText"];
            key_schema_id?: components["schemas"]["SchemaId"];
            value_schema?: components["schemas"]["SchemaText"];
            value_schema_id?: components["schemas"]["SchemaId"];
        };
        AvroTopicProduceRecord: {
            key?: components["schemas"]["AvroData"];
            value?: components["schemas"]["AvroData"];
            partition?: components["schemas"]["RecordPartition"];
        };
        /**
         * @description Records in the Avro JSON encoding. A non-null key needs `key_schema` or `key_schema_id`
         *     (else 42201); a non-null value needs `value_schema` or `value_schema_id` (else 42202).
         */
        AvroPartitionProduceRequest: {
            records: components["schemas"]["AvroPartitionProduceRecord"][];
            key_schema?: components["schemas"]["SchemaText"];
            key_schema_id?: components["schemas"]["SchemaId"];
            value_schema?: components["schemas"]["SchemaText"];
            value_schema_id?: components["schemas"]["SchemaId"];
        };
        AvroPartitionProduceRecord: {
            key?: components["schemas"]["AvroData"];
            value?: components["schemas"]["AvroData"];
        };
        ProduceResponse: {
            /** @description One entry per request record, in request order. */
            offsets: components["schemas"]["RecordOffset"][];
            /**
             * Format: int32
             * @description Avro only: the schema id used for keys. `null` for other formats.
             */
            key_schema_id: number | null;
            /**
             * Format: int32
             * @description Avro only: the schema id used for values. `null` for other formats.
             */
            value_schema_id: number | null;
        };
        /**
         * @description Where one record was written, or why it was not. All four fields are always present;
         *     either `partition` and `offset` or `error_code` and `error` are set.
         */
        RecordOffset: {
            /**
             * Format: int32
             * @description Partition the record was written to; `null` if it failed.
             */
            partition: number | null;
            /**
             * Format: int64
             * @description Offset of the record in its partition; `null` if it failed.
             */
            offset: number | null;
            /**
             * Format: int32
             * @description `null` on success. 50002 for a Kafka error that will not go away by retrying, 50003
             *     for a retriable one.
             */
            error_code: number | null;
            /** @description The producer's error message; `null` on success. */
            error: string | null;
        };
        /**
         * @description Settings of a new consumer instance. Every field is optional, and `null` is the same as
         *     leaving a field out. Fields not listed here are rejected with 422.
         */
        CreateConsumerRequest: {
            /**
             * @description Name of the instance, used in its URLs. Must be unique within the group on this
             *     proxy. Generated when absent.
             */
            name?: string | null;
            /**
             * @deprecated
             * @description Older spelling of `name`. When given it takes precedence over `name` and is also
             *     used as the Kafka consumer id.
             */
            id?: string | null;
            /**
             * @description Embedded format of the records this instance returns: `binary` (the default),
             *     `json` or `avro`, in any letter case. Any other value is rejected with 422
             *     `Invalid format type.`.
             */
            format?: string | null;
            /**
             * @description Where to start when the group has no committed offset: `smallest` or `earliest` for
             *     the oldest record, `largest` or `latest` for only new records (the default). Values
             *     the consumer does not accept are rejected with 42204.
             */
            "auto.offset.reset"?: string | null;
            /**
             * @description `"true"` to let the consumer commit offsets periodically on its own, `"false"` (the
             *     default) to commit only through the commit operation. Sent as a string.
             */
            "auto.commit.enable"?: string | null;
            /**
             * Format: int32
             * @description Ends a read early once more than this many bytes have been collected; -1 turns the
             *     check off. Allowed range -1 to 10000000, else 40001. Defaults to the server setting.
             */
            "fetch.min.bytes"?: number | null;
            /**
             * Format: int32
             * @description How long, in milliseconds, one read keeps collecting records before it answers.
             *     Defaults to the server setting (1000).
             */
            "consumer.request.timeout.ms"?: number | null;
        } | null;
        ConsumerInstance: {
            /** @description Name of the instance, unique within its group on this proxy. */
            instance_id: string;
            /**
             * @description Absolute URL of the instance on the proxy process that holds it. Send every later
             *     request for this instance to this URL.
             */
            base_uri: string;
        };
        /** @description Any JSON value; it is not used. */
        IgnoredBody: unknown;
        CommittedOffsetList: components["schemas"]["CommittedOffset"][];
        CommittedOffset: {
            /** @description Name of the topic. */
            topic: string;
            /**
             * Format: int32
             * @description Id of the partition.
             */
            partition: number;
            /**
             * Format: int64
             * @description Offset of the last record returned to the client from this partition.
             */
            consumed: number;
            /**
             * Format: int64
             * @description Offset recorded by this commit; equal to `consumed` after success.
             */
            committed: number;
        };
        BinaryConsumerRecordList: components["schemas"]["BinaryConsumerRecord"][];
        BinaryConsumerRecord: {
            key: components["schemas"]["BinaryData"];
            value: components["schemas"]["BinaryData"];
            /**
             * Format: int32
             * @description Partition the record was read from.
             */
            partition: number;
            /**
             * Format: int64
             * @description Offset of the record in its partition.
             */
            offset: number;
            /** @description Topic the record was read from. */
            topic: string;
        };
        JsonConsumerRecordList: components["schemas"]["JsonConsumerRecord"][];
        JsonConsumerRecord: {
            key: components["schemas"]["JsonData"];
            value: components["schemas"]["JsonData"];
            /**
             * Format: int32
             * @description Partition the record was read from.
             */
            partition: number;
            /**
             * Format: int64
             * @description Offset of the record in its partition.
             */
            offset: number;
            /** @description Topic the record was read from. */
            topic: string;
        };
        AvroConsumerRecordList: components["schemas"]["AvroConsumerRecord"][];
        AvroConsumerRecord: {
            key: components["schemas"]["AvroData"];
            value: components["schemas"]["AvroData"];
            /**
             * Format: int32
             * @description Partition the record was read from.
             */
            partition: number;
            /**
             * Format: int64
             * @description Offset of the record in its partition.
             */
            offset: number;
            /** @description Topic the record was read from. */
            topic: string;
        };
    };
    responses: {
        /**
         * @description The `Accept` header names no media type this operation can produce. The response has no
         *     body and no Content-Type.
         */
        NotAcceptable: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description The request Content-Type is not one this operation accepts, for example `text/plain` or
         *     the form type `curl --data` sends by default (error code 415). The body is sent as the
         *     first `Accept` entry that is one of the types below, otherwise as
         *     `application/vnd.kafka.v1+json`.
         */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /**
         * @description An unexpected failure (error code 500), or a Kafka error while serving the request
         *     (50002).
         */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /**
         * @description An unexpected failure (error code 500), or a Kafka error while serving the request
         *     (50002). Offered in the same media types as the partition operations' other responses.
         */
        PartitionsInternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                "application/json": components["schemas"]["ErrorMessage"];
                "application/vnd.kafka.binary.v1+json": components["schemas"]["ErrorMessage"];
                "application/vnd.kafka.avro.v1+json": components["schemas"]["ErrorMessage"];
            };
        };
        /**
         * @description An unexpected failure (error code 500), or a Kafka error, for example a failed offset
         *     commit (50002). Offered in the same media types as the consumer management operations'
         *     other responses.
         */
        ConsumersInternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                "application/json": components["schemas"]["ErrorMessage"];
                "application/vnd.kafka.binary.v1+json": components["schemas"]["ErrorMessage"];
                "application/vnd.kafka.avro.v1+json": components["schemas"]["ErrorMessage"];
                "application/vnd.kafka.json.v1+json": components["schemas"]["ErrorMessage"];
            };
        };
        /**
         * @description No Kafka broker could be reached (error code 50302). Nothing was changed; the request can
         *     be retried.
         */
        BrokerNotAvailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /**
         * @description No Kafka broker could be reached (error code 50302). Nothing was changed; the request can
         *     be retried.
         *     Offered in the media types of the partition operations.
         */
        PartitionsBrokerNotAvailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                "application/json": components["schemas"]["ErrorMessage"];
                "application/vnd.kafka.binary.v1+json": components["schemas"]["ErrorMessage"];
                "application/vnd.kafka.avro.v1+json": components["schemas"]["ErrorMessage"];
            };
        };
        /**
         * @description No Kafka broker could be reached (error code 50302). Nothing was changed; the request can
         *     be retried.
         *     Offered in the media types of the consumer management operations.
         */
        ConsumersBrokerNotAvailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                "application/json": components["schemas"]["ErrorMessage"];
                "application/vnd.kafka.binary.v1+json": components["schemas"]["ErrorMessage"];
                "application/vnd.kafka.avro.v1+json": components["schemas"]["ErrorMessage"];
                "application/vnd.kafka.json.v1+json": components["schemas"]["ErrorMessage"];
            };
        };
        /**
         * @description No Kafka broker could be reached (error code 50302). Nothing was changed; the request can
         *     be retried.
         *     Offered in the media types of the read operations.
         */
        ReadBrokerNotAvailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.kafka.binary.v1+json": components["schemas"]["ErrorMessage"];
                "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                "application/json": components["schemas"]["ErrorMessage"];
                "application/vnd.kafka.avro.v1+json": components["schemas"]["ErrorMessage"];
                "application/vnd.kafka.json.v1+json": components["schemas"]["ErrorMessage"];
            };
        };
        /**
         * @description The consumer instance does not exist in this group on this proxy process, for example
         *     because it expired, was deleted or was created on another process (error code 40403).
         */
        ConsumerNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                "application/json": components["schemas"]["ErrorMessage"];
                "application/vnd.kafka.binary.v1+json": components["schemas"]["ErrorMessage"];
                "application/vnd.kafka.avro.v1+json": components["schemas"]["ErrorMessage"];
                "application/vnd.kafka.json.v1+json": components["schemas"]["ErrorMessage"];
            };
        };
    };
    parameters: {
        /**
         * @description Name of the topic.
         * @example page_views
         */
        TopicName: string;
        /**
         * @description Id of the partition. A value that is not an integer is answered with 404; a negative
         *     one is not found (40402).
         * @example 0
         */
        PartitionId: number;
        /**
         * @description Name of the consumer group.
         * @example analytics
         */
        GroupName: string;
        /**
         * @description The `instance_id` returned when the consumer instance was created.
         * @example dashboard-1
         */
        InstanceId: string;
        /**
         * @description Offset of the first record to return. Defaults to the start of the offset space (0).
         * @example 1200
         */
        Offset: number;
        /**
         * @description Maximum number of records to return. Zero or less returns an empty list.
         * @example 10
         */
        Count: number;
        /**
         * @description Upper bound on the summed size of the keys and values returned by one read, in bytes.
         *     The server's own limit applies as well; the smaller one wins. Absent, zero or negative
         *     means no limit beyond the server's.
         * @example 1048576
         */
        MaxBytes: number;
    };
    requestBodies: {
        /**
         * @description Optional. The body is read but not used; it is accepted with any of the listed
         *     Content-Types, and most clients send none.
         */
        IgnoredBody: {
            content: {
                /** @example {} */
                "application/vnd.kafka.v1+json": components["schemas"]["IgnoredBody"];
                /** @example {} */
                "application/vnd.kafka+json": components["schemas"]["IgnoredBody"];
                /** @example {} */
                "application/json": components["schemas"]["IgnoredBody"];
                /** @example {} */
                "application/octet-stream": components["schemas"]["IgnoredBody"];
                /** @example {} */
                "application/vnd.kafka.binary.v1+json": components["schemas"]["IgnoredBody"];
                /** @example {} */
                "application/vnd.kafka.avro.v1+json": components["schemas"]["IgnoredBody"];
                /** @example {} */
                "application/vnd.kafka.json.v1+json": components["schemas"]["IgnoredBody"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getRoot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The proxy is running. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/vnd.kafka.v1+json": components["schemas"]["Empty"];
                    /** @example {} */
                    "application/vnd.kafka+json": components["schemas"]["Empty"];
                    /** @example {} */
                    "application/json": components["schemas"]["Empty"];
                };
            };
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["InternalError"];
        };
    };
    listBrokers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The broker ids. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.v1+json": components["schemas"]["BrokerList"];
                    "application/vnd.kafka+json": components["schemas"]["BrokerList"];
                    "application/json": components["schemas"]["BrokerList"];
                };
            };
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["BrokerNotAvailable"];
        };
    };
    listTopics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The topic names, sorted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.v1+json": components["schemas"]["TopicNames"];
                    "application/vnd.kafka+json": components["schemas"]["TopicNames"];
                    "application/json": components["schemas"]["TopicNames"];
                };
            };
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["BrokerNotAvailable"];
        };
    };
    getTopic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the topic.
                 * @example page_views
                 */
                topic_name: components["parameters"]["TopicName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The topic metadata. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.v1+json": components["schemas"]["Topic"];
                    "application/vnd.kafka+json": components["schemas"]["Topic"];
                    "application/json": components["schemas"]["Topic"];
                };
            };
            /** @description The topic does not exist (error code 40401). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                    "application/json": components["schemas"]["ErrorMessage"];
                };
            };
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["BrokerNotAvailable"];
        };
    };
    produceToTopic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the topic.
                 * @example page_views
                 */
                topic_name: components["parameters"]["TopicName"];
            };
            cookie?: never;
        };
        /** @description The records to produce, encoded as the Content-Type says. */
        requestBody: {
            content: {
                "application/vnd.kafka.binary.v1+json": components["schemas"]["BinaryTopicProduceRequest"];
                "application/vnd.kafka.json.v1+json": components["schemas"]["JsonTopicProduceRequest"];
                "application/vnd.kafka.avro.v1+json": components["schemas"]["AvroTopicProduceRequest"];
                "application/vnd.kafka.v1+json": components["schemas"]["BinaryTopicProduceRequest"];
                "application/vnd.kafka+json": components["schemas"]["BinaryTopicProduceRequest"];
                "application/json": components["schemas"]["BinaryTopicProduceRequest"];
                "application/octet-stream": components["schemas"]["BinaryTopicProduceRequest"];
            };
        };
        responses: {
            /**
             * @description One result per record, in request order. Check each entry's `error_code`: records can
             *     fail individually while the request as a whole succeeds.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.v1+json": components["schemas"]["ProduceResponse"];
                    "application/vnd.kafka+json": components["schemas"]["ProduceResponse"];
                    "application/json": components["schemas"]["ProduceResponse"];
                };
            };
            /** @description The request body is not valid JSON (error code 400). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                    "application/json": components["schemas"]["ErrorMessage"];
                };
            };
            /**
             * @description A record names a partition the topic does not have (40402). The whole request is
             *     rejected before anything is written, so no record is silently dropped.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                    "application/json": components["schemas"]["ErrorMessage"];
                };
            };
            406: components["responses"]["NotAcceptable"];
            /**
             * @description Avro only: the schema registry failed while registering a schema or looking one up by
             *     id (error code 40801).
             */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                    "application/json": components["schemas"]["ErrorMessage"];
                };
            };
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description The request is well-formed JSON but cannot be produced. Error code 422: `records` is
             *     missing or empty, a field is unknown, a `partition` is negative or a binary key or
             *     value is not valid base64. Avro only: 42201 (keys without a key schema), 42202
             *     (values without a value schema), 42203 (a record does not match its schema), 42205
             *     (a schema does not parse).
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                    "application/json": components["schemas"]["ErrorMessage"];
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    listPartitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the topic.
                 * @example page_views
                 */
                topic_name: components["parameters"]["TopicName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partitions of the topic. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.v1+json": components["schemas"]["PartitionList"];
                    "application/vnd.kafka+json": components["schemas"]["PartitionList"];
                    "application/json": components["schemas"]["PartitionList"];
                    "application/vnd.kafka.binary.v1+json": components["schemas"]["PartitionList"];
                    "application/vnd.kafka.avro.v1+json": components["schemas"]["PartitionList"];
                };
            };
            /** @description The topic does not exist (error code 40401). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                    "application/json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.binary.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.avro.v1+json": components["schemas"]["ErrorMessage"];
                };
            };
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["PartitionsInternalError"];
            503: components["responses"]["PartitionsBrokerNotAvailable"];
        };
    };
    getPartition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the topic.
                 * @example page_views
                 */
                topic_name: components["parameters"]["TopicName"];
                /**
                 * @description Id of the partition. A value that is not an integer is answered with 404; a negative
                 *     one is not found (40402).
                 * @example 0
                 */
                partition_id: components["parameters"]["PartitionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partition metadata. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.v1+json": components["schemas"]["Partition"];
                    "application/vnd.kafka+json": components["schemas"]["Partition"];
                    "application/json": components["schemas"]["Partition"];
                    "application/vnd.kafka.binary.v1+json": components["schemas"]["Partition"];
                    "application/vnd.kafka.avro.v1+json": components["schemas"]["Partition"];
                };
            };
            /**
             * @description The topic does not exist (40401), the partition does not exist (40402), or
             *     `partition_id` is not an integer (404).
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                    "application/json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.binary.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.avro.v1+json": components["schemas"]["ErrorMessage"];
                };
            };
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["PartitionsInternalError"];
            503: components["responses"]["PartitionsBrokerNotAvailable"];
        };
    };
    produceToPartition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the topic.
                 * @example page_views
                 */
                topic_name: components["parameters"]["TopicName"];
                /**
                 * @description Id of the partition. A value that is not an integer is answered with 404; a negative
                 *     one is not found (40402).
                 * @example 0
                 */
                partition_id: components["parameters"]["PartitionId"];
            };
            cookie?: never;
        };
        /** @description The records to produce, encoded as the Content-Type says. */
        requestBody: {
            content: {
                "application/vnd.kafka.binary.v1+json": components["schemas"]["BinaryPartitionProduceRequest"];
                "application/vnd.kafka.json.v1+json": components["schemas"]["JsonPartitionProduceRequest"];
                "application/vnd.kafka.avro.v1+json": components["schemas"]["AvroPartitionProduceRequest"];
                "application/vnd.kafka.v1+json": components["schemas"]["BinaryPartitionProduceRequest"];
                "application/vnd.kafka+json": components["schemas"]["BinaryPartitionProduceRequest"];
                "application/json": components["schemas"]["BinaryPartitionProduceRequest"];
                "application/octet-stream": components["schemas"]["BinaryPartitionProduceRequest"];
            };
        };
        responses: {
            /**
             * @description One result per record, in request order; `partition` equals the path partition for
             *     every record that was written.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.v1+json": components["schemas"]["ProduceResponse"];
                    "application/vnd.kafka+json": components["schemas"]["ProduceResponse"];
                    "application/json": components["schemas"]["ProduceResponse"];
                    "application/vnd.kafka.binary.v1+json": components["schemas"]["ProduceResponse"];
                    "application/vnd.kafka.avro.v1+json": components["schemas"]["ProduceResponse"];
                };
            };
            /** @description The request body is not valid JSON (error code 400). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                    "application/json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.binary.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.avro.v1+json": components["schemas"]["ErrorMessage"];
                };
            };
            /**
             * @description The topic exists but the partition does not (40402), or `partition_id` is not an
             *     integer (404).
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                    "application/json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.binary.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.avro.v1+json": components["schemas"]["ErrorMessage"];
                };
            };
            406: components["responses"]["NotAcceptable"];
            /**
             * @description Avro only: the schema registry failed while registering a schema or looking one up by
             *     id (error code 40801).
             */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                    "application/json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.binary.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.avro.v1+json": components["schemas"]["ErrorMessage"];
                };
            };
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description The request is well-formed JSON but cannot be produced. Error code 422: `records` is
             *     missing or empty, a field is unknown (records may not name a `partition` here) or a
             *     binary key or value is not valid base64. Avro only: 42201 (keys without a key
             *     schema), 42202 (values without a value schema), 42203 (a record does not match its
             *     schema), 42205 (a schema does not parse).
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                    "application/json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.binary.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.avro.v1+json": components["schemas"]["ErrorMessage"];
                };
            };
            500: components["responses"]["PartitionsInternalError"];
        };
    };
    readPartitionMessages: {
        parameters: {
            query?: {
                /**
                 * @description Offset of the first record to return. Defaults to the start of the offset space (0).
                 * @example 1200
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Maximum number of records to return. Zero or less returns an empty list.
                 * @example 10
                 */
                count?: components["parameters"]["Count"];
            };
            header?: never;
            path: {
                /**
                 * @description Name of the topic.
                 * @example page_views
                 */
                topic_name: components["parameters"]["TopicName"];
                /**
                 * @description Id of the partition. A value that is not an integer is answered with 404; a negative
                 *     one is not found (40402).
                 * @example 0
                 */
                partition_id: components["parameters"]["PartitionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The records read, in offset order, decoded as the negotiated type says. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.binary.v1+json": components["schemas"]["BinaryConsumerRecordList"];
                    "application/vnd.kafka.v1+json": components["schemas"]["BinaryConsumerRecordList"];
                    "application/vnd.kafka+json": components["schemas"]["BinaryConsumerRecordList"];
                    "application/json": components["schemas"]["BinaryConsumerRecordList"];
                    "application/vnd.kafka.avro.v1+json": components["schemas"]["AvroConsumerRecordList"];
                    "application/vnd.kafka.json.v1+json": components["schemas"]["JsonConsumerRecordList"];
                };
            };
            /**
             * @description The topic does not exist (40401), the partition does not exist (40402), the
             *     partition's leader is not available (40404), or `partition_id`, `offset` or `count`
             *     is not an integer (404).
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.binary.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                    "application/json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.avro.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.json.v1+json": components["schemas"]["ErrorMessage"];
                };
            };
            406: components["responses"]["NotAcceptable"];
            /**
             * @description The fetch failed: a Kafka error such as an `offset` beyond the end of the log
             *     (50002), a leader that offers no plaintext listener (50101), or no free fetch
             *     connection to the leader within the configured wait (50301).
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.binary.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                    "application/json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.avro.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.json.v1+json": components["schemas"]["ErrorMessage"];
                };
            };
            503: components["responses"]["ReadBrokerNotAvailable"];
        };
    };
    createConsumer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the consumer group.
                 * @example analytics
                 */
                group_name: components["parameters"]["GroupName"];
            };
            cookie?: never;
        };
        /** @description The settings of the new instance; every field is optional. */
        requestBody?: {
            content: {
                "application/vnd.kafka.v1+json": components["schemas"]["CreateConsumerRequest"];
                "application/vnd.kafka+json": components["schemas"]["CreateConsumerRequest"];
                "application/json": components["schemas"]["CreateConsumerRequest"];
                "application/octet-stream": components["schemas"]["CreateConsumerRequest"];
                "application/vnd.kafka.binary.v1+json": components["schemas"]["CreateConsumerRequest"];
                "application/vnd.kafka.avro.v1+json": components["schemas"]["CreateConsumerRequest"];
                "application/vnd.kafka.json.v1+json": components["schemas"]["CreateConsumerRequest"];
            };
        };
        responses: {
            /** @description The instance was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.v1+json": components["schemas"]["ConsumerInstance"];
                    "application/vnd.kafka+json": components["schemas"]["ConsumerInstance"];
                    "application/json": components["schemas"]["ConsumerInstance"];
                    "application/vnd.kafka.binary.v1+json": components["schemas"]["ConsumerInstance"];
                    "application/vnd.kafka.avro.v1+json": components["schemas"]["ConsumerInstance"];
                    "application/vnd.kafka.json.v1+json": components["schemas"]["ConsumerInstance"];
                };
            };
            /** @description The request body is not valid JSON (error code 400). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                    "application/json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.binary.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.avro.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.json.v1+json": components["schemas"]["ErrorMessage"];
                };
            };
            406: components["responses"]["NotAcceptable"];
            /** @description An instance with this name already exists in the group (error code 40902). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                    "application/json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.binary.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.avro.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.json.v1+json": components["schemas"]["ErrorMessage"];
                };
            };
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description The settings are not usable. Error code 422: an unknown `format` (`Invalid format
             *     type.`) or an unknown field. 42204: the Kafka consumer rejected a setting, for example
             *     an invalid `auto.offset.reset`. 40001: `fetch.min.bytes` is outside -1 to 10000000.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                    "application/json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.binary.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.avro.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.json.v1+json": components["schemas"]["ErrorMessage"];
                };
            };
            500: components["responses"]["ConsumersInternalError"];
            503: components["responses"]["ConsumersBrokerNotAvailable"];
        };
    };
    commitOffsets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the consumer group.
                 * @example analytics
                 */
                group_name: components["parameters"]["GroupName"];
                /**
                 * @description The `instance_id` returned when the consumer instance was created.
                 * @example dashboard-1
                 */
                instance_id: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["IgnoredBody"];
        responses: {
            /** @description The committed positions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.v1+json": components["schemas"]["CommittedOffsetList"];
                    "application/vnd.kafka+json": components["schemas"]["CommittedOffsetList"];
                    "application/json": components["schemas"]["CommittedOffsetList"];
                    "application/vnd.kafka.binary.v1+json": components["schemas"]["CommittedOffsetList"];
                    "application/vnd.kafka.avro.v1+json": components["schemas"]["CommittedOffsetList"];
                    "application/vnd.kafka.json.v1+json": components["schemas"]["CommittedOffsetList"];
                };
            };
            404: components["responses"]["ConsumerNotFound"];
            406: components["responses"]["NotAcceptable"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["ConsumersInternalError"];
            503: components["responses"]["ConsumersBrokerNotAvailable"];
        };
    };
    deleteConsumer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the consumer group.
                 * @example analytics
                 */
                group_name: components["parameters"]["GroupName"];
                /**
                 * @description The `instance_id` returned when the consumer instance was created.
                 * @example dashboard-1
                 */
                instance_id: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["IgnoredBody"];
        responses: {
            /** @description The instance was closed. The response has no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: components["responses"]["ConsumerNotFound"];
            406: components["responses"]["NotAcceptable"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["ConsumersInternalError"];
            503: components["responses"]["ConsumersBrokerNotAvailable"];
        };
    };
    readTopic: {
        parameters: {
            query?: {
                /**
                 * @description Upper bound on the summed size of the keys and values returned by one read, in bytes.
                 *     The server's own limit applies as well; the smaller one wins. Absent, zero or negative
                 *     means no limit beyond the server's.
                 * @example 1048576
                 */
                max_bytes?: components["parameters"]["MaxBytes"];
            };
            header?: never;
            path: {
                /**
                 * @description Name of the consumer group.
                 * @example analytics
                 */
                group_name: components["parameters"]["GroupName"];
                /**
                 * @description The `instance_id` returned when the consumer instance was created.
                 * @example dashboard-1
                 */
                instance_id: components["parameters"]["InstanceId"];
                /**
                 * @description Name of the topic.
                 * @example page_views
                 */
                topic_name: components["parameters"]["TopicName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The records read, encoded as the negotiated type says. May be empty. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.binary.v1+json": components["schemas"]["BinaryConsumerRecordList"];
                    "application/vnd.kafka.v1+json": components["schemas"]["BinaryConsumerRecordList"];
                    "application/vnd.kafka+json": components["schemas"]["BinaryConsumerRecordList"];
                    "application/json": components["schemas"]["BinaryConsumerRecordList"];
                    "application/vnd.kafka.json.v1+json": components["schemas"]["JsonConsumerRecordList"];
                    "application/vnd.kafka.avro.v1+json": components["schemas"]["AvroConsumerRecordList"];
                };
            };
            /**
             * @description The consumer instance does not exist, for example because it expired or was created
             *     on another proxy process (40403); the topic does not exist (40401); or `max_bytes` is
             *     not an integer (404).
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.binary.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                    "application/json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.json.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.avro.v1+json": components["schemas"]["ErrorMessage"];
                };
            };
            /**
             * @description Two different cases share this status:
             *
             *     - the negotiated type selects a different embedded format than the instance was
             *       created with, for example reading an avro consumer without
             *       `Accept: application/vnd.kafka.avro.v1+json`. The body is an error with code 40601,
             *       sent with the negotiated type;
             *     - the `Accept` header matches none of the types listed here. The response then has
             *       no body and no Content-Type.
             */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.binary.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                    "application/json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.json.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.avro.v1+json": components["schemas"]["ErrorMessage"];
                };
            };
            /** @description The instance already reads another topic (error code 40901). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.binary.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                    "application/json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.json.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.avro.v1+json": components["schemas"]["ErrorMessage"];
                };
            };
            /**
             * @description The read failed, for example because a record could not be decoded in the instance's
             *     format or the Kafka consumer reported an error (50002).
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.kafka.binary.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka+json": components["schemas"]["ErrorMessage"];
                    "application/json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.json.v1+json": components["schemas"]["ErrorMessage"];
                    "application/vnd.kafka.avro.v1+json": components["schemas"]["ErrorMessage"];
                };
            };
            503: components["responses"]["ReadBrokerNotAvailable"];
        };
    };
}

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
         * Check that the registry is up
         * @description Returns an empty JSON object. It does not touch Kafka.
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
    "/subjects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List subjects
         * @description Returns the names of all subjects that have at least one version that is not
         *     soft-deleted, in ascending order. With `deleted=true`, subjects whose versions are all
         *     soft-deleted are listed as well.
         */
        get: operations["listSubjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subjects/{subject}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the subject, for example `orders-value`.
                 * @example orders-value
                 */
                subject: components["parameters"]["Subject"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Look up a schema under a subject
         * @description Tells whether the schema in the body is registered under the subject and, if it is,
         *     under which version and id. Soft-deleted versions are found only with `deleted=true`.
         *     An unregistered schema gets 40403, an unknown subject 40401, a schema that does not parse
         *     42201.
         */
        post: operations["lookUpSchemaUnderSubject"];
        /**
         * Delete a subject
         * @description Soft-deletes every version of the subject and returns their version numbers. Ids stay
         *     resolvable. With `permanent=true` the versions of a subject that was soft-deleted
         *     before are removed for good, together with the subject's compatibility level; a subject
         *     that was not soft-deleted first gets 40405. Soft-deleting a subject again gets 40404.
         */
        delete: operations["deleteSubject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subjects/{subject}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the subject, for example `orders-value`.
                 * @example orders-value
                 */
                subject: components["parameters"]["Subject"];
            };
            cookie?: never;
        };
        /**
         * List the versions of a subject
         * @description Returns the version numbers of the subject in ascending order, without soft-deleted
         *     ones unless `deleted=true`. An unknown subject gets 40401.
         */
        get: operations["listVersions"];
        put?: never;
        /**
         * Register a schema under a subject
         * @description Adds the schema as the next version of the subject, after checking it against the
         *     earlier versions with the subject's compatibility level (409 when incompatible), and
         *     returns its global id. A schema already registered under the subject returns its
         *     existing id without adding a version; a schema already registered under another subject
         *     gets that subject's id. A schema that does not parse, or a `schemaType` other than
         *     `AVRO`, gets 42201.
         */
        post: operations["registerSchema"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subjects/{subject}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the subject, for example `orders-value`.
                 * @example orders-value
                 */
                subject: components["parameters"]["Subject"];
                /**
                 * @description A version number from 1 to 2^31-1, or `latest`. Anything else gets 42202.
                 * @example latest
                 */
                version: components["parameters"]["Version"];
            };
            cookie?: never;
        };
        /**
         * Get a version of a subject
         * @description Returns one version of the subject with its id and schema. `latest` is the highest
         *     version that is not soft-deleted. Soft-deleted versions are returned only with
         *     `deleted=true`.
         */
        get: operations["getSchemaByVersion"];
        put?: never;
        post?: never;
        /**
         * Delete a version of a subject
         * @description Soft-deletes one version and returns its number; its id stays resolvable. With
         *     `permanent=true` a version that was soft-deleted before is removed for good; one that was
         *     not gets 40407. Soft-deleting a version again gets 40406. A version that another schema
         *     references gets 42206.
         */
        delete: operations["deleteSchemaVersion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subjects/{subject}/versions/{version}/schema": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the subject, for example `orders-value`.
                 * @example orders-value
                 */
                subject: components["parameters"]["Subject"];
                /**
                 * @description A version number from 1 to 2^31-1, or `latest`. Anything else gets 42202.
                 * @example latest
                 */
                version: components["parameters"]["Version"];
            };
            cookie?: never;
        };
        /**
         * Get only the schema of a version
         * @description Returns the schema of one version of the subject as the response body itself, not
         *     wrapped in an object. The same rules as for getting the version apply.
         */
        get: operations["getSchemaOnly"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subjects/{subject}/versions/{version}/referencedby": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the subject, for example `orders-value`.
                 * @example orders-value
                 */
                subject: components["parameters"]["Subject"];
                /**
                 * @description A version number from 1 to 2^31-1, or `latest`. Anything else gets 42202.
                 * @example latest
                 */
                version: components["parameters"]["Version"];
            };
            cookie?: never;
        };
        /**
         * List the schemas that reference a version
         * @description Returns the ids of the schemas whose `references` name this subject and version, in
         *     ascending order.
         */
        get: operations["getReferencedBy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schemas/ids/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The global id of a schema. A value that is not an integer is answered with 404.
                 * @example 1
                 */
                id: components["parameters"]["SchemaIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a schema by id
         * @description Returns the schema with this id, also when every version that uses it is soft-deleted.
         *     An unknown id gets 40403.
         */
        get: operations["getSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schemas/ids/{id}/schema": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The global id of a schema. A value that is not an integer is answered with 404.
                 * @example 1
                 */
                id: components["parameters"]["SchemaIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get only the schema with an id
         * @description Returns the schema with this id as the response body itself, not wrapped in an object.
         */
        get: operations["getSchemaOnlyById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schemas/ids/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The global id of a schema. A value that is not an integer is answered with 404.
                 * @example 1
                 */
                id: components["parameters"]["SchemaIdPath"];
            };
            cookie?: never;
        };
        /**
         * List the subject versions that use a schema
         * @description Returns every subject and version registered with this schema id, without soft-deleted
         *     versions unless `deleted=true`. An unknown id gets 40403.
         */
        get: operations["getSchemaVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schemas/ids/{id}/subjects": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The global id of a schema. A value that is not an integer is answered with 404.
                 * @example 1
                 */
                id: components["parameters"]["SchemaIdPath"];
            };
            cookie?: never;
        };
        /**
         * List the subjects that use a schema
         * @description Returns the subjects with a version registered with this schema id, in ascending order,
         *     without soft-deleted versions unless `deleted=true`. An unknown id gets 40403.
         */
        get: operations["getSchemaSubjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schemas/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the supported schema types
         * @description Returns the schema types this registry accepts. Only `AVRO` is supported.
         */
        get: operations["getSchemaTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compatibility/subjects/{subject}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the subject, for example `orders-value`.
                 * @example orders-value
                 */
                subject: components["parameters"]["Subject"];
                /**
                 * @description A version number from 1 to 2^31-1, or `latest`. Anything else gets 42202.
                 * @example latest
                 */
                version: components["parameters"]["Version"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test a schema against one version
         * @description Checks the schema in the body against one version of the subject (`latest` for the
         *     newest one that is not soft-deleted) with the subject's compatibility level, without
         *     registering it. A subject without versions is compatible with anything. With
         *     `verbose=true` the answer lists why the schema is incompatible, and a schema that does
         *     not parse is reported there instead of failing with 42201.
         */
        post: operations["testCompatibilityBySubjectName"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compatibility/subjects/{subject}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the subject, for example `orders-value`.
                 * @example orders-value
                 */
                subject: components["parameters"]["Subject"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test a schema against a subject
         * @description Performs the same check that registering the schema would (against the latest version,
         *     or every version for the transitive levels) without registering it.
         */
        post: operations["testCompatibilityForSubject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the global compatibility level
         * @description Returns the global compatibility level, `BACKWARD` unless it was changed.
         */
        get: operations["getTopLevelConfig"];
        /**
         * Set the global compatibility level
         * @description Sets the compatibility level used by subjects without a level of their own. The level is
         *     case-insensitive; an unknown one gets 42203.
         */
        put: operations["updateTopLevelConfig"];
        post?: never;
        /**
         * Reset the global compatibility level
         * @description Reverts the global compatibility level to `BACKWARD` and returns the level it had.
         */
        delete: operations["deleteTopLevelConfig"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/config/{subject}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the subject, for example `orders-value`.
                 * @example orders-value
                 */
                subject: components["parameters"]["Subject"];
            };
            cookie?: never;
        };
        /**
         * Get the compatibility level of a subject
         * @description Returns the subject's own compatibility level. A subject without one gets 40408, unless
         *     `defaultToGlobal=true` asks for the global level instead.
         */
        get: operations["getSubjectLevelConfig"];
        /**
         * Set the compatibility level of a subject
         * @description Sets the subject's own compatibility level; the subject need not exist yet. The level is
         *     case-insensitive; an unknown one gets 42203.
         */
        put: operations["updateSubjectLevelConfig"];
        post?: never;
        /**
         * Remove the compatibility level of a subject
         * @description Removes the subject's own compatibility level, so that the global one applies again, and
         *     returns the level it had. A subject without one gets 40401.
         */
        delete: operations["deleteSubjectConfig"];
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
             *     or the bare HTTP status (for example 409 or 415).
             */
            error_code: number;
            /** @description A human-readable explanation. */
            message: string;
        };
        /** @description An empty JSON object. */
        Empty: Record<string, never>;
        /** @description Subject names in ascending order. */
        SubjectList: string[];
        /**
         * Format: int32
         * @description A version number of a subject.
         */
        VersionNumber: number;
        /** @description Version numbers in ascending order. */
        VersionList: components["schemas"]["VersionNumber"][];
        /** @description Schema ids in ascending order. */
        IdList: number[];
        /** @description The schema types the registry accepts. */
        SchemaTypes: string[];
        /**
         * @description A named type defined by another registered schema, which this schema uses by its full
         *     name.
         */
        SchemaReference: {
            /** @description The full name of the referenced type, for example `com.acme.Address`. */
            name: string;
            /** @description The subject the referenced schema is registered under. */
            subject: string;
            /**
             * Format: int32
             * @description Its version in that subject; -1 means the latest.
             */
            version: number;
        };
        /**
         * @description A schema to register, look up or test. `schema` is required; a request without it, or
         *     with an empty one, gets 42201. Other members some clients send (`version`, `id`,
         *     `metadata`, `ruleSet`, ...) are ignored.
         */
        RegisterSchemaRequest: {
            /** @description The schema's JSON as a string, for example `"{\"type\":\"string\"}"`. */
            schema?: string;
            /** @description `AVRO` (the default when absent). Other types get 42201. */
            schemaType?: string;
            /** @description Named types this schema uses that are defined by other registered schemas. */
            references?: components["schemas"]["SchemaReference"][];
        };
        /** @description The global id of a registered schema. */
        SchemaId: {
            /**
             * Format: int32
             * @description The schema id.
             */
            id: number;
        };
        /** @description One version of a subject. */
        Schema: {
            /** @description The subject. */
            subject: string;
            version: components["schemas"]["VersionNumber"];
            /**
             * Format: int32
             * @description The global id of the schema.
             */
            id: number;
            /** @description Present only when the type is not AVRO. */
            schemaType?: string;
            /** @description Present only when the schema has references. */
            references?: components["schemas"]["SchemaReference"][];
            /** @description The schema's JSON as a string, as it was registered. */
            schema: string;
        };
        /** @description A schema found by id. */
        SchemaString: {
            /** @description Present only when the type is not AVRO. */
            schemaType?: string;
            /** @description Present only when the schema has references. */
            references?: components["schemas"]["SchemaReference"][];
            /** @description The schema's JSON as a string, as it was registered. */
            schema: string;
        };
        /** @description The schema's JSON itself (an object, an array for a union, or a string for a primitive). */
        RawSchema: unknown;
        /** @description A subject and one of its versions. */
        SubjectVersion: {
            /** @description The subject. */
            subject: string;
            version: components["schemas"]["VersionNumber"];
        };
        /** @description Subject-version pairs. */
        SubjectVersionList: components["schemas"]["SubjectVersion"][];
        /** @description Whether a schema passed the compatibility check. */
        CompatibilityCheckResponse: {
            /** @description True when the schema is compatible. */
            is_compatible: boolean;
            /** @description With `verbose=true`, the reasons the schema is incompatible. */
            messages?: string[];
        };
        /**
         * @description A compatibility level.
         * @enum {string}
         */
        CompatibilityLevel: "NONE" | "BACKWARD" | "BACKWARD_TRANSITIVE" | "FORWARD" | "FORWARD_TRANSITIVE" | "FULL" | "FULL_TRANSITIVE";
        /** @description A compatibility level as the registry reports it. */
        Config: {
            compatibilityLevel: components["schemas"]["CompatibilityLevel"];
        };
        /**
         * @description A compatibility level to set, in any letter case; an unknown one gets 42203. The answer
         *     repeats it in upper case.
         */
        ConfigUpdate: {
            /** @description One of the seven compatibility levels. */
            compatibility: string;
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
        /** @description The request body is not JSON (error code 400). */
        MalformedJson: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.schemaregistry.v1+json": components["schemas"]["ErrorMessage"];
                "application/vnd.schemaregistry+json": components["schemas"]["ErrorMessage"];
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /**
         * @description The subject (40401), version (40402) or schema (40403) does not exist; the subject or
         *     version was soft-deleted (40404, 40406) or was not soft-deleted before a permanent delete
         *     (40405, 40407); the subject has no compatibility level of its own (40408). A path that
         *     matches no operation, or an id that is not an integer, gets error code 404.
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.schemaregistry.v1+json": components["schemas"]["ErrorMessage"];
                "application/vnd.schemaregistry+json": components["schemas"]["ErrorMessage"];
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description The schema is incompatible with earlier versions of the subject (error code 409). */
        Incompatible: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.schemaregistry.v1+json": components["schemas"]["ErrorMessage"];
                "application/vnd.schemaregistry+json": components["schemas"]["ErrorMessage"];
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description The request Content-Type is not one this operation accepts (error code 415). */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.schemaregistry.v1+json": components["schemas"]["ErrorMessage"];
                "application/vnd.schemaregistry+json": components["schemas"]["ErrorMessage"];
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /**
         * @description The schema does not parse or its type is not AVRO (42201), the version is not a number
         *     or `latest` (42202), the compatibility level is unknown (42203), the version is
         *     referenced by another schema (42206), or the body has the wrong shape (422).
         */
        Unprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.schemaregistry.v1+json": components["schemas"]["ErrorMessage"];
                "application/vnd.schemaregistry+json": components["schemas"]["ErrorMessage"];
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /**
         * @description The Kafka store failed (50001) or did not answer in time (50002), or an unexpected
         *     failure (500).
         */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/vnd.schemaregistry.v1+json": components["schemas"]["ErrorMessage"];
                "application/vnd.schemaregistry+json": components["schemas"]["ErrorMessage"];
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
    };
    parameters: {
        /**
         * @description Name of the subject, for example `orders-value`.
         * @example orders-value
         */
        Subject: string;
        /**
         * @description A version number from 1 to 2^31-1, or `latest`. Anything else gets 42202.
         * @example latest
         */
        Version: string;
        /**
         * @description The global id of a schema. A value that is not an integer is answered with 404.
         * @example 1
         */
        SchemaIdPath: number;
        /**
         * @description Include soft-deleted subjects or versions.
         * @example true
         */
        Deleted: boolean;
        /**
         * @description Delete for good what was soft-deleted before, instead of soft-deleting.
         * @example true
         */
        Permanent: boolean;
        /**
         * @description Explain in `messages` why a schema is incompatible.
         * @example true
         */
        Verbose: boolean;
        /**
         * @description Answer with the global level when the subject has none of its own.
         * @example true
         */
        DefaultToGlobal: boolean;
    };
    requestBodies: {
        /** @description The schema, as a string holding the schema's JSON. */
        Schema: {
            content: {
                "application/vnd.schemaregistry.v1+json": components["schemas"]["RegisterSchemaRequest"];
                "application/vnd.schemaregistry+json": components["schemas"]["RegisterSchemaRequest"];
                "application/json": components["schemas"]["RegisterSchemaRequest"];
                "application/octet-stream": components["schemas"]["RegisterSchemaRequest"];
            };
        };
        /** @description The new compatibility level. */
        ConfigUpdate: {
            content: {
                "application/vnd.schemaregistry.v1+json": components["schemas"]["ConfigUpdate"];
                "application/vnd.schemaregistry+json": components["schemas"]["ConfigUpdate"];
                "application/json": components["schemas"]["ConfigUpdate"];
                "application/octet-stream": components["schemas"]["ConfigUpdate"];
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
            /** @description The registry is running. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/vnd.schemaregistry.v1+json": components["schemas"]["Empty"];
                    /** @example {} */
                    "application/vnd.schemaregistry+json": components["schemas"]["Empty"];
                    /** @example {} */
                    "application/json": components["schemas"]["Empty"];
                };
            };
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["ServerError"];
        };
    };
    listSubjects: {
        parameters: {
            query?: {
                /**
                 * @description Include soft-deleted subjects or versions.
                 * @example true
                 */
                deleted?: components["parameters"]["Deleted"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subject names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.schemaregistry.v1+json": components["schemas"]["SubjectList"];
                    "application/vnd.schemaregistry+json": components["schemas"]["SubjectList"];
                    "application/json": components["schemas"]["SubjectList"];
                };
            };
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["ServerError"];
        };
    };
    lookUpSchemaUnderSubject: {
        parameters: {
            query?: {
                /**
                 * @description Include soft-deleted subjects or versions.
                 * @example true
                 */
                deleted?: components["parameters"]["Deleted"];
            };
            header?: never;
            path: {
                /**
                 * @description Name of the subject, for example `orders-value`.
                 * @example orders-value
                 */
                subject: components["parameters"]["Subject"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Schema"];
        responses: {
            /** @description The schema is registered under the subject. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.schemaregistry.v1+json": components["schemas"]["Schema"];
                    "application/vnd.schemaregistry+json": components["schemas"]["Schema"];
                    "application/json": components["schemas"]["Schema"];
                };
            };
            400: components["responses"]["MalformedJson"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteSubject: {
        parameters: {
            query?: {
                /**
                 * @description Delete for good what was soft-deleted before, instead of soft-deleting.
                 * @example true
                 */
                permanent?: components["parameters"]["Permanent"];
            };
            header?: never;
            path: {
                /**
                 * @description Name of the subject, for example `orders-value`.
                 * @example orders-value
                 */
                subject: components["parameters"]["Subject"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The versions that were deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.schemaregistry.v1+json": components["schemas"]["VersionList"];
                    "application/vnd.schemaregistry+json": components["schemas"]["VersionList"];
                    "application/json": components["schemas"]["VersionList"];
                };
            };
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["ServerError"];
        };
    };
    listVersions: {
        parameters: {
            query?: {
                /**
                 * @description Include soft-deleted subjects or versions.
                 * @example true
                 */
                deleted?: components["parameters"]["Deleted"];
            };
            header?: never;
            path: {
                /**
                 * @description Name of the subject, for example `orders-value`.
                 * @example orders-value
                 */
                subject: components["parameters"]["Subject"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version numbers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.schemaregistry.v1+json": components["schemas"]["VersionList"];
                    "application/vnd.schemaregistry+json": components["schemas"]["VersionList"];
                    "application/json": components["schemas"]["VersionList"];
                };
            };
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["ServerError"];
        };
    };
    registerSchema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the subject, for example `orders-value`.
                 * @example orders-value
                 */
                subject: components["parameters"]["Subject"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Schema"];
        responses: {
            /** @description The id of the schema. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.schemaregistry.v1+json": components["schemas"]["SchemaId"];
                    "application/vnd.schemaregistry+json": components["schemas"]["SchemaId"];
                    "application/json": components["schemas"]["SchemaId"];
                };
            };
            400: components["responses"]["MalformedJson"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Incompatible"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["ServerError"];
        };
    };
    getSchemaByVersion: {
        parameters: {
            query?: {
                /**
                 * @description Include soft-deleted subjects or versions.
                 * @example true
                 */
                deleted?: components["parameters"]["Deleted"];
            };
            header?: never;
            path: {
                /**
                 * @description Name of the subject, for example `orders-value`.
                 * @example orders-value
                 */
                subject: components["parameters"]["Subject"];
                /**
                 * @description A version number from 1 to 2^31-1, or `latest`. Anything else gets 42202.
                 * @example latest
                 */
                version: components["parameters"]["Version"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.schemaregistry.v1+json": components["schemas"]["Schema"];
                    "application/vnd.schemaregistry+json": components["schemas"]["Schema"];
                    "application/json": components["schemas"]["Schema"];
                };
            };
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteSchemaVersion: {
        parameters: {
            query?: {
                /**
                 * @description Delete for good what was soft-deleted before, instead of soft-deleting.
                 * @example true
                 */
                permanent?: components["parameters"]["Permanent"];
            };
            header?: never;
            path: {
                /**
                 * @description Name of the subject, for example `orders-value`.
                 * @example orders-value
                 */
                subject: components["parameters"]["Subject"];
                /**
                 * @description A version number from 1 to 2^31-1, or `latest`. Anything else gets 42202.
                 * @example latest
                 */
                version: components["parameters"]["Version"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version that was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example 2 */
                    "application/vnd.schemaregistry.v1+json": components["schemas"]["VersionNumber"];
                    /** @example 2 */
                    "application/vnd.schemaregistry+json": components["schemas"]["VersionNumber"];
                    /** @example 2 */
                    "application/json": components["schemas"]["VersionNumber"];
                };
            };
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["ServerError"];
        };
    };
    getSchemaOnly: {
        parameters: {
            query?: {
                /**
                 * @description Include soft-deleted subjects or versions.
                 * @example true
                 */
                deleted?: components["parameters"]["Deleted"];
            };
            header?: never;
            path: {
                /**
                 * @description Name of the subject, for example `orders-value`.
                 * @example orders-value
                 */
                subject: components["parameters"]["Subject"];
                /**
                 * @description A version number from 1 to 2^31-1, or `latest`. Anything else gets 42202.
                 * @example latest
                 */
                version: components["parameters"]["Version"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schema. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.schemaregistry.v1+json": components["schemas"]["RawSchema"];
                    "application/vnd.schemaregistry+json": components["schemas"]["RawSchema"];
                    "application/json": components["schemas"]["RawSchema"];
                };
            };
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["ServerError"];
        };
    };
    getReferencedBy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the subject, for example `orders-value`.
                 * @example orders-value
                 */
                subject: components["parameters"]["Subject"];
                /**
                 * @description A version number from 1 to 2^31-1, or `latest`. Anything else gets 42202.
                 * @example latest
                 */
                version: components["parameters"]["Version"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ids of the referencing schemas. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       3,
                     *       7
                     *     ]
                     */
                    "application/vnd.schemaregistry.v1+json": components["schemas"]["IdList"];
                    /**
                     * @example [
                     *       3,
                     *       7
                     *     ]
                     */
                    "application/vnd.schemaregistry+json": components["schemas"]["IdList"];
                    /**
                     * @example [
                     *       3,
                     *       7
                     *     ]
                     */
                    "application/json": components["schemas"]["IdList"];
                };
            };
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["ServerError"];
        };
    };
    getSchema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The global id of a schema. A value that is not an integer is answered with 404.
                 * @example 1
                 */
                id: components["parameters"]["SchemaIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schema. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.schemaregistry.v1+json": components["schemas"]["SchemaString"];
                    "application/vnd.schemaregistry+json": components["schemas"]["SchemaString"];
                    "application/json": components["schemas"]["SchemaString"];
                };
            };
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["ServerError"];
        };
    };
    getSchemaOnlyById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The global id of a schema. A value that is not an integer is answered with 404.
                 * @example 1
                 */
                id: components["parameters"]["SchemaIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schema. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.schemaregistry.v1+json": components["schemas"]["RawSchema"];
                    "application/vnd.schemaregistry+json": components["schemas"]["RawSchema"];
                    "application/json": components["schemas"]["RawSchema"];
                };
            };
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["ServerError"];
        };
    };
    getSchemaVersions: {
        parameters: {
            query?: {
                /**
                 * @description Include soft-deleted subjects or versions.
                 * @example true
                 */
                deleted?: components["parameters"]["Deleted"];
            };
            header?: never;
            path: {
                /**
                 * @description The global id of a schema. A value that is not an integer is answered with 404.
                 * @example 1
                 */
                id: components["parameters"]["SchemaIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subject-version pairs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.schemaregistry.v1+json": components["schemas"]["SubjectVersionList"];
                    "application/vnd.schemaregistry+json": components["schemas"]["SubjectVersionList"];
                    "application/json": components["schemas"]["SubjectVersionList"];
                };
            };
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["ServerError"];
        };
    };
    getSchemaSubjects: {
        parameters: {
            query?: {
                /**
                 * @description Include soft-deleted subjects or versions.
                 * @example true
                 */
                deleted?: components["parameters"]["Deleted"];
            };
            header?: never;
            path: {
                /**
                 * @description The global id of a schema. A value that is not an integer is answered with 404.
                 * @example 1
                 */
                id: components["parameters"]["SchemaIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subject names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.schemaregistry.v1+json": components["schemas"]["SubjectList"];
                    "application/vnd.schemaregistry+json": components["schemas"]["SubjectList"];
                    "application/json": components["schemas"]["SubjectList"];
                };
            };
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["ServerError"];
        };
    };
    getSchemaTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schema types. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       "AVRO"
                     *     ]
                     */
                    "application/vnd.schemaregistry.v1+json": components["schemas"]["SchemaTypes"];
                    /**
                     * @example [
                     *       "AVRO"
                     *     ]
                     */
                    "application/vnd.schemaregistry+json": components["schemas"]["SchemaTypes"];
                    /**
                     * @example [
                     *       "AVRO"
                     *     ]
                     */
                    "application/json": components["schemas"]["SchemaTypes"];
                };
            };
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["ServerError"];
        };
    };
    testCompatibilityBySubjectName: {
        parameters: {
            query?: {
                /**
                 * @description Explain in `messages` why a schema is incompatible.
                 * @example true
                 */
                verbose?: components["parameters"]["Verbose"];
            };
            header?: never;
            path: {
                /**
                 * @description Name of the subject, for example `orders-value`.
                 * @example orders-value
                 */
                subject: components["parameters"]["Subject"];
                /**
                 * @description A version number from 1 to 2^31-1, or `latest`. Anything else gets 42202.
                 * @example latest
                 */
                version: components["parameters"]["Version"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Schema"];
        responses: {
            /** @description The result of the check. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.schemaregistry.v1+json": components["schemas"]["CompatibilityCheckResponse"];
                    "application/vnd.schemaregistry+json": components["schemas"]["CompatibilityCheckResponse"];
                    "application/json": components["schemas"]["CompatibilityCheckResponse"];
                };
            };
            400: components["responses"]["MalformedJson"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["ServerError"];
        };
    };
    testCompatibilityForSubject: {
        parameters: {
            query?: {
                /**
                 * @description Explain in `messages` why a schema is incompatible.
                 * @example true
                 */
                verbose?: components["parameters"]["Verbose"];
            };
            header?: never;
            path: {
                /**
                 * @description Name of the subject, for example `orders-value`.
                 * @example orders-value
                 */
                subject: components["parameters"]["Subject"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Schema"];
        responses: {
            /** @description The result of the check. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.schemaregistry.v1+json": components["schemas"]["CompatibilityCheckResponse"];
                    "application/vnd.schemaregistry+json": components["schemas"]["CompatibilityCheckResponse"];
                    "application/json": components["schemas"]["CompatibilityCheckResponse"];
                };
            };
            400: components["responses"]["MalformedJson"];
            406: components["responses"]["NotAcceptable"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["ServerError"];
        };
    };
    getTopLevelConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The global compatibility level. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.schemaregistry.v1+json": components["schemas"]["Config"];
                    "application/vnd.schemaregistry+json": components["schemas"]["Config"];
                    "application/json": components["schemas"]["Config"];
                };
            };
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["ServerError"];
        };
    };
    updateTopLevelConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ConfigUpdate"];
        responses: {
            /** @description The new level. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.schemaregistry.v1+json": components["schemas"]["ConfigUpdate"];
                    "application/vnd.schemaregistry+json": components["schemas"]["ConfigUpdate"];
                    "application/json": components["schemas"]["ConfigUpdate"];
                };
            };
            400: components["responses"]["MalformedJson"];
            406: components["responses"]["NotAcceptable"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteTopLevelConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The level before the reset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.schemaregistry.v1+json": components["schemas"]["Config"];
                    "application/vnd.schemaregistry+json": components["schemas"]["Config"];
                    "application/json": components["schemas"]["Config"];
                };
            };
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["ServerError"];
        };
    };
    getSubjectLevelConfig: {
        parameters: {
            query?: {
                /**
                 * @description Answer with the global level when the subject has none of its own.
                 * @example true
                 */
                defaultToGlobal?: components["parameters"]["DefaultToGlobal"];
            };
            header?: never;
            path: {
                /**
                 * @description Name of the subject, for example `orders-value`.
                 * @example orders-value
                 */
                subject: components["parameters"]["Subject"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The compatibility level. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.schemaregistry.v1+json": components["schemas"]["Config"];
                    "application/vnd.schemaregistry+json": components["schemas"]["Config"];
                    "application/json": components["schemas"]["Config"];
                };
            };
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["ServerError"];
        };
    };
    updateSubjectLevelConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the subject, for example `orders-value`.
                 * @example orders-value
                 */
                subject: components["parameters"]["Subject"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ConfigUpdate"];
        responses: {
            /** @description The new level. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.schemaregistry.v1+json": components["schemas"]["ConfigUpdate"];
                    "application/vnd.schemaregistry+json": components["schemas"]["ConfigUpdate"];
                    "application/json": components["schemas"]["ConfigUpdate"];
                };
            };
            400: components["responses"]["MalformedJson"];
            406: components["responses"]["NotAcceptable"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteSubjectConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the subject, for example `orders-value`.
                 * @example orders-value
                 */
                subject: components["parameters"]["Subject"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The level before the removal. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.schemaregistry.v1+json": components["schemas"]["Config"];
                    "application/vnd.schemaregistry+json": components["schemas"]["Config"];
                    "application/json": components["schemas"]["Config"];
                };
            };
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["ServerError"];
        };
    };
}

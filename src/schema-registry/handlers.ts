/**
 * One handler per operationId of openapi/schema-registry.yaml. The build fails if the spec gains
 * an operation without a handler here.
 */
import { DEFAULT_SCHEMA_TYPE } from './avro.ts';
import type { SchemaRegistry } from './registry.ts';
import type { SchemaEntry } from './state.ts';
import type { RegistryHandlers } from './types.ts';

function versionBody(e: SchemaEntry) {
  return {
    subject: e.subject,
    version: e.version,
    id: e.id,
    ...(e.schemaType !== DEFAULT_SCHEMA_TYPE ? { schemaType: e.schemaType } : {}),
    ...(e.references.length ? { references: e.references } : {}),
    schema: e.schema,
  };
}

/** The schema text itself as the body; text that is not JSON goes out as a JSON string. */
function rawSchema(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function createRegistryHandlers(registry: SchemaRegistry): RegistryHandlers {
  return {
    async getRoot() {
      return {};
    },
    async listSubjects({ params }) {
      return registry.listSubjects(params.deleted === true);
    },
    async lookUpSchemaUnderSubject({ params, body }) {
      return versionBody(await registry.lookup(params.subject, body, params.deleted === true));
    },
    async deleteSubject({ params }) {
      return registry.deleteSubject(params.subject, params.permanent === true);
    },
    async listVersions({ params }) {
      return registry.listVersions(params.subject, params.deleted === true);
    },
    async registerSchema({ params, body }) {
      return { id: await registry.register(params.subject, body) };
    },
    async getSchemaByVersion({ params }) {
      return versionBody(await registry.getVersion(params.subject, params.version, params.deleted === true));
    },
    async deleteSchemaVersion({ params }) {
      return registry.deleteVersion(params.subject, params.version, params.permanent === true);
    },
    async getSchemaOnly({ params }) {
      return rawSchema((await registry.getVersion(params.subject, params.version, params.deleted === true)).schema);
    },
    async getReferencedBy({ params }) {
      return registry.referencedBy(params.subject, params.version);
    },
    async getSchema({ params }) {
      const found = await registry.schemaById(params.id);
      return {
        ...(found.schemaType !== DEFAULT_SCHEMA_TYPE ? { schemaType: found.schemaType } : {}),
        ...(found.references.length ? { references: found.references } : {}),
        schema: found.schema,
      };
    },
    async getSchemaOnlyById({ params }) {
      return rawSchema((await registry.schemaById(params.id)).schema);
    },
    async getSchemaVersions({ params }) {
      return registry.versionsOfId(params.id, params.deleted === true);
    },
    async getSchemaSubjects({ params }) {
      return registry.subjectsOfId(params.id, params.deleted === true);
    },
    async getSchemaTypes() {
      return registry.schemaTypes();
    },
    async testCompatibilityBySubjectName({ params, body }) {
      const result = await registry.testCompatibility(params.subject, params.version, body, params.verbose === true);
      return { is_compatible: result.compatible, ...(params.verbose === true ? { messages: result.messages } : {}) };
    },
    async testCompatibilityForSubject({ params, body }) {
      const result = await registry.testCompatibility(params.subject, undefined, body, params.verbose === true);
      return { is_compatible: result.compatible, ...(params.verbose === true ? { messages: result.messages } : {}) };
    },
    async getTopLevelConfig() {
      return { compatibilityLevel: await registry.getConfig(null) };
    },
    async updateTopLevelConfig({ body }) {
      return { compatibility: await registry.setConfig(null, body?.compatibility) };
    },
    async deleteTopLevelConfig() {
      return { compatibilityLevel: await registry.deleteConfig(null) };
    },
    async getSubjectLevelConfig({ params }) {
      return { compatibilityLevel: await registry.getConfig(params.subject, params.defaultToGlobal === true) };
    },
    async updateSubjectLevelConfig({ params, body }) {
      return { compatibility: await registry.setConfig(params.subject, body?.compatibility) };
    },
    async deleteSubjectConfig({ params }) {
      return { compatibilityLevel: await registry.deleteConfig(params.subject) };
    },
  };
}

/**
 * Request validation compiled with Ajv from the same parsed spec that routes requests, one
 * validator per operation for its parameters and one per (operation, media type) for its body.
 * openapi-backend validates only `application/json` bodies, which is why bodies are done here.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { Errors, type RestError } from './errors.ts';

const addFormats = addFormatsModule.default;

function newAjv(coerceTypes: boolean): Ajv {
  const ajv = new Ajv({ allErrors: false, strict: false, coerceTypes, useDefaults: true, discriminator: true });
  addFormats(ajv);
  // Base64 is checked by the binary format, which answers with the reference's own message.
  ajv.addFormat('byte', true);
  return ajv;
}

const bodyAjv = newAjv(false);
const paramsAjv = newAjv(true);

export type Validator = (value: unknown) => RestError | undefined;

/** Parameters: a failed conversion or constraint is a 404, as the original JAX-RS server answered. */
export function compileParamsValidator(schema: object): Validator {
  const validate = paramsAjv.compile(schema);
  return (value) => (validate(value) ? undefined : Errors.notFound());
}

/** Bodies: 422 with a message in the reference's style. */
export function compileBodyValidator(schema: object): Validator {
  const validate: ValidateFunction = bodyAjv.compile(schema);
  return (value) => {
    if (validate(value)) return undefined;
    return Errors.unprocessable(describe(validate.errors?.[0], value));
  };
}

/** `/records/0/partition` → `records[0].partition`. */
function propertyPath(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}

function valueAt(root: unknown, instancePath: string): unknown {
  let v: unknown = root;
  for (const seg of instancePath.split('/').slice(1)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return v;
}

function describe(error: ErrorObject | undefined, body: unknown): string {
  if (!error) return 'Invalid request body';
  const path = propertyPath(error.instancePath);
  switch (error.keyword) {
    case 'additionalProperties':
      return `Unrecognized field: ${(error.params as { additionalProperty: string }).additionalProperty}`;
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      const full = path ? `${path}.${missing}` : missing;
      return full === 'records' ? 'records may not be empty' : `${full} may not be null`;
    }
    case 'minItems':
      return `${path} may not be empty`;
    case 'type':
      if (path === '') return `Request body must be ${article(String(error.params['type']))}`;
      break;
  }
  const shown = JSON.stringify(valueAt(body, error.instancePath), (_k, v: unknown) =>
    typeof v === 'bigint' ? v.toString() : v,
  );
  return `${path || 'request body'} ${error.message ?? 'is invalid'} (was ${shown})`;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

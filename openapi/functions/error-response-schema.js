// Checks that every 4xx/5xx response of every operation describes its body with one shared
// error schema. Works on the unresolved document so that it can see the `$ref` itself: a copy of
// the schema with the same shape is not enough, the response has to point at the shared one.

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const ERROR_STATUS = /^[45]([0-9]{2}|XX)$/;

function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Follows local `#/...` references until it reaches an object without `$ref`. Returns the object
// and the path it was found at, or undefined for references it cannot follow.
function follow(document, value, path, seen = new Set()) {
  if (!isObject(value) || typeof value.$ref !== 'string') return { value, path };
  const ref = value.$ref;
  if (!ref.startsWith('#/') || seen.has(ref)) return undefined;
  seen.add(ref);
  const target = ref
    .slice(2)
    .split('/')
    .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'));
  let node = document;
  for (const part of target) {
    if (!isObject(node) || !(part in node)) return undefined;
    node = node[part];
  }
  return follow(document, node, target, seen);
}

export default function errorResponseSchema(document, options) {
  const expected = (options && options.schemaRef) || '#/components/schemas/ErrorMessage';
  const results = [];
  const reported = new Set();
  if (!isObject(document) || !isObject(document.paths)) return results;

  for (const [pathKey, pathItem] of Object.entries(document.paths)) {
    if (!isObject(pathItem)) continue;
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation) || !isObject(operation.responses)) continue;
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!ERROR_STATUS.test(status)) continue;
        const origin = ['paths', pathKey, method, 'responses', status];
        const resolved = follow(document, response, origin);
        if (resolved === undefined) {
          results.push({ message: `cannot resolve ${response.$ref}`, path: origin });
          continue;
        }
        const { value, path } = resolved;
        if (!isObject(value) || !isObject(value.content)) continue; // no body, nothing to check
        for (const [mediaType, media] of Object.entries(value.content)) {
          const schema = isObject(media) ? media.schema : undefined;
          if (isObject(schema) && schema.$ref === expected) continue;
          const where = [...path, 'content', mediaType, 'schema'];
          const key = where.join('\u0000');
          if (reported.has(key)) continue;
          reported.add(key);
          results.push({
            message: `${status} ${mediaType} must use $ref: ${expected}`,
            path: isObject(media) && schema !== undefined ? where : where.slice(0, -1),
          });
        }
      }
    }
  }
  return results;
}

#!/usr/bin/env node
// Generates TypeScript types from the OpenAPI documents in openapi/ into generated/.
// With --check it writes nothing and fails when generated/ is stale against the spec.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const documents = [
  { spec: 'openapi/kafka-rest.yaml', out: 'generated/openapi.d.ts' },
  { spec: 'openapi/schema-registry.yaml', out: 'generated/schema-registry.d.ts' },
];
const check = process.argv.includes('--check');
const header = '// Generated from the OpenAPI document by `npm run generate`. Do not edit.\n\n';

let stale = [];
for (const { spec, out } of documents) {
  const ast = await openapiTS(new URL(spec, `file://${root}`), { alphabetize: false });
  const text = header + astToString(ast);
  const target = `${root}${out}`;
  if (check) {
    if (!existsSync(target) || readFileSync(target, 'utf8') !== text) stale.push(out);
  } else {
    mkdirSync(`${root}generated`, { recursive: true });
    writeFileSync(target, text);
    console.log(`wrote ${out}`);
  }
}
if (stale.length) {
  console.error(`generated/ is stale against the spec: ${stale.join(', ')}. Run 'npm run generate' and commit the result.`);
  process.exit(1);
}

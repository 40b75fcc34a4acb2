#!/usr/bin/env node
// Serves the contract's examples with Prism on http://localhost:4010 (override with PORT).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = process.env.PORT ?? '4010';
const prism = spawn(`${root}node_modules/.bin/prism`, ['mock', '-h', '127.0.0.1', '-p', port, `${root}openapi/kafka-rest.yaml`], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => prism.kill(signal));
prism.on('exit', (code) => process.exit(code ?? 0));

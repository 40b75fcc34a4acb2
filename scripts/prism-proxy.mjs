#!/usr/bin/env node
// Puts Prism in front of a running proxy (default http://localhost:8082) on http://localhost:4011
// (override with PORT). Requests and responses are checked against the contract; violations are
// listed in the sl-violations response header, and with --errors a bad response becomes a 500.
//   node scripts/prism-proxy.mjs [upstream]
// Prism answers an upstream 501 with a mocked response, and fills in a missing Accept header
// before forwarding; see "Contract tests" in the README for what it does not check.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const upstream = process.argv[2] ?? 'http://localhost:8082';
const port = process.env.PORT ?? '4011';
const prism = spawn(
  `${root}node_modules/.bin/prism`,
  ['proxy', '--errors', '-h', '127.0.0.1', '-p', port, `${root}openapi/kafka-rest.yaml`, upstream],
  { stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => prism.kill(signal));
prism.on('exit', (code) => process.exit(code ?? 0));

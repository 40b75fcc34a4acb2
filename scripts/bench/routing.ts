/**
 * Route matching cost per request: openapi-backend's default router (which rebuilds its operation
 * list on every call) against the precompiled one the server uses. Prints medians of 5 rounds.
 */
import { OpenAPIBackend } from 'openapi-backend';
import { loadContract, SPEC_PATH } from '../../src/http/contract.ts';

async function main(): Promise<void> {
  const plain = new OpenAPIBackend({ definition: SPEC_PATH, strict: true, quick: false, validate: false });
  await plain.init();
  const { api: compiled } = await loadContract();
  const req = { method: 'GET', path: '/consumers/g1/instances/i1/topics/t1', headers: {} };
  const rounds = 5;
  const perRound = 20_000;
  const result: Record<string, number> = {};
  for (const [name, backend] of [
    ['default router', plain],
    ['compiled router', compiled],
  ] as const) {
    const samples: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < perRound; i++) backend.router.matchOperation(req, true);
      samples.push(Number(process.hrtime.bigint() - start) / perRound / 1000);
      process.stderr.write(`  ${name}: round ${r + 1}/${rounds}\n`);
    }
    samples.sort((a, b) => a - b);
    result[name] = samples[Math.floor(rounds / 2)]!;
  }
  for (const [name, us] of Object.entries(result)) console.log(`${name.padEnd(16)} ${us.toFixed(1)} µs per match (median)`);
  console.log(`ratio default/compiled: ${(result['default router']! / result['compiled router']!).toFixed(1)}x`);
}

void main();

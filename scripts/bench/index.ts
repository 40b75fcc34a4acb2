/**
 * `npm run bench`: every benchmark, one after the other. Numbers are ratios taken side by side in
 * one run on the same broker (proxy vs native client), medians of several rounds.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const benches = ['routing.ts', 'throughput.ts'];
const only = process.argv[2];
for (const bench of benches) {
  if (only && !bench.startsWith(only)) continue;
  console.log(`\n== ${bench} ==`);
  const file = fileURLToPath(new URL(bench, import.meta.url));
  const run = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

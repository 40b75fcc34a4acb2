/**
 * The lint rules as they apply to the registry's document: Confluent's camelCase wire names are
 * allowed there (and only there), and its own naming rule still catches other spellings. Runs
 * the project's ruleset file (copied with its functions next to the fixtures, because overrides
 * match file names relative to the ruleset) in one Spectral CLI run.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const spectral = join(root, 'node_modules', '.bin', 'spectral');

interface LintResult {
  code: string;
  path: string[];
  source?: string;
}

let dir: string;
let results: LintResult[];
const registryDoc = readFileSync(join(root, 'openapi', 'schema-registry.yaml'), 'utf8');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'krp-registry-lint-'));
  cpSync(join(root, 'openapi', 'spectral.yaml'), join(dir, 'spectral.yaml'));
  cpSync(join(root, 'openapi', 'functions'), join(dir, 'functions'), { recursive: true });
  writeFileSync(join(dir, 'schema-registry.yaml'), registryDoc);
  // The same document under another name is not the registry's: its camelCase names are findings.
  writeFileSync(join(dir, 'other-api.yaml'), registryDoc);
  const run = spawnSync(
    spectral,
    ['lint', '--ruleset', join(dir, 'spectral.yaml'), '--format', 'json', join(dir, 'schema-registry.yaml'), join(dir, 'other-api.yaml')],
    { cwd: dir, encoding: 'utf8' },
  );
  if (run.error) throw run.error;
  const start = run.stdout.indexOf('[');
  if (start < 0) throw new Error(`spectral printed no JSON:\n${run.stdout}\n${run.stderr}`);
  results = JSON.parse(run.stdout.slice(start)) as LintResult[];
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const findingsFor = (file: string) => results.filter((r) => r.source?.endsWith(file));

describe('openapi/schema-registry.yaml', () => {
  it('comes out clean', () => {
    expect(findingsFor('schema-registry.yaml')).toEqual([]);
  });

  it('is exempt from the snake_case rule by its file name only', () => {
    const other = findingsFor('other-api.yaml');
    expect(other.length).toBeGreaterThan(0);
    expect(new Set(other.map((r) => r.code))).toEqual(new Set(['krp-snake-case-properties']));
    expect(other.map((r) => r.path.at(-1))).toContain('compatibilityLevel');
  });
});

describe('krp-registry-property-names', () => {
  it('flags names that are neither lowerCamelCase nor snake_case in the registry document', () => {
    const bad = registryDoc.replace('        compatibilityLevel:\n', '        compatibility-level:\n');
    expect(bad).not.toBe(registryDoc);
    const sub = mkdtempSync(join(tmpdir(), 'krp-registry-lint-bad-'));
    try {
      cpSync(join(root, 'openapi', 'spectral.yaml'), join(sub, 'spectral.yaml'));
      cpSync(join(root, 'openapi', 'functions'), join(sub, 'functions'), { recursive: true });
      writeFileSync(join(sub, 'schema-registry.yaml'), bad);
      const run = spawnSync(spectral, ['lint', '--ruleset', join(sub, 'spectral.yaml'), '--format', 'json', join(sub, 'schema-registry.yaml')], {
        cwd: sub,
        encoding: 'utf8',
      });
      const found = JSON.parse(run.stdout.slice(run.stdout.indexOf('['))) as LintResult[];
      expect(found.map((r) => [r.code, r.path.at(-1)])).toEqual([['krp-registry-property-names', 'compatibility-level']]);
    } finally {
      rmSync(sub, { recursive: true, force: true });
    }
  }, 60_000);
});

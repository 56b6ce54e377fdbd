// `npm test`: typecheck every program, run Vitest, build, run Playwright against the served app,
// then print one line `N passed, N failed, N skipped` with the real totals (CI reads it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from './build.mjs';
import { typecheck } from './typecheck.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
const totals = { passed: 0, failed: 0, skipped: 0 };

function node(args) {
  return spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const tc = typecheck();
totals.passed += tc.passed;
totals.failed += tc.failed;

const vitestOut = join(results, 'vitest.json');
const vitestStatus = node([join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestOut}`]);
const v = readJson(vitestOut);
if (v) {
  totals.passed += v.numPassedTests;
  totals.failed += v.numFailedTests;
  totals.skipped += v.numPendingTests + v.numTodoTests;
}
if (vitestStatus !== 0 && (!v || v.numFailedTests === 0)) totals.failed++; // a crash or an error outside tests

console.log('Building…');
build();

const e2eOut = join(results, 'e2e.json');
const e2eStatus = node([join(root, 'node_modules/@playwright/test/cli.js'), 'test']);
const e = existsSync(e2eOut) ? readJson(e2eOut) : null;
if (e?.stats) {
  totals.passed += e.stats.expected + e.stats.flaky;
  totals.failed += e.stats.unexpected;
  totals.skipped += e.stats.skipped;
}
if (e2eStatus !== 0 && (!e?.stats || e.stats.unexpected === 0)) totals.failed++;

console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);

// Typechecks every tsconfig program: shared (no DOM, no Node), node (core, CLI, server, main,
// preload, e2e), web (renderer, no Node types). Exits non-zero if any fails.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PROGRAMS = ['tsconfig.shared.json', 'tsconfig.node.json', 'tsconfig.web.json'];

/** Runs tsc on each program; returns { passed, failed }. */
export function typecheck() {
  let passed = 0;
  let failed = 0;
  for (const p of PROGRAMS) {
    const r = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', p], { cwd: root, stdio: 'inherit' });
    if (r.status === 0) {
      passed++;
      console.log(`typecheck ${p}: ok`);
    } else {
      failed++;
      console.log(`typecheck ${p}: FAILED`);
    }
  }
  return { passed, failed };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(typecheck().failed ? 1 : 0);

// Builds the Electron targets (main, preload, renderer) and the plain-Node CLI/server.
// `--if-stale` builds only when a source file is newer than the last build, so `npm ci`,
// `npm start`, `npm test` and `npm run cli` can all call it cheaply.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'out', '.build-stamp');
const SOURCES = ['shared', 'electron', 'renderer/src', 'renderer/index.html', 'resources', 'package.json', 'electron.vite.config.ts', 'vite.cli.config.ts', 'bench'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = 0;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name.endsWith('.test.ts') || name.endsWith('.test.tsx')) continue;
    max = Math.max(max, newest(join(path, name)));
  }
  return max;
}

/** True when the build is missing or older than any source. */
export function isStale() {
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return SOURCES.some((s) => newest(join(root, s)) > built);
}

function run(args) {
  // Build chatter goes to stderr so that `npm run --silent cli -- … --json` keeps stdout clean.
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) {
    process.stderr.write(`build failed: node ${args.join(' ')}\n`);
    process.exit(r.status ?? 1);
  }
}

/** Runs the full build. */
export function build() {
  run([join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn']);
  run([join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'warn']);
  writeFileSync(stamp, new Date().toISOString());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes('--if-stale') || isStale()) {
    process.stderr.write('Building Listening Post…\n');
    build();
  }
}

// `npm start`: opens the desktop app, or, where the Electron binary is missing, says so in one
// sentence and starts the browser-served mode instead, printing the URL to open.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, isStale } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

function electronBinary() {
  try {
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

if (isStale()) {
  process.stderr.write('Building Listening Post…\n');
  build();
}

const binary = electronBinary();
const child = binary
  ? spawn(binary, [root, ...args], { stdio: 'inherit' })
  : (console.log('The Electron binary is not installed on this machine, so Listening Post starts in browser-served mode instead:'),
    spawn(process.execPath, [join(root, 'bin/listening-post.js'), 'serve', ...args], { stdio: 'inherit' }));
child.on('exit', (code) => process.exit(code ?? 0));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));

#!/usr/bin/env node
// The `listening-post` command: builds on demand when sources changed, then runs the CLI.
import { pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, isStale } from '../scripts/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (isStale()) {
  process.stderr.write('Building Listening Post…\n');
  build();
}
await import(pathToFileURL(join(root, 'out/cli/index.js')).href);

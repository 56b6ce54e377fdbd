// `npm run bench [name]`: builds when stale, then runs the benchmarks, which print their figures.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, isStale } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (isStale()) {
  process.stderr.write('Building Listening Post…\n');
  build();
}
await import(pathToFileURL(join(root, 'out/cli/bench.js')).href);

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(process.cwd(), 'out/cli/index.js');

/** A browser-served app on a temporary database, for one test. */
export interface Served {
  url: string;
  dir: string;
  db: string;
  cli(...args: string[]): { status: number | null; stdout: string; stderr: string };
  writeFile(name: string, content: string): string;
  stop(): Promise<void>;
}

/** Starts `serve` on a free port with a fresh database in a temp folder. */
export async function startServed(opts: { token?: string } = {}): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'lp-e2e-'));
  const db = join(dir, 'test.sqlite');
  const args = [CLI, 'serve', '--db', db, '--port', '0', ...(opts.token ? ['--token', opts.token] : [])];
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /served at (\S+)/.exec(out);
      if (m) resolve(m[1].replace(/\?.*$/, ''));
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
  return {
    url,
    dir,
    db,
    cli: (...a: string[]) => {
      const r = spawnSync(process.execPath, [CLI, ...a], { encoding: 'utf8' });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    },
    writeFile: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

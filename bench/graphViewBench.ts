import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';

const CLI = fileURLToPath(new URL('./index.js', import.meta.url));

/** A star: `hub` followed by n accounts, each also following 3 others (seeded), as SNAP lines. */
function starGraph(n: number): string {
  let s = 7;
  const rnd = (): number => ((s = (s * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(`a${i} hub`);
    for (let j = 0; j < 3; j++) lines.push(`a${i} a${Math.floor(rnd() * n)}`);
  }
  return `${lines.join('\n')}\n`;
}

async function serve(db: string): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /served at (\S+)/.exec(out);
      if (m) resolve(m[1].replace(/\?.*$/, ''));
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return { url, stop: () => void child.kill('SIGTERM') };
}

/** Frames drawn and the longest main-thread task (Long Tasks API) over `seconds` while the layout runs. */
async function measure(page: Page, cap: number, seconds: number): Promise<string> {
  const t0 = Date.now();
  await page.getByTestId('graph-max-nodes').selectOption(String(cap));
  await page.getByTestId('ego-panel').getByText(`${cap.toLocaleString('en-US')} nodes ·`, { exact: false }).waitFor({ timeout: 120_000 });
  const loaded = Date.now() - t0;
  // Runs in the page (as source text: this program has no DOM types).
  const r = (await page.evaluate(`(async () => {
    const c = document.querySelector('[data-testid=graph-canvas]');
    const status = document.querySelector('[data-testid=graph-status]');
    const tasks = [];
    const obs = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
    obs.observe({ type: 'longtask', buffered: false });
    const sleep = (ms) => new Promise((res) => setTimeout(res, ms));
    const wait0 = performance.now();
    while (!status.textContent.includes('running') && performance.now() - wait0 < 10000) await sleep(20);
    const f0 = Number(c.dataset.frames || 0);
    const start = performance.now();
    // Frames are counted while the layout runs (it settles by itself), for at most ${seconds} s.
    while (performance.now() - start < ${seconds * 1000} && status.textContent.includes('running')) await sleep(50);
    const elapsed = performance.now() - start;
    const frames = Number(c.dataset.frames || 0) - f0;
    await sleep(500);
    obs.disconnect();
    return { fps: (frames * 1000) / elapsed, seconds: elapsed / 1000, longest: Math.max(0, ...tasks), over100: tasks.filter((d) => d > 100).length, drawMs: Number(c.dataset.drawMs || 0) };
  })()`)) as { fps: number; seconds: number; longest: number; over100: number; drawMs: number };
  return `    ${cap.toLocaleString('en-US')} nodes: ${r.fps.toFixed(1)} fps over ${r.seconds.toFixed(1)} s of layout, longest main-thread task ${Math.round(r.longest)} ms (${r.over100} over 100 ms), last frame drawn in ${r.drawMs} ms, ego network loaded and first drawn in ${loaded} ms`;
}

/**
 * Graph view: frames per second while d3-force runs in the Web Worker, for 2,000- and 20,000-node
 * ego networks (sampled from a 20,000-follower star), in Debian's Chromium through Playwright.
 */
export async function runGraphViewBench(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lp-graph-bench-'));
  const db = join(dir, 'bench.sqlite');
  const edges = join(dir, 'star.txt');
  writeFileSync(edges, starGraph(20_000));
  const imported = spawnSync(process.execPath, [CLI, 'reach', '--db', db, '--edges', edges, '--top', '1', '--json', '--cascade-top', '10', '--cascade-runs', '100'], { encoding: 'utf8' });
  if (imported.status !== 0) throw new Error(`reach import failed: ${imported.stderr}`);
  const app = await serve(db);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const lines = ['graph view (Chromium, 1440×900; goal ≥ 30 fps on 2,000 nodes, no main-thread task over 100 ms)'];
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${app.url}#/graph`);
    await page.getByTestId('leaderboard-handle').filter({ hasText: '@hub' }).click();
    await page.getByTestId('graph-sampling').waitFor();
    for (const cap of [2_000, 20_000]) lines.push(await measure(page, cap, 4));
  } finally {
    await browser.close();
    app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}

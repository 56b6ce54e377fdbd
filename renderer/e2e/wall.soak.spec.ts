// Long-run figures of the wall (printed, never asserted as limits): the renderer's JS heap and the
// server's memory over an accelerated replay. Opt-in, because a full run takes about 17 minutes:
//   LP_SOAK=1 [LP_SOAK_POSTS=1000000] [LP_SOAK_RATE=1000] npx playwright test renderer/e2e/wall.soak.spec.ts
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { WALL_BOARDS } from '../src/features/wall/wallConfig';
import { feedPosts, freePort, startServe } from './liveApp';

const POSTS = Number(process.env.LP_SOAK_POSTS ?? 1_000_000);
const RATE = Number(process.env.LP_SOAK_RATE ?? 1_000);

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
}

/** One rotation of the default playlist at 5 s a board (the page is opened with ?every=5). */
const CYCLE_MS = WALL_BOARDS.length * 5_000;

/**
 * The heap over one full rotation of the boards (boards differ in what they hold, so a single sample
 * depends on which board happens to be up): samples every 1.25 s, summarised as peak and median.
 */
async function heapOverCycle(cdp: CDPSession, page: Page): Promise<{ peak: number; median: number }> {
  const samples: number[] = [];
  for (let t = 0; t < CYCLE_MS; t += 1_250) {
    samples.push(await heapMb(cdp));
    await page.waitForTimeout(1_250);
  }
  samples.sort((a, b) => a - b);
  return { peak: samples[samples.length - 1], median: samples[Math.floor(samples.length / 2)] };
}

const growth = (from: number, to: number): string => `${from.toFixed(1)} → ${to.toFixed(1)} MB (${((100 * to) / from - 100).toFixed(1)}%)`;

const rssMb = (pid: number): number => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

test('wall memory over a long accelerated replay', async ({ page }) => {
  test.skip(!process.env.LP_SOAK, 'long soak run: set LP_SOAK=1 to run it');
  test.setTimeout((POSTS / RATE) * 1000 * 2 + 2 * CYCLE_MS + 120_000);
  const dir = mkdtempSync(join(tmpdir(), 'lp-soak-'));
  const served = await startServe(join(dir, 'soak.sqlite'), await freePort());
  try {
    await page.goto(`${served.url}wall?every=5`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const feed = feedPosts(served.url, RATE, POSTS);
    const hour = POSTS / 24; // one simulated hour of the 24 replayed
    while (feed.posts < hour) await page.waitForTimeout(500);
    const early = { posts: feed.posts, heap: await heapOverCycle(cdp, page), rss: rssMb(served.pid) };
    const fed = await feed.done();
    const late = { heap: await heapOverCycle(cdp, page), rss: rssMb(served.pid) };
    console.log(`[soak] ${fed.posts} posts in ${fed.seconds.toFixed(0)} s (${Math.round(fed.posts / fed.seconds)} posts/s)`);
    console.log(`[soak] renderer JS heap over one rotation of the boards, after the first simulated hour (${early.posts} posts) → at the end:`);
    console.log(`[soak]   peak ${growth(early.heap.peak, late.heap.peak)}, median ${growth(early.heap.median, late.heap.median)}`);
    console.log(`[soak] server RSS: ${early.rss.toFixed(0)} MB after the first hour, ${late.rss.toFixed(0)} MB at the end`);
    await expect(page.getByTestId('wall')).toBeVisible();
  } finally {
    await served.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

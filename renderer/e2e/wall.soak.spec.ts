// Long-run figures of the wall (printed, never asserted as limits): the renderer's JS heap and the
// server's memory over an accelerated replay. Opt-in, because a full run takes about 17 minutes:
//   LP_SOAK=1 [LP_SOAK_POSTS=1000000] [LP_SOAK_RATE=1000] npx playwright test renderer/e2e/wall.soak.spec.ts
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type CDPSession } from '@playwright/test';
import { feedPosts, freePort, startServe } from './liveApp';

const POSTS = Number(process.env.LP_SOAK_POSTS ?? 1_000_000);
const RATE = Number(process.env.LP_SOAK_RATE ?? 1_000);

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
}

const rssMb = (pid: number): number => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

test('wall memory over a long accelerated replay', async ({ page }) => {
  test.skip(!process.env.LP_SOAK, 'long soak run: set LP_SOAK=1 to run it');
  test.setTimeout((POSTS / RATE) * 1000 * 2 + 120_000);
  const dir = mkdtempSync(join(tmpdir(), 'lp-soak-'));
  const served = await startServe(join(dir, 'soak.sqlite'), await freePort());
  try {
    await page.goto(`${served.url}wall?every=5`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const feed = feedPosts(served.url, RATE, POSTS);
    const hour = POSTS / 24; // one simulated hour of the 24 replayed
    while (feed.posts < hour) await page.waitForTimeout(500);
    const early = { heap: await heapMb(cdp), rss: rssMb(served.pid), posts: feed.posts };
    const fed = await feed.done();
    await page.waitForTimeout(3_000);
    const late = { heap: await heapMb(cdp), rss: rssMb(served.pid), posts: fed.posts };
    console.log(`[soak] ${fed.posts} posts in ${fed.seconds.toFixed(0)} s (${Math.round(fed.posts / fed.seconds)} posts/s)`);
    console.log(`[soak] renderer JS heap: ${early.heap.toFixed(1)} MB after the first simulated hour (${early.posts} posts), ${late.heap.toFixed(1)} MB at the end: ${((100 * late.heap) / early.heap - 100).toFixed(1)}%`);
    console.log(`[soak] server RSS: ${early.rss.toFixed(0)} MB after the first hour, ${late.rss.toFixed(0)} MB at the end`);
    await expect(page.getByTestId('wall')).toBeVisible();
  } finally {
    await served.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

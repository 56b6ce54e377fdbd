// Figure of issue 4 (printed, never asserted as a limit): the UI stays responsive during a
// 1,000,000-row import started from the Sources view — the longest main-thread task, how long a tab
// switch and a search take while it runs, API latency — and Cancel keeps the committed part.
// Opt-in, because it writes and imports a large file:
//   LP_IMPORT_PERF=1 [LP_IMPORT_PERF_ROWS=1000000] npx playwright test renderer/e2e/sources-import.perf.spec.ts
import { expect, test } from '@playwright/test';
import { writePostsCsv } from './bigCsv';
import { callApi } from './liveApp';
import { startServed } from './served';

const ROWS = Number(process.env.LP_IMPORT_PERF_ROWS ?? 1_000_000);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

test('the UI stays responsive during a large import, and Cancel keeps what was committed', async ({ page }) => {
  test.skip(!process.env.LP_IMPORT_PERF, 'writes and imports a 1M-row file: set LP_IMPORT_PERF=1 to run it');
  test.setTimeout(20 * 60_000);
  const app = await startServed();
  try {
    const file = `${app.dir}/big.csv`;
    await writePostsCsv(file, ROWS);
    // Runs in the page (this program has no DOM types, hence a string).
    await page.addInitScript(`window.longTasks = []; new PerformanceObserver((l) => l.getEntries().forEach((e) => window.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });`);
    await page.goto(`${app.url}#/sources`);
    await page.getByTestId('source-import').click();
    await page.getByTestId('import-path').fill(file);
    await page.getByTestId('import-preview').click();
    await expect(page.getByTestId('import-preset')).toHaveValue('generic');
    const started = performance.now();
    await page.getByTestId('import-start').click();
    await expect(page.getByTestId('import-progress')).toContainText('rows/s', { timeout: 60_000 });
    await expect(page.getByTestId('import-progress')).toContainText('s left', { timeout: 60_000 });

    const apiMs: number[] = [];
    const switchMs: number[] = [];
    for (let i = 0; i < 5; i++) {
      let t = performance.now();
      await callApi(app.url, 'posts.search', { query: 'refund', limit: 50 });
      apiMs.push(performance.now() - t);
      t = performance.now();
      await page.getByTestId('tab-posts').click();
      await expect(page.getByTestId('post-search')).toBeVisible({ timeout: 120_000 });
      await expect(page.getByTestId('post-total')).toContainText('post', { timeout: 120_000 });
      const postsMs = performance.now() - t;
      await page.getByTestId('tab-sources').click();
      await expect(page.getByTestId('import-row-running')).toBeVisible({ timeout: 120_000 });
      switchMs.push(performance.now() - t);
      console.log(`[perf] step ${i + 1}: posts.search ${apiMs[i].toFixed(0)} ms, Posts tab with its first page ${postsMs.toFixed(0)} ms, and back to the running import ${switchMs[i].toFixed(0)} ms`);
    }
    const rowsBefore = await callApi<{ posts: number }>(app.url, 'stats.get', {});
    // The import panel closed with the tab switch; the imports table still follows the run and cancels it.
    await page.getByTestId('import-row-cancel').click();
    await expect(page.getByTestId('import-row').first()).toContainText('cancelled', { timeout: 60_000 });
    const seconds = (performance.now() - started) / 1000;
    const after = await callApi<{ posts: number }>(app.url, 'stats.get', {});
    const imports = await callApi<{ status: string; imported: number }[]>(app.url, 'imports.list', { limit: 1 });
    const long = await page.evaluate<number[]>('window.longTasks');
    console.log(`[perf] import of ${ROWS} rows from the UI, cancelled after ${seconds.toFixed(1)} s: ${after.posts} posts kept (${imports[0].imported} in the import log, status ${imports[0].status})`);
    console.log(`[perf] while importing: posts.search median ${median(apiMs).toFixed(0)} ms (max ${Math.max(...apiMs).toFixed(0)}); Posts tab and back median ${median(switchMs).toFixed(0)} ms (max ${Math.max(...switchMs).toFixed(0)})`);
    console.log(`[perf] renderer long tasks: ${long.length}, longest ${long.length ? Math.max(...long).toFixed(0) : 0} ms`);
    expect(after.posts).toBeGreaterThanOrEqual(rowsBefore.posts);
    expect(after.posts).toBe(imports[0].imported);
    expect(imports[0].status).toBe('cancelled');
  } finally {
    await app.stop();
  }
});

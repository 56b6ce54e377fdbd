import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { WeeklyReport } from '../../shared/domain/report';
import { isoWeekOf, isoWeekRange, previousWeek } from '../../shared/time/isoWeek';
import { formatNet, formatNumber, formatShare } from '../src/features/reports/reportFormat';
import { callApi, freePort, pushPosts, startServe, type HookPost } from './liveApp';
import { startServed, type Served } from './served';

const ZONE = 'Europe/London';
const HOSTILE = '<img src=x onerror=alert(1)>';
const HOUR = 3_600_000;

// The browser's zone is the report's default: pin it so the expected week does not depend on the machine.
test.use({ timezoneId: ZONE, viewport: { width: 1440, height: 900 } });

let app: Served;
let out: string;
test.beforeEach(async () => {
  app = await startServed();
  out = mkdtempSync(join(tmpdir(), 'lp-e2e-reports-'));
});
test.afterEach(async () => {
  await app.stop();
  rmSync(out, { recursive: true, force: true });
});

/** Demo data (three weeks up to now) plus hostile text in a site name and a handle, inside the demo's last complete week. */
async function seed(): Promise<string> {
  expect(app.cli('demo', '--db', app.db, '--days', '21').status).toBe(0);
  const week = previousWeek(isoWeekOf(Date.now(), ZONE).label);
  const { start } = isoWeekRange(week, ZONE);
  const posts: HookPost[] = Array.from({ length: 30 }, (_, i) => ({
    id: `hostile-${i}`,
    site: i < 3 ? HOSTILE : 'twitter',
    author: HOSTILE,
    created_at: start + 2 * HOUR + i * 5 * HOUR,
    text: `@AcmeAirHelp Lost my bag again, this is terrible and the worst airline ever ${HOSTILE} #${i}`,
  }));
  expect(await pushPosts(app.url, posts)).toBe(30);
  return week;
}

const report = (req: object) => callApi<WeeklyReport>(app.url, 'reports.get', { timeZone: ZONE, includePii: false, ...req });

async function expectKpis(page: Page, r: WeeklyReport): Promise<void> {
  await expect(page.getByTestId('kpi-volume').getByTestId('kpi-value')).toHaveText(formatNumber(r.totals.volume.current));
  await expect(page.getByTestId('kpi-net').getByTestId('kpi-value')).toHaveText(r.totals.sentiment.net === null ? '–' : formatNet(r.totals.net.current));
  await expect(page.getByTestId('kpi-response').getByTestId('kpi-value')).toHaveText(formatShare(r.totals.responseRate.current));
  await expect(page.getByTestId('kpi-contacts').getByTestId('kpi-value')).toHaveText(formatNumber(r.totals.contacts.current));
  await expect(page.getByTestId('report-hash')).toHaveAttribute('title', r.provenance.snapshotHash);
}

test("the demo's week: KPIs match reports.get, another week, PII, hostile text, an empty week and a bad zone", async ({ page }) => {
  test.setTimeout(120_000);
  const week = await seed();
  const expected = await report({ week });
  expect(expected.totals.volume.current).toBeGreaterThan(100);

  await page.goto(`${app.url}#/reports`);
  await expect(page.getByTestId('report-week')).toHaveValue(week);
  await expect(page.getByTestId('report-zone')).toHaveValue(ZONE);
  await expect(page.getByTestId('report-range')).toHaveText(week);
  await expectKpis(page, expected);
  await expect(page.getByTestId('pii-badge')).toHaveText('PII masked');
  await expect(page.getByTestId('report-pii')).not.toBeChecked();
  await expect(page.getByTestId('kpi-volume').getByTestId('kpi-delta')).toContainText(/[▲▼▬] [+−±]/);

  // Hostile text is text: in the site table, the site filter and the detractors.
  await expect(page.getByTestId('site-row').filter({ hasText: HOSTILE })).toHaveCount(1);
  await expect(page.getByTestId('report-site').locator('option', { hasText: HOSTILE })).toHaveCount(1);
  await expect(page.getByTestId('section-reach').getByTestId('person-handle').filter({ hasText: HOSTILE })).toHaveCount(1);
  await expect(page.locator('[data-testid=reports-view] img')).toHaveCount(0);
  // Looked at, then copied by hand to docs/screenshots/reports.png (a test run never writes into the repo).
  await page.screenshot({ path: 'test-results/screens/reports.png' });
  mkdirSync('test-results/screens', { recursive: true });
  for (const [i, y] of [800, 1600].entries()) {
    await page.locator('.report-scroll').evaluate((el, top) => el.scrollTo(0, top), y);
    await page.screenshot({ path: `test-results/screens/reports-${i + 2}.png` });
  }

  await page.getByTestId('week-prev').click();
  const before = previousWeek(week);
  await expect(page.getByTestId('report-range')).toHaveText(before);
  await expectKpis(page, await report({ week: before }));

  await page.getByTestId('report-pii').check();
  await expect(page.getByTestId('pii-badge')).toHaveText('PII included');
  await expectKpis(page, await report({ week: before, includePii: true }));

  await page.getByTestId('report-week').fill('2017-W44');
  await page.getByTestId('report-week').press('Enter');
  await expect(page.getByTestId('report-range')).toHaveText('2017-W44');
  await expect(page.getByTestId('kpi-volume').getByTestId('kpi-value')).toHaveText('0');
  await expect(page.getByTestId('section-daily-empty')).toHaveText('No posts in this range.');
  await expect(page.getByTestId('section-sites-empty')).toHaveText('No site had posts in this range or the one before.');

  await page.getByTestId('report-zone').fill('Mars/Olympus');
  await page.getByTestId('report-zone').press('Enter');
  await expect(page.getByTestId('report-error')).toContainText('Mars/Olympus');
  await expect(page.getByTestId('report')).toHaveCount(0);
});

test('a range of dates, an export into a folder with a PDF, the schedule, and a frozen week that serves the same report', async ({ page }) => {
  test.setTimeout(120_000);
  const week = await seed();
  await page.goto(`${app.url}#/reports`);
  await expect(page.getByTestId('report-range')).toHaveText(week);

  await page.getByTestId('mode-range').click();
  const { start, end } = isoWeekRange(week, ZONE);
  await expect(page.getByTestId('report-range')).toContainText(' – ');
  await expectKpis(page, await report({ from: start, to: end }));

  await page.getByTestId('open-export').click();
  const dir = join(out, 'export');
  await page.getByTestId('export-dir').fill(dir);
  // The e2e runs in Chromium, so the server finds one to print the PDF with.
  await page.getByTestId('export-pdf').check();
  await page.getByTestId('export-run').click();
  await expect(page.getByTestId('export-result').or(page.getByTestId('export-error'))).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId('export-error')).toHaveCount(0);
  await expect(page.getByTestId('export-pdf-error')).toHaveCount(0);
  const paths = await page.getByTestId('export-path').allTextContents();
  expect(paths).toContain(join(dir, 'report.html'));
  expect(paths).toContain(join(dir, 'report.pdf'));
  expect(readFileSync(join(dir, 'report.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  expect(readFileSync(join(dir, 'report.html'), 'utf8')).not.toContain(HOSTILE); // escaped in the export
  expect(paths.filter((p) => p.endsWith('.csv')).length).toBeGreaterThan(3);
  for (const p of paths) expect(statSync(p).size, p).toBeGreaterThan(0);

  await page.getByTestId('open-schedule').click();
  await expect(page.getByTestId('schedule-last')).toHaveText('Not run yet.');
  await expect(page.getByTestId('schedule-zone')).toHaveValue(ZONE);
  await page.getByTestId('schedule-enabled').check();
  await page.getByTestId('schedule-dir').fill('relative/folder');
  await page.getByTestId('schedule-save').click();
  await expect(page.getByTestId('schedule-error')).toContainText('dir must be an absolute folder');
  await page.getByTestId('schedule-dir').fill(join(out, 'weekly'));
  await page.getByTestId('schedule-hour').fill('6');
  await page.getByTestId('schedule-save').click();
  await expect(page.getByTestId('schedule-panel')).toContainText('Saved.');
  await expect(page.getByTestId('schedule-error')).toHaveCount(0);
  expect(await callApi(app.url, 'reports.schedule', {})).toMatchObject({ enabled: true, dir: join(out, 'weekly'), hour: 6, timeZone: ZONE, includePii: false });

  await page.getByTestId('mode-week').click();
  await expect(page.getByTestId('report-range')).toHaveText(week);
  await page.getByTestId('open-freeze').click();
  const file = join(out, `${week}.sqlite`);
  await page.getByTestId('freeze-path').fill(file);
  await page.getByTestId('freeze-run').click();
  await expect(page.getByTestId('freeze-result').or(page.getByTestId('freeze-error'))).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('freeze-error')).toHaveCount(0);
  await expect(page.getByTestId('freeze-result')).toContainText(`Froze ${week}`);
  expect(existsSync(file)).toBe(true);

  // The snapshot served on its own gives the same report, marked as coming from a snapshot.
  const original = await report({ week });
  const snap = await startServe(file, await freePort());
  try {
    await page.goto(`${snap.url}#/reports`);
    await expect(page.getByTestId('report-range')).toHaveText(week);
    await expect(page.getByTestId('snapshot-badge')).toHaveText('from snapshot (read-only)');
    await expectKpis(page, original);
  } finally {
    await snap.stop();
  }
});

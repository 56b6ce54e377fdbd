import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { startServed, type Served } from './served';

let app: Served;
test.beforeEach(async () => {
  app = await startServed();
});
test.afterEach(async () => {
  await app.stop();
});

const HELPDESK = [
  'Ticket,User,When,Body,Parent,Staff,City',
  'T1,ann,1704103200,Where is my refund &amp; why so slow,,no,Leeds',
  'T2,acme_team,1704106800,Looking into it now,T1,yes,',
  'T3,bob,1704110400,<script>alert(1)</script> app crashes on login,,no,',
  'T4,cy,yesterday,broken time,,no,',
].join('\n');

test('a file with other columns is imported through the mapping dialog, saved as a preset, and shows per-site figures', async ({ page }) => {
  const file = app.writeFile('helpdesk.csv', HELPDESK);
  await page.goto(`${app.url}#/sources`);
  await page.getByTestId('source-import').click();
  await page.getByTestId('import-path').fill(file);
  await page.getByTestId('import-preview').click();
  await expect(page.getByTestId('import-preset')).toHaveValue('__map__');
  await expect(page.getByTestId('mapping-dialog')).toContainText('<script>alert(1)</script>');
  await expect(page.getByTestId('map-id')).toHaveValue('Ticket');
  await expect(page.getByTestId('map-authorLocation')).toHaveValue('City');
  await expect(page.getByTestId('mapping-problem')).toHaveText('choose a site column or type a site name');
  await page.getByTestId('map-siteValue').fill('helpdesk');
  await page.getByTestId('map-inReplyTo').selectOption('Parent');
  await page.getByTestId('map-timeFormat').selectOption('epoch-s');
  await page.getByTestId('map-decode').check();
  await page.getByTestId('map-saveAs').fill('helpdesk-export');
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-result')).toHaveText('Import done: 3 imported, 0 duplicates, 1 quarantined');
  await page.screenshot({ path: 'test-results/screens/sources-import.png' });

  const row = page.getByTestId('source-row').filter({ hasText: 'helpdesk' });
  await expect(row.getByTestId('figure-posts')).toHaveText('3');
  await expect(row.getByTestId('figure-answered')).toHaveText('50%');
  await expect(row.getByTestId('figure-median')).toHaveText('1.0 h');
  await expect(page.getByTestId('quarantine-reason')).toHaveText(['bad When "yesterday" (want epoch seconds)']);

  const again = app.cli('import', '--db', app.db, '--preset', 'helpdesk-export', '--json', file);
  expect(JSON.parse(again.stdout)).toEqual({ imported: 0, duplicates: 3, quarantined: 1 });
  await page.getByTestId('tab-posts').click();
  await page.getByTestId('post-search').fill('refund');
  await expect(page.getByTestId('post-total')).toHaveText('1 post');
  await expect(page.getByTestId('post-text')).toHaveText('Where is my refund & why so slow');
});

test('a known export is recognised and imported with its preset', async ({ page }) => {
  await page.goto(`${app.url}#/sources`);
  await page.getByTestId('source-import').click();
  await page.getByTestId('import-path').fill(resolve(process.cwd(), '..', 'shared', 'data', 'twcs', 'twcs_subset.csv'));
  await page.getByTestId('import-preview').click();
  await expect(page.getByTestId('import-preset')).toHaveValue('twcs');
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-result')).toHaveText('Import done: 719 imported, 0 duplicates, 0 quarantined');
  const twitter = page.getByTestId('source-row').filter({ hasText: 'twitter' });
  await expect(twitter.getByTestId('figure-answered')).toHaveText('100%');
  await page.getByTestId('import-path').fill('/no/such/file.csv');
  await page.getByTestId('import-preview').click();
  await expect(page.getByTestId('import-error')).toHaveText('no such file: /no/such/file.csv');
});

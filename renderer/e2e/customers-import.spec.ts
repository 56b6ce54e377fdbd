import { expect, test } from '@playwright/test';
import { startServed, type Served } from './served';

let app: Served;
test.beforeEach(async () => {
  app = await startServed();
});
test.afterEach(async () => {
  await app.stop();
});

// A helpdesk export no preset knows: day-first times, a town, incidents described on the rows.
const HELPDESK = [
  'Case,Caller,Caller name,Mail,Town,Opened,Via,Handler,Topic,Result,Major incident,MI title,MI state',
  'C-1,K9,Ann Lee,ann@example.com,Leeds,01-03-2024 09:00,Phone,Sam,Outage,Escalated,MI-7,Network down,Resolved',
  'C-2,K9,Ann Lee,ann@example.com,Leeds,02-03-2024 10:00,Email,Kim,Outage,Answered,MI-7,Network down,Resolved',
  'C-3,K10,Bo Sousa,bo@example.com,Porto,yesterday,Chat,,Billing,,,,',
].join('\n');

// Freshdesk's tickets export, which a built-in preset fits.
const FRESHDESK = [
  'Ticket ID,Subject,Status,Priority,Source,Type,Agent,Group,Created time,Full name,Email,Work phone,Twitter ID',
  '501,Refund missing,Resolved,High,Twitter,Refund,Sam Agent,Billing,2024-02-01 09:30:00,Cy Park,cy@example.com,,@cy_park',
].join('\n');

test('contact history from the Customers view: preview, column mapping saved as a preset, progress, quarantine, then a built-in preset', async ({ page }) => {
  await page.goto(`${app.url}#/customers`);
  await expect(page.getByTestId('customer-total')).toHaveText('0 customers');
  await page.getByTestId('open-contact-import').click();
  await page.getByTestId('contact-import-path').fill(app.writeFile('helpdesk.csv', HELPDESK));
  await page.getByTestId('contact-import-preview').click();

  // No preset fits: the mapping dialog opens with guesses; the supervisor completes it.
  const dialog = page.getByTestId('contact-mapping-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row')).toHaveCount(4);
  await expect(dialog).toContainText('Network down');
  await expect(page.getByTestId('cmap-contactId')).toHaveValue('Case');
  await expect(page.getByTestId('cmap-email')).toHaveValue('Mail');
  await expect(page.getByTestId('cmap-location')).toHaveValue('Town');
  await page.getByTestId('cmap-contactId').selectOption('');
  await expect(page.getByTestId('contact-mapping-problem')).toContainText('choose the column with the contact');
  await expect(page.getByTestId('contact-import-start')).toBeDisabled();
  await page.getByTestId('cmap-contactId').selectOption('Case');
  await page.getByTestId('cmap-customerKey').selectOption('Caller');
  await page.getByTestId('cmap-name').selectOption('Caller name');
  await page.getByTestId('cmap-at').selectOption('Opened');
  await page.getByTestId('cmap-timeFormat').selectOption('day-first');
  await page.getByTestId('cmap-incidentId').selectOption('Major incident');
  await page.getByTestId('cmap-incidentTitle').selectOption('MI title');
  await page.getByTestId('cmap-incidentStatus').selectOption('MI state');
  await page.getByTestId('cmap-saveAs').fill('acme-helpdesk');
  await page.screenshot({ path: 'test-results/screens/customers-import-mapping.png' });
  await page.getByTestId('contact-import-start').click();

  await expect(page.getByTestId('import-result')).toHaveText('Import done: 2 imported, 0 duplicates, 1 quarantined');
  await expect(page.getByTestId('quarantine-row')).toHaveCount(1);
  await expect(page.getByTestId('quarantine-row')).toContainText('4');
  await expect(page.getByTestId('quarantine-reason')).toHaveText('bad Opened "yesterday" (want DD-MM-YYYY HH:MM)');
  await expect(page.getByTestId('customer-total')).toHaveText('1 customer');
  await page.getByTestId('customer-row').filter({ hasText: 'Ann Lee' }).click();
  await expect(page.getByTestId('customer-facts')).toContainText('in Leeds');
  await expect(page.getByTestId('customer-incident')).toContainText('MI-7 — Resolved — Network down');
  await expect(page.getByTestId('timeline-contact')).toHaveCount(2);

  // The saved mapping is a preset now: it fits the same layout, and the CLI knows it.
  await page.getByTestId('contact-import-preview').click();
  await expect(page.getByTestId('contact-import-preset')).toHaveValue('acme-helpdesk');
  const cli = app.cli('import-contacts', '--db', app.db, '--preset', 'acme-helpdesk', '--json', app.writeFile('more.csv', HELPDESK.replace(/C-(\d)/g, 'D-$1')));
  expect(JSON.parse(cli.stdout)).toEqual({ imported: 2, duplicates: 0, quarantined: 1, customers: 1, incidents: 1 });

  // A Freshdesk export: the built-in preset fits and is chosen; the rows are shown as text.
  await page.getByTestId('contact-import-path').fill(app.writeFile('freshdesk.csv', FRESHDESK));
  await page.getByTestId('contact-import-preview').click();
  await expect(page.getByTestId('contact-import-preset')).toHaveValue('freshdesk-tickets');
  await expect(page.getByTestId('contact-import-rows')).toContainText('Refund missing');
  await page.getByTestId('contact-import-start').click();
  await expect(page.getByTestId('import-result')).toHaveText('Import done: 1 imported, 0 duplicates, 0 quarantined');
  await expect(page.getByTestId('customer-total')).toHaveText('2 customers');
  await page.screenshot({ path: 'test-results/screens/customers-import.png' });
});

import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startServed, type Served } from './served';

let app: Served;
test.beforeEach(async () => {
  app = await startServed();
});
test.afterEach(async () => {
  await app.stop();
});

const DATA = join(process.cwd(), '..', 'shared', 'data', 'contacts');

const POSTS = [
  'id,site,author,created_at,text,in_reply_to,author_location',
  '1,forum,laptop_lou,2016-03-01T10:00:00Z,Incident INC0000045 again! Nobody fixed my laptop and I am furious,,',
  '2,forum,laptop_lou,2016-03-09T10:00:00Z,Still broken. Terrible service,,',
  '3,twitter,scott_e,2023-06-02T09:00:00Z,Ticket went nowhere. Write me at davidcox@example.org,,"Austin, TX"',
].join('\n');

test('identity links: proposed with evidence, confirmed, unlinked and undone; one timeline of posts and contacts', async ({ page }) => {
  app.cli('import', '--db', app.db, '--preset', 'generic', app.writeFile('posts.csv', POSTS));
  const tickets = app.cli('import-contacts', '--db', app.db, '--preset', 'tickets', '--json', join(DATA, 'customer_support_tickets.csv'));
  expect(JSON.parse(tickets.stdout)).toMatchObject({ imported: 6000, quarantined: 0 });
  const incidents = app.cli('import-contacts', '--db', app.db, '--preset', 'incidents', '--json', join(DATA, 'incident_event_log.csv'));
  expect(JSON.parse(incidents.stdout)).toMatchObject({ imported: 5998, customers: 639, incidents: 890 });

  await page.goto(`${app.url}#/customers`);
  await expect(page.getByTestId('customer-total')).toHaveText('6,639 customers');
  await page.getByTestId('propose-links').click();
  await expect(page.getByTestId('propose-report')).toContainText('3 new proposals');
  await page.getByTestId('customer-linked-filter').selectOption('proposed');
  await expect(page.getByTestId('customer-row')).toHaveCount(3);

  // The same e-mail is on two customers' tickets: both proposals show the conflict.
  await page.getByTestId('customer-row').filter({ hasText: 'Scott Estrada' }).click();
  await expect(page.getByTestId('identity-conflict')).toContainText('@scott_e also matches Mary Rush');
  // The profile location the post import carried is shown beside the author.
  await expect(page.getByTestId('identity-author-location').first()).toHaveText('@scott_e is in Austin, TX');

  await page.getByTestId('customer-row').filter({ hasText: 'Caller 2403' }).click();
  const link = page.getByTestId('identity-link');
  await expect(link).toContainText('names their reference "INC0000045"');
  await expect(page.getByTestId('timeline-post')).toHaveCount(0);
  await link.getByTestId('identity-reason').fill('quotes incident INC0000045 of this caller');
  await link.getByTestId('identity-confirm').click();
  await expect(link).toHaveAttribute('data-status', 'confirmed');
  await expect(page.getByTestId('timeline-post')).toHaveCount(2);
  await expect(page.getByTestId('timeline-contact').first()).toBeVisible();
  await expect(page.getByTestId('customer-incident').first()).toContainText('Closed');

  await link.getByTestId('identity-reason').fill('second thoughts');
  await link.getByTestId('identity-reject').click();
  await expect(link).toHaveAttribute('data-status', 'rejected');
  await expect(page.getByTestId('timeline-post')).toHaveCount(0);
  await expect(page.getByTestId('identity-log-entry').first()).toContainText('unlinked');
  await expect(page.getByTestId('identity-log-entry').first()).toContainText('second thoughts');
  await page.getByTestId('identity-undo').click();
  await expect(link).toHaveAttribute('data-status', 'confirmed');
  await expect(page.getByTestId('identity-log-entry')).toHaveCount(4);
  await expect(page.getByTestId('timeline-post')).toHaveCount(2);
  await page.screenshot({ path: 'test-results/screens/customers.png' });
});

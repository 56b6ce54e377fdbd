import { expect, test, type Page } from '@playwright/test';
import { startServed, type Served } from './served';

let app: Served;
test.beforeEach(async () => {
  app = await startServed();
});
test.afterEach(async () => {
  await app.stop();
});

const CSV = [
  'id,site,author,created_at,text,in_reply_to,author_followers',
  '1,twitter,alice,2024-03-01T09:00:00Z,My card was charged twice for my order,,120',
  '2,twitter,alice,2024-03-01T09:05:00Z,Still nothing - anyone there? Mail me at alice@example.com,1,120',
  '3,forum,bob,2024-03-02T10:00:00Z,Refund still not arrived after two weeks,,',
].join('\n');

async function importPosts(page: Page): Promise<void> {
  const r = app.cli('import', '--db', app.db, '--preset', 'generic', '--json', app.writeFile('posts.csv', CSV));
  expect(JSON.parse(r.stdout)).toEqual({ imported: 3, duplicates: 0, quarantined: 0 });
  await page.goto(app.url);
  await expect(page.getByTestId('post-row')).toHaveCount(3);
}

const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test('a post becomes one case per conversation, moves by drag and by keyboard', async ({ page }) => {
  await importPosts(page);
  const reply = page.getByTestId('post-row').filter({ hasText: 'anyone there' });
  await reply.getByTestId('post-create-case').click();
  await expect(reply.getByTestId('post-case-link')).toHaveText('Case #1 →');
  const root = page.getByTestId('post-row').filter({ hasText: 'charged twice' });
  await root.getByTestId('post-create-case').click();
  await expect(root.getByTestId('post-case-link')).toHaveText('Already case #1 →');

  await root.getByTestId('post-case-link').click();
  await expect(page.getByTestId('cases-view')).toBeVisible();
  await expect(page.getByTestId('case-panel')).toContainText('Case #1');
  await expect(column(page, 'New').getByTestId('case-card')).toHaveCount(1);
  await expect(page.getByTestId('case-card').getByTestId('sla-chip')).toHaveAttribute('data-state', 'red');

  await page.getByTestId('case-card').dragTo(column(page, 'Triaged'));
  await expect(column(page, 'Triaged').getByTestId('case-card')).toHaveCount(1);

  await column(page, 'Triaged').getByTestId('case-card').focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(column(page, 'Waiting on customer').getByTestId('case-card')).toHaveCount(1);
  await expect(column(page, 'Waiting on customer').getByTestId('case-card')).toBeFocused();
  await page.keyboard.press('4');
  await expect(column(page, 'Waiting on us').getByTestId('case-card')).toHaveCount(1);
  await expect(page.getByTestId('case-log')).toContainText('moved it from Waiting on customer to Waiting on us');

  // Link the author to the customer of the contact history: proposed from the e-mail in her post, confirmed here.
  const tickets = app.writeFile('tickets.csv', [
    'Ticket ID,Customer Name,Customer Email,Ticket Type,Ticket Subject,Ticket Status,Ticket Channel,First Response Time',
    '71,Alice Smith,alice@example.com,Billing inquiry,Payment issue,Closed,Phone,2024-02-27 10:00:00',
  ].join('\n'));
  expect(app.cli('import-contacts', '--db', app.db, '--preset', 'tickets', tickets).status).toBe(0);
  await expect(page.getByTestId('case-customer')).toContainText('No customer linked');
  await page.getByTestId('tab-customers').click();
  await page.getByTestId('propose-links').click();
  await expect(page.getByTestId('propose-report')).toContainText('1 new proposal');
  await page.getByTestId('tab-cases').click();
  await page.getByTestId('case-card').click();
  const link = page.getByTestId('case-customer').getByTestId('identity-link');
  await expect(link).toContainText("gives the customer's e-mail a****@example.com");
  await link.getByTestId('identity-reason').fill('same e-mail as ticket 71');
  await link.getByTestId('identity-confirm').click();
  await expect(page.getByTestId('open-customer')).toHaveText('Contact history of Alice Smith →');

  // Reply: a template fills the placeholders; a card number in public is blocked until removed.
  await page.getByTestId('reply-brand').fill('Acme');
  await page.getByTestId('reply-brand').blur();
  await page.getByTestId('reply-template').selectOption({ label: 'Apology and DM' });
  await expect(page.getByTestId('reply-text')).toHaveValue(/^Hi alice, sorry to hear about this\. I'm supervisor from Acme\./);
  await page.getByTestId('reply-text').fill("Hi alice, I'm Sam from Acme. Is 4111 1111 1111 1111 the card we charged twice?");
  const pii = page.locator('[data-testid=reply-problem][data-rule=pii]');
  await expect(pii).toHaveAttribute('data-severity', 'block');
  await expect(pii).toContainText('**** **** **** 1111');
  await expect(page.getByTestId('reply-store')).toBeDisabled();
  await page.screenshot({ path: 'test-results/screens/cases-check.png' });
  // Without saying who writes for Acme the reply fails the disclosure check; a mid-sentence introduction passes it.
  await page.getByTestId('reply-text').fill('Hi alice, thanks for waiting. We refunded the second charge to the card ending 1111.');
  await expect(page.locator('[data-testid=reply-problem][data-rule=disclosure]')).toBeVisible();
  await expect(page.getByTestId('reply-checks')).toHaveAttribute('data-ok', 'false');
  await page.getByTestId('reply-text').fill('Hi alice, thanks for waiting — Sam here for Acme Support, we refunded the second charge to the card ending 1111.');
  await expect(page.locator('[data-testid=reply-problem][data-rule=disclosure]')).toHaveCount(0);
  await expect(page.getByTestId('reply-checks')).toHaveAttribute('data-ok', 'true');
  await page.getByTestId('reply-store').click();
  await expect(page.getByTestId('stored-reply')).toHaveCount(1);
  await expect(page.getByTestId('stored-reply')).toContainText('card ending 1111');
  await expect(page.getByTestId('sla-first-response').locator('.sla-chip')).toHaveAttribute('data-state', 'breached');
  await expect(page.getByTestId('case-log')).toContainText('stored a reply');

  await page.getByTestId('case-column-select').selectOption({ label: 'Resolved' });
  await expect(column(page, 'Resolved').getByTestId('case-card')).toHaveCount(1);
  await expect(page.getByTestId('sla-resolution').locator('.sla-chip')).toHaveAttribute('data-state', 'breached');
  await page.getByTestId('case-panel').evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: 'test-results/screens/cases.png' });
});

test('a stale edit from a second window is refused, not silently applied', async ({ page, browser }) => {
  await importPosts(page);
  await page.getByTestId('post-row').filter({ hasText: 'Refund' }).getByTestId('post-create-case').click();
  await page.goto(`${app.url}#/cases`);
  await page.getByTestId('case-card').click();
  const other = await browser.newPage();
  await other.goto(`${app.url}#/cases`);
  await other.getByTestId('case-card').click();
  await other.getByTestId('case-assignee-input').fill('Kim');
  await other.getByTestId('case-assignee-input').press('Enter');
  await expect(other.getByTestId('case-assignee')).toHaveText('Kim');
  // The first window still shows version 1 until the push event lands; send its edit straight away.
  const stale = await page.evaluate(async () => {
    const res = await fetch('/api/cases.assign', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ caseId: 1, version: 1, assignee: 'Lee' }) });
    return res.json();
  });
  expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
  await expect(page.getByTestId('case-assignee')).toHaveText('Kim');
  await other.close();
});

test('the triage queue ranks new inbound posts by visible terms whose weights can be changed', async ({ page }) => {
  const csv = [
    'id,site,author,created_at,text,in_reply_to,author_followers',
    '1,twitter,quiet_q,2024-03-01T09:00:00Z,This is the worst service ever. Furious and disgusted,,3',
    '2,twitter,famous_f,2024-03-01T09:30:00Z,Is the app down?,,850000',
  ].join('\n');
  app.cli('import', '--db', app.db, '--preset', 'generic', app.writeFile('triage.csv', csv));
  await page.goto(`${app.url}#/cases`);
  await page.getByTestId('show-triage').click();
  const items = page.getByTestId('triage-item');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('@quiet_q');
  for (const t of ['negativity', 'persistence', 'sitePolicy', 'waiting', 'customerValue']) await page.getByTestId(`weight-${t}`).fill('0');
  await expect(items.first()).toContainText('@famous_f');
  await expect(items.first()).toContainText('850,000 followers');
  await page.getByTestId('save-weights').click();
  await expect(page.getByTestId('save-weights')).toBeDisabled();
  await page.screenshot({ path: 'test-results/screens/cases-triage.png' });
  await items.first().getByTestId('post-create-case').click();
  await page.getByTestId('show-board').click();
  await expect(page.getByTestId('case-card')).toHaveCount(1);
  await expect(page.getByTestId('case-card')).toContainText('@famous_f');
});

test('per-site SLA targets turn the timer chip green, amber and red', async ({ page }) => {
  const posted = new Date(Date.now() - 50 * 60_000).toISOString();
  app.cli('import', '--db', app.db, '--preset', 'generic', app.writeFile('p.csv', `id,site,author,created_at,text\n1,twitter,ann,${posted},Where is my parcel?\n`));
  await page.goto(app.url);
  await page.getByTestId('post-create-case').click();
  await page.goto(`${app.url}#/cases`);
  const chip = page.getByTestId('case-card').getByTestId('sla-chip');
  // Default target: first response within 60 min; 50 min gone is past 75 % of it.
  await expect(chip).toHaveAttribute('data-state', 'amber');
  for (const [minutes, state] of [[40, 'red'], [600, 'ok']] as const) {
    await page.getByTestId('edit-sla').click();
    await page.getByTestId('sla-site').selectOption({ index: 1 });
    await page.getByTestId('sla-first').fill(String(minutes));
    await page.getByTestId('sla-save').click();
    await expect(page.getByTestId('sla-editor')).toHaveCount(0);
    await expect(chip).toHaveAttribute('data-state', state);
  }
  await page.getByTestId('case-card').click();
  await expect(page.getByTestId('case-panel')).toContainText('twitter policy: reply within 10h 00m');
});

import { expect, test } from '@playwright/test';
import { startServed, type Served } from './served';

let app: Served;
test.beforeEach(async () => {
  app = await startServed();
});
test.afterEach(async () => {
  await app.stop();
});

const POSTS = [
  'id,site,author,created_at,text',
  '1,twitter,alice,2024-03-01T09:00:00Z,My flight was delayed three hours and nobody told us',
  '2,twitter,bob,2024-03-01T10:00:00Z,"Thank you so much, the crew were wonderful!"',
  '3,twitter,carol,2024-03-01T11:00:00Z,What time does the lounge open tomorrow?',
  '4,forum,dave,2024-03-01T12:00:00Z,<b>Lost my bag</b> again 😡 worst airline ever',
].join('\n');

const NEG = ['delayed again', 'lost my bag', 'rude staff at the gate', 'still no refund', 'cancelled without notice'];
const NEU = ['what time is boarding', 'is there wifi on board', 'which terminal for the flight', 'can I change my seat', 'do you fly to Denver'];
const POS = ['thanks for the upgrade', 'great crew today', 'love the new seats', 'smooth flight thank you', 'best service ever'];
const LABELS = ['text,label', ...[0, 1, 2, 3].flatMap((i) => [...NEG.map((t) => `${t} ${i},negative`), ...NEU.map((t) => `${t} ${i},neutral`), ...POS.map((t) => `${t} ${i},positive`)])].join('\n');

const row = (page: import('@playwright/test').Page, text: string) => page.getByTestId('post-row').filter({ hasText: text });

test('imported posts show sentiment labels, open to their reasons, and n/u/p corrects one', async ({ page }) => {
  const r = app.cli('import', '--db', app.db, '--preset', 'generic', '--json', app.writeFile('posts.csv', POSTS));
  expect(r.status).toBe(0);
  await page.goto(app.url);
  await expect(page.getByTestId('post-row')).toHaveCount(4);
  await expect(row(page, 'delayed').getByTestId('post-sentiment')).toHaveAttribute('data-label', 'negative');
  await expect(row(page, 'wonderful').getByTestId('post-sentiment')).toHaveAttribute('data-label', 'positive');
  await expect(row(page, 'lounge').getByTestId('post-sentiment')).toHaveAttribute('data-label', 'neutral');
  await expect(row(page, 'Lost my bag').getByTestId('post-text')).toHaveText('<b>Lost my bag</b> again 😡 worst airline ever');

  await row(page, 'delayed').click();
  const reasons = row(page, 'delayed').getByTestId('sentiment-reasons');
  await expect(reasons).toContainText('Built-in rules and lexicon');
  await expect(reasons.getByTestId('sentiment-reason').first()).toBeVisible();
  await expect(reasons).toContainText('delayed');

  const lounge = row(page, 'lounge');
  await lounge.focus();
  await page.keyboard.press('n');
  await expect(lounge.getByTestId('post-sentiment')).toHaveAttribute('data-label', 'negative');
  await expect(lounge.getByTestId('post-corrected')).toHaveText('corrected');
  await page.screenshot({ path: 'test-results/screens/sentiment-list.png' });

  await page.reload();
  await expect(row(page, 'lounge').getByTestId('post-corrected')).toBeVisible();
  await row(page, 'lounge').click();
  await expect(row(page, 'lounge').getByTestId('sentiment-corrections')).toContainText('Corrected to negative by supervisor');
});

test('a retrained model shows its CV figures, is switched on, rescores, and rolls back', async ({ page }) => {
  app.cli('import', '--db', app.db, '--preset', 'generic', app.writeFile('posts.csv', POSTS));
  const labels = app.writeFile('labels.csv', LABELS);
  await page.goto(app.url);
  await row(page, 'delayed').click();
  await page.getByTestId('sentiment-models-open').click();
  await expect(page.getByTestId('sentiment-model')).toHaveCount(1);
  await expect(page.getByTestId('model-active')).toBeVisible();

  await page.getByTestId('retrain-file').fill(labels);
  await page.getByTestId('retrain').click();
  await expect(page.getByTestId('cv-report')).toContainText('5-fold cross-validated macro-F1');
  await expect(page.getByTestId('cv-report')).toContainText('60 examples (0 corrections, 60 from file)');
  await expect(page.getByTestId('sentiment-model')).toHaveCount(2);
  await page.screenshot({ path: 'test-results/screens/sentiment-models.png' });

  await page.getByTestId('model-activate').click();
  await expect(page.getByTestId('rescore-progress')).toContainText('Rescored 4 posts');
  await expect(page.getByTestId('sentiment-model').first().getByTestId('model-active')).toBeVisible();
  await expect(row(page, 'wonderful').getByTestId('post-sentiment')).toHaveAttribute('title', /^Model: positive/);
  await page.getByRole('button', { name: 'Roll back to this' }).click();
  await expect(page.getByTestId('sentiment-model').last().getByTestId('model-active')).toBeVisible();
  await page.getByTestId('sentiment-models-close').click();
  await expect(page.getByTestId('sentiment-models')).toHaveCount(0);
});

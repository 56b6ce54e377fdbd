import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { pushPosts } from './liveApp';
import { startServed, type Served } from './served';

let app: Served;
test.beforeEach(async () => {
  app = await startServed();
  mkdirSync('test-results/screens', { recursive: true });
});
test.afterEach(async () => {
  await app.stop();
});

// A small labelled export written by the test: reasons as an airline export names them.
const ROWS: Array<[string, string]> = [
  ['lost my suitcase at the airport', 'Lost Luggage'],
  ['my bag never arrived at the carousel', 'Lost Luggage'],
  ['where is my luggage, three days now', 'Lost Luggage'],
  ['luggage missing again, no trace of my bag', 'Lost Luggage'],
  ['suitcase lost on the connection', 'Lost Luggage'],
  ['flight delayed again by two hours', 'Late Flight'],
  ['two hours late and no update', 'Late Flight'],
  ['delayed on the tarmac for ages', 'Late Flight'],
  ['late departure, missed my meeting', 'Late Flight'],
  ['our flight is delayed yet again', 'Late Flight'],
];

function writeCsv(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'lp-topic-models-')), 'reasons.csv');
  writeFileSync(file, `text,reason\n${ROWS.map(([t, r]) => `"${t}",${r}`).join('\n')}\n`);
  return file;
}

test('a topic model is trained from a file, measured, switched on, explains a post\'s topic, and is rolled back', async ({ page }) => {
  await pushPosts(app.url, [{ id: 'bag', text: 'They lost my suitcase at the airport, no trace of it' }]);
  await page.goto(`${app.url}#/sources`);
  const panel = page.getByTestId('topic-models');
  await expect(panel.getByTestId('topic-model-current')).toHaveText('Rules only.');

  await panel.getByTestId('topic-train-file').fill(writeCsv());
  await panel.getByTestId('topic-train-label').fill('negativereason');
  await panel.getByTestId('topic-train-run').click(); // a column the file does not have: refused, naming it
  await expect(panel.getByTestId('topic-models-error')).toContainText('missing column "negativereason" (columns found: text, reason)');

  await panel.getByTestId('topic-train-label').fill('reason');
  await panel.getByTestId('topic-train-run').click();
  const model = panel.getByTestId('topic-model');
  await expect(model).toHaveCount(1);
  await expect(model.getByTestId('topic-model-f1')).toHaveText(/^[01]\.\d\d$/);
  await expect(model.getByTestId('topic-model-topics').locator('li')).toHaveText([/^Late Flight [01]\.\d\d \(5\)$/, /^Lost Luggage [01]\.\d\d \(5\)$/]);
  await expect(panel.getByTestId('topic-model-current')).toHaveText('Rules only.'); // measured, not switched on

  await panel.getByTestId('topic-model-min').fill('0.6');
  await panel.getByTestId('topic-model-activate').click();
  await expect(panel.getByTestId('topic-model-current')).toHaveText(/^Rules \+ reasons\.csv · reason .* \(topics the model is at least 60% sure of\)\.$/);
  await expect(model).toContainText('in use: default');
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/topic-models.png' });

  await page.goto(app.url);
  await page.getByTestId('post-row').first().click();
  const topics = page.getByTestId('post-topics');
  await expect(topics.getByTestId('topic-match')).toHaveCount(2);
  await expect(topics.getByTestId('topic-match').first()).toHaveText('Baggage suitcase');
  await expect(topics.getByTestId('topic-why')).toHaveText(/^model: Lost Luggage 0\.\d\d$/);

  await page.goto(`${app.url}#/sources`);
  await page.getByTestId('topic-model-rollback').click();
  await expect(page.getByTestId('topic-model-current')).toHaveText('Rules only.');
  await expect(page.getByTestId('topic-model-rollback')).toBeDisabled();
  await page.goto(app.url);
  await page.getByTestId('post-row').first().click();
  await expect(page.getByTestId('post-topics').getByTestId('topic-match')).toHaveText(['Baggage suitcase']);
});

test('a site gets its own alert thresholds in the thresholds dialog; windows stay shared', async ({ page }) => {
  await pushPosts(app.url, [{ id: 'hello', text: 'hello there' }]);
  await page.goto(`${app.url}#/live`);
  await page.getByTestId('alert-rules-open').click();
  const dialog = page.getByTestId('alert-rules');
  await dialog.getByTestId('alert-rules-site').selectOption({ label: 'twitter' });
  await expect(dialog.getByTestId('alert-rule-spikeWindowMs')).toBeDisabled();
  await dialog.getByTestId('alert-rule-spikeMinPosts').fill('5');
  await dialog.getByTestId('alert-rules-save').click();
  await expect(dialog.getByTestId('alert-rules-notice')).toContainText('Saved');
  await expect(dialog.getByTestId('alert-rules-site').locator('option:checked')).toHaveText('twitter (own thresholds)');
  await dialog.getByTestId('alert-rules-site').selectOption({ label: 'All sites' });
  await expect(dialog.getByTestId('alert-rule-spikeMinPosts')).toHaveValue('20');
  await dialog.getByTestId('alert-rules-site').selectOption({ label: 'twitter (own thresholds)' });
  await expect(dialog.getByTestId('alert-rule-spikeMinPosts')).toHaveValue('5');
});

import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { pushPosts, type HookPost } from './liveApp';
import { startServed, type Served } from './served';

let app: Served;
test.beforeEach(async () => {
  app = await startServed();
  mkdirSync('test-results/screens', { recursive: true });
});
test.afterEach(async () => {
  await app.stop();
});

const loungePosts = (n: number): HookPost[] =>
  Array.from({ length: n }, (_, i) => ({ id: `lounge-${i}`, author: `flyer_${i}`, text: `@AcmeAirHelp the lounge was closed again, terrible #${i}` }));

test('a site gets its own topic, tested and saved in Sources, and the live view counts it; a lower spike threshold raises an alert', async ({ page }) => {
  await pushPosts(app.url, [{ id: 'hello', text: 'hello there' }]); // creates the twitter site
  await page.goto(`${app.url}#/sources`);
  const editor = page.getByTestId('topic-rules');
  await expect(editor.getByTestId('topic-source')).toHaveText('The built-in rules, used by every site without its own set.');
  await editor.getByTestId('topic-site').selectOption({ label: 'twitter' });
  await expect(editor.getByTestId('topic-source')).toHaveText('twitter follows the default set; saving here gives it its own.');
  await expect(editor.getByTestId('topic-save')).toBeDisabled();

  await editor.getByTestId('topic-add').click();
  const row = editor.getByTestId('topic-rule').last();
  await row.getByTestId('topic-label').fill('Lounge');
  await row.getByTestId('topic-keywords').click(); // leaving the label fills the id
  await expect(row.getByTestId('topic-id')).toHaveValue('lounge');
  await row.getByTestId('topic-exclude').fill('no lounge');

  await editor.getByTestId('topic-save').click(); // no keywords yet: refused, naming rule and field
  await expect(editor.getByTestId('topic-error')).toContainText('(lounge): "keywords" must be a non-empty list of strings');
  await expect(row).toHaveClass(/invalid/);
  await editor.getByTestId('topic-error').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/topics-editor-error.png' });

  await row.getByTestId('topic-keywords').fill('lounge*\nclub room');
  await editor.getByTestId('topic-test-text').fill('The Lounge was closed and the club room too, flight delayed');
  await editor.getByTestId('topic-test-run').click();
  await expect(editor.getByTestId('topic-match')).toHaveText(['Lounge Lounge, club room', 'Delay delayed']);
  await editor.getByTestId('topic-test-text').fill('no lounge access today');
  await editor.getByTestId('topic-test-run').click();
  await expect(editor.getByTestId('topic-test-result')).toHaveText('No topic matches this text.');
  await editor.getByTestId('topic-test-text').fill('The lounge was closed and the club room too, flight delayed');
  await editor.getByTestId('topic-test-run').click();
  await editor.scrollIntoViewIfNeeded();
  await editor.getByTestId('topic-test').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/topics-editor.png' });

  await editor.getByTestId('topic-save').click();
  await expect(editor.getByTestId('topic-notice')).toContainText('Saved. New posts get these topics at once; posts already stored are recounted in the background');
  await expect(editor.getByTestId('topic-source')).toContainText("twitter's own set");
  await expect(editor.getByTestId('topic-error')).toHaveCount(0);
  await expect(editor.locator('[data-testid=topic-site] option', { hasText: 'twitter (own set)' })).toHaveCount(1);

  await pushPosts(app.url, loungePosts(12));
  await page.goto(`${app.url}#/live`);
  await page.getByTestId('window-15m').click();
  await expect(page.getByTestId('panel-volume')).toContainText('13 posts');
  await page.getByTestId('live-topic').selectOption('lounge');
  await expect(page.getByTestId('panel-volume')).toContainText('12 posts');
  await page.getByTestId('live-topic').selectOption('');
  const chart = await page.getByTestId('chart-topics').boundingBox();
  if (!chart) throw new Error('no topics chart');
  await page.mouse.click(chart.x + chart.width * 0.45, chart.y + chart.height * 0.55); // one topic: its bar fills the plot
  await expect(page.getByTestId('drill-drawer')).toContainText('Lounge');
  await expect(page.getByTestId('drill-total')).toHaveText('12 posts');
  await page.getByTestId('drill-drawer').getByRole('button', { name: /close/i }).click();
  await expect(page.getByTestId('drill-drawer')).toHaveCount(0);

  const alerts = page.getByTestId('panel-alerts');
  await expect(alerts).toContainText('No open alerts.'); // 13 posts: under the default minimum of 20
  await alerts.getByTestId('alert-rules-open').click();
  const dialog = page.getByTestId('alert-rules-dialog');
  await dialog.getByTestId('alert-rule-spikeMinPosts').fill('0');
  await dialog.getByTestId('alert-rules-save').click();
  await expect(dialog.getByTestId('alert-rules-error')).toContainText('spikeMinPosts (Spike minimum posts in the window) must be between 1 and 1000000 posts; got 0');
  await expect(dialog.locator('label.invalid')).toContainText('Spike minimum posts');
  await dialog.getByTestId('alert-rule-spikeMinPosts').fill('10');
  await dialog.getByTestId('alert-rules-save').click();
  await expect(dialog.getByTestId('alert-rules-notice')).toHaveText('Saved: the detector uses these thresholds from its next check.');
  await page.screenshot({ path: 'test-results/screens/alert-thresholds.png' });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(alerts.getByTestId('alert-item')).toHaveCount(1);
  await expect(alerts.getByTestId('alert-item')).toContainText('Volume spike on twitter');
  await expect(alerts.getByTestId('alert-item')).toContainText(/13 posts in 5 min, expected 0\.0 \(the larger of 0\.0 from the 60 min before and 0\.0 at this hour in the 4 weeks before\); threshold: ≥ 4× expected \(at least 1\) and ≥ 10 posts; \d+% negative/);
});

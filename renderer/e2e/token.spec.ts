import { expect, test } from '@playwright/test';
import { startServed, type Served } from './served';

let app: Served;
test.beforeAll(async () => {
  app = await startServed({ token: 's3cret-token' });
});
test.afterAll(async () => {
  await app.stop();
});

test('a served app with a token refuses requests without it', async ({ request }) => {
  expect((await request.get(app.url)).status()).toBe(401);
  expect((await request.post(`${app.url}api/stats.get`, { data: {} })).status()).toBe(401);
  const ok = await request.post(`${app.url}api/stats.get`, { data: {}, headers: { authorization: 'Bearer s3cret-token' } });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).value.posts).toBe(0);
});

test('opening the page with ?token= loads the app and its calls', async ({ page }) => {
  await page.goto(`${app.url}?token=s3cret-token`);
  await expect(page.getByTestId('status-line')).toContainText(app.db);
  await expect(page.getByTestId('post-total')).toHaveText('0 posts');
});

import { expect, test } from '@playwright/test';
import { startServed, type Served } from './served';

const TOKEN = 'hook-token-123';
let app: Served;
test.beforeEach(async () => {
  app = await startServed({ token: TOKEN });
});
test.afterEach(async () => {
  await app.stop();
});

const posts = [
  { id: 'w1', site: 'forum', author: 'ann', created_at: '2024-05-01T09:00:00Z', text: 'Pushed through the webhook' },
  { id: 'w2', site: 'forum', author: 'acme_care', created_at: '2024-05-01T09:20:00Z', text: 'We are looking into it', in_reply_to: 'w1', author_is_company: true },
  { id: 'w3', site: 'forum', author: 'bob', created_at: 'yesterday', text: 'bad date' },
];

test('POST /hooks/posts needs the token, stores posts and shows them live', async ({ page, request }) => {
  const hook = `${app.url}hooks/posts`;
  expect((await request.post(hook, { data: posts })).status()).toBe(401);

  await page.goto(`${app.url}?token=${TOKEN}`);
  await expect(page.getByTestId('post-total')).toHaveText('0 posts');

  const res = await request.post(hook, { data: posts, headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status()).toBe(200);
  expect((await res.json()).value).toMatchObject({ imported: 2, duplicates: 0, quarantined: 1 });
  await expect(page.getByTestId('post-total')).toHaveText('2 posts');

  const jsonl = `${JSON.stringify({ ...posts[0], id: 'w4', text: 'JSON Lines work too' })}\n${JSON.stringify(posts[0])}\n`;
  const again = await request.post(hook, { data: Buffer.from(jsonl), headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/x-ndjson' } });
  expect((await again.json()).value).toMatchObject({ imported: 1, duplicates: 1, quarantined: 0 });
  await expect(page.getByTestId('post-total')).toHaveText('3 posts');

  const bad = await request.post(hook, { data: Buffer.from('[{"id":'), headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' } });
  expect(bad.status()).toBe(400);

  await page.goto(`${app.url}?token=${TOKEN}#/sources`);
  const forum = page.getByTestId('source-row').filter({ hasText: 'forum' });
  await expect(forum.getByTestId('figure-answered')).toHaveText('50%');
  await expect(forum.getByTestId('figure-median')).toHaveText('20 min');
  await expect(page.getByTestId('quarantine-reason')).toHaveText(['bad created_at "yesterday" (want ISO 8601 or epoch ms)']);
});

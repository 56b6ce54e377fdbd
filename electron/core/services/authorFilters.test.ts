import { describe, expect, it } from 'vitest';
import type { CaseBoard } from '../../../shared/domain/case';
import type { PostPage } from '../../../shared/domain/post';
import { dispatch } from '../dispatch';
import { genericPreset } from '../ingest/genericPreset';
import { importCsvFile } from '../ingest/importFile';
import { genericCsv, memoryCore, tempFile } from '../testing/fixtures';
import { createCaseFromPost } from './cases';

// a opens a thread that b answers; c posts alone. One case on a's thread, one on c's post.
async function seeded() {
  const core = await memoryCore();
  const csv = genericCsv(['1,twitter,a,2024-01-01,flight delay again,,,', '2,twitter,b,2024-01-02,same here,1,,', '3,twitter,c,2024-01-03,lost bag,,,', '4,twitter,a,2024-01-04,still waiting,,,']);
  await importCsvFile(core.db, tempFile('seed.csv', csv), { preset: genericPreset });
  const id = async (sql: string, v: string): Promise<number> => (await core.db.get<{ id: number }>(sql, [v]))?.id as number;
  const author = (h: string): Promise<number> => id('SELECT id FROM authors WHERE handle = ?', h);
  await createCaseFromPost(core, { postId: await id('SELECT id FROM posts WHERE external_id = ?', '1') });
  await createCaseFromPost(core, { postId: await id('SELECT id FROM posts WHERE external_id = ?', '3') });
  return { core, author };
}

describe('author filters of posts.search and cases.list', () => {
  it('lists one author’s posts, newest first', async () => {
    const { core, author } = await seeded();
    const r = await dispatch(core, 'posts.search', { authorId: await author('a') });
    const page = r.ok ? (r.value as PostPage) : null;
    expect(page?.items.map((p) => [p.author, p.text])).toEqual([['a', 'still waiting'], ['a', 'flight delay again']]);
    expect(page?.total).toBe(2);
    await core.close();
  });

  it.each([
    ['a', ['flight delay again']],
    ['b', ['flight delay again']],
    ['c', ['lost bag']],
  ])('lists the cases of the conversations %s wrote in', async (handle, texts) => {
    const { core, author } = await seeded();
    const r = await dispatch(core, 'cases.list', { authorId: await author(handle) });
    expect(r.ok && (r.value as CaseBoard).items.map((c) => c.post.text)).toEqual(texts);
    await core.close();
  });

  it.each([
    ['posts.search', { authorId: 0 }],
    ['cases.list', { authorId: 'a' }],
  ] as const)('%s refuses a bad authorId naming the field', async (method, req) => {
    const { core } = await seeded();
    expect(await dispatch(core, method, req)).toMatchObject({ ok: false, error: { code: 'invalid-request', field: 'authorId' } });
    await core.close();
  });
});

import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchPosts } from '../repos/posts';
import { saveFolder, scanWatchedFolders } from '../services/sourcesFolders';
import { genericCsv, memoryCore } from '../testing/fixtures';

const drop = (dir: string, name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('watched folders', () => {
  it('import dropped files once, then move them to done or failed', async () => {
    const core = await memoryCore();
    const dir = mkdtempSync(join(tmpdir(), 'lp-watch-'));
    await saveFolder(core, { path: dir, preset: 'generic', enabled: true });
    drop(dir, 'a.csv', genericCsv(['1,forum,ann,2024-01-01,first,,,', '2,forum,bob,bad-date,second,,,']));
    drop(dir, 'b.jsonl', '{"id":"3","site":"forum","author":"cy","created_at":"2024-01-02","text":"third"}\n');
    drop(dir, 'wrong.csv', 'tweet_id,text\n9,x\n');
    drop(dir, 'notes.txt', 'ignored');
    const results = await scanWatchedFolders(core, 0);
    expect(results.map((r) => [r.file.split('/').pop(), r.outcome, r.imported, r.quarantined])).toEqual([
      ['a.csv', 'done', 1, 1],
      ['b.jsonl', 'done', 1, 0],
      ['wrong.csv', 'failed', 0, 0],
    ]);
    expect(readdirSync(dir).sort()).toEqual(['done', 'failed', 'notes.txt']);
    expect(readdirSync(join(dir, 'done')).sort()).toEqual(['a.csv', 'b.jsonl']);
    expect(readFileSync(join(dir, 'failed', 'wrong.csv.error.txt'), 'utf8')).toMatch(/missing columns id, site, author, created_at/);
    expect(await scanWatchedFolders(core, 0)).toEqual([]);
    drop(dir, 'a.csv', genericCsv(['1,forum,ann,2024-01-01,first,,,']));
    const again = await scanWatchedFolders(core, 0);
    expect(again).toMatchObject([{ outcome: 'done', imported: 0, duplicates: 1 }]);
    expect(readdirSync(join(dir, 'done')).filter((n) => n.startsWith('a-'))).toHaveLength(1);
    expect((await searchPosts(core.db, {})).total).toBe(2);
    await core.close();
  });

  it('leaves a file that is still being written for the next scan', async () => {
    const core = await memoryCore();
    const dir = mkdtempSync(join(tmpdir(), 'lp-watch-'));
    await saveFolder(core, { path: dir, preset: 'generic', enabled: true });
    drop(dir, 'fresh.csv', genericCsv(['1,forum,ann,2024-01-01,first,,,']));
    expect(await scanWatchedFolders(core, 60_000)).toEqual([]);
    expect(existsSync(join(dir, 'fresh.csv'))).toBe(true);
    await core.close();
  });

  it.each([
    [{ path: '/no/such/folder', preset: 'generic' }, 'no such folder: /no/such/folder'],
    [{ path: tmpdir(), preset: 'nope' }, /unknown preset "nope"/],
  ])('refuses %j', async (input, message) => {
    const core = await memoryCore();
    await expect(saveFolder(core, { ...input, enabled: true })).rejects.toThrow(message);
    await core.close();
  });
});

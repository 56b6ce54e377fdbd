import { describe, expect, it } from 'vitest';
import { genericPreset } from '../ingest/genericPreset';
import { importCsvFile } from '../ingest/importFile';
import type { CascadePostRow } from '../repos/cascades';
import { genericCsv, memoryCore, tempFile } from '../testing/fixtures';
import { listCascadeThreads, readCascade } from './cascade';
import { buildCascadeTree, repostsRoot } from './cascadeTree';
import { importEdgeFile } from './importEdges';

const now = (): number => 1_700_000_000_000;
const at = (minutes: number): string => new Date(Date.UTC(2024, 2, 1, 9, minutes)).toISOString();

// ann's complaint; bob and acme reply; cy answers bob, bob answers cy; dee reposts; eve mentions ann;
// fay mentions ann three days later (outside the window); gus reposts another post of ann's.
const THREAD = [
  `1,twitter,ann,${at(0)},My flight to Oslo was cancelled and nobody answers @acme,,,`,
  `2,twitter,bob,${at(10)},@ann same here,1,,`,
  `3,twitter,acme,${at(20)},@ann sorry - please DM us,1,,`,
  `4,twitter,cy,${at(30)},@bob me too,2,,`,
  `5,twitter,bob,${at(40)},@cy awful,4,,`,
  `6,twitter,dee,${at(50)},RT @ann: My flight to Oslo was cancelled,,,`,
  `7,twitter,eve,${at(60)},Poor @ann - hope they fix it,,,`,
  `8,twitter,fay,${at(3 * 24 * 60)},@ann did you ever get home?,,,`,
  `9,twitter,gus,${at(70)},RT @ann: lunch was lovely today,,,`,
];

async function seeded() {
  const core = await memoryCore();
  await importCsvFile(core.db, tempFile('t.csv', genericCsv(THREAD)), { preset: genericPreset });
  await importEdgeFile(core.db, { path: tempFile('f.csv', 'follower,followee\nbob,ann\ncy,bob\nann,cy\nzed,ann\n'), site: 'twitter' }, now);
  const postId = async (ext: string): Promise<number> => (await core.db.get<{ id: number }>('SELECT id FROM posts WHERE external_id = ?', [ext]))?.id as number;
  return { core, postId };
}

describe('readCascade', () => {
  it('draws the thread as a tree of authors in time order, with reposts, mentions and the follows among them', async () => {
    const { core, postId } = await seeded();
    await core.db.run("INSERT INTO sentiment_corrections (post_id, label, corrected_by, corrected_at) VALUES (?, 'positive', 'Sam', 0)", [await postId('2')]);
    const g = await readCascade(core.db, await postId('4'));
    expect(g.rootPostId).toBe(await postId('1'));
    const rows = g.nodes.map((n) => [n.handle, n.via, n.depth, n.postsInThread]);
    expect(rows).toEqual([
      ['ann', 'root', 0, 1],
      ['bob', 'reply', 1, 2],
      ['acme', 'reply', 1, 1],
      ['cy', 'reply', 2, 1],
      ['dee', 'repost', 1, 1],
      ['eve', 'mention', 1, 1],
    ]);
    const handle = new Map(g.nodes.map((n) => [n.authorId, n.handle]));
    const named = (e: { source: number; target: number }) => `${handle.get(e.source)}>${handle.get(e.target)}`;
    expect(g.tree.map((e) => `${named(e)}:${e.via}`)).toEqual(['ann>bob:reply', 'ann>acme:reply', 'bob>cy:reply', 'ann>dee:repost', 'ann>eve:mention']);
    expect(g.follows.map(named).sort()).toEqual(['ann>cy', 'bob>ann', 'cy>bob']);
    expect(g.nodes[1].sentiment).toBe('positive');
    expect(g.nodes.map((n) => n.at)).toEqual([...g.nodes.map((n) => n.at)].sort((a, b) => a - b));
    expect(g.sampling).toEqual({ total: 6, shown: 6, sampled: false, rule: 'all 6 authors shown' });
    await core.close();
  });

  it('keeps the first authors to join when capped, still a tree, and says so', async () => {
    const { core, postId } = await seeded();
    const g = await readCascade(core.db, await postId('1'), 3);
    expect(g.nodes.map((n) => n.handle)).toEqual(['ann', 'bob', 'acme']);
    expect(g.tree).toHaveLength(2);
    expect(g.sampling).toMatchObject({ total: 6, shown: 3, sampled: true, rule: 'showing the first 3 authors to join of 6, in time order' });
    await expect(readCascade(core.db, 999)).rejects.toMatchObject({ code: 'not-found', field: 'rootPostId' });
    await core.close();
  });

  it('lists the busiest threads with their reposts', async () => {
    const { core, postId } = await seeded();
    const threads = await listCascadeThreads(core.db, { by: 'reposts' });
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({ rootPostId: await postId('1'), author: 'ann', replies: 4, reposts: 1, participants: 4, site: 'twitter' });
    await core.close();
  });
});

describe('buildCascadeTree', () => {
  const post = (id: number, authorId: number, parentId: number | null, createdAt: number, text = ''): CascadePostRow => ({ id, authorId, parentId, createdAt, text, label: null });

  it('hangs a reply whose parent author has not appeared yet under the root author', () => {
    // Post 3 answers post 4, which (clock skew) is later: its author 30 hangs under the root.
    const t = buildCascadeTree([post(1, 10, null, 0), post(3, 20, 4, 5), post(4, 30, 1, 9)], [], 'root');
    expect(t.tree.map((e) => [e.source, e.target])).toEqual([[10, 20], [10, 30]]);
    expect(t.entries.map((e) => e.depth)).toEqual([0, 1, 1]);
  });

  it.each([
    ['RT @Ann: my flight to  OSLO was', true],
    ['RT @ann: something else', false],
    ['RT @bob: My flight to Oslo', false],
    ['My flight to Oslo @ann', false],
  ])('repostsRoot(%j) is %s', (text, expected) => {
    expect(repostsRoot(text, 'ann', 'My flight to Oslo was cancelled')).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { computeReachMetrics } from '../../../shared/reach/computeReach';
import { genericPreset } from '../ingest/genericPreset';
import { importCsvFile } from '../ingest/importFile';
import { genericCsv, memoryCore, tempFile } from '../testing/fixtures';
import { computeSiteMetrics } from './computeSiteMetrics';
import { deriveSiteInteractions } from './deriveInteractions';
import { importEdgeFile } from './importEdges';

const POSTS = genericCsv([
  '1,twitter,acme,2024-01-01T10:00:00Z,New fares out today,,,',
  '2,twitter,alice,2024-01-01T10:05:00Z,@Acme my bag is lost,1,,',
  '3,twitter,alice,2024-01-01T10:06:00Z,still waiting @acme @bob @nobody,1,,',
  '4,twitter,bob,2024-01-01T10:07:00Z,RT @acme: New fares out today,,,',
  '5,twitter,acme,2024-01-01T10:08:00Z,@alice sorry - DM us,2,,',
  '6,twitter,acme,2024-01-01T10:09:00Z,note to self @acme,5,,',
  '7,forum,alice,2024-01-01T10:09:00Z,@acme on the forum,,,',
]);

async function seeded() {
  const core = await memoryCore();
  await importCsvFile(core.db, tempFile('p.csv', POSTS), { preset: genericPreset });
  const site = (await core.db.get<{ id: number }>("SELECT id FROM sites WHERE name = 'twitter'"))?.id as number;
  return { core, site };
}

describe('deriveSiteInteractions', () => {
  it('derives replies, mentions and reposts with weights, skipping self and unknown handles', async () => {
    const { core, site } = await seeded();
    expect(await deriveSiteInteractions(core.db, site)).toEqual({ replies: 2, mentions: 3, reposts: 1 });
    const rows = await core.db.all(
      `SELECT f.handle AS "from", t.handle AS "to", i.kind, i.weight FROM interaction_edges i
       JOIN authors f ON f.id = i.from_id JOIN authors t ON t.id = i.to_id ORDER BY 1, 2, 3`,
    );
    expect(rows).toEqual([
      { from: 'acme', to: 'alice', kind: 'mention', weight: 1 },
      { from: 'acme', to: 'alice', kind: 'reply', weight: 1 },
      { from: 'alice', to: 'acme', kind: 'mention', weight: 2 },
      { from: 'alice', to: 'acme', kind: 'reply', weight: 2 },
      { from: 'alice', to: 'bob', kind: 'mention', weight: 1 },
      { from: 'bob', to: 'acme', kind: 'repost', weight: 1 },
    ]);
    expect(await deriveSiteInteractions(core.db, site)).toEqual({ replies: 2, mentions: 3, reposts: 1 });
    expect(await core.db.get('SELECT sum(weight) AS w FROM interaction_edges')).toEqual({ w: 8 });
    await core.close();
  });

  it('feeds observed interactions and post counts into the cascade model', async () => {
    const { core, site } = await seeded();
    await importEdgeFile(core.db, { path: tempFile('f.txt', 'alice acme\nbob acme\ncarol acme\n') }, () => 1);
    const run = await computeSiteMetrics(core.db, site, {
      now: () => 2,
      runner: async (edges, options) => ({ result: computeReachMetrics(edges, options) }),
      cascadeRuns: 100,
    });
    expect(run).toMatchObject({ nodeCount: 4, edgeCount: 3, interactionEdges: 4, observedEdges: 2, computedAt: 2 });
    await core.close();
  });
});

import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { BUILT_IN_BOOK } from '../topics/topicBook';
import { drillPosts } from './drill';
import { clockedCore, pushPosts } from './liveFixtures';

const MIN = 60_000;

describe('live.drill', () => {
  it('returns the posts behind a chart point, newest first, by site, label and topic', async () => {
    const { core, clock } = await clockedCore();
    await pushPosts(core, [
      { id: '1', ago: 5 * MIN, label: 'negative', text: 'bag lost <b>again</b>' },
      { id: '2', ago: 4 * MIN, label: 'negative', text: 'flight delayed', site: 'forum' },
      { id: '3', ago: 3 * MIN, label: 'positive', text: 'found my bag, thanks' },
      { id: '4', ago: 2 * MIN, label: null, text: 'hello' },
    ]);
    const from = clock.now - 10 * MIN;
    const drill = (req: object) => dispatch(core, 'live.drill', { from, to: clock.now, ...req });
    expect(await drill({})).toMatchObject({ ok: true, value: { total: 4, totalCapped: false, items: [{ externalId: '4', sentiment: null }, { externalId: '3' }, {}, {}] } });
    expect(await drill({ label: 'negative' })).toMatchObject({ ok: true, value: { total: 2, items: [{ externalId: '2', siteName: 'forum' }, { externalId: '1' }] } });
    expect(await drill({ label: 'unscored' })).toMatchObject({ ok: true, value: { total: 1 } });
    expect(await drill({ topic: 'baggage' })).toMatchObject({ ok: true, value: { total: 2, items: [{ externalId: '3' }, { text: 'bag lost <b>again</b>' }] } });
    expect(await drill({ siteIds: [99] })).toMatchObject({ ok: true, value: { total: 0, items: [] } });
    expect(await drill({ limit: 1, offset: 1 })).toMatchObject({ ok: true, value: { total: 4, items: [{ externalId: '3' }] } });
    expect(await dispatch(core, 'live.drill', { from, to: from })).toMatchObject({ ok: false, error: { field: 'to' } });
    await core.close();
  });

  it('counts up to a cap and says when more posts are behind the point', async () => {
    const { core, clock } = await clockedCore();
    await pushPosts(core, [
      { id: '1', ago: 5 * MIN, label: 'negative', text: 'bag lost' },
      { id: '2', ago: 4 * MIN, label: 'negative', text: 'bag lost again' },
      { id: '3', ago: 3 * MIN, label: 'positive', text: 'found my bag' },
      { id: '4', ago: 2 * MIN, label: 'negative', text: 'flight delayed' },
    ]);
    const req = { from: clock.now - 10 * MIN, to: clock.now, limit: 1 };
    const drill = (more: object, limits: object) => drillPosts(core.db, { ...req, ...more }, BUILT_IN_BOOK, limits);
    expect(await drill({}, { countCap: 3 })).toMatchObject({ total: 3, totalCapped: true, items: [{ externalId: '4' }] });
    expect(await drill({}, { countCap: 4 })).toMatchObject({ total: 4, totalCapped: false });
    expect(await drill({ label: 'negative' }, { countCap: 2 })).toMatchObject({ total: 2, totalCapped: true });
    expect(await drill({ label: 'negative' }, { countCap: 3 })).toMatchObject({ total: 3, totalCapped: false });
    // The topic scan reads the newest posts only: with 2 of 4 read, the older bag posts are left out.
    expect(await drill({ topic: 'baggage' }, { topicScan: 2 })).toMatchObject({ total: 1, totalCapped: true, items: [{ externalId: '3' }] });
    expect(await drill({ topic: 'baggage' }, { topicScan: 5 })).toMatchObject({ total: 3, totalCapped: false });
    await core.close();
  });
});

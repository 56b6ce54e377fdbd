import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { memoryCore } from '../testing/fixtures';
import { computeReport } from './computeReport';
import { addPost, authorId, siteId } from './reportFixtures';

const ZONE = 'UTC';
const WEEK = '2017-W44';
const at = (iso: string): number => Date.parse(iso);
const DAY = 86_400_000;

let core: Core;
afterEach(() => core?.close());

/** Posts with labels at the given instants. */
async function say(site: number, author: number, posts: [string, 'positive' | 'neutral' | 'negative'][]): Promise<void> {
  for (const [when, label] of posts) await addPost(core, { site, author, at: at(when), label, text: label === 'negative' ? 'my flight was cancelled' : 'thanks' });
}

describe('persistently unhappy customers', () => {
  it('are new, continuing or recovered by the persistence rule at both range ends', async () => {
    core = await memoryCore();
    const tw = await siteId(core, 'twitter');
    const [fresh, still, better, once] = [await authorId(core, tw, 'fresh'), await authorId(core, tw, 'still'), await authorId(core, tw, 'better'), await authorId(core, tw, 'once')];
    await say(tw, fresh, [['2017-10-27T10:00:00Z', 'negative'], ['2017-10-31T10:00:00Z', 'negative'], ['2017-11-04T10:00:00Z', 'negative']]);
    await say(tw, still, [['2017-10-16T10:00:00Z', 'negative'], ['2017-10-20T10:00:00Z', 'negative'], ['2017-10-25T10:00:00Z', 'negative'], ['2017-11-02T10:00:00Z', 'negative']]);
    await say(tw, better, [['2017-10-16T10:00:00Z', 'negative'], ['2017-10-20T10:00:00Z', 'negative'], ['2017-10-25T10:00:00Z', 'negative'], ['2017-11-02T10:00:00Z', 'positive']]);
    await say(tw, once, [['2017-11-02T10:00:00Z', 'negative'], ['2017-11-02T11:00:00Z', 'negative'], ['2017-11-02T12:00:00Z', 'negative']]);
    const r = await computeReport(core, { week: WEEK, timeZone: ZONE });
    expect(r.persistence.map((p) => [p.handle, p.status, p.negativePosts])).toEqual([
      ['fresh', 'new', 3],
      ['still', 'continuing', 4],
      ['better', 'recovered', 3],
    ]);
    expect(r.persistence[0]).toMatchObject({ site: 'twitter', lastPostAt: at('2017-11-04T10:00:00Z'), customer: null });
    expect(r.persistenceTotals).toEqual({ new: 1, continuing: 1, recovered: 1 });
  });

  it('looks back a fixed 28 days: negatives older than that no longer count', async () => {
    core = await memoryCore();
    const tw = await siteId(core, 'twitter');
    const old = await authorId(core, tw, 'old');
    const end = at('2017-11-06T00:00:00Z');
    await say(tw, old, [[new Date(end - 29 * DAY).toISOString(), 'negative'], ['2017-10-20T10:00:00Z', 'negative'], ['2017-11-02T10:00:00Z', 'negative']]);
    const r = await computeReport(core, { week: WEEK, timeZone: ZONE });
    expect(r.persistence).toEqual([]);
  });
});

describe('advocates and detractors', () => {
  it('ranks by reach score from the stored metrics, authors without metrics last', async () => {
    core = await memoryCore();
    const tw = await siteId(core, 'twitter');
    const [big, small, none, fan] = [await authorId(core, tw, 'big'), await authorId(core, tw, 'small'), await authorId(core, tw, 'none'), await authorId(core, tw, 'fan')];
    for (const a of [big, small, none]) await say(tw, a, [['2017-11-01T10:00:00Z', 'negative'], ['2017-11-02T10:00:00Z', 'negative']]);
    await say(tw, fan, [['2017-11-01T10:00:00Z', 'positive'], ['2017-11-02T10:00:00Z', 'positive'], ['2017-11-03T10:00:00Z', 'neutral']]);
    await core.db.run("INSERT INTO reach_runs VALUES (?, 0, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0)", [tw]);
    const metrics = 'INSERT INTO author_metrics (author_id, site_id, followers, audience2, pagerank, core, hub_links, expected_cascade, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)';
    await core.db.run(metrics, [big, tw, 5000, 90_000, 0.05, 12, 4, 300]);
    await core.db.run(metrics, [small, tw, 10, 200, 0.001, 2, 0, null]);
    const r = await computeReport(core, { week: WEEK, timeZone: ZONE });
    expect(r.reach.map((x) => [x.handle, x.role])).toEqual([['fan', 'advocate'], ['big', 'detractor'], ['small', 'detractor'], ['none', 'detractor']]);
    const bigRow = r.reach[1];
    // Default weights: log10(1 + audience2) + log10(1 + pagerank × n) + 0.5 log10(1 + core) + 0.5 log10(1 + hub links) + log10(1 + cascade).
    const expected = Math.log10(90_001) + Math.log10(1 + 0.05 * 100) + 0.5 * Math.log10(13) + 0.5 * Math.log10(5) + Math.log10(301);
    expect(bigRow).toMatchObject({ followers: 5000, posts: 2, net: -100, reach: Number(expected.toFixed(3)) });
    expect(r.reach[3].reach).toBeNull();
    expect(r.reach[0]).toMatchObject({ posts: 3, net: 66.7 });
  });
});

describe('channels and personal data', () => {
  async function linkedCustomer(includePii: boolean) {
    core = await memoryCore();
    const tw = await siteId(core, 'twitter');
    const fb = await siteId(core, 'facebook');
    const ann = await authorId(core, tw, 'ann_l');
    const annFb = await authorId(core, fb, 'ann.lee');
    const stranger = await authorId(core, tw, 'stranger');
    await say(tw, ann, [['2017-11-01T10:00:00Z', 'negative'], ['2017-11-02T10:00:00Z', 'negative'], ['2017-10-25T10:00:00Z', 'negative']]);
    await say(fb, annFb, [['2017-11-03T10:00:00Z', 'positive']]);
    await say(tw, stranger, [['2017-11-01T10:00:00Z', 'negative']]);
    const { lastID: cust } = await core.db.run("INSERT INTO customers (source, external_key, name, email, created_at) VALUES ('t', 'a', 'Ann Lee', 'ann@example.com', 0)");
    const { lastID: other } = await core.db.run("INSERT INTO customers (source, external_key, name, created_at) VALUES ('t', 'b', 'Bob Ray', 0)");
    for (const a of [ann, annFb]) await core.db.run("INSERT INTO identity_links (author_id, customer_id, status, confidence, proposed_at, updated_at) VALUES (?, ?, 'confirmed', 1, 0, 0)", [a, cust]);
    await core.db.run("INSERT INTO identity_links (author_id, customer_id, status, confidence, proposed_at, updated_at) VALUES (?, ?, 'proposed', 0.5, 0, 0)", [stranger, other]);
    const contact = "INSERT INTO contacts (source, external_id, customer_id, at, channel, reason, outcome) VALUES ('t', ?, ?, ?, ?, ?, ?)";
    await core.db.run(contact, ['1', cust, at('2017-11-01T12:00:00Z'), 'phone', 'Refund to ann@example.com', 'Resolved']);
    await core.db.run(contact, ['2', cust, at('2017-11-02T12:00:00Z'), 'phone', 'Refund to ann@example.com', 'Pending']);
    await core.db.run(contact, ['3', other, at('2017-11-02T12:00:00Z'), 'email', null, 'Closed']);
    await core.db.run(
      "INSERT INTO alerts (kind, severity, subject, title, detail, site_id, raised_at) VALUES ('influential-detractor', 'critical', 'author:1', 'Call 07700 900123 now', '', ?, ?)",
      [tw, at('2017-11-01T13:00:00Z')],
    );
    return computeReport(core, { week: WEEK, timeZone: ZONE, includePii });
  }

  it('compares the confirmed customers on social sites and traditional channels', async () => {
    const r = await linkedCustomer(false);
    expect(r.channels.map((c) => [c.channel, c.social, c.volume.current, c.volume.previous, c.customers, c.net, c.resolvedShare])).toEqual([
      ['twitter', true, 2, 1, 1, -100, 0],
      ['facebook', true, 1, 0, 1, 100, 0],
      ['phone', false, 2, 0, 1, null, 0.5],
    ]);
    expect(r.channels[0].topReasons).toEqual([{ name: 'Cancellation', count: 2 }]);
    expect(r.activeCustomers).toBe(1);
    expect(r.siteShares).toEqual([{ site: 'facebook', customers: 1, share: 1 }, { site: 'twitter', customers: 1, share: 1 }]);
    expect(r.totals.contacts.current).toBe(3);
  });

  it('masks names, e-mails and phone numbers unless PII is included', async () => {
    const masked = await linkedCustomer(false);
    const text = JSON.stringify(masked);
    expect(text).not.toMatch(/Ann Lee|ann@example\.com|07700 900123/);
    expect(masked.alerts[0].title).not.toContain('900123');
    expect(masked.reasons.find((x) => x.group === null && x.name.startsWith('Refund'))?.count.current).toBe(2);
    expect(masked.persistence.map((x) => [x.handle, x.status, x.customer])).toEqual([['ann_l', 'new', 'A. L.']]);
    expect(masked.reach.find((x) => x.handle === 'ann_l')).toBeDefined();
    const plain = await linkedCustomer(true);
    expect(plain.alerts[0].title).toBe('Call 07700 900123 now');
    expect(plain.persistence[0].customer).toBe('Ann Lee');
    expect(plain.reasons.map((x) => x.name)).toContain('Refund to ann@example.com');
    expect(plain.provenance.piiIncluded).toBe(true);
    expect(plain.provenance.snapshotHash).toBe(masked.provenance.snapshotHash);
  });
});

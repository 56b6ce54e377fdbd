import { describe, expect, it } from 'vitest';
import { memoryCore } from '../testing/fixtures';
import { acknowledgeAlerts, listAlerts, listOpenAlerts, raiseAlert, type NewAlert } from './alertsRepo';

const spike: NewAlert = { kind: 'volume-spike', severity: 'critical', subject: 'site:1', title: 'Spike', detail: 'd', siteId: null, postId: null };
const MIN = 60_000;

describe('alerts table (migration 0006)', () => {
  it('raises once per subject while open and within the cool-down', async () => {
    const core = await memoryCore();
    const db = core.db;
    const a = await raiseAlert(db, spike, 1000, 30 * MIN);
    expect(a).toMatchObject({ id: 1, kind: 'volume-spike', raisedAt: 1000, acknowledgedAt: null });
    expect(await raiseAlert(db, spike, 1000 + 60 * MIN, 30 * MIN)).toBeNull(); // still open
    expect(await raiseAlert(db, { ...spike, subject: 'site:2' }, 2000, 30 * MIN)).not.toBeNull();
    expect((await listOpenAlerts(db)).map((x) => x.subject)).toEqual(['site:2', 'site:1']);

    const closed = await acknowledgeAlerts(db, [1, 99], 'Sam', 3000);
    expect(closed).toEqual([expect.objectContaining({ id: 1, acknowledgedAt: 3000, acknowledgedBy: 'Sam' })]);
    expect(await acknowledgeAlerts(db, [1], 'Sam', 4000)).toEqual([]);
    expect(await raiseAlert(db, spike, 10 * MIN, 30 * MIN)).toBeNull(); // acknowledged but within the cool-down
    expect(await raiseAlert(db, spike, 40 * MIN, 30 * MIN)).toMatchObject({ id: 3 });
    expect((await listAlerts(db)).map((x) => x.id)).toEqual([3, 2, 1]);
    expect((await listAlerts(db, { openOnly: true })).map((x) => x.id)).toEqual([3, 2]);
    await core.close();
  });

  it('refuses an unknown kind', async () => {
    const core = await memoryCore();
    await expect(raiseAlert(core.db, { ...spike, kind: 'meteor' as never }, 0, 0)).rejects.toThrow(/CHECK/);
    await core.close();
  });
});

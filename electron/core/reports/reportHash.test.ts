import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { computeReport } from './computeReport';
import { addCareRows, demoCore, type CareRows } from './reportFixtures';

const REQ = { week: '2017-W44', timeZone: 'Europe/London' };

describe('the snapshot hash and the case figures on the demo with care rows', () => {
  let core: Core;
  let care: CareRows;
  let hash: string;
  beforeAll(async () => {
    core = await demoCore();
    care = await addCareRows(core);
    hash = (await computeReport(core, REQ)).provenance.snapshotHash;
  });
  afterAll(() => core.close());

  const hashNow = async (): Promise<string> => (await computeReport(core, REQ)).provenance.snapshotHash;

  it('changes when one post of the range gets another score, even with the same label', async () => {
    const before = await core.db.get<{ score: number }>('SELECT score FROM post_scores WHERE post_id = ?', [care.lateReplyId]);
    await core.db.run('UPDATE post_scores SET score = score - 0.01 WHERE post_id = ?', [care.lateReplyId]);
    expect(await hashNow()).not.toBe(hash);
    await core.db.run('UPDATE post_scores SET score = ? WHERE post_id = ?', [before!.score, care.lateReplyId]);
    expect(await hashNow()).toBe(hash);
  });

  it('does not change when a post outside every range read changes', async () => {
    await core.db.run("UPDATE post_scores SET score = 0.99, label = 'positive' WHERE post_id = ?", [care.farPostId]);
    await core.db.run("UPDATE posts SET text = 'all good now' WHERE id IN (?, ?)", [care.farPostId, care.oldRootId]);
    expect(await hashNow()).toBe(hash);
  });

  it('changes with the time zone (other instants, other rows read)', async () => {
    expect((await computeReport(core, { ...REQ, timeZone: 'America/New_York' })).provenance.snapshotHash).not.toBe(hash);
  });

  it('counts cases opened, resolved and breached as of the range end', async () => {
    const r = await computeReport(core, REQ);
    // Case 1 was answered after 3 h against a 60 min target; case 2 was answered in 30 min and resolved after 3 h.
    expect(r.cases).toMatchObject({
      opened: { current: 2, previous: 0 },
      resolved: { current: 1, previous: 0 },
      breached: { current: 1, previous: 0 },
      medianResolutionHours: 3,
    });
    expect(r.cases.bySite).toEqual([expect.objectContaining({ opened: 2, resolved: 1, breached: 1 })]);
  });

  it('masks the e-mail address quoted in an alert title', async () => {
    const r = await computeReport(core, REQ);
    expect(r.alerts).toHaveLength(1);
    expect(r.alerts[0].title).toMatch(/^Angry thread: write to /);
    expect(r.alerts[0].title).not.toContain('ann.lee@example.com');
  });
});

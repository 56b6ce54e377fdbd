import { describe, expect, it } from 'vitest';
import { slaState } from '../../../shared/time/sla';
import { dispatch } from '../dispatch';
import { genericPreset } from '../ingest/genericPreset';
import { importFile } from '../ingest/importFile';
import { createCaseFromPost, listCases, moveCase } from '../services/cases';
import { saveCaseColumns, saveCaseSlaPolicy } from '../services/casesBoard';
import { genericCsv, memoryCore, tempFile } from '../testing/fixtures';
import { caseCore, postIdOf } from './caseFixtures';

const LONDON_WEEK = { timeZone: 'Europe/London', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };

/** A case opened by a customer post at `openedIso` on a site with business-hours SLA targets. */
async function slaCase(openedIso: string, now: number, hours: object | null) {
  const core = await memoryCore(now);
  await importFile(core.db, tempFile('p.csv', genericCsv([`p1,shop,ann,${openedIso},Where is my parcel?,,,`])), { preset: genericPreset });
  await saveCaseSlaPolicy(core, { siteId: 1, firstResponseMins: 60, resolutionMins: 8 * 60, businessHours: hours as never });
  const { card } = await createCaseFromPost(core, { postId: 1 });
  await core.close();
  return slaState({ openedAt: card.openedAt, firstResponseAt: card.firstResponseAt, resolvedAt: card.resolvedAt, now, policy: { ...card.sla, businessHours: card.sla.businessHours ?? undefined } });
}

describe('SLA timers of a case', () => {
  it.each([
    // Friday 16:30 London (GMT): 30 min left that day, the other 30 on Monday.
    ['Friday afternoon over the weekend', '2024-03-01T16:30:00Z', '2024-03-04T09:20:00Z', LONDON_WEEK, '2024-03-04T09:30:00.000Z', 'amber', '2024-03-04T16:30:00.000Z'],
    ['Friday afternoon, Monday past due', '2024-03-01T16:30:00Z', '2024-03-04T09:45:00Z', LONDON_WEEK, '2024-03-04T09:30:00.000Z', 'red', '2024-03-04T16:30:00.000Z'],
    ['posted on Saturday: the clock starts Monday', '2024-03-02T11:00:00Z', '2024-03-04T09:20:00Z', LONDON_WEEK, '2024-03-04T10:00:00.000Z', 'ok', '2024-03-04T17:00:00.000Z'],
    // Sunday 31 March 2024 clocks go forward: Monday 09:00 BST is 08:00 UTC.
    ['over the weekend the clocks change', '2024-03-29T16:30:00Z', '2024-04-01T08:20:00Z', LONDON_WEEK, '2024-04-01T08:30:00.000Z', 'amber', '2024-04-01T15:30:00.000Z'],
    // ISO week 1 of 2025 starts Monday 30 December 2024; New Year's Day is a holiday.
    ['across the year end with a holiday', '2024-12-31T16:30:00Z', '2025-01-02T09:00:00Z', { ...LONDON_WEEK, holidays: ['2025-01-01'] }, '2025-01-02T09:30:00.000Z', 'ok', '2025-01-02T16:30:00.000Z'],
    // Tokyo (UTC+9, no DST): Friday 17:30 local is 08:30 UTC; Monday 09:00 local is Sunday 24:00 UTC.
    ['Tokyo hours across the weekend', '2024-03-01T08:30:00Z', '2024-03-04T00:20:00Z', { timeZone: 'Asia/Tokyo', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' }, '2024-03-04T00:30:00.000Z', 'amber', '2024-03-04T07:30:00.000Z'],
    ['round the clock without business hours', '2024-03-01T16:30:00Z', '2024-03-01T17:20:00Z', null, '2024-03-01T17:30:00.000Z', 'amber', '2024-03-02T00:30:00.000Z'],
  ])('%s', async (_name, opened, nowIso, hours, firstDue, state, resolutionDue) => {
    const s = await slaCase(opened, Date.parse(nowIso), hours);
    expect(new Date(s.firstResponse.dueAt).toISOString()).toBe(firstDue);
    expect(s.firstResponse.state).toBe(state);
    expect(new Date(s.resolution.dueAt).toISOString()).toBe(resolutionDue);
  });

  it('gives a site without its own policy the default, and refuses an unusable policy', async () => {
    const core = await caseCore();
    const { card } = await createCaseFromPost(core, { postId: await postIdOf(core, 'f1') });
    expect(card.sla).toEqual({ siteId: null, firstResponseMins: 60, resolutionMins: 1440, amberAt: 0.75, businessHours: null });
    const bad = await dispatch(core, 'cases.saveSlaPolicy', { siteId: 1, firstResponseMins: 30, resolutionMins: 60, businessHours: { timeZone: 'Mars/Olympus', days: [1], start: '09:00', end: '17:00' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request', message: 'Unknown time zone "Mars/Olympus"' } });
    expect(await dispatch(core, 'cases.saveSlaPolicy', { siteId: 99, firstResponseMins: 30, resolutionMins: 60 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await core.close();
  });
});

describe('editing the columns', () => {
  it('renames, reorders and adds columns, keeping cases where they are', async () => {
    const core = await caseCore();
    const { card } = await createCaseFromPost(core, { postId: await postIdOf(core, 't5') });
    const cols = await saveCaseColumns(core, {
      columns: [
        { id: 2, name: 'New', resolves: false },
        { id: 1, name: 'Inbox', resolves: false },
        { name: 'Escalated', resolves: false },
        { id: 5, name: 'Done', resolves: true },
      ],
    });
    expect(cols.map((c) => [c.id, c.name, c.position, c.count])).toEqual([
      [2, 'New', 1, 0],
      [1, 'Inbox', 2, 1],
      [6, 'Escalated', 3, 0],
      [5, 'Done', 4, 0],
    ]);
    expect((await listCases(core, {})).items[0]).toMatchObject({ id: card.id, columnId: 1 });
    await core.close();
  });

  it.each([
    [[{ id: 1, name: 'A', resolves: false }, { id: 2, name: 'a', resolves: false }], 'invalid-request', /two columns are called "a"/],
    [[{ id: 5, name: 'Resolved', resolves: true }], 'invalid-request', /at least one column must be open/],
    [[{ id: 2, name: 'Triaged', resolves: false }], 'conflict', /column "New" still holds 1 case; move them/],
    [[{ id: 77, name: 'X', resolves: false }], 'not-found', /no column with id 77/],
  ])('refuses %j', async (columns, code, message) => {
    const core = await caseCore();
    await createCaseFromPost(core, { postId: await postIdOf(core, 't5') });
    const r = await dispatch(core, 'cases.saveColumns', { columns });
    expect(r).toMatchObject({ ok: false, error: { code } });
    expect(r.ok ? '' : r.error.message).toMatch(message);
    await core.close();
  });

  it('resolves the cases of a column that becomes a resolving one', async () => {
    const core = await caseCore();
    const { card } = await createCaseFromPost(core, { postId: await postIdOf(core, 't5') });
    const moved = await moveCase(core, { caseId: card.id, version: card.version, columnId: 3 });
    await saveCaseColumns(core, { columns: [1, 2, 3, 4, 5].map((id) => ({ id, name: `C${id}`, resolves: id === 3 })) });
    const after = (await listCases(core, {})).items[0];
    expect(after).toMatchObject({ resolvedAt: core.now(), version: moved.version + 1 });
    await core.close();
  });
});

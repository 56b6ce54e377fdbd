import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WeeklyReport } from '../../../shared/domain/report';
import { openCore, type Core } from '../core';
import { computeReport } from './computeReport';
import { freezeWeek } from './freezeWeek';
import { seedTopicModel } from '../topics/topicFixtures';
import { addCareRows, demoCore, type CareRows } from './reportFixtures';

const ZONE = 'Europe/London';
const WEEK = '2017-W44';

/** The report without what names where and when it was made. */
const numbersOf = (r: WeeklyReport): unknown => ({ ...r, provenance: { ...r.provenance, generatedAt: 0, dbName: '', fromSnapshot: false } });

describe('freezeWeek', () => {
  let core: Core;
  let care: CareRows;
  let dir: string;
  beforeAll(async () => {
    core = await demoCore();
    care = await addCareRows(core);
    dir = mkdtempSync(join(tmpdir(), 'lp-freeze-'));
  });
  afterAll(() => core.close());

  it('writes a read-only snapshot whose report equals the database report, hash included', async () => {
    const path = join(dir, 'w44.sqlite');
    const full = await computeReport(core, { week: WEEK, timeZone: ZONE });
    const snap = await freezeWeek(core, { week: WEEK, timeZone: ZONE, path });
    expect(snap).toMatchObject({ path, label: WEEK, snapshotHash: full.provenance.snapshotHash });
    expect(snap.bytes).toBeGreaterThan(0);
    const inSpan = await core.db.get<{ n: number }>('SELECT count(*) AS n FROM posts WHERE created_at >= ? AND created_at < ?', [Date.parse('2017-09-01T00:00:00Z'), Date.parse('2017-11-06T00:00:00Z')]);
    // Every post of the span (the demo starts in October) plus the August ancestor; not the January post.
    expect(snap.posts).toBe(inSpan!.n + 1);

    const frozen = await openCore({ dbPath: path, readOnly: true });
    const again = await computeReport(frozen, { week: WEEK, timeZone: ZONE });
    expect(again.provenance).toMatchObject({ fromSnapshot: true, dbName: 'w44.sqlite', snapshotHash: full.provenance.snapshotHash });
    expect(numbersOf(again)).toEqual(numbersOf(full));
    // The care rows made it: cases, contacts, links, the alert and the August ancestor of a W44 reply.
    expect(again.cases.opened.current).toBeGreaterThan(0);
    expect(again.channels.some((c) => !c.social)).toBe(true);
    expect(again.alerts).toHaveLength(full.alerts.length);
    expect(await frozen.db.get('SELECT id FROM posts WHERE id = ?', [care.oldRootId])).toEqual({ id: care.oldRootId });
    expect(await frozen.db.get('SELECT id FROM posts WHERE id = ?', [care.farPostId])).toBeUndefined();
    expect(await frozen.db.get('PRAGMA foreign_key_check')).toBeUndefined();
    // A week whose data the snapshot does not hold is refused, naming what it holds.
    await expect(computeReport(frozen, { week: '2017-W45', timeZone: ZONE })).rejects.toThrow(/frozen for 2017-W44 \(Europe\/London\)/);
    await frozen.close();
  });

  it('never overwrites a file', async () => {
    const path = join(dir, 'taken.sqlite');
    writeFileSync(path, 'keep me');
    await expect(freezeWeek(core, { week: WEEK, timeZone: ZONE, path })).rejects.toMatchObject({ code: 'conflict', field: 'path' });
    expect(readFileSync(path, 'utf8')).toBe('keep me');
  });

  it('refuses a bad week or zone before creating anything', async () => {
    const path = join(dir, 'bad.sqlite');
    await expect(freezeWeek(core, { week: '2017-W53', timeZone: ZONE, path })).rejects.toMatchObject({ code: 'invalid-request', field: 'week' });
    await expect(freezeWeek(core, { week: WEEK, timeZone: 'Mars/Olympus', path })).rejects.toMatchObject({ code: 'invalid-request', field: 'timeZone' });
    await expect(freezeWeek(core, { week: WEEK, timeZone: ZONE, path: join(dir, 'no', 'such', 'x.sqlite') })).rejects.toMatchObject({ field: 'path' });
    expect(existsSync(path)).toBe(false);
  });

  it('refuses to freeze from a read-only database', async () => {
    const frozen = await openCore({ dbPath: join(dir, 'w44.sqlite'), readOnly: true });
    await expect(freezeWeek(frozen, { week: WEEK, timeZone: ZONE, path: join(dir, 'again.sqlite') })).rejects.toMatchObject({ code: 'forbidden' });
    await frozen.close();
  });
});

describe('freezeWeek with a learned topic model switched on', () => {
  it('carries the model in force, so the snapshot classifies topics as the database does', async () => {
    const core = await demoCore();
    const dir = mkdtempSync(join(tmpdir(), 'lp-freeze-model-'));
    const rulesOnly = await computeReport(core, { week: WEEK, timeZone: ZONE });
    await seedTopicModel(core.db, { siteId: null, minConfidence: 0.3 });
    const full = await computeReport(core, { week: WEEK, timeZone: ZONE });
    const path = join(dir, 'w44-model.sqlite');
    await freezeWeek(core, { week: WEEK, timeZone: ZONE, path });
    await core.close();
    const frozen = await openCore({ dbPath: path, readOnly: true });
    const again = await computeReport(frozen, { week: WEEK, timeZone: ZONE });
    await frozen.close();
    expect(full.topics.some((t) => ['Lost Luggage', 'Late Flight'].includes(t.name))).toBe(true);
    expect(rulesOnly.topics.some((t) => ['Lost Luggage', 'Late Flight'].includes(t.name))).toBe(false);
    expect(full.provenance.ruleVersions.topics).not.toBe(rulesOnly.provenance.ruleVersions.topics);
    expect(numbersOf(again)).toEqual(numbersOf(full));
  });
});

import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { genericPreset } from '../ingest/genericPreset';
import { importFile } from '../ingest/importFile';
import { assignCase, createCaseFromPost, getCase, linkIncident, listCases, markPostRemoved, moveCase } from '../services/cases';
import { genericCsv, tempFile } from '../testing/fixtures';
import { caseCore, postIdOf } from './caseFixtures';

describe('creating a case from a post', () => {
  it.each([
    ['the root', 't1'],
    ['a company reply', 't2'],
    ['a reply of a reply', 't3'],
    ['the deepest reply', 't4'],
  ])('from %s (%s) opens the one case of conversation t1', async (_what, ext) => {
    const core = await caseCore();
    const first = await createCaseFromPost(core, { postId: await postIdOf(core, ext) });
    expect(first.created).toBe(true);
    expect(first.card.post).toMatchObject({ externalId: 't1', author: 'alice', removed: false });
    for (const other of ['t1', 't2', 't3', 't4']) {
      const again = await createCaseFromPost(core, { postId: await postIdOf(core, other) });
      expect(again).toMatchObject({ created: false, card: { id: first.card.id } });
    }
    expect((await listCases(core, {})).total).toBe(1);
    await core.close();
  });

  it('opens separate cases for separate conversations, in the first open column', async () => {
    const core = await caseCore();
    const ids = new Set<number>();
    for (const ext of ['t1', 't5', 'f1']) ids.add((await createCaseFromPost(core, { postId: await postIdOf(core, ext) })).card.id);
    expect(ids.size).toBe(3);
    const board = await listCases(core, {});
    expect(board.items.map((c) => [c.post.externalId, c.siteName, c.columnId])).toEqual([
      ['t1', 'twitter', 1],
      ['t5', 'twitter', 1],
      ['f1', 'forum', 1],
    ]);
    expect(board.columns.map((c) => [c.name, c.count])).toEqual([['New', 3], ['Triaged', 0], ['Waiting on customer', 0], ['Waiting on us', 0], ['Resolved', 0]]);
    await core.close();
  });

  it('starts the clocks at the customer\'s first post and takes an existing company reply as first response', async () => {
    const core = await caseCore();
    const { card } = await createCaseFromPost(core, { postId: await postIdOf(core, 't3') });
    expect(card.openedAt).toBe(Date.parse('2024-03-01T09:00:00Z'));
    expect(card.firstResponseAt).toBe(Date.parse('2024-03-01T09:20:00Z'));
    const bob = await createCaseFromPost(core, { postId: await postIdOf(core, 't5') });
    expect(bob.card.firstResponseAt).toBeNull();
    await core.close();
  });

  it('keeps one case when the case was opened on a reply whose parent arrives later', async () => {
    const core = await caseCore();
    await importFile(core.db, tempFile('late.csv', genericCsv(['r2,forum,dave,2024-03-03T10:05:00Z,still waiting,r1,,'])), { preset: genericPreset });
    const onOrphan = await createCaseFromPost(core, { postId: await postIdOf(core, 'r2') });
    await importFile(core.db, tempFile('root.csv', genericCsv(['r1,forum,dave,2024-03-03T10:00:00Z,parcel lost,,,'])), { preset: genericPreset });
    const onRoot = await createCaseFromPost(core, { postId: await postIdOf(core, 'r1') });
    expect(onRoot).toMatchObject({ created: false, card: { id: onOrphan.card.id } });
    await core.close();
  });

  it('refuses an unknown post with not-found', async () => {
    const core = await caseCore();
    expect(await dispatch(core, 'cases.createFromPost', { postId: 999 })).toMatchObject({ ok: false, error: { code: 'not-found', field: 'postId' } });
    await core.close();
  });
});

describe('updating a case', () => {
  it('refuses a stale update with conflict and keeps the first change', async () => {
    const core = await caseCore();
    const { card } = await createCaseFromPost(core, { postId: await postIdOf(core, 't1') });
    const a = await dispatch(core, 'cases.move', { caseId: card.id, version: card.version, columnId: 2, by: 'window A' });
    const b = await dispatch(core, 'cases.assign', { caseId: card.id, version: card.version, assignee: 'Sam', by: 'window B' });
    expect(a).toMatchObject({ ok: true, value: { columnId: 2, version: card.version + 1 } });
    expect(b).toMatchObject({ ok: false, error: { code: 'conflict', field: 'version' } });
    const detail = await getCase(core, { caseId: card.id });
    expect(detail.card).toMatchObject({ columnId: 2, assignee: null, version: card.version + 1 });
    expect(detail.events.map((e) => [e.kind, e.actor])).toEqual([['created', 'supervisor'], ['moved', 'window A']]);
    const retry = await assignCase(core, { caseId: card.id, version: detail.card.version, assignee: 'Sam', by: 'window B' });
    expect(retry).toMatchObject({ columnId: 2, assignee: 'Sam', version: card.version + 2 });
    await core.close();
  });

  it('resolves in a resolving column, reopens when moved out, and logs every move', async () => {
    const core = await caseCore();
    let { card } = await createCaseFromPost(core, { postId: await postIdOf(core, 't5') });
    card = await moveCase(core, { caseId: card.id, version: card.version, columnId: 5 });
    expect(card.resolvedAt).toBe(core.now());
    card = await moveCase(core, { caseId: card.id, version: card.version, columnId: 4 });
    expect(card.resolvedAt).toBeNull();
    const same = await moveCase(core, { caseId: card.id, version: card.version, columnId: 4 });
    expect(same.version).toBe(card.version);
    const { events } = await getCase(core, { caseId: card.id });
    expect(events.map((e) => e.detail)).toEqual([
      expect.objectContaining({ rootPostId: expect.any(Number) }),
      { from: 1, to: 5, fromName: 'New', toName: 'Resolved' },
      { from: 5, to: 4, fromName: 'Resolved', toName: 'Waiting on us' },
    ]);
    await core.close();
  });

  it.each([
    ['assignee', 'Sam', { assignee: 'Sam' }],
    ['assignee cleared', '  ', { assignee: null }],
  ])('assigns (%s)', async (_what, assignee, expected) => {
    const core = await caseCore();
    const { card } = await createCaseFromPost(core, { postId: await postIdOf(core, 't5') });
    const first = await assignCase(core, { caseId: card.id, version: card.version, assignee: 'Kim' });
    expect(await assignCase(core, { caseId: card.id, version: first.version, assignee })).toMatchObject(expected);
    await core.close();
  });

  it('links an incident and filters the board by it, by assignee and by text', async () => {
    const core = await caseCore();
    const a = (await createCaseFromPost(core, { postId: await postIdOf(core, 't1') })).card;
    const b = (await createCaseFromPost(core, { postId: await postIdOf(core, 'f1') })).card;
    await linkIncident(core, { caseId: a.id, version: a.version, incidentId: 'INC0000045' });
    await assignCase(core, { caseId: b.id, version: b.version, assignee: 'Kim' });
    const ids = async (q: object): Promise<number[]> => (await listCases(core, q)).items.map((c) => c.id);
    expect(await ids({ incidentId: 'INC0000045' })).toEqual([a.id]);
    expect(await ids({ assignee: 'Kim' })).toEqual([b.id]);
    expect(await ids({ assignee: '' })).toEqual([a.id]);
    expect(await ids({ query: 'refund' })).toEqual([b.id]);
    expect(await ids({ query: '100%' })).toEqual([]);
    expect((await listCases(core, {})).assignees).toEqual(['Kim']);
    await core.close();
  });
});

describe('a case whose post is removed', () => {
  it('stays on the board with its text kept and marked removed (marked by an agent)', async () => {
    const core = await caseCore();
    const { card } = await createCaseFromPost(core, { postId: await postIdOf(core, 't5') });
    const after = await markPostRemoved(core, { caseId: card.id, version: card.version, by: 'Kim' });
    expect(after.post).toMatchObject({ removed: true, removedAt: core.now(), text: 'App keeps crashing' });
    await core.close();
  });

  it('stays on the board when the post row itself is deleted', async () => {
    const core = await caseCore();
    const postId = await postIdOf(core, 't5');
    const { card } = await createCaseFromPost(core, { postId });
    await core.db.run('DELETE FROM post_scores WHERE post_id = ?', [postId]);
    await core.db.run('DELETE FROM posts WHERE id = ?', [postId]);
    const detail = await getCase(core, { caseId: card.id });
    expect(detail.card.post).toMatchObject({ postId: null, removed: true, text: 'App keeps crashing', author: 'bob' });
    expect(detail.thread).toEqual([]);
    await core.close();
  });
});

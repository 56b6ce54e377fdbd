import { describe, expect, it } from 'vitest';
import type { ReplyKit } from '../../../shared/domain/case';
import { dispatch } from '../dispatch';
import { createCaseFromPost, getCase } from '../services/cases';
import { saveBrand, saveCaseReply } from '../services/casesReplies';
import { caseCore, postIdOf } from './caseFixtures';

const SIGNED = "Hi Bob, I'm Sam from Acme.";

/** A case on t5 (bob, twitter) with the brand set and the site under `policy`. */
async function replyCase(policy = 'respond') {
  const core = await caseCore();
  await saveBrand(core, { brand: 'Acme' });
  await core.db.run('UPDATE sites SET policy = ? WHERE name = ?', [policy, 'twitter']);
  const { card } = await createCaseFromPost(core, { postId: await postIdOf(core, 't5') });
  return { core, card };
}

describe('storing a reply on a case', () => {
  it.each([
    ['respond', `${SIGNED} Please DM us your order number.`, undefined, 'stored'],
    ['respond', `${SIGNED} Is your card 4111 1111 1111 1111?`, undefined, /Payment card number/],
    ['respond', `${SIGNED} The card ending 1234 has been refunded.`, undefined, 'stored'],
    ['respond', 'Please DM us your order number.', undefined, /does not say who is writing for Acme/],
    ['respond', `${SIGNED} ${'Sorry. '.repeat(50)}`, undefined, /allow 280/],
    ['never-respond', `${SIGNED} Please DM us.`, 'the boss said so', /never-respond/],
    ['monitor-only', `${SIGNED} Please DM us.`, undefined, /needs an override with a reason/],
    ['monitor-only', `${SIGNED} Please DM us.`, 'Customer is stranded at the airport', 'stored'],
  ])('on a %s site: %s → %s', async (policy, text, overrideReason, expected) => {
    const { core, card } = await replyCase(policy);
    const r = await dispatch(core, 'cases.reply', { caseId: card.id, version: card.version, text, overrideReason, by: 'Sam' });
    if (expected === 'stored') {
      expect(r).toMatchObject({ ok: true, value: { reply: { text, author: 'Sam' }, card: { version: card.version + 1 } } });
    } else {
      expect(r).toMatchObject({ ok: false, error: { code: 'forbidden', field: 'text' } });
      expect(r.ok ? '' : r.error.message).toMatch(expected);
      expect((await getCase(core, { caseId: card.id })).replies).toEqual([]);
    }
    await core.close();
  });

  it('records the first response and how long the customer waited, with the override reason and warnings', async () => {
    const { core, card } = await replyCase('monitor-only');
    const r = await saveCaseReply(core, { caseId: card.id, version: card.version, text: `${SIGNED} Please DM us.`, overrideReason: 'stranded', by: 'Sam' });
    const waited = core.now() - Date.parse('2024-03-02T08:00:00Z');
    expect(r.reply).toMatchObject({ responseMs: waited, overrideReason: 'stranded', warnings: [{ rule: 'site-policy', severity: 'warn' }] });
    expect(r.card).toMatchObject({ firstResponseAt: core.now(), replies: 1 });
    const detail = await getCase(core, { caseId: card.id });
    expect(detail.events.at(-1)).toMatchObject({ kind: 'replied', actor: 'Sam', detail: { replyId: r.reply.id, responseMs: waited, overrideReason: 'stranded' } });
    await core.close();
  });

  it('keeps the first response time of a thread the company had already answered', async () => {
    const core = await caseCore();
    await saveBrand(core, { brand: 'Acme' });
    const { card } = await createCaseFromPost(core, { postId: await postIdOf(core, 't4') });
    const r = await saveCaseReply(core, { caseId: card.id, version: card.version, text: "Hi Alice, I'm Sam from Acme. We have your DM." });
    expect(r.card.firstResponseAt).toBe(Date.parse('2024-03-01T09:20:00Z'));
    // Waiting since the customer's latest post (t4 "Any news?"), not since the first.
    expect(r.reply.responseMs).toBe(core.now() - Date.parse('2024-03-01T10:00:00Z'));
    await core.close();
  });

  it.each([
    ['an unfilled placeholder', { text: 'Hi {{author}}, Sam from Acme here.' }, 'invalid-request', /fill in the placeholder \{\{author\}\}/],
    ['a stale version', { text: `${SIGNED} Please DM us.`, version: 99 }, 'conflict', /changed meanwhile/],
  ])('refuses %s', async (_what, over, code, message) => {
    const { core, card } = await replyCase();
    const r = await dispatch(core, 'cases.reply', { caseId: card.id, version: card.version, ...over });
    expect(r).toMatchObject({ ok: false, error: { code } });
    expect(r.ok ? '' : r.error.message).toMatch(message);
    await core.close();
  });
});

describe('templates and snippets', () => {
  it('are listed, added, renamed and deleted; names are unique per kind', async () => {
    const core = await caseCore();
    const kit = await dispatch(core, 'cases.replyKit', {});
    expect(kit).toMatchObject({ ok: true, value: { brand: '' } });
    const names = (k: typeof kit): string[] => (k.ok ? (k.value as ReplyKit).texts.map((t) => `${t.kind}:${t.name}`) : []);
    expect(names(kit)).toEqual(['snippet:Move to DM', 'snippet:Refund times', 'snippet:Status page', 'template:Apology and DM', 'template:Thanks', 'template:Update on a known issue']);
    const added = await dispatch(core, 'cases.saveReplyText', { kind: 'template', name: 'Outage', body: 'Hi {{author}}, {{brand}} is down.' });
    expect(names(added)).toContain('template:Outage');
    const dup = await dispatch(core, 'cases.saveReplyText', { kind: 'template', name: 'outage', body: 'x' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'conflict', field: 'name' } });
    const id = added.ok ? ((added.value as ReplyKit).texts.find((t) => t.name === 'Outage')?.id as number) : 0;
    const renamed = await dispatch(core, 'cases.saveReplyText', { id, kind: 'template', name: 'Outage update', body: 'Hi.' });
    expect(names(renamed)).toContain('template:Outage update');
    const gone = await dispatch(core, 'cases.deleteReplyText', { id });
    expect(names(gone)).not.toContain('template:Outage update');
    expect(await dispatch(core, 'cases.deleteReplyText', { id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await core.close();
  });
});

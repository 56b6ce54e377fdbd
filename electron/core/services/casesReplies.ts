import { AppFailure } from '../../../shared/contract/result';
import type { CaseReplied, CaseReply, CaseReplyRequest, ReplyKit, ReplyText } from '../../../shared/domain/case';
import { checkReply } from '../../../shared/policy/checkReply';
import { listPlaceholders } from '../../../shared/policy/template';
import type { Core } from '../core';
import { deleteReplyText, insertCaseReply, listReplyTexts, readLastCustomerPostAt, readReplySetting, saveReplySetting, saveReplyText } from '../repos/casesReplies';
import { DEFAULT_ACTOR, updateCase } from './cases';

/**
 * Stores a reply on a case after the same pre-send checks the composer shows live: a blocking
 * problem (never-respond site, monitor-only without an override reason, too long, affiliation
 * not disclosed, private data…) refuses it with `forbidden` and stores nothing; warnings are kept
 * with the reply. Nothing is sent anywhere. The first stored reply records the case's first
 * response; each reply records how long the customer had waited.
 */
export async function saveCaseReply(core: Core, req: CaseReplyRequest): Promise<CaseReplied> {
  const unfilled = listPlaceholders(req.text);
  if (unfilled.length) throw new AppFailure('invalid-request', `fill in the placeholder${unfilled.length > 1 ? 's' : ''} ${unfilled.map((n) => `{{${n}}}`).join(', ')} first`, 'text');
  let stored: CaseReply | null = null;
  const card = await updateCase(core, req, async (tx, current, now) => {
    const brand = await readReplySetting(tx, 'brand');
    const reason = req.overrideReason?.trim() || null;
    const verdict = checkReply({ text: req.text, siteKind: current.siteKind, policy: current.sitePolicy, brand, override: reason ? { reason } : null });
    const blocks = verdict.problems.filter((p) => p.severity === 'block');
    if (blocks.length) throw new AppFailure('forbidden', `not stored: ${blocks.map((p) => p.message).join('; ')}`, 'text');
    const since = current.post.postId === null ? null : await readLastCustomerPostAt(tx, current.post.postId, now);
    stored = await insertCaseReply(tx, {
      caseId: current.id,
      text: req.text,
      author: req.by?.trim() || DEFAULT_ACTOR,
      createdAt: now,
      responseMs: now - (since ?? current.openedAt),
      overrideReason: current.sitePolicy === 'monitor-only' ? reason : null,
      warnings: verdict.problems,
    });
    const changes = current.firstResponseAt === null ? { first_response_at: now } : {};
    return { changes, kind: 'replied', detail: { replyId: stored.id, responseMs: stored.responseMs, overrideReason: stored.overrideReason, warnings: verdict.problems.length } };
  });
  if (!stored) throw new AppFailure('internal', 'the reply was not stored');
  return { reply: stored, card };
}

/** Templates, snippets and the brand, for the composer. */
export async function readReplyKit(core: Core): Promise<ReplyKit> {
  return { texts: await listReplyTexts(core.db), brand: await readReplySetting(core.db, 'brand') };
}

/** Adds or edits a template or snippet (names unique per kind) and returns the kit. */
export async function saveReplyTextEntry(core: Core, req: Omit<ReplyText, 'id' | 'updatedAt'> & { id?: number }): Promise<ReplyKit> {
  const name = req.name.trim();
  if (name === '') throw new AppFailure('invalid-request', 'name must not be blank', 'name');
  if (req.body.trim() === '') throw new AppFailure('invalid-request', 'body must not be blank', 'body');
  const clash = (await listReplyTexts(core.db)).find((t) => t.kind === req.kind && t.name.toLowerCase() === name.toLowerCase() && t.id !== req.id);
  if (clash) throw new AppFailure('conflict', `a ${req.kind} called "${clash.name}" exists already`, 'name');
  const id = await saveReplyText(core.db, { ...req, name, updatedAt: core.now() });
  if (id === undefined) throw new AppFailure('not-found', `no template or snippet with id ${req.id}`, 'id');
  return readReplyKit(core);
}

/** Deletes a template or snippet and returns the kit. */
export async function deleteReplyTextEntry(core: Core, req: { id: number }): Promise<ReplyKit> {
  if (!(await deleteReplyText(core.db, req.id))) throw new AppFailure('not-found', `no template or snippet with id ${req.id}`, 'id');
  return readReplyKit(core);
}

/** Sets the company agents speak for (checked by the disclosure rule) and returns the kit. */
export async function saveBrand(core: Core, req: { brand: string }): Promise<ReplyKit> {
  await saveReplySetting(core.db, 'brand', req.brand.trim());
  return readReplyKit(core);
}

import { AppFailure } from '../../../shared/contract/result';
import type { CaseBoard, CaseCard, CaseCreated, CaseDetail, CaseEvent, CaseQuery, CaseSlaPolicy, CaseUpdateBase } from '../../../shared/domain/case';
import type { Core } from '../core';
import type { Queryable } from '../db/database';
import {
  findCaseOfConversation,
  findConversationRoot,
  insertCase,
  listAssignees,
  listCaseCards,
  readCaseCard,
  readConversation,
  updateCaseAtVersion,
  type CaseChanges,
  type SlaLookup,
} from '../repos/cases';
import { insertCaseEvent, listCaseColumns, listCaseEvents, listSlaPolicies, readCaseColumn } from '../repos/casesBoard';
import { listCaseReplies } from '../repos/casesReplies';
import { readIncidents } from '../repos/incidents';

/** Who a change is recorded as when the caller names nobody. */
export const DEFAULT_ACTOR = 'supervisor';

/** Used only if the default policy row was deleted by hand. */
const FALLBACK_SLA: CaseSlaPolicy = { siteId: null, firstResponseMins: 60, resolutionMins: 1440, amberAt: 0.75, businessHours: null };

const actorOf = (by: string | undefined): string => by?.trim() || DEFAULT_ACTOR;

/** Builds the per-site SLA lookup from the stored policies. */
export async function readSlaLookup(q: Queryable): Promise<SlaLookup> {
  const all = await listSlaPolicies(q);
  const fallback = all.find((p) => p.siteId === null) ?? FALLBACK_SLA;
  const bySite = new Map(all.filter((p) => p.siteId !== null).map((p) => [p.siteId as number, p]));
  return (siteId) => bySite.get(siteId) ?? fallback;
}

/** A case's title: the first 80 characters of the post's text on one line. */
export function titleOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat || '(no text)';
}

/** Reads one case as a card, failing with not-found. */
export async function readCard(q: Queryable, caseId: number): Promise<CaseCard> {
  const card = await readCaseCard(q, caseId, await readSlaLookup(q));
  if (!card) throw new AppFailure('not-found', `no case with id ${caseId}`, 'caseId');
  return card;
}

/**
 * Opens the case of a post's conversation, or returns the one already open: one case per
 * conversation, whichever of its posts (root, reply, reply of a reply) it is created from.
 */
export async function createCaseFromPost(core: Core, req: { postId: number; by?: string }): Promise<CaseCreated> {
  const now = core.now();
  const made = await core.db.transaction(async (tx) => {
    const root = await findConversationRoot(tx, req.postId);
    if (!root) throw new AppFailure('not-found', `no post with id ${req.postId}`, 'postId');
    const key = `${root.siteId}:${root.externalId}`;
    const existing = await findCaseOfConversation(tx, root.rootId, key);
    if (existing !== undefined) return { id: existing, created: false };
    const columns = await listCaseColumns(tx);
    const first = columns.find((c) => !c.resolves) ?? columns[0];
    if (!first) throw new AppFailure('conflict', 'the case board has no columns; add one first');
    const id = await insertCase(tx, { conversationKey: key, root, title: titleOf(root.text), columnId: first.id, now });
    await insertCaseEvent(tx, { caseId: id, at: now, actor: actorOf(req.by), kind: 'created', detail: { postId: req.postId, rootPostId: root.rootId } });
    return { id, created: true };
  });
  const card = await readCard(core.db, made.id);
  if (made.created) core.events.emit('cases.changed', { caseId: card.id, version: card.version, at: now });
  return { card, created: made.created };
}

/** The board: columns with counts, and the cases matching the filters. */
export async function listCases(core: Core, f: CaseQuery): Promise<CaseBoard> {
  const slaOf = await readSlaLookup(core.db);
  const [columns, page, assignees] = [await listCaseColumns(core.db), await listCaseCards(core.db, f, slaOf), await listAssignees(core.db)];
  return { columns, total: page.total, items: page.items, assignees };
}

/** A case with its audit log, stored replies and conversation. */
export async function getCase(core: Core, req: { caseId: number }): Promise<CaseDetail> {
  const card = await readCard(core.db, req.caseId);
  const thread = card.post.postId === null ? [] : await readConversation(core.db, card.post.postId);
  const [incident] = card.incidentId === null ? [] : await readIncidents(core.db, [card.incidentId]);
  return { card, events: await listCaseEvents(core.db, card.id), replies: await listCaseReplies(core.db, card.id), thread, incident: incident ?? null };
}

/** What an update does to a case: its column changes and the audit entry, or null for no change. */
export type CasePlan = { changes: CaseChanges; kind: CaseEvent['kind']; detail: Record<string, unknown> } | null;

/**
 * Applies an update planned from the case as it is now, but only when the caller saw the current
 * version: a stale update is refused with `conflict` (nothing is overwritten), so two windows
 * editing one case never lose a change silently. Emits `cases.changed`.
 */
export async function updateCase(core: Core, req: CaseUpdateBase, plan: (tx: Queryable, current: CaseCard, now: number) => Promise<CasePlan>): Promise<CaseCard> {
  const now = core.now();
  const changed = await core.db.transaction(async (tx) => {
    const current = await readCard(tx, req.caseId);
    if (current.version !== req.version) {
      throw new AppFailure('conflict', `case ${req.caseId} was changed meanwhile (now version ${current.version}, you had ${req.version}); reload it and try again`, 'version');
    }
    const p = await plan(tx, current, now);
    if (!p) return false;
    if (!(await updateCaseAtVersion(tx, req.caseId, req.version, p.changes, now))) throw new AppFailure('conflict', `case ${req.caseId} was changed meanwhile`, 'version');
    await insertCaseEvent(tx, { caseId: req.caseId, at: now, actor: actorOf(req.by), kind: p.kind, detail: p.detail });
    return true;
  });
  const card = await readCard(core.db, req.caseId);
  if (changed) core.events.emit('cases.changed', { caseId: card.id, version: card.version, at: now });
  return card;
}

/** Moves a case to a column; entering a resolving column resolves it, leaving one reopens it. */
export function moveCase(core: Core, req: CaseUpdateBase & { columnId: number }): Promise<CaseCard> {
  return updateCase(core, req, async (tx, current, now) => {
    const to = await readCaseColumn(tx, req.columnId);
    if (!to) throw new AppFailure('not-found', `no column with id ${req.columnId}`, 'columnId');
    if (to.id === current.columnId) return null;
    const from = await readCaseColumn(tx, current.columnId);
    const changes: CaseChanges = { column_id: to.id };
    if (to.resolves && current.resolvedAt === null) changes.resolved_at = now;
    if (!to.resolves && current.resolvedAt !== null) changes.resolved_at = null;
    return { changes, kind: 'moved', detail: { from: current.columnId, to: to.id, fromName: from?.name ?? null, toName: to.name } };
  });
}

/** Assigns a case to an agent (null or blank unassigns). */
export function assignCase(core: Core, req: CaseUpdateBase & { assignee: string | null }): Promise<CaseCard> {
  const to = req.assignee?.trim() || null;
  return updateCase(core, req, async (_tx, current) =>
    to === current.assignee ? null : { changes: { assignee: to }, kind: 'assigned', detail: { from: current.assignee, to } },
  );
}

/** Links a case to an incident by its id (null or blank unlinks). */
export function linkIncident(core: Core, req: CaseUpdateBase & { incidentId: string | null }): Promise<CaseCard> {
  const to = req.incidentId?.trim() || null;
  return updateCase(core, req, async (_tx, current) =>
    to === current.incidentId ? null : { changes: { incident_id: to }, kind: 'incident-linked', detail: { from: current.incidentId, to } },
  );
}

/** Marks the case's post removed at the site: the case stays, its text is shown marked removed. */
export function markPostRemoved(core: Core, req: CaseUpdateBase): Promise<CaseCard> {
  return updateCase(core, req, async (_tx, current, now) =>
    current.post.removedAt !== null ? null : { changes: { post_removed_at: now }, kind: 'post-removed', detail: { externalId: current.post.externalId } },
  );
}

import { AppFailure } from '../../../shared/contract/result';
import type { IdentityLink, IdentityStatus, LinkDecision, ProposeReport } from '../../../shared/domain/contact';
import type { Core } from '../core';
import { findAuthorEvidence, findLocationEvidence, findPostEvidence, groupFindings, indexCustomers, type Finding } from '../contacts/identityEvidence';
import { insertIdentityLog, listCustomerReferences, listIdentityLinks, listIdentityLog, listMatchAuthors, listMatchCustomers, readLogLink, scanPostsForEvidence, setLinkStatus, storeProposals } from '../repos/identity';

const PAGE = 5000;

/**
 * Looks for evidence that social authors are imported customers (handle on the record, the
 * customer's e-mail or phone in a post, a reference number of theirs in a thread, name + location;
 * different locations recorded against) and stores it
 * as proposals with a confidence. Nothing is linked: a supervisor confirms or rejects each one.
 */
export async function proposeIdentityLinks(core: Core): Promise<ProposeReport> {
  const customers = await listMatchCustomers(core.db);
  const authors = await listMatchAuthors(core.db);
  const ix = indexCustomers(customers, await listCustomerReferences(core.db));
  const findings: Finding[] = findAuthorEvidence(ix, authors);
  let scannedPosts = 0;
  for (let after = 0; ; ) {
    const posts = await scanPostsForEvidence(core.db, after, PAGE);
    if (posts.length === 0) break;
    scannedPosts += posts.length;
    findings.push(...findPostEvidence(ix, posts.filter((p) => p.creditTo !== null)));
    after = posts[posts.length - 1].id;
  }
  findings.push(...findLocationEvidence(findings, customers, authors));
  const groups = groupFindings(findings);
  const stored = await core.db.transaction((tx) => storeProposals(tx, groups, core.now()));
  return { scannedPosts, candidates: groups.length, ...stored };
}

async function readLink(core: Core, linkId: number): Promise<IdentityLink> {
  const [link] = await listIdentityLinks(core.db, { linkId });
  if (!link) throw new AppFailure('not-found', `no identity link with id ${linkId}`, 'linkId');
  return link;
}

/** Confirms or rejects a link (rejecting a confirmed one unlinks it), logging who, when and why. */
export async function decideIdentityLink(core: Core, req: LinkDecision): Promise<IdentityLink> {
  const reason = req.reason.trim();
  if (!reason) throw new AppFailure('invalid-request', 'say why: a reason is kept with every link and unlink', 'reason');
  const to: IdentityStatus = req.decision === 'confirm' ? 'confirmed' : 'rejected';
  await core.db.transaction(async (tx) => {
    const [link] = await listIdentityLinks(tx, { linkId: req.linkId });
    if (!link) throw new AppFailure('not-found', `no identity link with id ${req.linkId}`, 'linkId');
    if (link.status !== req.status) throw new AppFailure('conflict', `the link was changed meanwhile (now ${link.status}, you saw ${req.status}); reload it`, 'status');
    if (link.status === to) throw new AppFailure('invalid-request', `the link is already ${to}`, 'decision');
    const action = to === 'confirmed' ? 'confirmed' : link.status === 'confirmed' ? 'unlinked' : 'rejected';
    await setLinkStatus(tx, link.id, to, core.now());
    await insertIdentityLog(tx, { linkId: link.id, at: core.now(), actor: req.by?.trim() || 'supervisor', action, fromStatus: link.status, toStatus: to, reason, undoes: null });
  });
  return readLink(core, req.linkId);
}

/** Reverts the newest change of a link to the status before it, logging the undo. */
export async function undoIdentityChange(core: Core, req: { logId: number; reason?: string; by?: string }): Promise<IdentityLink> {
  const linkId = await core.db.transaction(async (tx) => {
    const row = await readLogLink(tx, req.logId);
    if (row === undefined) throw new AppFailure('not-found', `no identity log entry with id ${req.logId}`, 'logId');
    const entry = (await listIdentityLog(tx, { linkId: row })).find((e) => e.id === req.logId);
    if (!entry?.undoable || entry.fromStatus === null) throw new AppFailure('conflict', 'only the newest change of a link can be undone, and not a proposal or an undo', 'logId');
    await setLinkStatus(tx, entry.linkId, entry.fromStatus, core.now());
    const reason = req.reason?.trim() || `undo of ${entry.action} by ${entry.actor}`;
    await insertIdentityLog(tx, { linkId: entry.linkId, at: core.now(), actor: req.by?.trim() || 'supervisor', action: 'undone', fromStatus: entry.toStatus, toStatus: entry.fromStatus, reason, undoes: entry.id });
    return entry.linkId;
  });
  return readLink(core, linkId);
}

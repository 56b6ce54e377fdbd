import { AppFailure } from '../../../shared/contract/result';
import type { Customer, CustomerDetail, IdentityLink, TimelineItem } from '../../../shared/domain/contact';
import { classifyPersistence } from '../../../shared/sentiment/persistence';
import type { Core } from '../core';
import { listOpenCasesOfAuthors } from '../repos/cases';
import { listCustomerContacts } from '../repos/contacts';
import { listAuthorPosts, readCustomer, saveCustomerHandles } from '../repos/customers';
import { listIdentityLinks, listIdentityLog, readPostAuthor } from '../repos/identity';
import { readIncidents } from '../repos/incidents';

/**
 * One customer: identity links (proposed ones listed, only confirmed ones merged into the
 * timeline), the audit log, one timeline of their posts on every site and their contacts, the
 * incidents named, open cases, and whether they are persistently unhappy, angry once or recovered.
 */
export async function getCustomer(core: Core, req: { customerId: number }): Promise<CustomerDetail> {
  const customer = await readCustomer(core.db, req.customerId);
  if (!customer) throw new AppFailure('not-found', `no customer with id ${req.customerId}`, 'customerId');
  const links = await listIdentityLinks(core.db, { customerId: customer.id });
  const authorIds = links.filter((l) => l.status === 'confirmed').map((l) => l.authorId);
  const posts = await listAuthorPosts(core.db, authorIds);
  const contacts = await listCustomerContacts(core.db, customer.id);
  const timeline: TimelineItem[] = [
    ...posts.map((p): TimelineItem => ({ kind: 'post', ...p })),
    ...contacts.map((c): TimelineItem => ({ kind: 'contact', at: c.at, contact: c })),
  ].sort((a, b) => (a.at === null ? 1 : b.at === null ? -1 : b.at - a.at));
  const incidentIds = [...new Set(contacts.map((c) => c.incidentId).filter((x): x is string => x !== null))];
  return {
    customer,
    links,
    log: await listIdentityLog(core.db, { customerId: customer.id }),
    timeline,
    incidents: await readIncidents(core.db, incidentIds),
    openCases: await listOpenCasesOfAuthors(core.db, authorIds),
    persistence: classifyPersistence(posts.filter((p) => p.sentiment !== null).map((p) => ({ at: p.at, label: p.sentiment as NonNullable<typeof p.sentiment> }))),
  };
}

/** Identity links of the author of a post (or of an author), for the case panel. */
export async function listAuthorLinks(core: Core, req: { postId?: number; authorId?: number }): Promise<IdentityLink[]> {
  const authorId = req.authorId ?? (req.postId === undefined ? undefined : await readPostAuthor(core.db, req.postId));
  if (authorId === undefined) throw new AppFailure('invalid-request', 'name a postId or an authorId', req.postId === undefined ? 'authorId' : 'postId');
  return listIdentityLinks(core.db, { authorId });
}

/** Replaces the handles on a customer's record (`@ann` or `twitter:@ann`). */
export async function saveHandles(core: Core, req: { customerId: number; handles: string[] }): Promise<Customer> {
  const clean = [...new Set(req.handles.map((h) => h.trim()).filter(Boolean).map((h) => (h.startsWith('@') || h.includes(':') ? h : `@${h}`)))];
  if (!(await saveCustomerHandles(core.db, req.customerId, clean))) throw new AppFailure('not-found', `no customer with id ${req.customerId}`, 'customerId');
  return (await readCustomer(core.db, req.customerId)) as Customer;
}

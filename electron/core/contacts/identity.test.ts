import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { genericPreset } from '../ingest/genericPreset';
import { importFile } from '../ingest/importFile';
import { getCustomer } from '../services/customers';
import { decideIdentityLink, proposeIdentityLinks, undoIdentityChange } from '../services/customersIdentity';
import { genericCsv, memoryCore, tempFile } from '../testing/fixtures';
import { combineEvidence, findAuthorEvidence, findPostEvidence, indexCustomers, type MatchCustomer } from './identityEvidence';
import { importContactsFile } from './importContacts';
import { CONTACT_PRESETS } from './presets';

const CUSTOMERS: MatchCustomer[] = [
  { id: 1, name: 'Ann Lee', email: 'ann@example.com', phone: '+44 7700 900123', handles: ['@annlee'], location: null },
  { id: 2, name: 'Bob Ray', email: 'bob@example.com', phone: null, handles: ['forum:@bobr'], location: null },
  { id: 3, name: 'Other Ann', email: 'ann@example.com', phone: null, handles: [], location: null },
];
const IX = indexCustomers(CUSTOMERS, [
  { ref: 'INC0000045', customerId: 2 },
  { ref: '123', customerId: 1 },
]);

describe('identity evidence', () => {
  it.each([
    ['handle on record (which also spells the name)', { id: 10, site: 'twitter', handle: 'AnnLee', location: null }, [[1, 'handle'], [1, 'name']]],
    ['handle on record for another site only', { id: 11, site: 'twitter', handle: 'bobr', location: null }, []],
    ['site-qualified handle on its site', { id: 12, site: 'forum', handle: 'bobr', location: null }, [[2, 'handle']]],
    ['handle spelling the name (weak)', { id: 13, site: 'twitter', handle: 'bob_ray', location: null }, [[2, 'name']]],
    ['unrelated handle', { id: 14, site: 'twitter', handle: 'carol', location: null }, []],
  ])('authors: %s', (_what, author, expected) => {
    expect(findAuthorEvidence(IX, [author]).map((f) => [f.customerId, f.evidence.kind])).toEqual(expected);
  });

  it.each([
    ['an e-mail shared by two customers (conflict)', 'write to me at Ann@Example.com please', [[1, 'email'], [3, 'email']]],
    ['a phone number written another way', 'call me on 07700 900123', [[1, 'phone']]],
    ['a distinctive reference', 'my incident INC0000045 is still open', [[2, 'reference']]],
    ['a short ticket number after "ticket"', 'ticket #123 went nowhere', [[1, 'reference']]],
    ['a bare number is not a reference', 'I waited 123 minutes', []],
    ['an e-mail nobody has', 'mail zed@example.org', []],
  ])('posts: %s', (_what, text, expected) => {
    expect(findPostEvidence(IX, [{ id: 5, creditTo: 10, text }]).map((f) => [f.customerId, f.evidence.kind])).toEqual(expected);
  });

  it('masks private values in the evidence it shows', () => {
    const [f] = findPostEvidence(IX, [{ id: 5, creditTo: 10, text: 'my email is ann@example.com' }]);
    expect(f.evidence.detail).toBe("post #5 gives the customer's e-mail a**@example.com");
  });

  it.each([
    [[{ kind: 'handle', weight: 0.7 }], 0.7],
    [[{ kind: 'handle', weight: 0.7 }, { kind: 'email', weight: 0.9 }], 0.97],
    [[{ kind: 'email', weight: 0.9 }, { kind: 'email', weight: 0.9 }], 0.9],
  ] as const)('combines %j into confidence %f (one item per kind)', (items, confidence) => {
    expect(combineEvidence(items.map((e) => ({ ...e, detail: '' }))).confidence).toBe(confidence);
  });
});

const POSTS = genericCsv([
  't1,twitter,annlee,2024-03-01T09:00:00Z,Charged twice again. Email me at ann@example.com,,,',
  't2,twitter,acme,2024-03-01T09:10:00Z,Sorry Ann - Sam from Acme,t1,,',
  't3,twitter,annlee,2024-03-08T09:00:00Z,Still charged twice. Useless,,,',
  't4,twitter,zed,2024-03-09T09:00:00Z,Nice app,,,',
]);
const TICKETS = [
  'Ticket ID,Customer Name,Customer Email,Ticket Type,Ticket Subject,Ticket Status,Ticket Channel,First Response Time',
  '1,Ann Lee,ann@example.com,Billing inquiry,Payment issue,Closed,Phone,2024-02-20 10:00:00',
  '2,Ann Other,ann@example.com,Refund request,Refund request,Open,Email,',
].join('\n');

async function identityCore() {
  const core = await memoryCore(Date.parse('2024-03-10T12:00:00Z'));
  await importFile(core.db, tempFile('posts.csv', POSTS), { preset: genericPreset });
  await importContactsFile(core.db, tempFile('tickets.csv', `${TICKETS}\n`), { preset: CONTACT_PRESETS.tickets });
  const report = await proposeIdentityLinks(core);
  return { core, report };
}

describe('identity links', () => {
  it('are proposed with evidence and conflicts shown, never merged into the timeline until confirmed', async () => {
    const { core, report } = await identityCore();
    expect(report).toMatchObject({ scannedPosts: 4, candidates: 2, added: 2 });
    const ann = await getCustomer(core, { customerId: 1 });
    expect(ann.links).toMatchObject([{ author: 'annlee', status: 'proposed', confidence: 0.925, conflicts: [{ customerId: 2, customerName: 'Ann Other' }] }]);
    expect(ann.timeline.map((t) => t.kind)).toEqual(['contact']);
    expect(ann.log).toMatchObject([{ actor: 'system', action: 'proposed', undoable: false }]);
    expect((await proposeIdentityLinks(core)).added).toBe(0);
    await core.close();
  });

  it('logs every confirm, unlink and undo with who, when and why; undo restores the previous status', async () => {
    const { core } = await identityCore();
    const linkId = (await getCustomer(core, { customerId: 1 })).links[0].id;
    await decideIdentityLink(core, { linkId, status: 'proposed', decision: 'confirm', reason: 'same e-mail as ticket 1', by: 'Sam' });
    let ann = await getCustomer(core, { customerId: 1 });
    expect(ann.timeline.map((t) => t.kind)).toEqual(['post', 'post', 'contact']);
    expect(ann.persistence.verdict).toBe('angry-once');
    await decideIdentityLink(core, { linkId, status: 'confirmed', decision: 'reject', reason: 'different Ann after all', by: 'Kim' });
    ann = await getCustomer(core, { customerId: 1 });
    expect(ann.links[0].status).toBe('rejected');
    expect(ann.log.map((e) => [e.action, e.actor, e.fromStatus, e.toStatus, e.reason, e.undoable])).toEqual([
      ['unlinked', 'Kim', 'confirmed', 'rejected', 'different Ann after all', true],
      ['confirmed', 'Sam', 'proposed', 'confirmed', 'same e-mail as ticket 1', false],
      ['proposed', 'system', null, 'proposed', 'evidence: email, name', false],
    ]);
    const older = ann.log[1].id;
    expect(await dispatch(core, 'customers.undoLinkChange', { logId: older })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const undone = await undoIdentityChange(core, { logId: ann.log[0].id, by: 'Kim' });
    expect(undone.status).toBe('confirmed');
    ann = await getCustomer(core, { customerId: 1 });
    expect(ann.log[0]).toMatchObject({ action: 'undone', actor: 'Kim', undoes: ann.log[1].id, toStatus: 'confirmed', undoable: false });
    expect(ann.timeline).toHaveLength(3);
    await core.close();
  });

  it.each([
    [{ status: 'confirmed', decision: 'reject', reason: 'x' }, 'conflict', /changed meanwhile/],
    [{ status: 'proposed', decision: 'confirm', reason: '  ' }, 'invalid-request', /a reason is kept/],
    [{ status: 'proposed', decision: 'confirm', reason: 'x', linkId: 99 }, 'not-found', /no identity link/],
  ])('refuses the decision %j', async (over, code, message) => {
    const { core } = await identityCore();
    const r = await dispatch(core, 'customers.decideLink', { linkId: 1, ...over });
    expect(r).toMatchObject({ ok: false, error: { code } });
    expect(r.ok ? '' : r.error.message).toMatch(message);
    await core.close();
  });

  it('keeps a rejected link rejected when proposals run again', async () => {
    const { core } = await identityCore();
    await decideIdentityLink(core, { linkId: 1, status: 'proposed', decision: 'reject', reason: 'not her' });
    await proposeIdentityLinks(core);
    expect((await getCustomer(core, { customerId: 1 })).links[0].status).toBe('rejected');
    await core.close();
  });
});

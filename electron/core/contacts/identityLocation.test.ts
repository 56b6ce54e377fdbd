import { describe, expect, it } from 'vitest';
import type { IdentityLink } from '../../../shared/domain/contact';
import { genericPreset } from '../ingest/genericPreset';
import { importFile } from '../ingest/importFile';
import { PRESETS } from '../ingest/presets';
import { readSharedCsv } from '../ingest/testData';
import { getCustomer } from '../services/customers';
import { decideIdentityLink, proposeIdentityLinks } from '../services/customersIdentity';
import { memoryCore, tempFile } from '../testing/fixtures';
import { findAuthorEvidence, findLocationEvidence, groupFindings, indexCustomers, type MatchAuthor, type MatchCustomer } from './identityEvidence';
import { importContactsFile } from './importContacts';
import { CONTACT_PRESETS } from './presets';

const customer = (id: number, name: string, location: string | null, handles: string[] = []): MatchCustomer => ({ id, name, email: null, phone: null, handles, location });
const author = (id: number, handle: string, location: string | null): MatchAuthor => ({ id, site: 'twitter', handle, location });

function evidenceOf(customers: MatchCustomer[], authors: MatchAuthor[]) {
  const findings = findAuthorEvidence(indexCustomers(customers, []), authors);
  return groupFindings([...findings, ...findLocationEvidence(findings, customers, authors)]).map((g) => ({
    customerId: g.customerId,
    kinds: g.evidence.map((e) => `${e.kind}${e.against ? ' (against)' : ''}`),
    confidence: g.confidence,
  }));
}

describe('name + location evidence', () => {
  it.each([
    ['name and the same city: name + location', [customer(1, 'Ann Lee', '12 High St, Leeds, UK')], author(10, 'ann_lee', 'Leeds'), [{ customerId: 1, kinds: ['location', 'name'], confidence: 0.513 }]],
    ['name only, no author location: name alone', [customer(1, 'Ann Lee', 'Leeds')], author(10, 'ann_lee', null), [{ customerId: 1, kinds: ['name'], confidence: 0.25 }]],
    ['name only, no customer location: name alone', [customer(1, 'Ann Lee', null)], author(10, 'ann_lee', 'Leeds'), [{ customerId: 1, kinds: ['name'], confidence: 0.25 }]],
    ['name, country only on the profile: says nothing', [customer(1, 'Ann Lee', 'Leeds, UK')], author(10, 'ann_lee', 'UK'), [{ customerId: 1, kinds: ['name'], confidence: 0.25 }]],
    ['name and different cities: shown against, confidence untouched', [customer(1, 'Ann Lee', 'Leeds, UK')], author(10, 'ann_lee', 'Manchester, UK'), [{ customerId: 1, kinds: ['name', 'location (against)'], confidence: 0.25 }]],
    ['handle on record and different cities: shown against', [customer(1, 'Zed Q', 'Porto', ['@zq'])], author(10, 'zq', 'Lisbon'), [{ customerId: 1, kinds: ['handle', 'location (against)'], confidence: 0.7 }]],
    ['handle on record and the same city: location alone adds nothing', [customer(1, 'Zed Q', 'Porto', ['@zq'])], author(10, 'zq', 'Porto'), [{ customerId: 1, kinds: ['handle'], confidence: 0.7 }]],
    ['same city, no other evidence: no link at all', [customer(1, 'Ann Lee', 'Leeds')], author(10, 'carol', 'Leeds'), []],
    [
      'two Ann Lees: the one in the author\'s city is the stronger candidate, both shown',
      [customer(1, 'Ann Lee', 'Leeds'), customer(2, 'Ann Lee', 'Bristol')],
      author(10, 'AnnLee', 'Leeds, UK'),
      [{ customerId: 1, kinds: ['location', 'name'], confidence: 0.513 }, { customerId: 2, kinds: ['name', 'location (against)'], confidence: 0.25 }],
    ],
  ])('%s', (_what, customers, a, expected) => {
    expect(evidenceOf(customers, [a])).toEqual(expected);
  });

  it('says what was compared', () => {
    const customers = [customer(1, 'Ann Lee', '12 High St, Leeds')];
    const findings = findAuthorEvidence(indexCustomers(customers, []), [author(10, 'ann_lee', 'Leeds, UK')]);
    expect(findLocationEvidence(findings, customers, [author(10, 'ann_lee', 'Leeds, UK')])[0].evidence.detail).toBe(
      '@ann_lee is in "Leeds, UK", the customer record says "12 High St, Leeds" (both leeds)',
    );
  });
});

describe('name + location through imports and proposals', () => {
  const contactsCsv = (rows: string[]): string => ['Full name,Title,Email,Work phone,Mobile phone,Twitter ID,Company,Address', ...rows].join('\n') + '\n';
  const postsCsv = (rows: string[]): string => ['id,site,author,created_at,text,author_location', ...rows].join('\n') + '\n';
  const evidenceOfLinks = (links: IdentityLink[]) => links.map((l) => [l.author, l.status, l.confidence, l.evidence.map((e) => [e.kind, e.weight, !!e.against])]);

  it('uses the location the post import carried: name + location weighs in, a differing place is shown against without changing the link', async () => {
    const core = await memoryCore(Date.parse('2024-03-10T12:00:00Z'));
    const posts = postsCsv(['p1,twitter,ann_lee,2024-03-01T09:00:00Z,Still waiting for my refund,Leeds', 'p2,twitter,AnnLee,2024-03-02T09:00:00Z,Love the new app,"Bristol, UK"']);
    await importFile(core.db, tempFile('posts.csv', posts), { preset: genericPreset });
    await importContactsFile(core.db, tempFile('fd.csv', contactsCsv(['Ann Lee,,ann@example.com,,,,,"12 High St, Leeds, UK"'])), { preset: CONTACT_PRESETS['freshdesk-contacts'] });
    expect(await proposeIdentityLinks(core)).toMatchObject({ candidates: 2, added: 2 });
    const ann = await getCustomer(core, { customerId: 1 });
    expect(ann.customer.location).toBe('12 High St, Leeds, UK');
    expect(evidenceOfLinks(ann.links)).toEqual([
      ['ann_lee', 'proposed', 0.513, [['location', 0.35, false], ['name', 0.25, false]]],
      ['AnnLee', 'proposed', 0.25, [['name', 0.25, false], ['location', 0, true]]],
    ]);
    expect(ann.links.map((l) => l.authorLocation)).toEqual(['Leeds', 'Bristol, UK']);

    await decideIdentityLink(core, { linkId: ann.links[0].id, status: 'proposed', decision: 'confirm', reason: 'same person, same city' });
    const later = postsCsv(['p3,twitter,ann_lee,2024-03-05T09:00:00Z,At my parents for the week,Manchester', 'p4,twitter,AnnLee,2024-03-05T10:00:00Z,Still love it,']);
    await importFile(core.db, tempFile('later.csv', later), { preset: genericPreset });
    expect(await proposeIdentityLinks(core)).toMatchObject({ candidates: 2, added: 0, refreshed: 2 });
    const again = await getCustomer(core, { customerId: 1 });
    expect(evidenceOfLinks(again.links)).toEqual([
      ['ann_lee', 'confirmed', 0.25, [['name', 0.25, false], ['location', 0, true]]],
      ['AnnLee', 'proposed', 0.25, [['name', 0.25, false], ['location', 0, true]]],
    ]);
    expect(again.links.map((l) => l.authorLocation)).toEqual(['Manchester', 'Bristol, UK']);
    expect(again.links[1].evidence[1].detail).toBe('locations differ: @AnnLee is in "Bristol, UK", the customer record says "12 High St, Leeds, UK"');
    await core.close();
  });

  it('on real airline rows: the tweet_location of the profile backs a name that matches a customer', async () => {
    const byAuthor = readSharedCsv('airline', 'airline_dev.csv').filter((r) => r.name === 'richardkerris' || r.name === 'leighericam');
    const quote = (v: string): string => `"${v.replaceAll('"', '""')}"`;
    const header = Object.keys(byAuthor[0]);
    const file = [header.join(','), ...byAuthor.map((r) => header.map((h) => quote(r[h])).join(','))].join('\n') + '\n';
    const core = await memoryCore(Date.parse('2015-03-01T12:00:00Z'));
    await importFile(core.db, tempFile('airline.csv', file), { preset: PRESETS.airline });
    const contacts = contactsCsv(['Richard Kerris,,rk@example.com,,,,,"Los Gatos, California"', 'Leigh Ericam,,le@example.com,,,,,"Austin, TX"']);
    await importContactsFile(core.db, tempFile('fd.csv', contacts), { preset: CONTACT_PRESETS['freshdesk-contacts'] });
    await proposeIdentityLinks(core);
    const links = [...(await getCustomer(core, { customerId: 1 })).links, ...(await getCustomer(core, { customerId: 2 })).links];
    expect(evidenceOfLinks(links)).toEqual([
      ['richardkerris', 'proposed', 0.513, [['location', 0.35, false], ['name', 0.25, false]]],
      ['leighericam', 'proposed', 0.25, [['name', 0.25, false], ['location', 0, true]]],
    ]);
    expect(links[0].evidence[0].detail).toBe('@richardkerris is in "Los Gatos, CA", the customer record says "Los Gatos, California" (both los gatos)');
    await core.close();
  });
});

import { describe, expect, it } from 'vitest';
import { genericPreset } from '../ingest/genericPreset';
import { importFile } from '../ingest/importFile';
import { getCustomer } from '../services/customers';
import { proposeIdentityLinks } from '../services/customersIdentity';
import { genericCsv, memoryCore, tempFile } from '../testing/fixtures';
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

describe('name + location through proposals', () => {
  it('uses the location imported with the customer and the one on the author profile, and shows a conflict', async () => {
    const core = await memoryCore(Date.parse('2024-03-10T12:00:00Z'));
    await importFile(core.db, tempFile('posts.csv', genericCsv(['p1,twitter,ann_lee,2024-03-01T09:00:00Z,Still waiting for my refund,,,', 'p2,twitter,AnnLee,2024-03-02T09:00:00Z,Love the new app,,,'])), { preset: genericPreset });
    const contacts = ['Full name,Title,Email,Work phone,Mobile phone,Twitter ID,Company,Address', 'Ann Lee,,ann@example.com,,,,,"12 High St, Leeds, UK"'].join('\n');
    await importContactsFile(core.db, tempFile('fd.csv', `${contacts}\n`), { preset: CONTACT_PRESETS['freshdesk-contacts'] });
    // No import carries author locations yet (see the contacts README); profiles here are set as a connector would.
    await core.db.run("UPDATE authors SET location = 'Leeds' WHERE handle = 'ann_lee'");
    await core.db.run("UPDATE authors SET location = 'Bristol' WHERE handle = 'AnnLee'");
    expect(await proposeIdentityLinks(core)).toMatchObject({ candidates: 2, added: 2 });
    const ann = await getCustomer(core, { customerId: 1 });
    expect(ann.customer.location).toBe('12 High St, Leeds, UK');
    expect(ann.links.map((l) => [l.author, l.confidence, l.evidence.map((e) => [e.kind, e.weight, !!e.against])])).toEqual([
      ['ann_lee', 0.513, [['location', 0.35, false], ['name', 0.25, false]]],
      ['AnnLee', 0.25, [['name', 0.25, false], ['location', 0, true]]],
    ]);
    expect(ann.links[0].status).toBe('proposed');
    await core.close();
  });
});

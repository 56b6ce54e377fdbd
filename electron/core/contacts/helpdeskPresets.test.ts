import { describe, expect, it } from 'vitest';
import { readCustomer } from '../repos/customers';
import { listQuarantine } from '../repos/imports';
import { memoryCore, tempFile } from '../testing/fixtures';
import { importContactsFile } from './importContacts';
import { CONTACT_PRESETS } from './presets';

// Headers as the shared data README (contacts/README.md, "Real export layouts") gives them.
const FRESHDESK_TICKETS =
  'Ticket ID,Subject,Description,Status,Priority,Source,Type,Agent,Group,Created time,Due by Time,Resolved time,Closed time,Last update time,Initial response time,Time tracked,First response time (in hrs),Resolution time (in hrs),Agent interactions,Customer interactions,Resolution status,First response status,Tags,Survey results,Product,Full name,Email,Work phone,Twitter ID,Company Name';
const FRESHDESK_CONTACTS = 'Full name,Title,Email,Work phone,Mobile phone,Twitter ID,Company,Address,Time zone,Language,Tags,About,Unique external ID';
const CHATWOOT_CONTACTS = 'id,name,email,phone_number,identifier,additional_attributes';
const CHATWOOT_CSAT = 'Agent Name,Rating,Feedback Comment,Contact Name,Contact Email Address,Contact Phone Number,Link to the conversation,Recorded date';
const ZENDESK_USERS = 'name,email,external_id,details,notes,phone,role,restriction,organization,tags';

type Row = Record<string, unknown>;

async function run(preset: string, lines: string[]) {
  const core = await memoryCore();
  const file = tempFile(`${preset}.csv`, `${lines.join('\n')}\n`);
  const first = await importContactsFile(core.db, file, { preset: CONTACT_PRESETS[preset] });
  const quarantine = (await listQuarantine(core.db, { importId: first.importId })).map((q) => [q.row, q.reason]);
  const customers = await core.db.all<Row>('SELECT source, external_key, name, email, phone, handles, location FROM customers ORDER BY id');
  const contacts = await core.db.all<Row>('SELECT source, external_id, at, channel, agent, reason, outcome FROM contacts ORDER BY id');
  const again = await importContactsFile(core.db, file, { preset: CONTACT_PRESETS[preset] });
  await core.close();
  return { first, again, quarantine, customers, contacts };
}

describe('Freshdesk', () => {
  it('tickets: the requester is the customer (Twitter ID on record), Source is the channel', async () => {
    const r = await run('freshdesk-tickets', [
      FRESHDESK_TICKETS,
      '501,Refund missing,"Where is it?",Resolved,High,Twitter,Refund,Sam Agent,Billing,2024-02-01 09:30:00,,,,,,,,,,,Within SLA,Within SLA,,,,Ann Lee,ann@example.com,,@ann_lee,Acme',
      '502,App crash,,Open,Low,Email,Problem,,Support,2024-02-02 10:00:00,,,,,,,,,,,,,,,,Ann Lee,ann@example.com,,,',
      '503,Hello,,Open,Low,Portal,,,Support,02/03/2024,,,,,,,,,,,,,,,,Bo,bo@example.com,,,',
    ]);
    expect(r.first).toMatchObject({ rowsRead: 3, imported: 2, quarantined: 1, customers: 1, status: 'done' });
    expect(r.quarantine).toEqual([[4, 'bad Created time "02/03/2024" (want YYYY-MM-DD HH:MM:SS)']]);
    expect(r.customers).toEqual([{ source: 'freshdesk', external_key: 'ann@example.com', name: 'Ann Lee', email: 'ann@example.com', phone: null, handles: '["@ann_lee"]', location: null }]);
    expect(r.contacts).toEqual([
      { source: 'freshdesk', external_id: '501', at: Date.UTC(2024, 1, 1, 9, 30), channel: 'social', agent: 'Sam Agent', reason: 'Refund: Refund missing', outcome: 'Resolved, Within SLA' },
      { source: 'freshdesk', external_id: '502', at: Date.UTC(2024, 1, 2, 10), channel: 'email', agent: null, reason: 'Problem: App crash', outcome: 'Open' },
    ]);
    expect(r.again).toMatchObject({ imported: 0, duplicates: 2 });
  });

  it('contacts: customer records with Address as location, filling in the customers of the tickets export', async () => {
    const core = await memoryCore();
    const tickets = tempFile('fd-tickets.csv', `${FRESHDESK_TICKETS}\n501,Refund missing,,Resolved,High,Email,Refund,Sam,Billing,2024-02-01 09:30:00,,,,,,,,,,,,,,,,Ann Lee,ann@example.com,,,\n`);
    await importContactsFile(core.db, tickets, { preset: CONTACT_PRESETS['freshdesk-tickets'] });
    const contacts = tempFile('fd-contacts.csv', [
      FRESHDESK_CONTACTS,
      'Ann Lee,Ms,ann@example.com,,+44 7700 900123,ann_lee,Acme,"12 High St, Leeds, UK",London,en,,,',
      'Raj Patel,,raj@example.com,020 7946 0958,,,,Mumbai,,,,,C-77',
      'Nobody,,broken-email,,,,,,,,,,',
    ].join('\n'));
    const r = await importContactsFile(core.db, contacts, { preset: CONTACT_PRESETS['freshdesk-contacts'] });
    expect(r).toMatchObject({ rowsRead: 3, imported: 1, duplicates: 1, quarantined: 1, customers: 2 });
    expect(await core.db.all('SELECT external_key, phone, handles, location FROM customers ORDER BY id')).toEqual([
      { external_key: 'ann@example.com', phone: '+447700900123', handles: '["@ann_lee"]', location: '12 High St, Leeds, UK' },
      { external_key: 'C-77', phone: '02079460958', handles: '[]', location: 'Mumbai' },
    ]);
    expect(await core.db.get('SELECT count(*) AS n FROM contacts')).toEqual({ n: 1 });
    expect((await readCustomer(core.db, 1))?.location).toBe('12 High St, Leeds, UK');
    await core.close();
  });
});

describe('Chatwoot', () => {
  it('contacts export: location and social profiles from additional_attributes (JSON or Ruby Hash#to_s)', async () => {
    const r = await run('chatwoot-contacts', [
      CHATWOOT_CONTACTS,
      '1,Ann Lee,ann@example.com,+447700900123,,"{""city"":""Leeds"",""country"":""United Kingdom"",""social_profiles"":{""twitter"":""ann_lee""}}"',
      '2,Bo,,,,"{""city""=>""Porto"", ""company_name""=>nil}"',
      '3,Cy,cy@example.com,,,',
      '4,Dee,dee@example.com,,,{not json',
    ]);
    expect(r.first).toMatchObject({ rowsRead: 4, imported: 3, quarantined: 1 });
    expect(r.quarantine).toEqual([[5, 'bad additional_attributes "{not json" (want a JSON object)']]);
    expect(r.customers.map((c) => [c.source, c.external_key, c.handles, c.location])).toEqual([
      ['chatwoot', 'ann@example.com', '["twitter:@ann_lee"]', 'Leeds, United Kingdom'],
      ['chatwoot', 'Bo', '[]', 'Porto'],
      ['chatwoot', 'cy@example.com', '[]', null],
    ]);
    expect(r.again).toMatchObject({ imported: 0, duplicates: 3 });
  });

  it('CSAT download: one survey contact per response, the agent without their e-mail, the footer skipped', async () => {
    const r = await run('chatwoot-csat', [
      CHATWOOT_CSAT,
      'Jane Doe (jane@acme.com),5,Quick and kind,Ann Lee,ann@example.com,,https://app.chatwoot.com/app/accounts/1/conversations/42,2024-05-01 10:00:00 UTC',
      'Jane Doe (jane@acme.com),1,,Bo,,+351 912 345 678,https://app.chatwoot.com/app/accounts/1/conversations/43,2024-05-02 10:00:00 UTC',
      'Kim,3,,Cy,cy@example.com,,https://app.chatwoot.com/app/accounts/1/inbox/9,2024-05-02 10:00:00 UTC',
      'Reporting period 2024-05-01 to 2024-05-31',
    ]);
    expect(r.first).toMatchObject({ rowsRead: 3, imported: 2, quarantined: 1 });
    expect(r.quarantine).toEqual([[4, 'bad Link to the conversation "https://app.chatwoot.com/app/accounts/1/inbox/9"']]);
    expect(r.contacts).toEqual([
      { source: 'chatwoot', external_id: 'csat:42', at: Date.UTC(2024, 4, 1, 10), channel: 'web', agent: 'Jane Doe', reason: 'survey on conversation 42', outcome: 'CSAT 5/5: Quick and kind' },
      { source: 'chatwoot', external_id: 'csat:43', at: Date.UTC(2024, 4, 2, 10), channel: 'web', agent: 'Jane Doe', reason: 'survey on conversation 43', outcome: 'CSAT 1/5' },
    ]);
    expect(r.customers.map((c) => c.external_key)).toEqual(['ann@example.com', '+351912345678']);
  });
});

describe('Zendesk users (bulk-import layout)', () => {
  it('customer records keyed by external_id, else e-mail', async () => {
    const r = await run('zendesk-users', [
      ZENDESK_USERS,
      'Ann Lee,ann@example.com,crm-1,,VIP,+44 7700 900123,end-user,,Acme,',
      'Bo,bo@example.com,,,,,end-user,,,',
      'Cy,,,,,,end-user,,,',
    ]);
    expect(r.first).toMatchObject({ rowsRead: 3, imported: 2, quarantined: 1 });
    expect(r.quarantine).toEqual([[4, 'no external_id and no email: the row has no customer']]);
    expect(r.customers.map((c) => [c.source, c.external_key, c.phone])).toEqual([
      ['zendesk-users', 'crm-1', '+447700900123'],
      ['zendesk-users', 'bo@example.com', null],
    ]);
    expect(r.again).toMatchObject({ imported: 0, duplicates: 2 });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '../ingest/testData';
import { listQuarantine } from '../repos/imports';
import { memoryCore, tempFile } from '../testing/fixtures';
import { importContactsFile } from './importContacts';
import { CONTACT_PRESETS } from './presets';

const TICKETS = sharedDataPath('contacts', 'customer_support_tickets.csv');
const INCIDENTS = sharedDataPath('contacts', 'incident_event_log.csv');

describe('importing the real contact-history files', () => {
  it('tickets: 6,000 tickets of 6,000 customers (e-mail + name), open tickets without a time, idempotent', async () => {
    const core = await memoryCore();
    const r = await importContactsFile(core.db, TICKETS, { preset: CONTACT_PRESETS.tickets });
    expect(r).toMatchObject({ rowsRead: 6000, imported: 6000, duplicates: 0, quarantined: 0, customers: 6000, incidents: 0 });
    expect(await core.db.all("SELECT channel, count(*) AS n FROM contacts GROUP BY channel ORDER BY channel")).toEqual([
      { channel: 'chat', n: 1500 },
      { channel: 'email', n: 1466 },
      { channel: 'phone', n: 1517 },
      { channel: 'social', n: 1517 },
    ]);
    expect(await core.db.get('SELECT count(*) AS n FROM contacts WHERE at IS NULL')).toEqual({ n: 1991 });
    expect(await core.db.get("SELECT reason, outcome, at FROM contacts WHERE external_id = '3'")).toEqual({
      reason: 'Technical issue: Network problem',
      outcome: 'Closed, satisfaction 3.0',
      at: Date.parse('2023-06-01T11:14:38Z'),
    });
    const again = await importContactsFile(core.db, TICKETS, { preset: CONTACT_PRESETS.tickets });
    expect(again).toMatchObject({ imported: 0, duplicates: 6000, quarantined: 0 });
    expect(await core.db.get('SELECT count(*) AS n FROM customers')).toEqual({ n: 6000 });
    await core.close();
  });

  it('incidents: 5,998 events → 890 incidents of 639 callers, one phone contact per incident, idempotent', async () => {
    const core = await memoryCore();
    const r = await importContactsFile(core.db, INCIDENTS, { preset: CONTACT_PRESETS.incidents });
    expect(r).toMatchObject({ rowsRead: 5998, imported: 5998, duplicates: 0, quarantined: 0, customers: 639, incidents: 890 });
    expect(await core.db.get("SELECT count(*) AS n, sum(channel = 'phone') AS phone FROM contacts")).toEqual({ n: 890, phone: 890 });
    expect(await core.db.get("SELECT id, status, opened_at, closed_at FROM incidents WHERE id = 'INC0000045'")).toEqual({
      id: 'INC0000045',
      status: 'Closed',
      opened_at: Date.UTC(2016, 1, 29, 1, 16),
      closed_at: Date.UTC(2016, 2, 5, 12, 0),
    });
    // 158 callers have 2 or more incidents (README): their histories are real.
    expect(await core.db.get('SELECT count(*) AS n FROM (SELECT customer_id FROM contacts GROUP BY customer_id HAVING count(*) >= 2)')).toEqual({ n: 158 });
    const again = await importContactsFile(core.db, INCIDENTS, { preset: CONTACT_PRESETS.incidents });
    expect(again).toMatchObject({ imported: 0, duplicates: 5998 });
    await core.close();
  });

  it('quarantines the bad rows of an Excel-mangled incident log (CRLF, ? for missing) and keeps the rest', async () => {
    const lines = readFileSync(INCIDENTS, 'utf8').split('\r\n');
    const [header, ...rows] = lines;
    const bad = [
      rows[0].replace('Caller 2403', '?'),
      rows[1].replace('29-02-2016 01:16', '2016/02/29 01:16'),
      rows[2].replace(/^INC0000045/, ''),
      rows[3].replace(',4,TRUE,', ',four,TRUE,'),
      rows[4].replace('INC0000047,', 'INC0000047,"Active'),
    ];
    const file = tempFile('incidents.csv', [header, ...bad, ...rows.slice(5, 40)].join('\r\n') + '\r\n');
    const core = await memoryCore();
    const r = await importContactsFile(core.db, file, { preset: CONTACT_PRESETS.incidents });
    expect(r).toMatchObject({ rowsRead: 40, imported: 35, quarantined: 5 });
    const q = await listQuarantine(core.db, { importId: r.importId });
    expect(q.map((x) => [x.row, x.reason])).toEqual([
      [2, 'missing caller_id: the incident has no customer'],
      [3, 'bad opened_at "2016/02/29 01:16" (want DD-MM-YYYY HH:MM)'],
      [4, 'missing number'],
      [5, 'bad sys_mod_count "four"'],
      [6, expect.stringMatching(/broken quoting/)],
    ]);
    await core.close();
  });

  it('refuses a file in another layout, naming the missing columns', async () => {
    const core = await memoryCore();
    await expect(importContactsFile(core.db, TICKETS, { preset: CONTACT_PRESETS.incidents })).rejects.toThrow(/missing columns number, incident_state, sys_mod_count, caller_id, opened_at, sys_updated_at, contact_type for the incidents preset/);
    await core.close();
  });
});

const ZENDESK_HEADER =
  'Summation column,Id,Requester,Requester id,Requester external id,Requester email,Requester domain,Submitter,Assignee,Group,Subject,Tags,Status,Priority,Via,Ticket type,Created at,Updated at';
const CHATWOOT_HEADER = '\uFEFFdisplay_id,url,created_at,last_activity_at,status,status_label,assignee,team,inbox,channel,contact_name,contact_email,contact_phone,contact_document_number,labels';

describe.each([
  [
    'zendesk',
    [
      ZENDESK_HEADER,
      ',101,Ann Lee,9001,,ann@example.com,example.com,Ann Lee,Sam,Support,Double charge,billing,solved,high,Twitter,incident,2024-03-01 09:00:00,2024-03-02 09:00:00',
      ',102,Ann Lee,9001,,ann@example.com,example.com,Ann Lee,Kim,Support,Refund please,billing,open,normal,Mail,question,2024-03-05 10:00:00,2024-03-05 10:00:00',
      ',103,Bob,,,not-an-email,,Bob,,Support,Hi,,open,low,Web form,question,2024-03-05 10:00:00,',
      ',104,Cy,9003,,,,Cy,,Support,Hi,,open,low,Voice,question,yesterday,',
    ],
    { imported: 2, quarantined: 2, customers: 1 },
    [['101', 'social', 'Sam', 'Double charge', 'solved'], ['102', 'email', 'Kim', 'Refund please', 'open']],
  ],
  [
    'chatwoot',
    [
      CHATWOOT_HEADER,
      '7,https://x/7,2024-05-01 10:00:00 UTC,2024-05-01 11:00:00 UTC,resolved,Resolved,Jane Doe,,Web,WebWidget,Ann Lee,ann@example.com,+44 7700 900123,,"billing,refund"',
      '8,https://x/8,2024-05-02 10:00:00 UTC,2024-05-02 11:00:00 UTC,open,Open,,,DMs,TwitterProfile,,,+44 7700 900124,,',
      '9,https://x/9,,,open,Open,,,DMs,TwitterProfile,Zed,,,,',
    ],
    { imported: 2, quarantined: 1, customers: 2 },
    [['7', 'chat', 'Jane Doe', 'billing,refund', 'resolved'], ['8', 'social', null, null, 'open']],
  ],
])('the %s preset', (preset, lines, counts, contacts) => {
  it('imports contacts, quarantines bad rows, and is idempotent', async () => {
    const core = await memoryCore();
    const file = tempFile(`${preset}.csv`, `${lines.join('\n')}\n`);
    expect(await importContactsFile(core.db, file, { preset: CONTACT_PRESETS[preset] })).toMatchObject({ rowsRead: lines.length - 1, ...counts });
    expect((await core.db.all('SELECT external_id, channel, agent, reason, outcome FROM contacts ORDER BY id')).map((r) => Object.values(r as object))).toEqual(contacts);
    expect(await importContactsFile(core.db, file, { preset: CONTACT_PRESETS[preset] })).toMatchObject({ imported: 0, duplicates: counts.imported });
    await core.close();
  });
});

import { describe, expect, it } from 'vitest';
import { contactMappingProblem, type ContactColumnMapping } from '../../../shared/domain/contactImport';
import { listQuarantine } from '../repos/imports';
import { memoryCore, tempFile } from '../testing/fixtures';
import { importContactsFile } from './importContacts';
import { contactPresetFromMapping, parseContactTime } from './mappedContacts';

const NONE: ContactColumnMapping = {
  customerKey: null, name: null, email: null, phone: null, handles: null, location: null, contactId: '', at: null, timeFormat: 'auto',
  channel: null, agent: null, reason: null, outcome: null, incidentId: null, incidentTitle: null, incidentStatus: null, incidentOpened: null, incidentClosed: null,
};

// A helpdesk export no preset knows: day-first times, incidents described on the contact rows.
const CSV = [
  'Case,Caller,Caller name,Mail,Town,Twitter,Opened,Via,Handler,Topic,Result,Major incident,MI title,MI state,MI opened,MI closed',
  'C-1,K9,Ann Lee,ann@example.com,Leeds,@ann_lee,01-03-2024 09:00,Phone,Sam,Outage,Escalated,MI-7,Network down,Resolved,01-03-2024 08:30,01-03-2024 12:00',
  'C-2,K9,Ann Lee,ann@example.com,Leeds,,02-03-2024 10:00,Email,Kim,Outage,Answered,MI-7,Network down,Resolved,01-03-2024 08:30,01-03-2024 12:00',
  'C-3,K10,Bo,,Porto,,2024-03-02,Chat,,Billing,,,,,,',
  'C-4,,,,,,,Chat,,Billing,,,,,,',
].join('\n');

const MAPPING: ContactColumnMapping = {
  ...NONE,
  customerKey: 'Caller', name: 'Caller name', email: 'Mail', location: 'Town', handles: 'Twitter', contactId: 'Case', at: 'Opened', timeFormat: 'day-first',
  channel: 'Via', agent: 'Handler', reason: 'Topic', outcome: 'Result', incidentId: 'Major incident', incidentTitle: 'MI title', incidentStatus: 'MI state', incidentOpened: 'MI opened', incidentClosed: 'MI closed',
};

describe('a column mapping as a contact preset', () => {
  it('imports customers (location, handles), contacts and the incidents they describe; quarantines with line and reason; idempotent', async () => {
    const core = await memoryCore();
    const file = tempFile('helpdesk.csv', `${CSV}\n`);
    const preset = contactPresetFromMapping('acme-helpdesk', MAPPING);
    const r = await importContactsFile(core.db, file, { preset });
    expect(r).toMatchObject({ preset: 'acme-helpdesk', rowsRead: 4, imported: 2, quarantined: 2, customers: 1, incidents: 1 });
    expect((await listQuarantine(core.db, { importId: r.importId })).map((q) => [q.row, q.reason])).toEqual([
      [4, 'bad Opened "2024-03-02" (want DD-MM-YYYY HH:MM)'],
      [5, 'no customer id, e-mail, phone or name: the row has no customer'],
    ]);
    expect(await core.db.all('SELECT source, external_key, name, email, handles, location FROM customers')).toEqual([
      { source: 'acme-helpdesk', external_key: 'K9', name: 'Ann Lee', email: 'ann@example.com', handles: '["@ann_lee"]', location: 'Leeds' },
    ]);
    expect(await core.db.all('SELECT external_id, at, channel, agent, reason, outcome, incident_id FROM contacts ORDER BY id')).toEqual([
      { external_id: 'C-1', at: Date.UTC(2024, 2, 1, 9), channel: 'phone', agent: 'Sam', reason: 'Outage', outcome: 'Escalated', incident_id: 'MI-7' },
      { external_id: 'C-2', at: Date.UTC(2024, 2, 2, 10), channel: 'email', agent: 'Kim', reason: 'Outage', outcome: 'Answered', incident_id: 'MI-7' },
    ]);
    expect(await core.db.all('SELECT id, title, status, opened_at, closed_at FROM incidents')).toEqual([
      { id: 'MI-7', title: 'Network down', status: 'Resolved', opened_at: Date.UTC(2024, 2, 1, 8, 30), closed_at: Date.UTC(2024, 2, 1, 12) },
    ]);
    expect(await importContactsFile(core.db, file, { preset })).toMatchObject({ imported: 0, duplicates: 2 });
    await core.close();
  });

  it('refuses a file without the mapped columns, naming them', async () => {
    const core = await memoryCore();
    const file = tempFile('other.csv', 'id,name\n1,Ann\n');
    await expect(importContactsFile(core.db, file, { preset: contactPresetFromMapping('m', { ...NONE, contactId: 'Case', name: 'Caller name' }) })).rejects.toThrow(/missing columns Caller name, Case for the m preset/);
    expect(await core.db.get('SELECT count(*) AS n FROM imports')).toEqual({ n: 0 });
    await core.close();
  });

  it.each([
    [{ ...NONE, name: 'n' }, 'mapping.contactId'],
    [{ ...NONE, contactId: 'id' }, 'mapping.customerKey'],
    [{ ...NONE, contactId: 'id', email: 'e', incidentStatus: 's' }, 'mapping.incidentId'],
  ])('an incomplete mapping is refused naming the field (%#)', (m, field) => {
    expect(contactMappingProblem(m)?.field).toBe(field);
    expect(() => contactPresetFromMapping('x', m)).toThrow();
  });

  it.each([
    ['2024-03-01 09:00:00', 'auto', Date.UTC(2024, 2, 1, 9)],
    ['2024-05-01 10:00:00 UTC', 'auto', Date.UTC(2024, 4, 1, 10)],
    ['01-03-2024 09:00', 'day-first', Date.UTC(2024, 2, 1, 9)],
    ['1/3/2024 09:00', 'day-first', Date.UTC(2024, 2, 1, 9)],
    ['3/1/2024 09:00', 'month-first', Date.UTC(2024, 2, 1, 9)],
    ['13/31/2024 09:00', 'month-first', null],
    ['31-02-2024', 'day-first', null],
    ['1709283600', 'epoch-s', Date.UTC(2024, 2, 1, 9)],
    ['1709283600000', 'epoch-ms', Date.UTC(2024, 2, 1, 9)],
    ['01-03-2024 09:00', 'iso', null],
  ] as const)('%s read as %s → %s', (value, format, expected) => {
    expect(parseContactTime(value, format)).toBe(expected);
  });
});

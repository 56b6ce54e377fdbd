import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sharedDataPath } from '../../core/ingest/testData';
import { openCore } from '../../core/core';
import { saveContactMapping } from '../../core/services/customersImport';
import { tempFile } from '../../core/testing/fixtures';
import { runCliCaptured } from '../testing';

afterEach(() => vi.restoreAllMocks());

const cli = runCliCaptured;

const freshDb = (): string => join(mkdtempSync(join(tmpdir(), 'lp-cli-')), 'db.sqlite');

describe('import-contacts', () => {
  it('imports both real files into one database with --json and exits 0; a second run adds nothing', async () => {
    const db = freshDb();
    const tickets = sharedDataPath('contacts', 'customer_support_tickets.csv');
    const incidents = sharedDataPath('contacts', 'incident_event_log.csv');
    const a = await cli('import-contacts', '--db', db, '--preset', 'tickets', '--json', tickets);
    expect([a.code, JSON.parse(a.out)]).toEqual([0, { imported: 6000, duplicates: 0, quarantined: 0, customers: 6000, incidents: 0 }]);
    const b = await cli('import-contacts', '--db', db, '--preset', 'incidents', incidents);
    expect(b.out).toBe(`${incidents}: 5998 imported, 0 duplicates, 0 quarantined (639 customers, 890 incidents)\n`);
    const again = await cli('import-contacts', '--db', db, '--preset', 'incidents', '--json', incidents);
    expect(JSON.parse(again.out)).toMatchObject({ imported: 0, duplicates: 5998 });
  });

  it('exits 3 when rows were quarantined', async () => {
    const file = tempFile('t.csv', 'Ticket ID,Customer Name,Customer Email,Ticket Subject,Ticket Status,Ticket Channel,First Response Time\n1,Ann,ann@example.com,Refund,Open,Email,\n2,Bob,bob@,Refund,Open,Email,\n');
    const r = await cli('import-contacts', '--db', freshDb(), '--preset', 'tickets', '--json', file);
    expect([r.code, JSON.parse(r.out)]).toEqual([3, { imported: 1, duplicates: 0, quarantined: 1, customers: 1, incidents: 0 }]);
  });

  it.each([
    [['x.csv'], /--preset is required/],
    [['--preset', 'freshdesk', 'x.csv'], /unknown contact preset "freshdesk" \(known: tickets, incidents, zendesk, zendesk-users, chatwoot, chatwoot-contacts, chatwoot-csat, freshdesk-tickets, freshdesk-contacts\)/],
    [['--preset', 'tickets'], /name at least one FILE/],
  ])('refuses %j with exit 2', async (args, message) => {
    const r = await cli('import-contacts', '--db', freshDb(), ...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('imports with a column mapping saved in the database (--preset <saved>)', async () => {
    const db = freshDb();
    const core = await openCore({ dbPath: db });
    await saveContactMapping(core, 'town-export', {
      customerKey: null, name: 'Who', email: 'Mail', phone: null, handles: null, location: 'Town', contactId: 'Case', at: null, timeFormat: 'auto',
      channel: null, agent: null, reason: null, outcome: null, incidentId: null, incidentTitle: null, incidentStatus: null, incidentOpened: null, incidentClosed: null,
    });
    await core.close();
    const file = tempFile('town.csv', 'Case,Who,Mail,Town\nC-1,Ann Lee,ann@example.com,Leeds\nC-2,Bo,bo@,Porto\n');
    const r = await cli('import-contacts', '--db', db, '--preset', 'town-export', '--json', file);
    expect([r.code, JSON.parse(r.out)]).toEqual([3, { imported: 1, duplicates: 0, quarantined: 1, customers: 1, incidents: 0 }]);
    const bad = await cli('import-contacts', '--db', db, '--preset', 'town-exports', file);
    expect([bad.code, bad.err]).toEqual([2, expect.stringMatching(/unknown contact preset "town-exports" \(known: .*, town-export\)/)]);
  });

  it('fails with exit 1 naming the missing columns', async () => {
    const r = await cli('import-contacts', '--db', freshDb(), '--preset', 'zendesk', sharedDataPath('contacts', 'customer_support_tickets.csv'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/missing columns Id, Requester, Requester id/);
  });
});

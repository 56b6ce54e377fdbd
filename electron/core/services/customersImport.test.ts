import { describe, expect, it } from 'vitest';
import type { ContactColumnMapping } from '../../../shared/domain/contactImport';
import type { ImportReport } from '../../../shared/domain/importReport';
import type { Method, Req, Res } from '../../../shared/contract/api';
import type { Result } from '../../../shared/contract/result';
import type { Core } from '../core';
import { dispatch as untyped } from '../dispatch';
import { sharedDataPath } from '../ingest/testData';
import { memoryCore, tempFile } from '../testing/fixtures';
import { cancelImport } from './sourcesImports';

const MAPPING: ContactColumnMapping = {
  customerKey: null, name: 'Who', email: 'Mail', phone: null, handles: null, location: 'Town', contactId: 'Case', at: 'When', timeFormat: 'day-first',
  channel: null, agent: null, reason: null, outcome: null, incidentId: null, incidentTitle: null, incidentStatus: null, incidentOpened: null, incidentClosed: null,
};
const CSV = 'Case,Who,Mail,Town,When\nC-1,Ann Lee,ann@example.com,Leeds,01-03-2024 09:00\nC-2,Bo,bo@example.com,Porto,yesterday\n';

const dispatch = <M extends Method>(core: Core, method: M, req: Req<M>): Promise<Result<Res<M>>> => untyped(core, method, req) as Promise<Result<Res<M>>>;

function finished(core: Awaited<ReturnType<typeof memoryCore>>): Promise<ImportReport> {
  return new Promise((resolve) => {
    const off = core.events.on('imports.finished', (r) => (off(), resolve(r)));
  });
}

describe('contact-history import through the contract', () => {
  it('previews a file and names the presets that fit it', async () => {
    const core = await memoryCore();
    const r = await dispatch(core, 'contacts.preview', { path: sharedDataPath('contacts', 'customer_support_tickets.csv'), rows: 2 });
    expect(r).toMatchObject({ ok: true, value: { header: expect.arrayContaining(['Ticket ID', 'Customer Email']), matchingPresets: ['tickets'] } });
    if (r.ok) expect(r.value.rows).toHaveLength(2);
    expect(await dispatch(core, 'contacts.preview', { path: '/no/such.csv' })).toMatchObject({ ok: false, error: { code: 'not-found', field: 'path' } });
    await core.close();
  });

  it('imports with a mapping saved as a preset, which then fits the file and imports by name', async () => {
    const core = await memoryCore();
    const file = tempFile('town.csv', CSV);
    const done = finished(core);
    const started = await dispatch(core, 'contacts.import', { path: file, mapping: MAPPING, saveAs: 'town-export' });
    expect(started).toMatchObject({ ok: true, value: { preset: 'town-export' } });
    expect(await done).toMatchObject({ status: 'done', imported: 1, quarantined: 1 });
    expect(await dispatch(core, 'imports.quarantine', {})).toMatchObject({ ok: true, value: [{ row: 3, reason: 'bad When "yesterday" (want DD-MM-YYYY HH:MM)' }] });
    const presets = await dispatch(core, 'contacts.presets', {});
    expect(presets.ok && presets.value.find((p) => p.name === 'town-export')).toMatchObject({ builtIn: false, mapping: MAPPING, requiredColumns: ['Who', 'Mail', 'Town', 'Case', 'When'] });
    expect(await dispatch(core, 'contacts.preview', { path: file })).toMatchObject({ ok: true, value: { matchingPresets: ['town-export'] } });
    const again = finished(core);
    expect(await dispatch(core, 'contacts.import', { path: file, preset: 'town-export' })).toMatchObject({ ok: true });
    expect(await again).toMatchObject({ imported: 0, duplicates: 1 });
    expect(await dispatch(core, 'customers.search', { query: 'ann' })).toMatchObject({ ok: true, value: { total: 1, items: [{ name: 'Ann Lee', location: 'Leeds', contacts: 1 }] } });
    await core.close();
  });

  it.each([
    [{ mapping: MAPPING, saveAs: 'tickets' }, 'conflict', 'saveAs'],
    [{ preset: 'nope' }, 'not-found', 'preset'],
    [{}, 'invalid-request', 'preset'],
    [{ mapping: { ...MAPPING, name: null, email: null } }, 'invalid-request', 'mapping.customerKey'],
    [{ preset: 'incidents' }, 'invalid-request', 'file'],
  ])('refuses %j with %s naming %s, before anything is logged', async (req, code, field) => {
    const core = await memoryCore();
    expect(await dispatch(core, 'contacts.import', { path: tempFile('x.csv', CSV), ...req })).toMatchObject({ ok: false, error: { code, field } });
    expect(await dispatch(core, 'imports.list', {})).toEqual({ ok: true, value: [] });
    await core.close();
  });

  it('imports.cancel stops a contact import at a batch boundary', async () => {
    const core = await memoryCore();
    const done = finished(core);
    const started = await dispatch(core, 'contacts.import', { path: sharedDataPath('contacts', 'customer_support_tickets.csv'), preset: 'tickets' });
    expect(started.ok && cancelImport(core, started.value.importId)).toEqual({ cancelled: true });
    const report = await done;
    expect(report.status).toBe('cancelled');
    expect(report.imported).toBeLessThan(6000);
    await core.close();
  });
});

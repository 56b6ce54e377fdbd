import { AppFailure } from '../../../shared/contract/result';
import { importContactsFile } from '../../core/contacts/importContacts';
import { CONTACT_PRESETS } from '../../core/contacts/presets';
import { resolveContactPreset } from '../../core/services/customersImport';
import { openCore } from '../../core/core';
import { resolveDbPath } from '../../core/paths';
import { UsageError, type Command } from '../command';

const NAMES = Object.keys(CONTACT_PRESETS);

/** `import-contacts`: load contact history (customers, contacts, incidents) from helpdesk exports. */
export const importContactsCommand: Command = {
  name: 'import-contacts',
  summary: 'import contact history (customers, contacts, incidents) from helpdesk CSV exports',
  usage: `import-contacts [--db FILE] --preset NAME [--json] FILE...

NAME is a built-in preset (${NAMES.join(', ')}) or a column mapping saved from the
Customers view's "Import contact history" dialog. Built-in: tickets (customer_support_tickets.csv:
one ticket per row, a customer is e-mail + name), incidents (ServiceNow/UCI incident event log: one
update per row, DD-MM-YYYY or D/M/YYYY dates, ? for missing; each incident becomes an incident plus
the caller's phone contact), zendesk (tickets CSV export: Id, Requester, Requester id, Requester
email, Subject, Status, Via, Created at…), zendesk-users (bulk-import users CSV: name, email,
external_id…), chatwoot (conversations export), chatwoot-contacts (id, name, email, phone_number,
additional_attributes), chatwoot-csat (CSAT download, footer skipped), freshdesk-tickets (Ticket ID,
Subject, Status, Source, Created time…, Full name, Email, Twitter ID), freshdesk-contacts (Full name,
Title, Email, Work phone, …, Address). Presets of one helpdesk share its customers. Optional columns
handle / Twitter ID / customer_instagram_handle put social handles on the customer record. Rows
that break the layout are quarantined with line and reason; the rest land. Re-importing adds
nothing twice (a newer export updates status in place). With --json prints one object
{"imported", "duplicates", "quarantined", "customers", "incidents"} summed over the files. Exit
codes: 0 all rows landed or were present, 3 some were quarantined, 1 the import failed, 2 bad usage.`,
  options: { db: { type: 'string' }, preset: { type: 'string' }, json: { type: 'boolean' } },
  allowPositionals: true,
  async run(values, files) {
    const name = values.preset as string | undefined;
    if (!name) throw new UsageError(`--preset is required (${NAMES.join(', ')} or a saved mapping)`);
    if (files.length === 0) throw new UsageError('name at least one FILE to import');
    const core = await openCore({ dbPath: resolveDbPath(values.db as string | undefined) });
    const total = { imported: 0, duplicates: 0, quarantined: 0, customers: 0, incidents: 0 };
    try {
      const preset = await resolveContactPreset(core, name).catch((err: unknown) => {
        throw err instanceof AppFailure && err.code === 'not-found' ? new UsageError(err.message) : err;
      });
      for (const file of files) {
        const r = await importContactsFile(core.db, file, { preset });
        for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += r[k];
        if (!values.json) {
          process.stdout.write(`${file}: ${r.imported} imported, ${r.duplicates} duplicates, ${r.quarantined} quarantined (${r.customers} customers, ${r.incidents} incidents)\n`);
        }
      }
    } catch (err) {
      if (err instanceof AppFailure) {
        process.stderr.write(`import-contacts failed: ${err.message}\n`);
        return 1;
      }
      throw err;
    } finally {
      await core.close();
    }
    if (values.json) process.stdout.write(`${JSON.stringify(total)}\n`);
    return total.quarantined > 0 ? 3 : 0;
  },
};

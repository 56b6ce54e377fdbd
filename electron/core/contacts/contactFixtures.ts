import type { Core } from '../core';
import { decideIdentityLink, proposeIdentityLinks } from '../services/customersIdentity';
import { tempFile } from '../testing/fixtures';
import { importContactsFile } from './importContacts';
import { ticketsPreset } from './ticketPresets';

/**
 * Two customers whose records list the handles `a` and `b`, a proposal run (links 1 and 2,
 * audit entries 1 and 2), and link 2 confirmed (entry 3). For databases where authors a and b posted.
 */
export async function seedContactHistory(core: Core): Promise<void> {
  const csv = [
    'Ticket ID,Customer Name,Customer Email,Ticket Type,Ticket Subject,Ticket Status,Ticket Channel,First Response Time,handle',
    '1,Ann Lee,ann@example.com,Refund request,Delivery problem,Open,Social media,2024-01-03 10:00:00,a',
    '2,Bob Ray,bob@example.com,Billing inquiry,Payment issue,Closed,Email,2024-01-04 10:00:00,b',
  ].join('\n');
  await importContactsFile(core.db, tempFile('tickets.csv', `${csv}\n`), { preset: ticketsPreset });
  await proposeIdentityLinks(core);
  await decideIdentityLink(core, { linkId: 2, status: 'proposed', decision: 'confirm', reason: 'handle on record', by: 'seed' });
}

import { describe, expect, it } from 'vitest';
import { contactMappingProblem } from '../../../../shared/domain/contactImport';
import { guessContactMapping } from './contactMapping';

describe('guessing a contact mapping from a header', () => {
  it('maps a helpdesk export by its column names, each column once', () => {
    const m = guessContactMapping(['Case Number', 'Customer ID', 'Full name', 'E-mail', 'City', 'Created', 'Via', 'Assignee', 'Subject', 'Status', 'Incident']);
    expect(m).toMatchObject({
      contactId: 'Case Number', customerKey: 'Customer ID', name: 'Full name', email: 'E-mail', location: 'City', at: 'Created',
      channel: 'Via', agent: 'Assignee', reason: 'Subject', outcome: 'Status', incidentId: 'Incident', timeFormat: 'auto',
    });
    expect(contactMappingProblem(m)).toBeNull();
  });

  it('leaves unknown columns for the supervisor and says what is missing', () => {
    const m = guessContactMapping(['foo', 'bar']);
    expect(m.contactId).toBe('');
    expect(contactMappingProblem(m)?.message).toMatch(/contact \(ticket, conversation\) id/);
  });
});

import type { ContactPreset } from './contactPreset';
import { bad, channelOf, field, HANDLE_COLUMNS, handlesOf, normalisePhone, optionalTime, parseDayFirst, parseEmail, parseExportTime } from './contactPreset';

/**
 * The "Customer Support Ticket Dataset" layout (Kaggle suraj520): one ticket per row. A customer
 * is an e-mail plus a name (the same e-mail under different names is different people there).
 * The export has no creation time: a ticket's time is its first response, else its resolution,
 * else unknown (open tickets).
 */
export const ticketsPreset: ContactPreset = {
  name: 'tickets',
  description: 'customer_support_tickets.csv layout (Ticket ID, Customer Name, Customer Email, … Ticket Channel, First Response Time)',
  requiredColumns: ['Ticket ID', 'Customer Name', 'Customer Email', 'Ticket Subject', 'Ticket Status', 'Ticket Channel'],
  mapRecord(rec) {
    const id = field(rec, 'Ticket ID');
    if (!id) return bad('missing Ticket ID');
    const name = field(rec, 'Customer Name');
    const email = parseEmail(field(rec, 'Customer Email'));
    if (email === undefined) return bad(`bad Customer Email "${(rec['Customer Email'] ?? '').slice(0, 60)}"`);
    if (email === null && name === null) return bad('no Customer Email and no Customer Name: the ticket has no customer');
    const first = optionalTime(rec, 'First Response Time', parseExportTime);
    if (first === undefined) return bad(`bad First Response Time "${(rec['First Response Time'] ?? '').slice(0, 40)}"`);
    const solved = optionalTime(rec, 'Time to Resolution', parseExportTime);
    if (solved === undefined) return bad(`bad Time to Resolution "${(rec['Time to Resolution'] ?? '').slice(0, 40)}"`);
    const status = field(rec, 'Ticket Status');
    const rating = field(rec, 'Customer Satisfaction Rating');
    return {
      ok: true,
      kind: 'contact',
      customer: { key: `${email ?? ''}|${name ?? ''}`, name, email, phone: null, handles: handlesOf(rec, HANDLE_COLUMNS), location: null },
      contact: {
        externalId: id,
        at: first ?? solved,
        channel: channelOf(field(rec, 'Ticket Channel')),
        agent: null,
        reason: [field(rec, 'Ticket Type'), field(rec, 'Ticket Subject')].filter(Boolean).join(': ') || null,
        outcome: [status, rating ? `satisfaction ${rating}` : null].filter(Boolean).join(', ') || null,
        incidentId: null,
      },
    };
  },
};

/**
 * The UCI "Incident management process enriched event log" (ServiceNow audit log): one row per
 * update event. Each incident becomes an incident (status of its newest event) and one contact —
 * the caller's call that opened it. Dates are day-first (`DD-MM-YYYY HH:MM` as saved by a
 * spreadsheet, or UCI's `D/M/YYYY HH:MM`), read as UTC; `?` means missing.
 */
export const incidentsPreset: ContactPreset = {
  name: 'incidents',
  description: 'incident_event_log.csv layout (number, incident_state, sys_mod_count, caller_id, opened_at, sys_updated_at, contact_type, …)',
  requiredColumns: ['number', 'incident_state', 'sys_mod_count', 'caller_id', 'opened_at', 'sys_updated_at', 'contact_type'],
  mapRecord(rec) {
    const number = field(rec, 'number');
    if (!number) return bad('missing number');
    const caller = field(rec, 'caller_id');
    if (!caller) return bad('missing caller_id: the incident has no customer');
    const state = field(rec, 'incident_state');
    if (!state) return bad('missing incident_state');
    const mod = Number(field(rec, 'sys_mod_count'));
    if (!Number.isInteger(mod) || mod < 0) return bad(`bad sys_mod_count "${(rec.sys_mod_count ?? '').slice(0, 20)}"`);
    const at = optionalTime(rec, 'sys_updated_at', parseDayFirst);
    if (at === undefined || at === null) return bad(`bad sys_updated_at "${(rec.sys_updated_at ?? '').slice(0, 40)}" (want DD-MM-YYYY HH:MM)`);
    const opened = optionalTime(rec, 'opened_at', parseDayFirst);
    if (opened === undefined || opened === null) return bad(`bad opened_at "${(rec.opened_at ?? '').slice(0, 40)}" (want DD-MM-YYYY HH:MM)`);
    const closed = optionalTime(rec, 'closed_at', parseDayFirst);
    if (closed === undefined) return bad(`bad closed_at "${(rec.closed_at ?? '').slice(0, 40)}"`);
    const agent = field(rec, 'assigned_to') ?? field(rec, 'resolved_by');
    const reason = [field(rec, 'category'), field(rec, 'subcategory'), field(rec, 'u_symptom')].filter(Boolean).join(' / ') || null;
    const outcome = [state, field(rec, 'closed_code')].filter(Boolean).join(', ');
    return {
      ok: true,
      kind: 'incident-event',
      customer: { key: caller, name: caller, email: null, phone: null, handles: handlesOf(rec, HANDLE_COLUMNS), location: field(rec, 'location') },
      event: {
        eventKey: `${number}#${mod}@${at}`,
        incidentId: number,
        modCount: mod,
        at,
        state,
        agent,
        title: reason ?? number,
        openedAt: opened,
        closedAt: closed,
        contact: { externalId: number, at: opened, channel: channelOf(field(rec, 'contact_type')), agent, reason, outcome, incidentId: number },
      },
    };
  },
};

/**
 * Zendesk's tickets CSV export (Admin Center → Reports → Export): one ticket per row. A customer
 * is the requester (by requester id, else e-mail); `Via` is the channel.
 */
export const zendeskPreset: ContactPreset = {
  name: 'zendesk',
  description: 'Zendesk tickets CSV export (Id, Requester, Requester id, Requester email, Assignee, Subject, Status, Via, Created at, …)',
  requiredColumns: ['Id', 'Requester', 'Requester id', 'Requester email', 'Subject', 'Status', 'Via', 'Created at'],
  mapRecord(rec) {
    const id = field(rec, 'Id');
    if (!id) return bad('missing Id');
    const email = parseEmail(field(rec, 'Requester email'));
    if (email === undefined) return bad(`bad Requester email "${(rec['Requester email'] ?? '').slice(0, 60)}"`);
    const key = field(rec, 'Requester id') ?? email;
    if (!key) return bad('no Requester id and no Requester email: the ticket has no customer');
    const at = optionalTime(rec, 'Created at', parseExportTime);
    if (at === undefined || at === null) return bad(`bad Created at "${(rec['Created at'] ?? '').slice(0, 40)}"`);
    return {
      ok: true,
      kind: 'contact',
      customer: { key, name: field(rec, 'Requester'), email, phone: null, handles: handlesOf(rec, HANDLE_COLUMNS), location: null },
      contact: { externalId: id, at, channel: channelOf(field(rec, 'Via')), agent: field(rec, 'Assignee'), reason: field(rec, 'Subject'), outcome: field(rec, 'Status'), incidentId: null },
    };
  },
};

/**
 * Chatwoot's conversations export: one conversation per row, the contact's name, e-mail and
 * phone beside it. A customer is the e-mail, else the phone, else the name.
 */
export const chatwootPreset: ContactPreset = {
  name: 'chatwoot',
  description: 'Chatwoot conversations export (display_id, created_at, status, assignee, channel, contact_name, contact_email, contact_phone, labels, …)',
  requiredColumns: ['display_id', 'created_at', 'status', 'assignee', 'channel', 'contact_name', 'contact_email', 'contact_phone'],
  mapRecord(rec) {
    const id = field(rec, 'display_id');
    if (!id) return bad('missing display_id');
    const email = parseEmail(field(rec, 'contact_email'));
    if (email === undefined) return bad(`bad contact_email "${(rec.contact_email ?? '').slice(0, 60)}"`);
    const phone = normalisePhone(field(rec, 'contact_phone'));
    const name = field(rec, 'contact_name');
    const key = email ?? phone ?? name;
    if (!key) return bad('no contact e-mail, phone or name: the conversation has no customer');
    const at = optionalTime(rec, 'created_at', parseExportTime);
    if (at === undefined || at === null) return bad(`bad created_at "${(rec.created_at ?? '').slice(0, 40)}"`);
    return {
      ok: true,
      kind: 'contact',
      customer: { key, name, email, phone, handles: handlesOf(rec, HANDLE_COLUMNS), location: null },
      contact: { externalId: id, at, channel: channelOf(field(rec, 'channel')), agent: field(rec, 'assignee'), reason: field(rec, 'labels'), outcome: field(rec, 'status'), incidentId: null },
    };
  },
};

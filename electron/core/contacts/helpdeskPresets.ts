import type { ContactPreset, IncomingCustomer } from './contactPreset';
import { bad, channelOf, field, HANDLE_COLUMNS, handlesOf, normalisePhone, optionalTime, parseEmail, parseExportTime } from './contactPreset';

type Customer = IncomingCustomer | { reason: string };

/** A Freshdesk contact's fields (on the contacts export, and after the ticket fields on the tickets export). */
function freshdeskCustomer(rec: Record<string, string>): Customer {
  const email = parseEmail(field(rec, 'Email'));
  if (email === undefined) return { reason: `bad Email "${(rec.Email ?? '').slice(0, 60)}"` };
  const phone = normalisePhone(field(rec, 'Mobile phone')) ?? normalisePhone(field(rec, 'Work phone'));
  const name = field(rec, 'Full name');
  const key = field(rec, 'Unique external ID') ?? email ?? phone ?? name;
  if (!key) return { reason: 'no Unique external ID, Email, phone or Full name: the row has no customer' };
  return { key, name, email, phone, handles: handlesOf(rec, HANDLE_COLUMNS), location: field(rec, 'Address') };
}

/**
 * Freshdesk's tickets export (Tickets → Export, fields ticked by the user): the ticket fields,
 * then the requester's contact fields. `Source` is the channel. Layout from the shared data
 * README, which marks it unverified against a live export.
 */
export const freshdeskTicketsPreset: ContactPreset = {
  name: 'freshdesk-tickets',
  source: 'freshdesk',
  description: 'Freshdesk tickets export (Ticket ID, Subject, Status, Source, Agent, Created time, …, Full name, Email, Twitter ID)',
  requiredColumns: ['Ticket ID', 'Subject', 'Status', 'Source', 'Created time', 'Full name', 'Email'],
  mapRecord(rec) {
    const id = field(rec, 'Ticket ID');
    if (!id) return bad('missing Ticket ID');
    const customer = freshdeskCustomer(rec);
    if ('reason' in customer) return bad(customer.reason);
    const at = optionalTime(rec, 'Created time', parseExportTime);
    if (at === undefined || at === null) return bad(`bad Created time "${(rec['Created time'] ?? '').slice(0, 40)}" (want YYYY-MM-DD HH:MM:SS)`);
    const reason = [field(rec, 'Type'), field(rec, 'Subject')].filter(Boolean).join(': ') || null;
    const outcome = [field(rec, 'Status'), field(rec, 'Resolution status')].filter(Boolean).join(', ') || null;
    return { ok: true, kind: 'contact', customer, contact: { externalId: id, at, channel: channelOf(field(rec, 'Source')), agent: field(rec, 'Agent'), reason, outcome, incidentId: null } };
  },
};

/** Freshdesk's contacts export (Contacts → Export): customer records with Twitter ID and Address, no contacts. */
export const freshdeskContactsPreset: ContactPreset = {
  name: 'freshdesk-contacts',
  source: 'freshdesk',
  description: 'Freshdesk contacts export (Full name, Title, Email, Work phone, Mobile phone, Twitter ID, Company, Address, …)',
  requiredColumns: ['Full name', 'Title', 'Email', 'Work phone'],
  mapRecord(rec) {
    const customer = freshdeskCustomer(rec);
    return 'reason' in customer ? bad(customer.reason) : { ok: true, kind: 'customer', customer };
  },
};

/** Chatwoot keys a contact by e-mail, else phone, else name (as the conversations preset does). */
function chatwootCustomer(name: string | null, rawEmail: string | null, rawPhone: string | null, column: string): Customer {
  const email = parseEmail(rawEmail);
  if (email === undefined) return { reason: `bad ${column} "${(rawEmail ?? '').slice(0, 60)}"` };
  const phone = normalisePhone(rawPhone);
  const key = email ?? phone ?? name;
  return key ? { key, name, email, phone, handles: [], location: null } : { reason: 'no e-mail, phone or name: the row has no customer' };
}

/** Reads a JSON column, or Ruby's `{"city"=>"Leeds"}` (Chatwoot's CSV writes a Hash with to_s). */
function readAttributes(value: string | null): Record<string, unknown> | undefined {
  if (value === null) return {};
  for (const text of [value, value.replace(/=>/g, ':').replace(/\bnil\b/g, 'null')]) {
    try {
      const v: unknown = JSON.parse(text);
      if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
    } catch {
      // try the next spelling
    }
  }
  return undefined;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/**
 * Chatwoot's contacts export (`id,name,email,phone_number` by default; `additional_attributes`
 * when asked for, whose `city`, `country` and `social_profiles` give the location and handles).
 */
export const chatwootContactsPreset: ContactPreset = {
  name: 'chatwoot-contacts',
  source: 'chatwoot',
  description: 'Chatwoot contacts export (id, name, email, phone_number, optional additional_attributes)',
  requiredColumns: ['id', 'name', 'email', 'phone_number'],
  mapRecord(rec) {
    const customer = chatwootCustomer(field(rec, 'name'), field(rec, 'email'), field(rec, 'phone_number'), 'email');
    if ('reason' in customer) return bad(customer.reason);
    const attrs = readAttributes(field(rec, 'additional_attributes'));
    if (!attrs) return bad(`bad additional_attributes "${(rec.additional_attributes ?? '').slice(0, 60)}" (want a JSON object)`);
    const location = [text(attrs.city), text(attrs.country)].filter(Boolean).join(', ') || null;
    const profiles = attrs.social_profiles && typeof attrs.social_profiles === 'object' ? (attrs.social_profiles as Record<string, unknown>) : {};
    const social = Object.entries(profiles).flatMap(([site, h]) => (text(h) ? [`${site}:@${(text(h) as string).replace(/^@/, '')}`] : []));
    return { ok: true, kind: 'customer', customer: { ...customer, location, handles: [...handlesOf(rec, HANDLE_COLUMNS), ...social] } };
  },
};

/**
 * Chatwoot's CSAT download (Reports → CSAT): one survey response per row, the agent as
 * `Jane Doe (jane@acme.com)`, the conversation as a link; the last line is a
 * `Reporting period …` footer, skipped. Each response is a contact `csat:<conversation>`.
 */
export const chatwootCsatPreset: ContactPreset = {
  name: 'chatwoot-csat',
  source: 'chatwoot',
  description: 'Chatwoot CSAT responses download (Agent Name, Rating, Feedback Comment, Contact Name, Contact Email Address, …, Recorded date)',
  requiredColumns: ['Agent Name', 'Rating', 'Contact Name', 'Contact Email Address', 'Contact Phone Number', 'Link to the conversation', 'Recorded date'],
  isFooter: (raw) => /^\s*"?Reporting period\b/i.test(raw),
  mapRecord(rec) {
    const link = field(rec, 'Link to the conversation');
    const conversation = /\/conversations\/(\d+)/.exec(link ?? '')?.[1];
    if (!conversation) return bad(`bad Link to the conversation "${(link ?? '').slice(0, 80)}"`);
    const customer = chatwootCustomer(field(rec, 'Contact Name'), field(rec, 'Contact Email Address'), field(rec, 'Contact Phone Number'), 'Contact Email Address');
    if ('reason' in customer) return bad(customer.reason);
    const at = optionalTime(rec, 'Recorded date', parseExportTime);
    if (at === undefined || at === null) return bad(`bad Recorded date "${(rec['Recorded date'] ?? '').slice(0, 40)}"`);
    const rating = field(rec, 'Rating');
    const comment = field(rec, 'Feedback Comment');
    const agent = field(rec, 'Agent Name')?.replace(/\s*\([^)]*@[^)]*\)\s*$/, '') ?? null;
    const outcome = [rating ? `CSAT ${rating}/5` : null, comment].filter(Boolean).join(': ') || null;
    return { ok: true, kind: 'contact', customer, contact: { externalId: `csat:${conversation}`, at, channel: 'web', agent, reason: `survey on conversation ${conversation}`, outcome, incidentId: null } };
  },
};

/**
 * Zendesk's user bulk-import CSV (`name, email, external_id, details, notes, phone, …`), the
 * layout people keep their Zendesk users in (there is no native users CSV export). Customer
 * records only; keyed by external_id, else e-mail.
 */
export const zendeskUsersPreset: ContactPreset = {
  name: 'zendesk-users',
  description: 'Zendesk users bulk-import CSV (name, email, external_id, details, notes, phone, …)',
  requiredColumns: ['name', 'email', 'external_id'],
  mapRecord(rec) {
    const email = parseEmail(field(rec, 'email'));
    if (email === undefined) return bad(`bad email "${(rec.email ?? '').slice(0, 60)}"`);
    const key = field(rec, 'external_id') ?? email;
    if (!key) return bad('no external_id and no email: the row has no customer');
    return { ok: true, kind: 'customer', customer: { key, name: field(rec, 'name'), email, phone: normalisePhone(field(rec, 'phone')), handles: handlesOf(rec, HANDLE_COLUMNS), location: null } };
  },
};

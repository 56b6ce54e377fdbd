import type { ContactChannel } from '../../../shared/domain/contact';
import { parseTimestamp } from '../ingest/preset';

/** A customer as one row names it, before it has an id. */
export interface IncomingCustomer {
  key: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  handles: string[];
  /** Where the customer is, as the export writes it; null when it does not say. */
  location: string | null;
}

/** A contact as one row gives it. */
export interface IncomingContact {
  externalId: string;
  at: number | null;
  channel: ContactChannel;
  agent: string | null;
  reason: string | null;
  outcome: string | null;
  incidentId: string | null;
}

/** An incident as a contact row describes it (mapped exports with incident columns). */
export interface IncomingIncident {
  id: string;
  title: string;
  status: string;
  openedAt: number | null;
  closedAt: number | null;
}

/** One update event of an incident (incident event logs have one row per update). */
export interface IncomingIncidentEvent {
  eventKey: string;
  incidentId: string;
  modCount: number;
  at: number;
  state: string;
  agent: string | null;
  title: string;
  openedAt: number | null;
  closedAt: number | null;
  /** The contact that opened the incident (the caller's call), rebuilt from the newest event. */
  contact: IncomingContact;
}

/**
 * What a row is: a contact with its customer (and the incident it names, when the export
 * describes it), an incident event with its caller, or a customer record alone (contact exports).
 */
export type MappedContactRow =
  | { ok: true; kind: 'contact'; customer: IncomingCustomer; contact: IncomingContact; incident?: IncomingIncident }
  | { ok: true; kind: 'customer'; customer: IncomingCustomer }
  | { ok: true; kind: 'incident-event'; customer: IncomingCustomer; event: IncomingIncidentEvent }
  | { ok: false; reason: string };

/** A row that breaks the layout, with the reason it is quarantined. */
export const bad = (reason: string): MappedContactRow => ({ ok: false, reason });

/** Optional handle columns any preset picks up: ours, Freshdesk's and Chatwoot's legacy report's. */
export const HANDLE_COLUMNS = ['handle', 'Social Handle', 'Twitter ID', 'customer_instagram_handle'];

/** Turns the rows of one helpdesk export into customers, contacts and incident events. */
export interface ContactPreset {
  name: string;
  /**
   * Whose ids the rows carry (default: the preset's name). Presets of one helpdesk share it, so
   * its contacts export fills in the customers its tickets export named.
   */
  source?: string;
  description: string;
  requiredColumns: string[];
  mapRecord(record: Record<string, string>): MappedContactRow;
  /** Lines that are not data (a report footer such as Chatwoot's "Reporting period …"): skipped, not quarantined. */
  isFooter?(raw: string): boolean;
}

/** A field's value with `?` (the UCI convention for missing) and blanks as null. */
export function field(rec: Record<string, string>, name: string): string | null {
  const v = (rec[name] ?? '').trim();
  return v === '' || v === '?' ? null : v;
}

/** `DD-MM-YYYY HH:MM` (spreadsheet-saved exports) or `D/M/YYYY HH:MM` (UCI), read as UTC. */
export function parseDayFirst(value: string): number | null {
  const m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(value.trim());
  if (!m) return null;
  const [d, mo, y, h, mi, s] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number);
  const t = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(t);
  return back.getUTCDate() === d && back.getUTCMonth() === mo - 1 && h < 24 ? t : null;
}

/** `M/D/YYYY HH:MM` or `MM-DD-YYYY HH:MM` (US spreadsheet exports), read as UTC. */
export function parseMonthFirst(value: string): number | null {
  const m = /^(\d{1,2})([-/])(\d{1,2})\2(\d{4})(.*)$/.exec(value.trim());
  return m ? parseDayFirst(`${m[3]}${m[2]}${m[1]}${m[2]}${m[4]}${m[5]}`) : null;
}

/** ISO-like `YYYY-MM-DD HH:MM:SS`, optionally ending in ` UTC` (Ruby's Time#to_s), or epoch ms. */
export function parseExportTime(value: string): number | null {
  return parseTimestamp(value.trim().replace(/ UTC$/, 'Z').replace(/ ([+-]\d{4})$/, '$1'));
}

/** Reads an optional time column: null when missing, undefined when present but unreadable. */
export function optionalTime(rec: Record<string, string>, name: string, parse: (v: string) => number | null): number | null | undefined {
  const v = field(rec, name);
  if (v === null) return null;
  return parse(v) ?? undefined;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** A lower-cased e-mail address, null when missing, undefined when malformed. */
export function parseEmail(value: string | null): string | null | undefined {
  if (value === null) return null;
  const v = value.trim().toLowerCase();
  return EMAIL.test(v) ? v : undefined;
}

/** Phone digits with a leading + kept (`+44 20 7946 0958` → `+442079460958`); null when too short to be one. */
export function normalisePhone(value: string | null): string | null {
  if (value === null) return null;
  const digits = value.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return digits.replace(/\D/g, '').length >= 7 ? digits : null;
}

const CHANNEL_WORDS: [RegExp, ContactChannel][] = [
  [/^(phone|voice|call|ivr|direct opening)/i, 'phone'],
  [/^(e-?mail|mail)/i, 'email'],
  [/^(chat|webwidget|web widget|whatsapp|telegram|line|messenger)/i, 'chat'],
  [/^(social|twitter|facebook|instagram|x$)/i, 'social'],
  [/^(sms|twiliosms)/i, 'sms'],
  [/^(web|web form|self service|portal|api|feedback)/i, 'web'],
];

/** Maps a helpdesk's channel word (Zendesk "Via", Chatwoot inbox type, UCI contact_type…) to a channel. */
export function channelOf(value: string | null): ContactChannel {
  if (value === null) return 'other';
  const v = value.trim().replace(/^Channel::/, '');
  return CHANNEL_WORDS.find(([re]) => re.test(v))?.[1] ?? 'other';
}

/** Handles on record from whichever optional handle columns the export has. */
export function handlesOf(rec: Record<string, string>, columns: string[]): string[] {
  const out: string[] = [];
  for (const c of columns) {
    for (const h of (field(rec, c) ?? '').split(/[\s,;]+/)) if (h) out.push(h.startsWith('@') || h.includes(':') ? h : `@${h}`);
  }
  return [...new Set(out)];
}

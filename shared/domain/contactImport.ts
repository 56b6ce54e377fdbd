/**
 * Timestamp formats of a mapped contact-history column. `auto` reads ISO-like times (with an
 * optional ` UTC`, as Chatwoot writes them) and epoch ms; `day-first` is `31-12-2024 10:00` or
 * `31/12/2024 10:00`, `month-first` `12/31/2024 10:00` (both read as UTC).
 */
export const CONTACT_TIME_FORMATS = ['auto', 'iso', 'epoch-ms', 'epoch-s', 'day-first', 'month-first'] as const;
/** A timestamp format of a mapped contact-history column. */
export type ContactTimeFormat = (typeof CONTACT_TIME_FORMATS)[number];

/**
 * Which column of a helpdesk export feeds which contact-history field (the mapping dialog's
 * result, saveable as a named preset). One row is one contact of one customer; when an incident
 * id column is mapped, the incident columns describe that incident. Every column is optional
 * except the contact id and at least one of customer key, e-mail, phone or name.
 */
export interface ContactColumnMapping {
  /** The customer's id in the helpdesk; else the e-mail, phone or name is the key. */
  customerKey: string | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  /** Social handles on record, several per cell allowed (`@ann, @ann_lee`). */
  handles: string | null;
  /** Where the customer is (city, address); used by the name + location identity evidence. */
  location: string | null;
  contactId: string;
  /** The contact's time; rows without one are kept with no time. */
  at: string | null;
  timeFormat: ContactTimeFormat;
  channel: string | null;
  agent: string | null;
  reason: string | null;
  outcome: string | null;
  incidentId: string | null;
  incidentTitle: string | null;
  incidentStatus: string | null;
  incidentOpened: string | null;
  incidentClosed: string | null;
}

/** A mapping with no column chosen yet (the dialog's starting point before guesses). */
export const EMPTY_CONTACT_MAPPING: ContactColumnMapping = {
  customerKey: null,
  name: null,
  email: null,
  phone: null,
  handles: null,
  location: null,
  contactId: '',
  at: null,
  timeFormat: 'auto',
  channel: null,
  agent: null,
  reason: null,
  outcome: null,
  incidentId: null,
  incidentTitle: null,
  incidentStatus: null,
  incidentOpened: null,
  incidentClosed: null,
};

/** What keeps a mapping from running, naming the field, or null when it can run (the dialog and the import both ask). */
export function contactMappingProblem(m: ContactColumnMapping): { field: string; message: string } | null {
  if (!m.contactId) return { field: 'mapping.contactId', message: 'choose the column with the contact (ticket, conversation) id' };
  if (!m.customerKey && !m.email && !m.phone && !m.name) return { field: 'mapping.customerKey', message: 'choose a column that names the customer: customer id, e-mail, phone or name' };
  const incidentOnly = (['incidentTitle', 'incidentStatus', 'incidentOpened', 'incidentClosed'] as const).find((f) => m[f]);
  if (incidentOnly && !m.incidentId) return { field: 'mapping.incidentId', message: `choose the incident id column: ${incidentOnly} describes an incident` };
  return null;
}

/** A contact-history preset: built in, or a saved column mapping. */
export interface ContactPresetInfo {
  name: string;
  description: string;
  builtIn: boolean;
  /** Columns a file must have for this preset. */
  requiredColumns: string[];
  mapping: ContactColumnMapping | null;
}

/** The first rows of a helpdesk export, and the contact presets whose columns it has. */
export interface ContactFilePreview {
  path: string;
  bytes: number;
  header: string[];
  rows: string[][];
  /** Presets (built-in first, then saved) whose required columns the header has. */
  matchingPresets: string[];
}

/** A contact-history import request: a preset by name, or a column mapping (optionally saved). */
export interface ContactImportRequest {
  path: string;
  preset?: string;
  mapping?: ContactColumnMapping;
  /** Save the mapping as a preset under this name before importing. */
  saveAs?: string;
}

import { AppFailure } from '../../../shared/contract/result';
import { contactMappingProblem, type ContactColumnMapping, type ContactTimeFormat } from '../../../shared/domain/contactImport';
import { parseMappedTime } from '../ingest/mappingPreset';
import type { ContactPreset, IncomingIncident, MappedContactRow } from './contactPreset';
import { bad, channelOf, field, handlesOf, normalisePhone, parseDayFirst, parseEmail, parseExportTime, parseMonthFirst } from './contactPreset';

const FORMAT_HINT: Record<ContactTimeFormat, string> = {
  auto: 'YYYY-MM-DD HH:MM:SS, ISO 8601 or epoch ms',
  iso: 'ISO 8601',
  'epoch-ms': 'epoch milliseconds',
  'epoch-s': 'epoch seconds',
  'day-first': 'DD-MM-YYYY HH:MM',
  'month-first': 'MM/DD/YYYY HH:MM',
};

/** Parses a mapped contact-history time in its format; null when it is not in that format. */
export function parseContactTime(value: string, format: ContactTimeFormat): number | null {
  switch (format) {
    case 'auto':
      return parseExportTime(value);
    case 'day-first':
      return parseDayFirst(value);
    case 'month-first':
      return parseMonthFirst(value);
    default:
      return parseMappedTime(value, format);
  }
}

const COLUMN_FIELDS = [
  'customerKey', 'name', 'email', 'phone', 'handles', 'location', 'contactId', 'at', 'channel', 'agent', 'reason', 'outcome',
  'incidentId', 'incidentTitle', 'incidentStatus', 'incidentOpened', 'incidentClosed',
] as const satisfies readonly (keyof ContactColumnMapping)[];

/** The columns a mapping reads; a file must have all of them. */
export function mappedContactColumns(m: ContactColumnMapping): string[] {
  return [...new Set(COLUMN_FIELDS.map((f) => m[f]).filter((c): c is string => !!c))];
}

type Time = { ok: true; value: number | null } | { ok: false; reason: string };

function timeOf(rec: Record<string, string>, column: string | null, format: ContactTimeFormat): Time {
  const v = column ? field(rec, column) : null;
  if (v === null) return { ok: true, value: null };
  const t = parseContactTime(v, format);
  return t === null ? { ok: false, reason: `bad ${column} "${v.slice(0, 40)}" (want ${FORMAT_HINT[format]})` } : { ok: true, value: t };
}

function incidentOf(rec: Record<string, string>, m: ContactColumnMapping, id: string | null): IncomingIncident | { reason: string } | undefined {
  if (!id || !(m.incidentTitle || m.incidentStatus || m.incidentOpened || m.incidentClosed)) return undefined;
  const opened = timeOf(rec, m.incidentOpened, m.timeFormat);
  if (!opened.ok) return { reason: opened.reason };
  const closed = timeOf(rec, m.incidentClosed, m.timeFormat);
  if (!closed.ok) return { reason: closed.reason };
  const col = (c: string | null): string | null => (c ? field(rec, c) : null);
  return { id, title: col(m.incidentTitle) ?? id, status: col(m.incidentStatus) ?? (closed.value === null ? 'Open' : 'Closed'), openedAt: opened.value, closedAt: closed.value };
}

/** Maps one row through a column mapping. */
function mapRow(rec: Record<string, string>, m: ContactColumnMapping): MappedContactRow {
  const col = (c: string | null): string | null => (c ? field(rec, c) : null);
  const id = col(m.contactId);
  if (!id) return bad(`missing ${m.contactId}`);
  const email = parseEmail(col(m.email));
  if (email === undefined) return bad(`bad ${m.email} "${(rec[m.email ?? ''] ?? '').slice(0, 60)}"`);
  const phone = normalisePhone(col(m.phone));
  const name = col(m.name);
  const key = col(m.customerKey) ?? email ?? phone ?? name;
  if (!key) return bad('no customer id, e-mail, phone or name: the row has no customer');
  const at = timeOf(rec, m.at, m.timeFormat);
  if (!at.ok) return bad(at.reason);
  const incidentId = col(m.incidentId);
  const incident = incidentOf(rec, m, incidentId);
  if (incident && 'reason' in incident) return bad(incident.reason);
  return {
    ok: true,
    kind: 'contact',
    customer: { key, name, email, phone, handles: m.handles ? handlesOf(rec, [m.handles]) : [], location: col(m.location) },
    contact: { externalId: id, at: at.value, channel: channelOf(col(m.channel)), agent: col(m.agent), reason: col(m.reason), outcome: col(m.outcome), incidentId },
    incident,
  };
}

/** Turns a column mapping (from the dialog or saved) into a contact preset; refuses an incomplete one naming the field. */
export function contactPresetFromMapping(name: string, m: ContactColumnMapping, description = ''): ContactPreset {
  const problem = contactMappingProblem(m);
  if (problem) throw new AppFailure('invalid-request', problem.message, problem.field);
  return {
    name,
    description: description || `saved column mapping (${mappedContactColumns(m).join(', ')})`,
    requiredColumns: mappedContactColumns(m),
    mapRecord: (rec) => mapRow(rec, m),
  };
}

/** A post as a preset reads it from one input row, before sites and authors get ids. */
export interface IncomingPost {
  site: string;
  externalId: string;
  author: string;
  createdAt: number;
  text: string;
  url: string | null;
  inReplyTo: string | null;
  authorFollowers: number | null;
  /** True when the author is one of the company's own accounts (e.g. an outbound twcs tweet). */
  authorIsCompany?: boolean;
  /** Language code (ISO 639-1, e.g. `en`) when the source states it. */
  lang?: string | null;
  /** Where the author's profile says they are ("Leeds, UK"), when the source carries it; null or absent when unknown. */
  authorLocation?: string | null;
}

/** What a preset makes of one row: a post, or the reason it is refused. */
export type MappedRow = { ok: true; post: IncomingPost } | { ok: false; reason: string };

/** Turns the records of one file format into posts. */
export interface Preset {
  name: string;
  description: string;
  /** Columns the header must have; a file missing one is refused before any row is read. */
  requiredColumns: string[];
  /** How the file is read: CSV with a header row (the default) or JSON Lines, one object per line. */
  format?: 'csv' | 'jsonl';
  mapRecord(record: Record<string, string>): MappedRow;
}

/** Longest post text we store; longer rows are quarantined rather than truncated silently. */
export const MAX_TEXT_CHARS = 200_000;

const ISO_8601 = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const CANONICAL_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

/** Parses ISO 8601 or epoch milliseconds; null when it is neither. Dates without a zone are UTC. */
export function parseTimestamp(value: string): number | null {
  const v = value.trim();
  if (/^\d{9,15}$/.test(v)) return Number(v);
  // The common case (what toISOString writes), with one test instead of three.
  if (CANONICAL_UTC.test(v)) {
    const t = Date.parse(v);
    return Number.isFinite(t) ? t : null;
  }
  if (!ISO_8601.test(v)) return null;
  const withZone = /[T ]\d{2}:\d{2}/.test(v) && !/(Z|[+-]\d{2}:?\d{2})$/.test(v) ? `${v}Z` : v;
  const t = Date.parse(withZone.replace(' ', 'T'));
  return Number.isFinite(t) ? t : null;
}

/** Checks text shared by every preset: present, valid UTF-8 (no replacement marks), not oversized. */
export function checkText(text: string | undefined): string | null {
  if (text === undefined || text.trim() === '') return 'missing text';
  if (text.includes('\uFFFD')) return 'invalid UTF-8 in text';
  if (text.length > MAX_TEXT_CHARS) return `text longer than ${MAX_TEXT_CHARS} characters`;
  return null;
}

/** An optional non-negative integer column; undefined when the value is bad. */
export function parseCount(value: string | undefined): number | null | undefined {
  if (value === undefined || value.trim() === '') return null;
  const n = Number(value.trim());
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

const TRUE_WORDS = new Set(['true', '1', 'yes', 'y']);
const FALSE_WORDS = new Set(['', 'false', '0', 'no', 'n']);

/** An optional yes/no column (`true/false`, `1/0`, `yes/no`, any case); undefined when unreadable. */
export function parseFlag(value: string | undefined): boolean | undefined {
  const v = (value ?? '').trim().toLowerCase();
  if (TRUE_WORDS.has(v)) return true;
  if (FALSE_WORDS.has(v)) return false;
  return undefined;
}

/** An optional language code such as `en` or `pt-BR`; null when absent, undefined when malformed. */
export function parseLang(value: string | undefined): string | null | undefined {
  const v = (value ?? '').trim();
  if (v === '') return null;
  return /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(v) ? v.toLowerCase() : undefined;
}

/** Longest author location kept; social profiles allow about 30 characters, helpdesk exports a little more. */
export const MAX_LOCATION_CHARS = 200;

/**
 * An optional free-text location (a profile's "Leeds, UK"), whitespace collapsed; null when
 * absent or blank, undefined when longer than MAX_LOCATION_CHARS (a wrong column, most likely).
 */
export function parseLocation(value: string | undefined): string | null | undefined {
  const v = (value ?? '').replace(/\s+/g, ' ').trim();
  if (v === '') return null;
  return v.length > MAX_LOCATION_CHARS ? undefined : v;
}

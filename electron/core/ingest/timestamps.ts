/** Month abbreviations as Twitter's API writes them. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const TWITTER = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/;

/** Epoch ms of a UTC wall time shifted by a zone offset; null when a field is out of range. */
function fromParts(y: number, mo: number, d: number, h: number, mi: number, s: number, sign: string, oh: number, om: number): number | null {
  if (mo < 0 || mo > 11 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60 || oh > 14 || om > 59) return null;
  const utc = Date.UTC(y, mo, d, h, mi, s);
  if (new Date(utc).getUTCDate() !== d) return null;
  const offset = (sign === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  return utc - offset;
}

/**
 * Parses the timestamp format of Twitter's v1 API, `Tue Oct 31 22:10:47 +0000 2017`, as found
 * in the Customer Support on Twitter export. Returns epoch ms, or null when it does not match.
 */
export function parseTwitterTime(value: string): number | null {
  const m = TWITTER.exec(value.trim());
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]);
  return fromParts(Number(m[9]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), m[6], Number(m[7]), Number(m[8]));
}

const SPACED_OFFSET = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/;

/**
 * Parses `2015-02-16 23:36:05 -0800` (date, time and a space-separated zone offset, as in the
 * Twitter US Airline Sentiment export). Returns epoch ms, or null when it does not match.
 */
export function parseSpacedOffsetTime(value: string): number | null {
  const m = SPACED_OFFSET.exec(value.trim());
  if (!m) return null;
  const n = m.map(Number);
  return fromParts(n[1], n[2] - 1, n[3], n[4], n[5], n[6], m[7], n[8], n[9]);
}

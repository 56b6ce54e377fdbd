/**
 * Private data that must not appear in a public reply: payment card numbers (13–19 digits that
 * pass Luhn), phone numbers, e-mail addresses, postal addresses and postcodes, order/account/
 * booking numbers, dates of birth, and national identifiers (US SSN, UK NI number).
 *
 * Detectors run in a fixed order and a later one never reports text an earlier one claimed, so
 * "order #123-4567890-1234567" is one account number, not also a card or a phone. Things a brand
 * publishes itself are not private: free-phone/non-geographic numbers (0800, 0345, 1-800 …) and
 * e-mail addresses at the brand's own domain are skipped; a geographic number introduced as "call
 * us on …" and role mailboxes (support@, help@ …) only warn.
 */
import { brandSlug } from './brand';
import { maskPiiFragment, passesLuhn } from './piiMask';
import type { PiiKind } from './piiMask';

/** One piece of private data found in a text. `start`/`end` index the original text. */
export interface PiiFinding {
  kind: PiiKind;
  severity: 'block' | 'warn';
  start: number;
  end: number;
  text: string;
  /** `text` partly masked, safe to show or log. */
  masked: string;
}

/** Options for {@link findPii}. */
export interface PiiOptions {
  /** The company speaking; its own e-mail domain is not private. */
  brand?: string;
}

interface Candidate {
  kind: PiiKind;
  severity: 'block' | 'warn';
  start: number;
  end: number;
  /** Part of the match to mask (defaults to the whole match), e.g. only the id after "order #". */
  maskFrom?: number;
}

type Detector = (text: string, options: PiiOptions) => Candidate[];

const digitsOf = (s: string): string => s.replace(/\D/gu, '');

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE = `(?:\\d{1,2}[\\/.\\-]\\d{1,2}[\\/.\\-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+\\d{4}|${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})`;
const DOB_RE = new RegExp(
  `\\b(?:d\\.?\\s?o\\.?\\s?b\\.?|date\\s+of\\s+birth|birth\\s?date|born(?:\\s+on)?|birthday)\\s*(?:is|was|:|-|–)?\\s*(?:on\\s+|of\\s+)?${DATE}(?![\\d])`,
  'giu',
);

const ACCOUNT_KEYWORD =
  '(?<kw>order|account|acct|a\\/c|booking|reservation|confirmation|membership|member|loyalty|customer|policy|frequent\\s+flyer|passport|pnr|invoice|tracking|ticket|case|claim|reference|ref)';
const ACCOUNT_RE = new RegExp(
  `\\b${ACCOUNT_KEYWORD}(?<marker>\\s+(?:number|no\\.?|num|nr|id|ref(?:erence)?|code))?\\s*(?<sym>[#:])?\\s*(?:(?:is|was)\\s+|-\\s*)?#?(?<id>[A-Za-z0-9][A-Za-z0-9-]{3,}[A-Za-z0-9])`,
  'giu',
);
/** Keywords too common in prose to stand alone: "policy 2024-25" is not a policy number, "policy no. 12345" is. */
const NEEDS_MARKER = /^(?:member|customer|policy|passport|invoice|tracking|ticket|case|claim)$/iu;
/** Numbers we issue ourselves (support tickets, references) are less sensitive than a customer's account. */
const WARN_KEYWORDS = /^(?:ticket|case|claim|reference|ref|tracking)$/iu;

// The lookbehind starts a match only at the beginning of a run, keeping the scan linear on long runs.
const EMAIL_RE = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}(?![\p{L}\p{N}])/gu;
const ROLE_MAILBOX = /^(?:support|help|care|customercare|customerservice|customerservices|service|info|contact|hello|complaints|feedback|enquiries|inquiries|team|social|noreply|no-reply)$/iu;

const CARD_RE = /(?<![\d+])(?:\d[ -]?){12,18}\d(?!\d)/gu;
const SSN_RE = /(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])/gu;
const NINO_RE = /\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/gu;

const PHONE_RES: RegExp[] = [
  /(?<![\w+])\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}(?!\d)/gu,
  /(?<![\w(])(?:1[\s.-])?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d)/gu,
  /(?<![\w])0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)/gu,
];
/** Free-phone, shared-cost and non-geographic numbers that companies publish (UK 080x/03xx/084x/087x, NANP 8xx toll-free). */
function isCompanyNumber(raw: string): boolean {
  const digits = digitsOf(raw);
  if (raw.startsWith('+')) return /^(?:44(?:80[08]|3\d\d|84[345]|87[0-3])|18(?:00|33|44|55|66|77|88))/u.test(digits);
  return /^(?:0(?:80[08]|3\d\d|84[345]|87[0-3])|1?8(?:00|33|44|55|66|77|88))/u.test(digits);
}

const STREET_TYPE =
  '(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Close|Court|Ct|Crescent|Cres|Way|Place|Pl|Terrace|Square|Sq|Parkway|Pkwy|Highway|Hwy|Gardens|Gdns|Grove|Mews|Row|Hill|Walk|Circle|Cir|Trail|Parade|Rise|Wharf|Quay)';
const ADDRESS_RE = new RegExp(`(?<![\\p{L}\\p{N}])\\d{1,5}[A-Za-z]?,?\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}${STREET_TYPE}\\b\\.?`, 'gu');
const POSTCODE_RES: RegExp[] = [
  /(?<![\p{L}\p{N}])(?:GIR\s?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/gu,
  /\b(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY])\s+\d{5}(?:-\d{4})?\b/gu,
  /(?<![\d-])\d{5}-\d{4}(?![\d-])/gu,
];

function collect(text: string, regex: RegExp, make: (m: RegExpExecArray) => Candidate | null): Candidate[] {
  const out: Candidate[] = [];
  for (const match of text.matchAll(regex)) {
    const candidate = make(match as RegExpExecArray);
    if (candidate) out.push(candidate);
  }
  return out;
}

const span = (m: RegExpExecArray, kind: PiiKind, severity: 'block' | 'warn' = 'block'): Candidate => ({
  kind,
  severity,
  start: m.index,
  end: m.index + m[0].length,
});

const findDob: Detector = (text) => collect(text, DOB_RE, (m) => span(m, 'dob'));

const findAccounts: Detector = (text) =>
  collect(text, ACCOUNT_RE, (m) => {
    const { kw, marker, sym, id } = m.groups as Record<string, string | undefined> & { kw: string; id: string };
    if (NEEDS_MARKER.test(kw) && !marker && !sym) return null;
    if (/^\d{4}-\d{2}-\d{2}$/u.test(id)) return null;
    const bookingCode = id.length <= 8 && /^[A-Z0-9]+$/u.test(id) && /[A-Z]/u.test(id);
    if (digitsOf(id).length < 3 && !bookingCode) return null;
    const severity = WARN_KEYWORDS.test(kw) ? 'warn' : 'block';
    return { ...span(m, 'account', severity), maskFrom: m.index + m[0].length - id.length };
  });

const findEmails: Detector = (text, { brand }) => {
  const slug = brand ? brandSlug(brand) : '';
  return collect(text, EMAIL_RE, (m) => {
    const [local, domain] = m[0].toLowerCase().split('@');
    if (slug.length >= 2 && domain.replace(/[^\p{L}\p{N}.]/gu, '').split('.').includes(slug)) return null;
    return span(m, 'email', ROLE_MAILBOX.test(local) ? 'warn' : 'block');
  });
};

const findCards: Detector = (text) =>
  collect(text, CARD_RE, (m) => {
    const digits = digitsOf(m[0]);
    return digits.length >= 13 && digits.length <= 19 && passesLuhn(digits) ? span(m, 'card') : null;
  });

const findNationalIds: Detector = (text) => [
  ...collect(text, SSN_RE, (m) => span(m, 'national-id')),
  ...collect(text, NINO_RE, (m) => span(m, 'national-id')),
];

const findPhones: Detector = (text) =>
  PHONE_RES.flatMap((regex) =>
    collect(text, regex, (m) => {
      const digits = digitsOf(m[0]);
      if (digits.length < 10 || digits.length > 15) return null;
      if (isCompanyNumber(m[0])) return null;
      const ours = /\b(?:call|ring|phone|text|contact|reach)\s+us\s+(?:on|at)\s*:?\s*$/iu.test(text.slice(Math.max(0, m.index - 30), m.index));
      return span(m, 'phone', ours ? 'warn' : 'block');
    }),
  );

const findAddresses: Detector = (text) => [
  ...collect(text, ADDRESS_RE, (m) => span(m, 'address')),
  ...POSTCODE_RES.flatMap((regex) => collect(text, regex, (m) => span(m, 'postcode'))),
];

/** In priority order: a later detector never reports text an earlier one already claimed. */
const DETECTORS: Detector[] = [findDob, findAccounts, findEmails, findCards, findNationalIds, findPhones, findAddresses];

/** Every piece of private data in `text`, in text order, non-overlapping. */
export function findPii(text: string, options: PiiOptions = {}): PiiFinding[] {
  const claimed: Candidate[] = [];
  for (const detector of DETECTORS) {
    for (const candidate of detector(text, options)) {
      if (claimed.some((c) => candidate.start < c.end && candidate.end > c.start)) continue;
      claimed.push(candidate);
    }
  }
  return claimed
    .sort((a, b) => a.start - b.start)
    .map((c) => {
      const raw = text.slice(c.start, c.end);
      const from = (c.maskFrom ?? c.start) - c.start;
      return { kind: c.kind, severity: c.severity, start: c.start, end: c.end, text: raw, masked: raw.slice(0, from) + maskPiiFragment(c.kind, raw.slice(from)) };
    });
}

/** `text` with every piece of private data partly masked (for exports and logs). */
export function maskPii(text: string, options: PiiOptions = {}): string {
  let out = '';
  let cursor = 0;
  for (const finding of findPii(text, options)) {
    out += text.slice(cursor, finding.start) + finding.masked;
    cursor = finding.end;
  }
  return out + text.slice(cursor);
}

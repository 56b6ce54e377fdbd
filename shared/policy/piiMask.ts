/**
 * Partial masking of private data so an excerpt or a report still shows what kind of thing was
 * found, and which one, without repeating it: the last 4 digits of a card stay visible (as on a
 * receipt), an e-mail keeps its first letter and domain.
 */

/** The kinds of private data the pre-send check and the report masker recognise. */
export type PiiKind = 'card' | 'phone' | 'email' | 'address' | 'postcode' | 'account' | 'dob' | 'national-id';

const MASK = '*';

/** Masks every letter and digit except the last `keep` of them. */
export function maskAllButLast(text: string, keep: number): string {
  const total = (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
  let seen = 0;
  return text.replace(/[\p{L}\p{N}]/gu, (ch) => {
    seen += 1;
    return seen > total - keep ? ch : MASK;
  });
}

/** Masks every digit except the last `keep` of them; letters stay. */
export function maskDigitsAllButLast(text: string, keep: number): string {
  const total = (text.match(/\d/gu) ?? []).length;
  let seen = 0;
  return text.replace(/\d/gu, (ch) => {
    seen += 1;
    return seen > total - keep ? ch : MASK;
  });
}

/** Passes the Luhn (mod 10) check used by payment card numbers. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/u.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** A partially masked copy of a private fragment, chosen to suit its kind; always the same length as `text`. */
export function maskPiiFragment(kind: PiiKind, text: string): string {
  switch (kind) {
    case 'card':
    case 'national-id':
      return maskAllButLast(text, 4);
    case 'account': {
      const count = (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
      return maskAllButLast(text, Math.min(4, Math.floor(count / 3)));
    }
    case 'phone':
      return maskDigitsAllButLast(text, 4);
    case 'email': {
      const at = text.indexOf('@');
      return at <= 0 ? maskAllButLast(text, 0) : `${text[0]}${MASK.repeat(at - 1)}${text.slice(at)}`;
    }
    case 'dob':
      // Keep the words ("DOB", "born on") and the last two digits of the year.
      return maskDigitsAllButLast(text, 2);
    case 'address':
      return text.replace(/\d+[A-Za-z]?/u, (n) => MASK.repeat(n.length));
    case 'postcode':
      return `${text.slice(0, -3)}${MASK.repeat(Math.min(3, text.length))}`;
  }
}

/**
 * What a report shows of personal data. Masked by default: customer names become initials and any
 * free text (alert titles, contact reasons) goes through the PII masker (shared/policy/pii.ts),
 * which masks e-mail addresses, phone numbers, card and account numbers, addresses … Handles are
 * public and stay as they are.
 */
import { maskPii } from '../../../shared/policy/pii';

/** How a report treats personal data. */
export interface Masking {
  /** A customer's name: initials ("Ann Lee" → "A. L."), or the name itself with PII included. */
  name(name: string | null, customerId: number): string;
  /** Free text: masked with maskPii, or as it is with PII included. */
  text(text: string): string;
}

/** "A. L." from "Ann Lee"; `customer <id>` when there is no name. */
export function initialsOf(name: string | null, customerId: number): string {
  const words = (name ?? '').trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return `customer ${customerId}`;
  return words.map((w) => `${[...w][0].toUpperCase()}.`).join(' ');
}

/** The masking of a report, from its includePii flag. */
export function maskingFor(includePii: boolean): Masking {
  if (includePii) return { name: (name, id) => name?.trim() || `customer ${id}`, text: (t) => t };
  return { name: initialsOf, text: (t) => maskPii(t) };
}

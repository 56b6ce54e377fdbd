import type { EvidenceKind, IdentityEvidence } from '../../../shared/domain/contact';
import { findPii } from '../../../shared/policy/pii';
import { maskPiiFragment } from '../../../shared/policy/piiMask';
import { compareLocations } from './location';

/** How much each kind of evidence counts on its own (confidence = 1 − Π(1 − weight) over kinds). */
export const EVIDENCE_WEIGHTS: Record<EvidenceKind, number> = { email: 0.9, reference: 0.8, phone: 0.7, handle: 0.7, location: 0.35, name: 0.25 };
/** A short ticket number ("ticket 123") is weaker than a distinctive reference (INC0000045). */
const SHORT_REFERENCE_WEIGHT = 0.5;

/** A customer as matching needs it. */
export interface MatchCustomer {
  id: number;
  name: string | null;
  email: string | null;
  phone: string | null;
  handles: string[];
  location: string | null;
}

/** An author as matching needs it; `location` is the profile's, when an import carried one. */
export interface MatchAuthor {
  id: number;
  site: string;
  handle: string;
  location: string | null;
}

/** A post as matching needs it; `creditTo` is the author evidence in it counts for. */
export interface MatchPost {
  id: number;
  creditTo: number;
  text: string;
}

/** One finding: this author may be this customer, because of this. */
export interface Finding {
  authorId: number;
  customerId: number;
  evidence: IdentityEvidence;
}

const lastDigits = (s: string): string => s.replace(/\D/g, '').slice(-9);
const slug = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]/g, '');
const bare = (handle: string): string => handle.trim().replace(/^@/, '').toLowerCase();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Lookup tables from customers and their reference numbers (contact and incident ids). */
export interface CustomerIndex {
  email: Map<string, number[]>;
  phone: Map<string, number[]>;
  handle: Map<string, number[]>;
  name: Map<string, number[]>;
  reference: Map<string, number[]>;
}

/** Builds the lookup tables. References shorter than 5 characters only match after "ticket"/"case"/"ref". */
export function indexCustomers(customers: MatchCustomer[], references: { ref: string; customerId: number }[]): CustomerIndex {
  const ix: CustomerIndex = { email: new Map(), phone: new Map(), handle: new Map(), name: new Map(), reference: new Map() };
  for (const c of customers) {
    if (c.email) push(ix.email, c.email.toLowerCase(), c.id);
    if (c.phone && lastDigits(c.phone).length >= 7) push(ix.phone, lastDigits(c.phone), c.id);
    for (const h of c.handles) push(ix.handle, h.includes(':') ? `${h.split(':')[0].toLowerCase()}:${bare(h.split(':')[1])}` : bare(h), c.id);
    const words = (c.name ?? '').trim().split(/\s+/).filter(Boolean);
    if (words.length >= 2 && slug(c.name ?? '').length >= 6) push(ix.name, slug(c.name ?? ''), c.id);
  }
  for (const r of references) push(ix.reference, r.ref.toUpperCase(), r.customerId);
  return ix;
}

/** Evidence from the author records themselves: a handle on the customer record, a name that is the handle. */
export function findAuthorEvidence(ix: CustomerIndex, authors: MatchAuthor[]): Finding[] {
  const out: Finding[] = [];
  for (const a of authors) {
    const h = bare(a.handle);
    for (const id of new Set([...(ix.handle.get(h) ?? []), ...(ix.handle.get(`${a.site.toLowerCase()}:${h}`) ?? [])])) {
      out.push({ authorId: a.id, customerId: id, evidence: { kind: 'handle', detail: `@${a.handle} is listed on the customer record`, weight: EVIDENCE_WEIGHTS.handle } });
    }
    for (const id of ix.name.get(slug(a.handle)) ?? []) {
      out.push({ authorId: a.id, customerId: id, evidence: { kind: 'name', detail: `handle @${a.handle} spells the customer's name`, weight: EVIDENCE_WEIGHTS.name } });
    }
  }
  return out;
}

const SHORT_REF = /\b(?:ticket|case|ref(?:erence)?|incident)\s*(?:no\.?|number|nr|#)?\s*[:#]?\s*#?(\d{1,4})\b/giu;
const LONG_REF = /\b[A-Za-z0-9][A-Za-z0-9-]{3,}[A-Za-z0-9]\b/gu;

function referencesIn(text: string, ix: CustomerIndex): { ref: string; ids: number[]; weight: number }[] {
  const out: { ref: string; ids: number[]; weight: number }[] = [];
  for (const m of text.matchAll(LONG_REF)) {
    const ids = /\d/.test(m[0]) ? ix.reference.get(m[0].toUpperCase()) : undefined;
    if (ids) out.push({ ref: m[0], ids, weight: EVIDENCE_WEIGHTS.reference });
  }
  for (const m of text.matchAll(SHORT_REF)) {
    const ids = ix.reference.get(m[1]);
    if (ids) out.push({ ref: m[0].trim(), ids, weight: SHORT_REFERENCE_WEIGHT });
  }
  return out;
}

/** Evidence in what authors wrote: the customer's e-mail or phone, or a reference number of theirs. */
export function findPostEvidence(ix: CustomerIndex, posts: MatchPost[]): Finding[] {
  const out: Finding[] = [];
  for (const p of posts) {
    for (const f of findPii(p.text)) {
      const key = f.kind === 'email' ? f.text.toLowerCase() : f.kind === 'phone' ? lastDigits(f.text) : null;
      const ids = key === null ? undefined : f.kind === 'email' ? ix.email.get(key) : ix.phone.get(key);
      for (const id of ids ?? []) {
        const kind = f.kind as 'email' | 'phone';
        out.push({ authorId: p.creditTo, customerId: id, evidence: { kind, detail: `post #${p.id} gives the customer's ${kind === 'email' ? 'e-mail' : 'phone'} ${maskPiiFragment(kind, f.text)}`, weight: EVIDENCE_WEIGHTS[kind], postId: p.id } });
      }
    }
    for (const r of referencesIn(p.text, ix)) {
      for (const id of r.ids) {
        out.push({ authorId: p.creditTo, customerId: id, evidence: { kind: 'reference', detail: `post #${p.id} in the thread names their reference "${r.ref}"`, weight: r.weight, postId: p.id } });
      }
    }
  }
  return out;
}

/** The evidence of one author ↔ customer pair and its confidence: strongest item per kind, combined as independent. */
export function combineEvidence(items: IdentityEvidence[]): { evidence: IdentityEvidence[]; confidence: number } {
  const best = new Map<EvidenceKind, IdentityEvidence>();
  for (const e of items) if ((best.get(e.kind)?.weight ?? -1) < e.weight) best.set(e.kind, e);
  const kept = [...best.values()].sort((a, b) => b.weight - a.weight);
  const confidence = 1 - kept.reduce((p, e) => p * (1 - e.weight), 1);
  return { evidence: kept, confidence: Math.round(confidence * 1000) / 1000 };
}

/** Groups findings by (author, customer) with their combined evidence. */
export function groupFindings(findings: Finding[]): { authorId: number; customerId: number; evidence: IdentityEvidence[]; confidence: number }[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) push(groups, `${f.authorId}:${f.customerId}`, f);
  return [...groups.values()].map((g) => ({ authorId: g[0].authorId, customerId: g[0].customerId, ...combineEvidence(g.map((f) => f.evidence)) }));
}

const quote = (s: string): string => `"${s.length > 60 ? `${s.slice(0, 57)}…` : s}"`;

/**
 * Location evidence for the pairs other evidence already found, where both the author's profile
 * and the customer record give a location: the same specific place backs a name match
 * ("name + location", weighted); different places are recorded against any pair (weight 0,
 * `against`), so the supervisor sees the conflict instead of it being resolved silently.
 */
export function findLocationEvidence(findings: Finding[], customers: MatchCustomer[], authors: MatchAuthor[]): Finding[] {
  const customerById = new Map(customers.map((c) => [c.id, c]));
  const authorById = new Map(authors.map((a) => [a.id, a]));
  const named = new Set(findings.filter((f) => f.evidence.kind === 'name').map((f) => `${f.authorId}:${f.customerId}`));
  const pairs = new Map(findings.map((f) => [`${f.authorId}:${f.customerId}`, f]));
  const out: Finding[] = [];
  for (const [key, { authorId, customerId }] of pairs) {
    const a = authorById.get(authorId);
    const c = customerById.get(customerId);
    if (!a?.location || !c?.location) continue;
    const { verdict, place } = compareLocations(a.location, c.location);
    if (verdict === 'same' && named.has(key)) {
      const detail = `@${a.handle} is in ${quote(a.location)}, the customer record says ${quote(c.location)} (both ${place})`;
      out.push({ authorId, customerId, evidence: { kind: 'location', detail, weight: EVIDENCE_WEIGHTS.location } });
    } else if (verdict === 'different') {
      const detail = `locations differ: @${a.handle} is in ${quote(a.location)}, the customer record says ${quote(c.location)}`;
      out.push({ authorId, customerId, evidence: { kind: 'location', detail, weight: 0, against: true } });
    }
  }
  return out;
}

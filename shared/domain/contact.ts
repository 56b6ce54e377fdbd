import type { PersistenceResult } from '../sentiment/persistence';
import type { SentimentLabel } from '../sentiment/types';

/** Channels of a contact, normalised from each helpdesk's own words. */
export const CONTACT_CHANNELS = ['phone', 'email', 'chat', 'social', 'web', 'sms', 'other'] as const;
/** A contact channel. */
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** A customer from a contact-history import. */
export interface Customer {
  id: number;
  /** The preset it was imported with (tickets, incidents, zendesk, chatwoot). */
  source: string;
  /** The customer's key within that source (e-mail + name, caller id, requester id…). */
  externalKey: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  /** Social handles on record, e.g. `@ann` or `twitter:@ann`. */
  handles: string[];
  /** Where the customer is, as the export wrote it ("Leeds, UK"); null when it did not say. */
  location: string | null;
}

/** A customer in a list, with counts. */
export interface CustomerSummary extends Customer {
  contacts: number;
  lastContactAt: number | null;
  /** Confirmed identity links to social authors. */
  linkedAuthors: number;
  /** Links proposed and waiting for a supervisor. */
  proposedLinks: number;
}

/** One contact (call, e-mail, chat, social message) with a customer. Times are epoch ms. */
export interface Contact {
  id: number;
  source: string;
  externalId: string;
  customerId: number;
  /** Null when the export gives no time (e.g. an open ticket). */
  at: number | null;
  channel: ContactChannel;
  agent: string | null;
  reason: string | null;
  outcome: string | null;
  incidentId: string | null;
}

/** A service incident, as its newest stored event says. */
export interface Incident {
  id: string;
  title: string;
  status: string;
  openedAt: number | null;
  closedAt: number | null;
}

/** What an import of a contact-history file did. */
export interface ContactImportReport {
  importId: number;
  file: string;
  preset: string;
  /** Cancelled imports keep the batches stored before the cancel. */
  status: 'done' | 'cancelled';
  rowsRead: number;
  imported: number;
  duplicates: number;
  quarantined: number;
  customers: number;
  incidents: number;
}

/** Kinds of identity evidence, strongest first. */
export const EVIDENCE_KINDS = ['email', 'reference', 'phone', 'handle', 'location', 'name'] as const;
/** A kind of identity evidence. */
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** One reason to think an author is a customer. */
export interface IdentityEvidence {
  kind: EvidenceKind;
  /** Plain words for the supervisor (private values partly masked). */
  detail: string;
  weight: number;
  /** The post the evidence was found in, when it came from a post. */
  postId?: number;
  /**
   * True when this speaks against the link (the author's and the customer's locations differ).
   * It does not lower the confidence: it is shown beside the rest for the supervisor to weigh.
   */
  against?: boolean;
}

/** Status of an identity link. */
export type IdentityStatus = 'proposed' | 'confirmed' | 'rejected';

/** An author ↔ customer link with its evidence and the other candidates that conflict with it. */
export interface IdentityLink {
  id: number;
  authorId: number;
  author: string;
  siteName: string;
  /** Where the author's profile says they are, as the latest post import carried it; null when unknown. */
  authorLocation: string | null;
  customerId: number;
  customerName: string | null;
  status: IdentityStatus;
  confidence: number;
  evidence: IdentityEvidence[];
  /** Other links of the same author (another customer) or of the same customer (another author on the same site) still open or confirmed. */
  conflicts: { linkId: number; author: string; customerId: number; customerName: string | null; status: IdentityStatus; confidence: number }[];
  updatedAt: number;
}

/** One entry of the identity audit log. */
export interface IdentityLogEntry {
  id: number;
  linkId: number;
  at: number;
  actor: string;
  action: 'proposed' | 'confirmed' | 'rejected' | 'unlinked' | 'undone';
  fromStatus: IdentityStatus | null;
  toStatus: IdentityStatus;
  reason: string;
  /** For 'undone': the entry reverted. */
  undoes: number | null;
  /** True when this entry can still be undone (the newest of its link, not itself an undo). */
  undoable: boolean;
}

/** One item of a customer's timeline: a post by a linked author or a contact. */
export type TimelineItem =
  | {
      kind: 'post';
      at: number;
      postId: number;
      siteName: string;
      author: string;
      text: string;
      sentiment: SentimentLabel | null;
      caseId: number | null;
    }
  | { kind: 'contact'; at: number | null; contact: Contact };

/** Everything the Customers view shows of one customer. */
export interface CustomerDetail {
  customer: Customer;
  links: IdentityLink[];
  log: IdentityLogEntry[];
  /** Newest first; contacts without a time come last. */
  timeline: TimelineItem[];
  incidents: Incident[];
  openCases: { id: number; title: string; columnName: string }[];
  /** Persistently unhappy / angry once / recovered, over the linked authors' scored posts. */
  persistence: PersistenceResult;
}

/** Filters of the customer list. */
export interface CustomerQuery {
  /** Words in the name, e-mail, key or handles. */
  query?: string;
  /** Only customers with a link in this state. */
  linked?: 'proposed' | 'confirmed';
  offset?: number;
  limit?: number;
}

/** What a proposal run found. */
export interface ProposeReport {
  scannedPosts: number;
  /** Author ↔ customer pairs with evidence. */
  candidates: number;
  /** New proposals (pairs never seen before). */
  added: number;
  /** Known pairs whose evidence was refreshed (their status is left alone). */
  refreshed: number;
}

/** A supervisor's decision on a link, sent with the status they saw. */
export interface LinkDecision {
  linkId: number;
  /** The status the supervisor saw; a link changed meanwhile is refused as a conflict. */
  status: IdentityStatus;
  decision: 'confirm' | 'reject';
  /** Why: kept in the audit log (required). */
  reason: string;
  by?: string;
}

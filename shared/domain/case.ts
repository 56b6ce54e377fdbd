import type { ReplyProblem } from '../policy/checkReply';
import type { Incident } from './contact';
import type { SiteKind, SitePolicy } from './site';
import type { BusinessHours } from '../time/businessHours';

/** A column of the case board. Cases in a `resolves` column count as resolved. */
export interface CaseColumn {
  id: number;
  name: string;
  position: number;
  resolves: boolean;
  /** Cases currently in the column. */
  count: number;
}

/** What the column editor sends: the whole list in order; an id keeps (renames) a column, none adds one. */
export interface CaseColumnInput {
  id?: number;
  name: string;
  resolves: boolean;
}

/** SLA targets of one site, or the default (siteId null) for sites without their own. */
export interface CaseSlaPolicy {
  siteId: number | null;
  firstResponseMins: number;
  resolutionMins: number;
  amberAt: number;
  businessHours: BusinessHours | null;
}

/** What the SLA editor sends: targets of a site (or the default with siteId null); amberAt defaults to 0.75. */
export interface CaseSlaPolicyInput {
  siteId: number | null;
  firstResponseMins: number;
  resolutionMins: number;
  amberAt?: number;
  businessHours?: BusinessHours | null;
}

/** The post a case was opened on, as it was seen; `removedAt` is set once it was removed at the site. */
export interface CasePost {
  /** Null when the post row no longer exists in the database. */
  postId: number | null;
  externalId: string;
  author: string;
  /** Untrusted text: render as text only. Kept after removal, shown marked removed. */
  text: string;
  url: string | null;
  /** When someone marked the post removed at the site, else null. */
  removedAt: number | null;
  /** True once the post was removed at the site or its row deleted from the database. */
  removed: boolean;
}

/** A case as the board shows it. Times are epoch ms. */
export interface CaseCard {
  id: number;
  siteId: number;
  siteName: string;
  siteKind: SiteKind;
  sitePolicy: SitePolicy;
  title: string;
  columnId: number;
  assignee: string | null;
  incidentId: string | null;
  /** The customer's first post of the conversation: both SLA clocks start here. */
  openedAt: number;
  firstResponseAt: number | null;
  resolvedAt: number | null;
  post: CasePost;
  /** Stored replies. */
  replies: number;
  /** The SLA policy that applies (the site's own, else the default). */
  sla: CaseSlaPolicy;
  /** Grows on every change; send it back with an update so a stale one is refused as a conflict. */
  version: number;
  updatedAt: number;
}

/** Filters of the board. */
export interface CaseQuery {
  columnId?: number;
  siteId?: number;
  /** Cases of the conversations this author wrote in. */
  authorId?: number;
  /** Exact agent name; empty string lists unassigned cases. */
  assignee?: string;
  incidentId?: string;
  /** Words in the title, the post text or the author. */
  query?: string;
  offset?: number;
  limit?: number;
}

/** The board: columns with counts and the cases matching the filters. */
export interface CaseBoard {
  columns: CaseColumn[];
  total: number;
  items: CaseCard[];
  /** Every agent name that has a case, for the assignee filter. */
  assignees: string[];
}

/** One audit entry: who changed what and when. */
export interface CaseEvent {
  id: number;
  caseId: number;
  at: number;
  actor: string;
  kind: 'created' | 'moved' | 'assigned' | 'incident-linked' | 'replied' | 'post-removed';
  detail: Record<string, unknown>;
}

/** A reply stored on a case (never sent: the agent copies it to the site). */
export interface CaseReply {
  id: number;
  caseId: number;
  text: string;
  author: string;
  createdAt: number;
  /** From the customer's latest post before the reply to the reply. */
  responseMs: number | null;
  overrideReason: string | null;
  /** Warnings of the pre-send check when the reply was stored (blocking problems are never stored). */
  warnings: ReplyProblem[];
}

/** A post of the case's conversation. */
export interface CaseThreadPost {
  id: number;
  author: string;
  createdAt: number;
  text: string;
  byCompany: boolean;
  parentId: number | null;
}

/** Everything the case panel shows. */
export interface CaseDetail {
  card: CaseCard;
  events: CaseEvent[];
  replies: CaseReply[];
  /** The conversation, oldest first (capped); empty when the root post is gone. */
  thread: CaseThreadPost[];
  /** The linked incident as imported from contact history; null when unlinked or not imported. */
  incident: Incident | null;
}

/** Result of creating a case from a post: the case of its conversation, and whether it is new. */
export interface CaseCreated {
  card: CaseCard;
  created: boolean;
}

/** An update of one case; `version` must be the version the client last saw. */
export interface CaseUpdateBase {
  caseId: number;
  version: number;
  /** Who made the change (recorded in the audit log); defaults to "supervisor". */
  by?: string;
}

/** A reply template or a knowledge-base snippet; both may hold `{{placeholders}}`. */
export interface ReplyText {
  id: number;
  kind: 'template' | 'snippet';
  name: string;
  body: string;
  updatedAt: number;
}

/** What the composer needs besides the case: templates, snippets and the brand agents speak for. */
export interface ReplyKit {
  texts: ReplyText[];
  /** The company name affiliation disclosure is checked against ('' until set). */
  brand: string;
}

/** A reply to store on a case. Blocking pre-send problems refuse it; warnings are stored with it. */
export interface CaseReplyRequest extends CaseUpdateBase {
  text: string;
  /** Needed to answer on a monitor-only site. */
  overrideReason?: string;
}

/** The stored reply and the case after it (first response recorded). */
export interface CaseReplied {
  reply: CaseReply;
  card: CaseCard;
}

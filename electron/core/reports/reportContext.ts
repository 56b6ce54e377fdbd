/** What every section of a report is computed with: the database, the resolved ranges, the filters and the hash. */
import type { Queryable } from '../db/database';
import type { RowHasher } from './provenance';
import type { ResolvedRange } from './reportRange';

/** A site as the report names it. */
export interface ReportSite {
  id: number;
  name: string;
  kind: string;
  policy: string;
}

/** The shared inputs of the sections. */
export interface ReportContext {
  q: Queryable;
  r: ResolvedRange;
  siteId: number | null;
  includePii: boolean;
  hasher: RowHasher;
  /** The sites reported on (one with a site filter), by id. */
  sites: ReportSite[];
  /** Every site's name by id (for rows that name a site). */
  siteNames: Map<number, string>;
}

/** True when `t` falls in the current range. */
export function inCurrent(ctx: ReportContext, t: number): boolean {
  return t >= ctx.r.current.start && t < ctx.r.current.end;
}

/** True when `t` falls in the previous range. */
export function inPrevious(ctx: ReportContext, t: number): boolean {
  return t >= ctx.r.previous.start && t < ctx.r.previous.end;
}

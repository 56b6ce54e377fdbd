import { formatCount, formatTotal } from '../../format';

/** What the post list knows of its rows: the server's (maybe capped) count and the pages seen. */
export interface RowsKnown {
  /** The count of the last page fetched; the cap when `capped`. */
  total: number;
  /** True when more than `total` posts match (the server stopped counting). */
  capped: boolean;
  /** Rows known to exist: the end of the furthest page fetched. */
  seen: number;
  /** The number of rows once a short page showed where they end, else null. */
  end: number | null;
}

/** Nothing known yet (a new filter). */
export const NOTHING_KNOWN: RowsKnown = { total: 0, capped: false, seen: 0, end: null };

/**
 * Folds a fetched page into what is known. A page shorter than the page size (or empty) ends the
 * list; a full page past a previously seen end (new posts arrived) lifts it.
 */
export function addPage(k: RowsKnown, page: { offset: number; count: number; total: number; capped: boolean }, pageSize: number): RowsKnown {
  const reach = page.offset + page.count;
  const seen = Math.max(k.seen, reach);
  const end = page.count < pageSize ? reach : k.end !== null && reach > k.end ? null : k.end;
  return { total: page.total, capped: page.capped, seen, end };
}

/**
 * Rows the virtual list holds. An exact count is the count. A capped count grows as pages arrive:
 * the rows seen plus one page, so scrolling to the bottom fetches the next page, until a short
 * page shows the real end.
 */
export function rowCountOf(k: RowsKnown, pageSize: number): number {
  if (!k.capped) return k.total;
  if (k.end !== null) return k.end;
  return Math.max(k.total, k.seen) + pageSize;
}

/** The list's count: "31 posts", "10,000+ posts" while capped, exact once the end was reached. */
export function postTotalLabel(k: RowsKnown): string {
  if (k.capped && k.end !== null) return `${formatCount(k.end)} ${k.end === 1 ? 'post' : 'posts'}`;
  const n = k.capped ? Math.max(k.total, k.seen) : k.total;
  return `${formatTotal(n, k.capped)} ${n === 1 && !k.capped ? 'post' : 'posts'}`;
}

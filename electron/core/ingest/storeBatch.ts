import type { Db } from '../db/database';
import { authorIdOf, ensureAuthors } from '../repos/authors';
import { markCompanyAuthors } from '../repos/companyAccounts';
import { addImportCounts, quarantineRows, type NewQuarantinedRow } from '../repos/imports';
import { insertPosts, maxPostId, type NewPost } from '../repos/posts';
import { ensureSites } from '../repos/sites';
import { linkThreads, refreshThreadsOfAuthors } from '../repos/threads';
import type { IncomingPost } from './preset';

/** Rows read since the last flush: mapped posts and refused rows. */
export interface Batch {
  posts: IncomingPost[];
  bad: NewQuarantinedRow[];
  rows: number;
}

/** What one batch added to an import's totals. */
export interface BatchCounts {
  rowsRead: number;
  imported: number;
  duplicates: number;
  quarantined: number;
}

/** Ids resolved so far in one import run, reused across batches. */
export interface ImportCaches {
  sites: Map<string, number>;
  authors: Map<string, number>;
}

/** Empty caches for a new import run. */
export function newCaches(): ImportCaches {
  return { sites: new Map(), authors: new Map() };
}

/**
 * Stores one batch in one transaction: sites and authors resolved (company accounts marked),
 * posts inserted idempotently on (site, id), replies linked into threads, refused rows quarantined, and the
 * import's totals advanced. Either all of it lands or none of it.
 */
export async function storeBatch(db: Db, importId: number, batch: Batch, caches: ImportCaches, now: number): Promise<BatchCounts> {
  return db.transaction(async (tx) => {
    const { sites, authors } = caches;
    const newSites = batch.posts.map((p) => p.site).filter((s) => !sites.has(s));
    if (newSites.length) for (const [name, id] of await ensureSites(tx, newSites, now)) sites.set(name, id);
    const siteOf = (p: IncomingPost): number => sites.get(p.site) as number;
    await ensureAuthors(tx, batch.posts.map((p) => ({ siteId: siteOf(p), handle: p.author, followers: p.authorFollowers })), authors);
    const authorOf = (p: IncomingPost): number => authorIdOf(authors, siteOf(p), p.author);
    const newlyCompany = await markCompanyAuthors(tx, batch.posts.filter((p) => p.authorIsCompany).map(authorOf));
    const since = await maxPostId(tx);
    const rows: NewPost[] = batch.posts.map((p) => ({
      siteId: siteOf(p),
      externalId: p.externalId,
      authorId: authorOf(p),
      createdAt: p.createdAt,
      text: p.text,
      url: p.url,
      inReplyTo: p.inReplyTo,
      authorFollowers: p.authorFollowers,
      relevant: true,
      importId,
      ingestedAt: now,
    }));
    const imported = await insertPosts(tx, rows);
    if (imported > 0) await linkThreads(tx, since);
    await refreshThreadsOfAuthors(tx, newlyCompany);
    await quarantineRows(tx, batch.bad);
    const counts = { rowsRead: batch.rows, imported, duplicates: rows.length - imported, quarantined: batch.bad.length };
    await addImportCounts(tx, importId, counts);
    return counts;
  });
}

import type { Db, Queryable } from '../db/database';
import { authorIdOf, ensureAuthors } from '../repos/authors';
import { markCompanyAuthors } from '../repos/companyAccounts';
import { addImportCounts, quarantineRows, type NewQuarantinedRow } from '../repos/imports';
import { insertPosts, maxPostId, type NewPost } from '../repos/posts';
import { storePostLangs } from '../repos/postLangs';
import { ensureSites } from '../repos/sites';
import { readCompanyAuthorIds, readFiltersBySite } from '../repos/sources';
import { linkThreads, refreshThreadsOfAuthors } from '../repos/threads';
import { scheduleScoring } from '../sentiment/pipeline';
import type { IncomingPost } from './preset';
import { compileRelevance, type RelevanceTest } from './relevance';

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
  /** Relevance test per site id, loaded with the first batch (sites created later keep everything). */
  relevance: Map<number, RelevanceTest> | null;
  /** Ids of company accounts: their posts are always relevant. */
  company: Set<number> | null;
}

/** Empty caches for a new import run. */
export function newCaches(): ImportCaches {
  return { sites: new Map(), authors: new Map(), relevance: null, company: null };
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
    const isRelevant = await relevanceOf(tx, caches, newlyCompany);
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
      relevant: isRelevant(siteOf(p), authorOf(p), p),
      importId,
      ingestedAt: now,
    }));
    const imported = await insertPosts(tx, rows);
    if (imported > 0) await linkThreads(tx, since);
    if (imported > 0) scheduleScoring(db, since, imported); // sentiment: scored in queued steps after this commit
    const langs = batch.posts.filter((p) => p.lang);
    if (imported > 0) await storePostLangs(tx, since, langs.map((p) => ({ siteId: siteOf(p), externalId: p.externalId, lang: p.lang as string })));
    await refreshThreadsOfAuthors(tx, newlyCompany);
    await quarantineRows(tx, batch.bad);
    const counts = { rowsRead: batch.rows, imported, duplicates: rows.length - imported, quarantined: batch.bad.length };
    await addImportCounts(tx, importId, counts);
    return counts;
  });
}

/** Loads (once per run) what relevance needs and returns the test for one post. */
async function relevanceOf(
  tx: Queryable,
  caches: ImportCaches,
  newlyCompany: number[],
): Promise<(siteId: number, authorId: number, p: IncomingPost) => boolean> {
  caches.relevance ??= new Map([...(await readFiltersBySite(tx))].map(([id, f]) => [id, compileRelevance(f)]));
  caches.company ??= await readCompanyAuthorIds(tx);
  const { relevance, company } = caches;
  for (const id of newlyCompany) company.add(id);
  return (siteId, authorId, p) => {
    const test = relevance.get(siteId);
    return !test || test({ text: p.text, lang: p.lang ?? null, authorIsCompany: company.has(authorId) });
  };
}

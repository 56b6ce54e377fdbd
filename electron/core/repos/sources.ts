import { AppFailure } from '../../../shared/contract/result';
import type { SiteKind, SitePolicy } from '../../../shared/domain/site';
import { NO_FILTERS, type Source, type SourceFilters, type SourceInput } from '../../../shared/domain/source';
import type { Queryable } from '../db/database';
import { insertMany, placeholders } from './sql';

interface SourceRow {
  id: number;
  name: string;
  kind: SiteKind;
  policy: SitePolicy;
  url_pattern: string | null;
  enabled: number;
  rating: number | null;
  notes: string;
  filters: string;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Reads the stored filters JSON; anything unreadable counts as no filter rather than failing. */
export function parseFilters(json: string): SourceFilters {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return NO_FILTERS;
  }
  const o = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
  return { keywords: strings(o.keywords), brands: strings(o.brands), exclude: strings(o.exclude), languages: strings(o.languages) };
}

const toSource = (r: SourceRow, handles: string[]): Source => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  policy: r.policy,
  urlPattern: r.url_pattern,
  enabled: r.enabled === 1,
  rating: r.rating,
  notes: r.notes,
  filters: parseFilters(r.filters),
  companyHandles: handles,
});

/** Every site of the registry by name, with its filters and company handles. */
export async function listSources(q: Queryable): Promise<Source[]> {
  const rows = await q.all<SourceRow>('SELECT id, name, kind, policy, url_pattern, enabled, rating, notes, filters FROM sites ORDER BY name');
  const handles = await q.all<{ site_id: number; handle: string }>('SELECT site_id, handle FROM authors WHERE is_company = 1 ORDER BY handle');
  const bySite = new Map<number, string[]>();
  for (const h of handles) bySite.set(h.site_id, [...(bySite.get(h.site_id) ?? []), h.handle]);
  return rows.map((r) => toSource(r, bySite.get(r.id) ?? []));
}

/** One site of the registry, or undefined. */
export async function readSource(q: Queryable, id: number): Promise<Source | undefined> {
  return (await listSources(q)).find((s) => s.id === id);
}

const isUniqueError = (err: unknown): boolean => err instanceof Error && /UNIQUE constraint failed: sites\.name/.test(err.message);

/** Adds (no id) or updates a site row; returns its id. A duplicate name is a conflict. */
export async function saveSourceRow(q: Queryable, s: SourceInput, now: number): Promise<number> {
  const values = [s.name.trim(), s.kind, s.policy, s.urlPattern, s.enabled ? 1 : 0, s.rating, s.notes, JSON.stringify(s.filters)];
  try {
    if (s.id === undefined) {
      const r = await q.run('INSERT INTO sites (name, kind, policy, url_pattern, enabled, rating, notes, filters, created_at) VALUES (?,?,?,?,?,?,?,?,?)', [...values, now]);
      return r.lastID;
    }
    const r = await q.run('UPDATE sites SET name = ?, kind = ?, policy = ?, url_pattern = ?, enabled = ?, rating = ?, notes = ?, filters = ? WHERE id = ?', [...values, s.id]);
    if (r.changes === 0) throw new AppFailure('not-found', `no site with id ${s.id}`, 'id');
    return s.id;
  } catch (err) {
    if (isUniqueError(err)) throw new AppFailure('conflict', `a site named "${s.name.trim()}" already exists`, 'name');
    throw err;
  }
}

/**
 * Makes exactly these handles the company accounts of a site (creating author rows for handles
 * not seen yet, so their future posts count as ours). Returns the authors whose mark changed.
 */
export async function setCompanyHandles(q: Queryable, siteId: number, handles: string[]): Promise<number[]> {
  const wanted = [...new Set(handles.map((h) => h.trim().replace(/^@/, '')).filter((h) => h !== ''))];
  await insertMany(q, 'INSERT OR IGNORE INTO authors (site_id, handle)', 2, wanted.map((h) => [siteId, h]));
  const marked = await q.all<{ id: number; handle: string }>('SELECT id, handle FROM authors WHERE site_id = ? AND is_company = 1', [siteId]);
  const unmark = marked.filter((a) => !wanted.includes(a.handle)).map((a) => a.id);
  const mark = wanted.length
    ? (await q.all<{ id: number }>(`SELECT id FROM authors WHERE site_id = ? AND is_company = 0 AND handle IN (${placeholders(wanted.length)})`, [siteId, ...wanted])).map((a) => a.id)
    : [];
  for (const [ids, flag] of [[unmark, 0], [mark, 1]] as const) {
    if (ids.length) await q.run(`UPDATE authors SET is_company = ? WHERE id IN (${placeholders(ids.length)})`, [flag, ...ids]);
  }
  return [...unmark, ...mark];
}

/** Filters of every site, for imports to mark relevance as posts arrive. */
export async function readFiltersBySite(q: Queryable): Promise<Map<number, SourceFilters>> {
  const rows = await q.all<{ id: number; filters: string }>('SELECT id, filters FROM sites');
  return new Map(rows.map((r) => [r.id, parseFilters(r.filters)]));
}

/** Names of the sites switched off in the registry; connectors skip their posts. */
export async function readDisabledSiteNames(q: Queryable): Promise<Set<string>> {
  const rows = await q.all<{ name: string }>('SELECT name FROM sites WHERE enabled = 0');
  return new Set(rows.map((r) => r.name));
}

/** Ids of every company account, for relevance (company posts are always relevant). */
export async function readCompanyAuthorIds(q: Queryable): Promise<Set<number>> {
  const rows = await q.all<{ id: number }>('SELECT id FROM authors WHERE is_company = 1');
  return new Set(rows.map((r) => r.id));
}

/** How many of a site's posts are relevant and how many hidden. */
export async function countSiteRelevance(q: Queryable, siteId: number): Promise<{ relevant: number; irrelevant: number }> {
  const r = await q.get<{ relevant: number; total: number }>('SELECT coalesce(sum(relevant), 0) AS relevant, count(*) AS total FROM posts WHERE site_id = ?', [siteId]);
  return { relevant: r?.relevant ?? 0, irrelevant: (r?.total ?? 0) - (r?.relevant ?? 0) };
}

/** What relevance needs of one stored post. */
export interface RelevanceCandidate {
  id: number;
  text: string;
  lang: string | null;
  relevant: boolean;
  authorIsCompany: boolean;
  parentId: number | null;
  threadRootId: number | null;
}

/** The next `limit` posts of a site after row id `afterId`, in id order, for re-sorting. */
export async function readRelevanceChunk(q: Queryable, siteId: number, afterId: number, limit: number): Promise<RelevanceCandidate[]> {
  const rows = await q.all<{ id: number; text: string; lang: string | null; relevant: number; is_company: number; parent_id: number | null; thread_root_id: number | null }>(
    `SELECT p.id, p.text, p.lang, p.relevant, a.is_company, p.parent_id, p.thread_root_id FROM posts p JOIN authors a ON a.id = p.author_id
     WHERE p.site_id = ? AND p.id > ? ORDER BY p.id LIMIT ?`,
    [siteId, afterId, limit],
  );
  return rows.map((r) => ({
    id: r.id,
    text: r.text,
    lang: r.lang,
    relevant: r.relevant === 1,
    authorIsCompany: r.is_company === 1,
    parentId: r.parent_id,
    threadRootId: r.thread_root_id,
  }));
}

/** A hidden post of a conversation, as re-deciding its relevance needs it. */
export interface HiddenThreadPost {
  id: number;
  siteId: number;
  authorId: number;
  text: string;
  lang: string | null;
  parentId: number | null;
  threadRootId: number | null;
}

/** The hidden posts of these conversations (their roots included), in id order. */
export async function readHiddenInThreads(q: Queryable, roots: number[]): Promise<HiddenThreadPost[]> {
  if (roots.length === 0) return [];
  const list = placeholders(roots.length);
  return q.all<HiddenThreadPost>(
    `SELECT id, site_id AS siteId, author_id AS authorId, text, lang, parent_id AS parentId, thread_root_id AS threadRootId FROM posts
     WHERE relevant = 0 AND (thread_root_id IN (${list}) OR id IN (${list})) ORDER BY id`,
    [...roots, ...roots],
  );
}

/** The relevant ones among these post ids (parents and roots a batch's replies may take relevance from). */
export async function readRelevantIds(q: Queryable, ids: number[]): Promise<Set<number>> {
  const out = new Set<number>();
  for (let i = 0; i < ids.length; i += 30_000) {
    const part = ids.slice(i, i + 30_000);
    const rows = await q.all<{ id: number }>(`SELECT id FROM posts WHERE relevant = 1 AND id IN (${placeholders(part.length)})`, part);
    for (const r of rows) out.add(r.id);
  }
  return out;
}

/** Marks posts relevant or hidden. */
export async function setPostsRelevant(q: Queryable, ids: number[], relevant: boolean): Promise<void> {
  for (let i = 0; i < ids.length; i += 30_000) {
    const part = ids.slice(i, i + 30_000);
    await q.run(`UPDATE posts SET relevant = ? WHERE id IN (${placeholders(part.length)})`, [relevant ? 1 : 0, ...part]);
  }
}

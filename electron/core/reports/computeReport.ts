/**
 * The weekly review (issue 9): every figure of a WeeklyReport, computed from the database for one
 * range in one time zone. Sections are in the section*.ts files beside this one; each documents
 * its definitions. The same rows always give the same report (generatedAt aside), and the
 * provenance's snapshotHash names those rows (see RowHasher).
 */
import { basename } from 'node:path';
import { AppFailure } from '../../../shared/contract/result';
import type { CaseSlaPolicy } from '../../../shared/domain/case';
import type { ReportProgress, ReportProvenance, ReportRequest, WeeklyReport } from '../../../shared/domain/report';
import type { Core } from '../core';
import type { Queryable } from '../db/database';
import { listSlaPolicies } from '../repos/casesBoard';
import { readCasesOfRoots, readConfirmedLinks, readReportAlerts, readReportContacts, type ReportContactRow, type ReportLinkRow } from '../repos/reportsCare';
import { readReportAuthors, readReportPosts, readReportSites, readSnapshotInfo, type ReportPostRow } from '../repos/reports';
import { readSlaLookup } from '../services/cases';
import { maskingFor, type Masking } from './masking';
import { RowHasher, ruleVersionsOf } from './provenance';
import { loadTopicBook, type TopicBook } from '../topics/topicBook';
import type { ReportContext } from './reportContext';
import { resolveReportRange, type ResolvedRange } from './reportRange';
import { caseFigures, readCases } from './sectionCases';
import { alertRows, indexLinks, reasonRows, siteShares, socialRows, sortChannels, traditionalRows, type Linked } from './sectionChannels';
import { classifyCustomers, persistenceRows, persistenceTotalsOf, reachRows, readPersistence, type PersistenceStatus, type PersonInfo } from './sectionPeople';
import { daysOf, topicRows, topicsOfPosts, totalPosts } from './sectionPosts';
import { siteRows, totalsOf } from './sectionSites';
import { readTrend, trendFrom } from './sectionTrend';

/** The steps reported through onProgress, in order. */
export const REPORT_STEPS = ['posts', 'trend', 'cases', 'persistence', 'people', 'channels', 'alerts'] as const;

/** The schema version from which the report_snapshots table exists (migration 0010). */
const SNAPSHOT_SCHEMA = 10;

/** Refuses a range a frozen snapshot does not hold all the data of. */
async function checkSnapshotCovers(core: Core, r: ResolvedRange): Promise<boolean> {
  if (core.schemaVersion < SNAPSHOT_SCHEMA) return false;
  const info = await readSnapshotInfo(core.db);
  if (!info) return false;
  if (r.dataFrom < info.data_from || r.dataTo > info.data_to) {
    const iso = (t: number): string => new Date(t).toISOString();
    throw new AppFailure(
      'invalid-request',
      `this snapshot was frozen for ${info.label} (${info.time_zone}) and holds data from ${iso(info.data_from)} to ${iso(info.data_to)}; ` +
        `the report of ${r.range.label} needs ${iso(r.dataFrom)} to ${iso(r.dataTo)} (its previous range, trend weeks and persistence window)`,
      'week',
    );
  }
  return true;
}

async function contextOf(q: Queryable, req: ReportRequest, r: ResolvedRange): Promise<ReportContext> {
  const siteId = req.siteId ?? null;
  const hasher = new RowHasher({ range: r.range, siteId, trend: r.trend, days: r.days.length, persistence: [r.persistenceBefore, r.persistenceNow] });
  const all = hasher.add('sites', await readReportSites(q, null));
  const sites = all.filter((s) => siteId === null || s.id === siteId);
  if (siteId !== null && sites.length === 0) throw new AppFailure('not-found', `no site with id ${siteId}`, 'siteId');
  return { q, r, siteId, includePii: req.includePii === true, hasher, sites, siteNames: new Map(all.map((s) => [s.id, s.name])) };
}

const sortedIds = (ids: Iterable<number>): number[] => [...new Set(ids)].sort((a, b) => a - b);

/** Model versions that scored the posts read, sorted. */
function modelVersionsOf(posts: readonly ReportPostRow[]): string[] {
  return [...new Set(posts.map((p) => p.model_version).filter((v): v is string => v !== null))].sort();
}

type Step = (name: (typeof REPORT_STEPS)[number]) => void;

/** Marks a read started ahead of its use as handled, so a failure elsewhere first leaves no unhandled rejection; awaiting it still throws. */
function started<T>(read: Promise<T>): Promise<T> {
  read.catch(() => undefined);
  return read;
}

/**
 * Posts, topics and contacts of both ranges, and the case, trend and persistence sections. The
 * reads after the posts start together and SQLite answers them while the topics are classified;
 * they are awaited, and so hashed, in a fixed order.
 */
async function readPostSections(ctx: ReportContext, step: Step, slaOf: (siteId: number) => CaseSlaPolicy, book: TopicBook) {
  const { r } = ctx;
  const read = await readReportPosts(ctx.q, r.previous.start, r.current.end, ctx.siteId);
  for (const page of read.pages) ctx.hasher.addText('posts', page.text, page.rows);
  const posts = read.rows;
  const contactsRead = started(readReportContacts(ctx.q, r.previous.start, r.current.end));
  const trendRead = started(readTrend(ctx));
  const casesRead = started(readCases(ctx));
  const persistenceRead = started(readPersistence(ctx));
  const topics = await topicsOfPosts(posts, book);
  const contacts = ctx.hasher.add('contacts', await contactsRead);
  const contactCounts = { current: contacts.filter((c) => c.at >= r.current.start).length, previous: contacts.filter((c) => c.at < r.current.start).length };
  step('posts');
  const trend = trendFrom(ctx, await trendRead);
  step('trend');
  const cases = caseFigures(ctx, await casesRead, slaOf);
  step('cases');
  const statuses = classifyCustomers(ctx, await persistenceRead);
  step('persistence');
  return { posts, contacts, contactCounts, topics, trend, cases, statuses };
}

/** Authors, confirmed links, persistence rows and reach rows. */
async function readPeople(ctx: ReportContext, posts: readonly ReportPostRow[], statuses: readonly PersistenceStatus[], contacts: readonly ReportContactRow[], masking: Masking) {
  const authorIds = sortedIds([...posts.map((p) => p.author_id), ...statuses.map((s) => s.authorId)]);
  const people = new Map<number, PersonInfo>(ctx.hasher.add('authors', await readReportAuthors(ctx.q, authorIds)).map((a) => [a.id, a]));
  const links = ctx.hasher.add('links', await readConfirmedLinks(ctx.q, authorIds, sortedIds(contacts.map((c) => c.customer_id))));
  const firstLink = new Map<number, ReportLinkRow>();
  for (const l of links) if (!firstLink.has(l.author_id)) firstLink.set(l.author_id, l);
  const customerOf = (authorId: number): string | null => {
    const l = firstLink.get(authorId);
    return l ? masking.name(l.name, l.customer_id) : null;
  };
  return { linked: indexLinks(ctx, links), persistence: persistenceRows(statuses, people, customerOf), reach: await reachRows(ctx, posts, people) };
}

/** Social versus traditional channels and the site shares of the linked customers. */
async function readChannels(ctx: ReportContext, posts: readonly ReportPostRow[], topics: readonly string[][], contacts: readonly ReportContactRow[], linked: Linked, masking: Masking) {
  const { current } = ctx.r;
  const roots = sortedIds(posts.filter((p) => p.parent_id === null && linked.customersOf.has(p.author_id) && p.created_at >= current.start).map((p) => p.id));
  const caseRoots = ctx.hasher.add('case roots', await readCasesOfRoots(ctx.q, roots));
  const resolvedRoots = new Set(caseRoots.filter((c) => c.resolved_at !== null && c.resolved_at < current.end).map((c) => c.root_post_id));
  const channels = sortChannels([...socialRows(ctx, posts, topics, linked, resolvedRoots), ...traditionalRows(ctx, contacts, linked, masking)]);
  return { channels, ...siteShares(ctx, posts, contacts, linked) };
}

/**
 * Computes the report of `req` (a week or a range in `req.timeZone`, optionally one site).
 * Throws AppFailure('invalid-request') naming the field for a bad range or zone, ('not-found',
 * 'siteId') for an unknown site, and refuses a range a frozen snapshot does not cover.
 * Calls `onProgress` after each of REPORT_STEPS.
 */
export async function computeReport(core: Core, req: ReportRequest, onProgress?: (p: ReportProgress) => void): Promise<WeeklyReport> {
  const r = resolveReportRange(req);
  const fromSnapshot = await checkSnapshotCovers(core, r);
  const ctx = await contextOf(core.db, req, r);
  const step: Step = (name) => onProgress?.({ step: name, done: REPORT_STEPS.indexOf(name) + 1, total: REPORT_STEPS.length });
  const masking = maskingFor(ctx.includePii);
  const policies = ctx.hasher.add('sla', (await listSlaPolicies(ctx.q)).map((p) => ({ ...p, businessHours: JSON.stringify(p.businessHours) })));
  const slaOf = await readSlaLookup(ctx.q);
  const book = await loadTopicBook(ctx.q);
  const read = await readPostSections(ctx, step, slaOf, book);
  const totals = totalPosts(ctx, read.posts);
  const people = await readPeople(ctx, read.posts, read.statuses, read.contacts, masking);
  step('people');
  const channels = await readChannels(ctx, read.posts, read.topics, read.contacts, people.linked, masking);
  step('channels');
  const alerts = alertRows(ctx.hasher.add('alerts', await readReportAlerts(ctx.q, r.current.start, r.current.end, ctx.siteId)), masking);
  step('alerts');
  const provenance: ReportProvenance = {
    snapshotHash: ctx.hasher.digest(),
    dbName: basename(core.db.file),
    schemaVersion: core.schemaVersion,
    appVersion: core.appVersion,
    modelVersions: modelVersionsOf(read.posts),
    ruleVersions: ruleVersionsOf(policies, book),
    timeZone: req.timeZone,
    piiIncluded: ctx.includePii,
    generatedAt: core.now(),
    fromSnapshot,
  };
  return {
    range: r.range,
    provenance,
    siteFilter: ctx.siteId === null ? null : ctx.sites[0].name,
    totals: totalsOf(totals, read.contactCounts),
    days: daysOf(ctx, read.posts),
    trend: read.trend,
    sites: siteRows(ctx, totals, slaOf),
    topics: topicRows(ctx, read.posts, read.topics),
    reasons: reasonRows(ctx, read.contacts, masking),
    cases: read.cases,
    persistence: people.persistence,
    persistenceTotals: persistenceTotalsOf(read.statuses),
    reach: people.reach,
    alerts,
    channels: channels.channels,
    siteShares: channels.siteShares,
    activeCustomers: channels.activeCustomers,
  };
}

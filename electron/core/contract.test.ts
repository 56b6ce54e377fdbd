import { describe, expect, it } from 'vitest';
import type { Method } from '../../shared/contract/api';
import { METHODS, REQUEST_VALIDATORS } from '../../shared/contract/requests';
import { dispatch } from './dispatch';
import { genericPreset } from './ingest/genericPreset';
import { importCsvFile } from './ingest/importFile';
import { HANDLERS } from './services/handlers';
import { createCaseFromPost } from './services/cases';
import { seedContactHistory } from './contacts/contactFixtures';
import { labelledCsv } from './sentiment/testData';
import { reasonsCsv, seedTopicModel } from './topics/topicFixtures';
import { genericCsv, memoryCore, tempFile } from './testing/fixtures';

/** A valid sample request per method; a method without one fails the round-trip test. */
const SAMPLES: Partial<Record<Method, unknown>> = {
  'app.info': {},
  'stats.get': {},
  'posts.search': { query: 'delay', limit: 10 },
  'sites.list': {},
  'imports.list': { limit: 5 },
  'imports.quarantine': { limit: 5 },
  'reach.import': { path: tempFile('follows.txt', 'a b\nb a\nc a\n'), site: 'twitter' },
  'reach.compute': { cascadeRuns: 10 },
  'reach.leaderboard': { weights: { core: 2 }, limit: 10 },
  'reach.ego': { authorId: 1, maxNodes: 50 },
  'reach.exportGexf': { authorId: 1, positions: [{ id: 1, x: 0, y: 0 }] },
  'reach.threads': { by: 'reposts', limit: 5 },
  'reach.cascade': { rootPostId: 2, maxNodes: 50 },
  'reach.community': { stance: 'advocate', recentSentiment: 'positive', minScore: 0, maxNodes: 100 },
  'sources.list': {},
  'sources.save': { name: 'forum', kind: 'forum', policy: 'monitor-only', urlPattern: null, enabled: true, rating: 3, notes: 'rant site', filters: { keywords: ['delay'], brands: [], exclude: [], languages: [] }, companyHandles: ['acme'] },
  'sources.figures': {},
  'demo.load': { seed: 3, days: 2 },
  'imports.preview': { path: tempFile('preview.csv', 'id,site,author,created_at,text\n1,tw,a,2024-01-01,hi\n') },
  'imports.presets': {},
  'imports.start': { path: tempFile('start.csv', 'id,site,author,created_at,text\n'), preset: 'generic' },
  'imports.cancel': { importId: 1 },
  'feeds.list': {},
  'feeds.save': { site: 'forum', url: 'http://127.0.0.1:9/feed.rss', intervalMinutes: 15, enabled: true },
  'feeds.poll': {},
  'folders.list': {},
  'folders.save': { path: process.cwd(), preset: 'generic', enabled: true },
  'folders.scan': {},
  'sentiment.explain': { postId: 1 },
  'sentiment.correct': { postId: 1, label: 'negative' },
  'sentiment.models': {},
  'sentiment.retrain': { file: tempFile('labels.csv', labelledCsv(5)) },
  'sentiment.activate': { modelId: 1 },
  'live.snapshot': { window: '1d', siteIds: [1], topic: 'delay' },
  'live.drill': { from: 0, to: 2e12, label: 'negative', limit: 10 },
  'alerts.list': { openOnly: true },
  'alerts.acknowledge': { ids: [1], by: 'Sam' },
  'alerts.rules': { siteId: 1 },
  'alerts.saveRules': { rules: { spikeWindowMs: 300_000, spikeBaselineMs: 3_600_000, spikeMinPosts: 10, spikeFactor: 3, spikeWeeks: 2, threadWindowMs: 3_600_000, threadMinReplies: 15, detractorMinFollowers: 5_000, recentMs: 3_600_000, coolDownMs: 1_800_000 }, by: 'Sam' },
  'topics.rules': { siteId: 1 },
  'topics.saveRules': { siteId: 1, rules: [{ topic: 'baggage', label: 'Bags', keywords: ['bag*', 'suitcase'] }, { topic: 'lounge', keywords: ['lounge'], exclude: ['no lounge'] }], by: 'Sam' },
  'topics.test': { text: 'my suitcase is lost', siteId: 1 },
  'topics.models': {},
  'topics.train': { file: tempFile('reasons.csv', reasonsCsv()), textColumn: 'text', labelColumn: 'reason', name: 'reasons' },
  'topics.activate': { modelId: 1, siteId: 1, minConfidence: 0.6, by: 'Sam' },
  'topics.deactivate': { siteId: 1 },
  'topics.rollback': { siteId: null },
  'topics.ofPost': { postId: 1 },
  'cases.createFromPost': { postId: 2, by: 'Sam' },
  'cases.list': { columnId: 1, query: 'delay', limit: 10 },
  'cases.get': { caseId: 1 },
  'cases.move': { caseId: 1, version: 1, columnId: 2 },
  'cases.assign': { caseId: 1, version: 1, assignee: 'Sam' },
  'cases.linkIncident': { caseId: 1, version: 1, incidentId: 'INC0000045' },
  'cases.markPostRemoved': { caseId: 1, version: 1 },
  'cases.saveColumns': { columns: [{ id: 1, name: 'Inbox', resolves: false }, { id: 5, name: 'Done', resolves: true }] },
  'cases.slaPolicies': {},
  'cases.saveSlaPolicy': { siteId: 1, firstResponseMins: 30, resolutionMins: 480, businessHours: { timeZone: 'Europe/London', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' } },
  'cases.reply': { caseId: 1, version: 1, text: "Sorry about the delay — Sam from Acme. We're on it.", by: 'Sam' },
  'cases.replyKit': {},
  'cases.saveReplyText': { kind: 'snippet', name: 'Opening hours', body: 'We answer 8am to 8pm.' },
  'cases.deleteReplyText': { id: 1 },
  'cases.saveBrand': { brand: 'Acme' },
  'cases.triage': { days: 30, limit: 10, weights: { negativity: 1, reach: 0, persistence: 0, sitePolicy: 0, waiting: 0, customerValue: 0 } },
  'cases.saveTriageWeights': { weights: { negativity: 5, reach: 1, persistence: 1, sitePolicy: 1, waiting: 1, customerValue: 1 } },
  'customers.search': { query: 'ann', linked: 'proposed', limit: 10 },
  'customers.get': { customerId: 1 },
  'customers.proposeLinks': {},
  'customers.links': { postId: 1 },
  'customers.decideLink': { linkId: 1, status: 'proposed', decision: 'confirm', reason: 'same e-mail', by: 'Sam' },
  'customers.undoLinkChange': { logId: 3, by: 'Sam' },
  'customers.saveHandles': { customerId: 1, handles: ['@a', 'twitter:@a'] },
  'reports.get': { week: '2024-W01', timeZone: 'Europe/London', includePii: false },
  'reports.freeze': { week: '2024-W01', timeZone: 'Europe/London', path: `${tempFile('freeze.txt', '')}.sqlite` },
  'reports.export': { week: '2024-W01', timeZone: 'Europe/London', dir: `${tempFile('export.txt', '')}-report`, pdf: false },
  'reports.schedule': {},
  'reports.saveSchedule': { enabled: true, dir: `${tempFile('schedule.txt', '')}-reports`, timeZone: 'Europe/London', hour: 7, pdf: false, includePii: false },
  'contacts.preview': { path: tempFile('contacts-preview.csv', 'Case,Mail,Town\nC-1,ann@example.com,Leeds\n'), rows: 5 },
  'contacts.presets': {},
  'contacts.import': {
    path: tempFile('contacts-import.csv', 'Case,Mail,Town\nC-1,ann@example.com,Leeds\n'),
    mapping: { customerKey: null, name: null, email: 'Mail', phone: null, handles: null, location: 'Town', contactId: 'Case', at: null, timeFormat: 'auto', channel: null, agent: null, reason: null, outcome: null, incidentId: null, incidentTitle: null, incidentStatus: null, incidentOpened: null, incidentClosed: null },
    saveAs: 'town-export',
  },
};

async function seeded() {
  const core = await memoryCore();
  const f = tempFile('seed.csv', genericCsv(['1,twitter,a,2024-01-01,flight delay again,,,', '2,twitter,b,2024-01-02,thanks,1,,', 'x,twitter']));
  await importCsvFile(core.db, f, { preset: genericPreset });
  await createCaseFromPost(core, { postId: 1 });
  await seedContactHistory(core);
  await seedTopicModel(core.db, { siteId: null });
  return core;
}

describe('the contract', () => {
  it.each(METHODS)('%s has a validator and a handler', (method) => {
    expect(typeof REQUEST_VALIDATORS[method]).toBe('function');
    expect(typeof HANDLERS[method]).toBe('function');
  });

  it.each(METHODS)('%s round-trips through dispatch on a seeded database', async (method) => {
    const core = await seeded();
    expect(SAMPLES[method]).toBeDefined();
    const r = await dispatch(core, method, SAMPLES[method]);
    expect(r.ok).toBe(true);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    await core.close();
  });

  it('answers an unknown method with unknown-method', async () => {
    const core = await seeded();
    expect(await dispatch(core, 'posts.delete', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    await core.close();
  });

  it.each([
    [{ limit: 0 }, 'limit'],
    [{ limit: 'ten' }, 'limit'],
    [{ query: 42 }, 'query'],
    [{ oldestFirst: 'yes' }, 'oldestFirst'],
    [{ colour: 'red' }, 'colour'],
  ])('refuses the bad request %j naming the field %s', async (req, field) => {
    const core = await seeded();
    expect(await dispatch(core, 'posts.search', req)).toMatchObject({ ok: false, error: { code: 'invalid-request', field } });
    await core.close();
  });

  it('searches posts by text and reports totals', async () => {
    const core = await seeded();
    const r = await dispatch(core, 'posts.search', { query: 'delay' });
    expect(r).toMatchObject({ ok: true, value: { total: 1, totalCapped: false, items: [{ externalId: '1', siteName: 'twitter', author: 'a' }] } });
    const q = await dispatch(core, 'imports.quarantine', {});
    expect(q).toMatchObject({ ok: true, value: [{ row: 4 }] });
    await core.close();
  });
});

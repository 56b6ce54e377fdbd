import type { Method, Req, Res } from '../../../shared/contract/api';
import type { Core } from '../core';
import { listImports, listQuarantine } from '../repos/imports';
import { listSites } from '../repos/sites';
import { readLastIngestAt, readStats } from '../repos/stats';
import { SOURCES_HANDLERS } from './sources';
import { REACH_HANDLERS } from './reach';
import { searchScoredPosts, SENTIMENT_HANDLERS } from './sentiment';
import { LIVE_HANDLERS } from './live';
import { CASES_HANDLERS } from './casesHandlers';
import { CUSTOMERS_HANDLERS } from './customersHandlers';
import { REPORTS_HANDLERS } from './reportsHandlers';
import { TOPICS_HANDLERS } from './topics';

/** A service function for one contract method. */
export type Handler<M extends Method> = (core: Core, req: Req<M>) => Promise<Res<M>>;

/** One handler per contract method; dispatch calls these after validating the request. */
export const HANDLERS: { [M in Method]: Handler<M> } = {
  'app.info': async (core) => ({
    appVersion: core.appVersion,
    dbPath: core.db.file,
    dbBytes: await core.fileSize(),
    schemaVersion: core.schemaVersion,
    lastIngestAt: await readLastIngestAt(core.db),
    readOnly: core.db.readOnly,
  }),
  'stats.get': (core) => readStats(core.db, core.schemaVersion),
  'posts.search': (core, req) => searchScoredPosts(core, req),
  'sites.list': (core) => listSites(core.db),
  'imports.list': (core, req) => listImports(core.db, req.limit),
  'imports.quarantine': (core, req) => listQuarantine(core.db, req),
  ...SOURCES_HANDLERS,
  ...REACH_HANDLERS,
  ...SENTIMENT_HANDLERS,
  ...LIVE_HANDLERS,
  ...TOPICS_HANDLERS,
  ...CASES_HANDLERS,
  ...CUSTOMERS_HANDLERS,
  ...REPORTS_HANDLERS,
};

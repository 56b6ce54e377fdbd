import type { Method, Req } from './api';
import { fail, ok, type Result } from './result';
import * as V from './validate';
import { SITE_KINDS, SITE_POLICIES } from '../domain/site';
import { TIME_FORMATS } from '../domain/importMapping';
import { arr, bool, num, obj, oneOf, opt, str, type Check } from './validate';
import { SENTIMENT_LABELS } from '../sentiment/types';
import { LIVE_WINDOWS } from '../domain/live';
import { casesValidators } from './casesRequests';
import { customersValidators } from './customersRequests';
import { reportsValidators } from './reportsRequests';
import { alertRulesValidators, topicsValidators } from './topicsRequests';
import { reachValidators } from './reachRequests';

const empty = obj({});
const paging = { offset: opt(num({ int: true, min: 0 })), limit: opt(num({ int: true, min: 1, max: 1000 })) };

/** Runtime validation of every request of the contract, one validator per method. */
export const REQUEST_VALIDATORS: { [M in Method]: Check<Req<M>> } = {
  'app.info': empty,
  'stats.get': empty,
  'posts.search': obj({
    query: opt(str({ max: 500 })),
    siteId: opt(num({ int: true, min: 1 })),
    authorId: opt(num({ int: true, min: 1 })),
    includeIrrelevant: opt(bool()),
    oldestFirst: opt(bool()),
    ...paging,
  }),
  'sites.list': empty,
  'imports.list': obj({ limit: opt(num({ int: true, min: 1, max: 1000 })) }),
  'imports.quarantine': obj({ importId: opt(num({ int: true, min: 1 })), ...paging }),
  ...sourcesValidators(),
  'demo.load': V.obj({ seed: V.opt(V.num({ int: true, min: 0, max: 2 ** 31 })), days: V.opt(V.num({ int: true, min: 1, max: 120 })) }),
  ...importValidators(),
  ...connectorValidators(),
  ...reachValidators(),
  ...sentimentValidators(),
  ...liveValidators(),
  ...topicsValidators(),
  ...casesValidators(),
  ...customersValidators(),
  ...reportsValidators(),
};

/** Every method name, in contract order (used by the preload allowlist and contract tests). */
export const METHODS = Object.keys(REQUEST_VALIDATORS) as Method[];

/** True when `name` is a method of the contract. */
export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(REQUEST_VALIDATORS, name);
}

/** Validates a request for a method; the error names the bad field. */
export function validateRequest<M extends Method>(method: M, body: unknown): Result<Req<M>> {
  const r = REQUEST_VALIDATORS[method](body ?? {}, '');
  return r.ok ? ok(r.value) : fail('invalid-request', r.message, r.field);
}

/** Validators of the sentiment.* methods. */
function sentimentValidators() {
  const postId = num({ int: true, min: 1 });
  const column = opt(str({ min: 1, max: 200 }));
  return {
    'sentiment.explain': obj({ postId }),
    'sentiment.correct': obj({ postId, label: oneOf(SENTIMENT_LABELS), by: opt(str({ max: 100 })) }),
    'sentiment.models': empty,
    'sentiment.retrain': obj({ file: opt(str({ min: 1, max: 4096 })), textColumn: column, labelColumn: column, name: opt(str({ max: 100 })) }),
    'sentiment.activate': obj({ modelId: num({ int: true, min: 1 }) }),
  } satisfies { [M in Extract<Method, `sentiment.${string}`>]: Check<Req<M>> };
}

/** Validators of the sources.* methods (the Sources registry). */
function sourcesValidators() {
  const terms = V.arr(V.str({ min: 1, max: 200 }), { max: 500 });
  const input = V.obj({
    id: V.opt(V.num({ int: true, min: 1 })),
    name: V.str({ min: 1, max: 100 }),
    kind: V.oneOf(SITE_KINDS),
    policy: V.oneOf(SITE_POLICIES),
    urlPattern: V.nullable(V.str({ max: 500 })),
    enabled: V.bool(),
    rating: V.nullable(V.num({ int: true, min: 1, max: 5 })),
    notes: V.str({ max: 5000 }),
    filters: V.obj({ keywords: terms, brands: terms, exclude: terms, languages: V.arr(V.str({ min: 2, max: 16 }), { max: 50 }) }),
    companyHandles: V.arr(V.str({ min: 1, max: 100 }), { max: 200 }),
  });
  return {
    'sources.list': empty,
    'sources.save': input,
    'sources.figures': empty,
  } satisfies { [M in Extract<Method, `sources.${string}`>]: Check<Req<M>> };
}

/** Validators of the live.* and alerts.* methods (the live view and the wall). */
function liveValidators() {
  const time = num({ int: true, min: 0, max: 8.64e15 });
  const siteIds = opt(arr(num({ int: true, min: 1 }), { max: 200 }));
  // topics are per-site rule sets stored in the database: the service refuses an unknown one
  const topic = opt(str({ min: 1, max: 40 }));
  return {
    'live.snapshot': obj({ window: opt(oneOf(LIVE_WINDOWS)), from: opt(time), to: opt(time), siteIds, topic }),
    'live.drill': obj({
      from: time,
      to: time,
      siteIds,
      topic,
      label: opt(oneOf(['negative', 'neutral', 'positive', 'unscored'] as const)),
      ...paging,
    }),
    'alerts.list': obj({ openOnly: opt(bool()), limit: opt(num({ int: true, min: 1, max: 500 })) }),
    'alerts.acknowledge': obj({ ids: arr(num({ int: true, min: 1 }), { max: 1000 }), by: opt(str({ max: 100 })) }),
    ...alertRulesValidators(),
  } satisfies { [M in Extract<Method, `live.${string}` | `alerts.${string}`>]: Check<Req<M>> };
}

/** Validators of the file-import methods (preview, presets, start with a preset or a column mapping, cancel). */
function importValidators() {
  const path = V.str({ min: 1, max: 4096 });
  const column = V.str({ min: 1, max: 200 });
  const optionalColumn = V.nullable(column);
  const mapping = V.obj({
    id: column,
    siteColumn: optionalColumn,
    siteValue: V.nullable(V.str({ min: 1, max: 100 })),
    author: column,
    createdAt: column,
    timeFormat: V.oneOf(TIME_FORMATS),
    text: column,
    inReplyTo: optionalColumn,
    url: optionalColumn,
    authorFollowers: optionalColumn,
    authorIsCompany: optionalColumn,
    lang: optionalColumn,
    authorLocation: V.opt(optionalColumn),
    decodeEntities: V.bool(),
  });
  return {
    'imports.preview': V.obj({ path, rows: V.opt(V.num({ int: true, min: 1, max: 50 })) }),
    'imports.presets': empty,
    'imports.start': V.obj({ path, preset: V.opt(V.str({ min: 1, max: 100 })), mapping: V.opt(mapping), saveAs: V.opt(V.str({ max: 100 })) }),
    'imports.cancel': V.obj({ importId: V.num({ int: true, min: 1 }) }),
  } satisfies { [M in 'imports.preview' | 'imports.presets' | 'imports.start' | 'imports.cancel']: Check<Req<M>> };
}

/** Validators of the connector methods (feeds and watched folders). */
function connectorValidators() {
  const id = V.opt(V.num({ int: true, min: 1 }));
  return {
    'feeds.list': empty,
    'feeds.save': V.obj({ id, site: V.str({ min: 1, max: 100 }), url: V.str({ min: 1, max: 2000 }), intervalMinutes: V.num({ int: true, min: 1, max: 1440 }), enabled: V.bool() }),
    'feeds.poll': V.obj({ id }),
    'folders.list': empty,
    'folders.save': V.obj({ id, path: V.str({ min: 1, max: 4096 }), preset: V.str({ min: 1, max: 100 }), enabled: V.bool() }),
    'folders.scan': empty,
  } satisfies { [M in Extract<Method, `feeds.${string}` | `folders.${string}`>]: Check<Req<M>> };
}

import type { Method, Req } from './api';
import { arr, bool, nullable, num, obj, oneOf, opt, str, type Check } from './validate';

const id = num({ int: true, min: 1 });
const by = opt(str({ max: 100 }));
const update = { caseId: id, version: num({ int: true, min: 1 }), by };

/** Business hours as shared/time defines them; the service checks the zone and clocks. */
const businessHours = obj({
  timeZone: str({ min: 1, max: 64 }),
  days: arr(num({ int: true, min: 1, max: 7 }), { max: 7 }),
  start: str({ min: 5, max: 5 }),
  end: str({ min: 5, max: 5 }),
  holidays: opt(arr(str({ min: 10, max: 10 }), { max: 400 })),
});

/** Validators of the cases.* methods (the case board). */
export function casesValidators() {
  const w = num({ min: 0, max: 100 });
  const weights = obj({ negativity: w, reach: w, persistence: w, sitePolicy: w, waiting: w, customerValue: w });
  const minutes = num({ int: true, min: 0, max: 525_600 });
  return {
    'cases.createFromPost': obj({ postId: id, by }),
    'cases.list': obj({
      columnId: opt(id),
      siteId: opt(id),
      authorId: opt(id),
      assignee: opt(str({ max: 100 })),
      incidentId: opt(str({ min: 1, max: 100 })),
      query: opt(str({ max: 500 })),
      offset: opt(num({ int: true, min: 0 })),
      limit: opt(num({ int: true, min: 1, max: 2000 })),
    }),
    'cases.get': obj({ caseId: id }),
    'cases.move': obj({ ...update, columnId: id }),
    'cases.assign': obj({ ...update, assignee: nullable(str({ max: 100 })) }),
    'cases.linkIncident': obj({ ...update, incidentId: nullable(str({ max: 100 })) }),
    'cases.markPostRemoved': obj(update),
    'cases.saveColumns': obj({ columns: arr(obj({ id: opt(id), name: str({ max: 60 }), resolves: bool() }), { max: 30 }) }),
    'cases.slaPolicies': obj({}),
    'cases.saveSlaPolicy': obj({
      siteId: nullable(id),
      firstResponseMins: minutes,
      resolutionMins: minutes,
      amberAt: opt(num({ min: 0.01, max: 1 })),
      businessHours: opt(nullable(businessHours)),
    }),
    'cases.reply': obj({ ...update, text: str({ min: 1, max: 20_000 }), overrideReason: opt(str({ max: 500 })) }),
    'cases.replyKit': obj({}),
    'cases.saveReplyText': obj({ id: opt(id), kind: oneOf(['template', 'snippet'] as const), name: str({ max: 100 }), body: str({ max: 10_000 }) }),
    'cases.deleteReplyText': obj({ id }),
    'cases.saveBrand': obj({ brand: str({ max: 100 }) }),
    'cases.triage': obj({ siteId: opt(id), days: opt(num({ int: true, min: 1, max: 365 })), limit: opt(num({ int: true, min: 1, max: 1000 })), weights: opt(weights) }),
    'cases.saveTriageWeights': obj({ weights }),
  } satisfies { [M in Extract<Method, `cases.${string}`>]: Check<Req<M>> };
}

import type { Method, Req } from './api';
import { bool, num, obj, opt, str, type Check } from './validate';

const timeZone = str({ min: 1, max: 64 });
const ms = num({ int: true, min: 0 });
const week = str({ min: 8, max: 8, pattern: /^\d{4}-W\d{2}$/, like: 'an ISO week such as 2017-W44' });

/** Fields every report request shares: a week or a range, in a time zone. Range checks (week xor from/to, from < to, a real zone) are the service's. */
const range = {
  week: opt(week),
  from: opt(ms),
  to: opt(ms),
  timeZone,
  siteId: opt(num({ int: true, min: 1 })),
  includePii: opt(bool()),
  trendWeeks: opt(num({ int: true, min: 1, max: 52 })),
};

/** Validators of the reports.* methods (weekly review, exports, frozen snapshots, schedule). */
export function reportsValidators() {
  return {
    'reports.get': obj(range),
    'reports.export': obj({ ...range, dir: str({ min: 1, max: 4096 }), pdf: opt(bool()) }),
    'reports.freeze': obj({ week: opt(week), from: opt(ms), to: opt(ms), timeZone, path: str({ min: 1, max: 4096 }) }),
    'reports.schedule': obj({}),
    'reports.saveSchedule': obj({
      enabled: bool(),
      dir: str({ min: 1, max: 4096 }),
      timeZone,
      hour: num({ int: true, min: 0, max: 23 }),
      pdf: bool(),
      includePii: bool(),
    }),
  } satisfies { [M in Extract<Method, `reports.${string}`>]: Check<Req<M>> };
}

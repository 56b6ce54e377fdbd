import type { Method, Req } from './api';
import { fail, ok, type Result } from './result';
import { bool, num, obj, opt, str, type Check } from './validate';

const empty = obj({});
const paging = { offset: opt(num({ int: true, min: 0 })), limit: opt(num({ int: true, min: 1, max: 1000 })) };

/** Runtime validation of every request of the contract, one validator per method. */
export const REQUEST_VALIDATORS: { [M in Method]: Check<Req<M>> } = {
  'app.info': empty,
  'stats.get': empty,
  'posts.search': obj({
    query: opt(str({ max: 500 })),
    siteId: opt(num({ int: true, min: 1 })),
    includeIrrelevant: opt(bool()),
    ...paging,
  }),
  'sites.list': empty,
  'imports.list': obj({ limit: opt(num({ int: true, min: 1, max: 1000 })) }),
  'imports.quarantine': obj({ importId: opt(num({ int: true, min: 1 })), ...paging }),
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

import type { Method, Req } from './api';
import { arr, num, obj, oneOf, opt, str, type Check } from './validate';

const id = num({ int: true, min: 1 });
const by = opt(str({ max: 100 }));

/** Validators of the customers.* methods (contact history and identity links). */
export function customersValidators() {
  return {
    'customers.search': obj({
      query: opt(str({ max: 200 })),
      linked: opt(oneOf(['proposed', 'confirmed'] as const)),
      offset: opt(num({ int: true, min: 0 })),
      limit: opt(num({ int: true, min: 1, max: 1000 })),
    }),
    'customers.get': obj({ customerId: id }),
    'customers.proposeLinks': obj({}),
    'customers.links': obj({ postId: opt(id), authorId: opt(id) }),
    'customers.decideLink': obj({
      linkId: id,
      status: oneOf(['proposed', 'confirmed', 'rejected'] as const),
      decision: oneOf(['confirm', 'reject'] as const),
      reason: str({ max: 500 }),
      by,
    }),
    'customers.undoLinkChange': obj({ logId: id, reason: opt(str({ max: 500 })), by }),
    'customers.saveHandles': obj({ customerId: id, handles: arr(str({ min: 1, max: 100 }), { max: 50 }) }),
  } satisfies { [M in Extract<Method, `customers.${string}`>]: Check<Req<M>> };
}

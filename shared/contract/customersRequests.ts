import type { Method, Req } from './api';
import { CONTACT_TIME_FORMATS } from '../domain/contactImport';
import { arr, nullable, num, obj, oneOf, opt, str, type Check } from './validate';

const id = num({ int: true, min: 1 });
const by = opt(str({ max: 100 }));
const path = str({ min: 1, max: 4096 });
const column = nullable(str({ min: 1, max: 200 }));

/** A contact-history column mapping: every field a column name or null, the contact id required. */
const contactMapping = obj({
  customerKey: column,
  name: column,
  email: column,
  phone: column,
  handles: column,
  location: column,
  contactId: str({ min: 1, max: 200 }),
  at: column,
  timeFormat: oneOf(CONTACT_TIME_FORMATS),
  channel: column,
  agent: column,
  reason: column,
  outcome: column,
  incidentId: column,
  incidentTitle: column,
  incidentStatus: column,
  incidentOpened: column,
  incidentClosed: column,
});

/** Validators of the customers.* and contacts.* methods (contact history, its import, identity links). */
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
    'contacts.preview': obj({ path, rows: opt(num({ int: true, min: 1, max: 50 })) }),
    'contacts.presets': obj({}),
    'contacts.import': obj({ path, preset: opt(str({ min: 1, max: 100 })), mapping: opt(contactMapping), saveAs: opt(str({ max: 100 })) }),
  } satisfies { [M in Extract<Method, `customers.${string}` | `contacts.${string}`>]: Check<Req<M>> };
}

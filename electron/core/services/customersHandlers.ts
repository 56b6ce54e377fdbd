import type { Method, Req, Res } from '../../../shared/contract/api';
import type { Core } from '../core';
import { searchCustomers } from '../repos/customers';
import { getCustomer, listAuthorLinks, saveHandles } from './customers';
import { decideIdentityLink, proposeIdentityLinks, undoIdentityChange } from './customersIdentity';
import { listContactPresets, previewContactsFile, startContactImport } from './customersImport';

type CustomersMethod = Extract<Method, `customers.${string}` | `contacts.${string}`>;

/** Handlers of the customer, contact-history import and identity-link methods, spread into HANDLERS. */
export const CUSTOMERS_HANDLERS: { [M in CustomersMethod]: (core: Core, req: Req<M>) => Promise<Res<M>> } = {
  'customers.search': (core, req) => searchCustomers(core.db, req),
  'customers.get': (core, req) => getCustomer(core, req),
  'customers.proposeLinks': (core) => proposeIdentityLinks(core),
  'customers.links': (core, req) => listAuthorLinks(core, req),
  'customers.decideLink': (core, req) => decideIdentityLink(core, req),
  'customers.undoLinkChange': (core, req) => undoIdentityChange(core, req),
  'customers.saveHandles': (core, req) => saveHandles(core, req),
  'contacts.preview': (core, req) => previewContactsFile(core, req),
  'contacts.presets': (core) => listContactPresets(core),
  'contacts.import': (core, req) => startContactImport(core, req),
};

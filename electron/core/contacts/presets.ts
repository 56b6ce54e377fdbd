import type { ContactPreset } from './contactPreset';
import { chatwootContactsPreset, chatwootCsatPreset, freshdeskContactsPreset, freshdeskTicketsPreset, zendeskUsersPreset } from './helpdeskPresets';
import { chatwootPreset, incidentsPreset, ticketsPreset, zendeskPreset } from './ticketPresets';

/** Every built-in contact-history preset by name. */
export const CONTACT_PRESETS: Record<string, ContactPreset> = {
  tickets: ticketsPreset,
  incidents: incidentsPreset,
  zendesk: zendeskPreset,
  'zendesk-users': zendeskUsersPreset,
  chatwoot: chatwootPreset,
  'chatwoot-contacts': chatwootContactsPreset,
  'chatwoot-csat': chatwootCsatPreset,
  'freshdesk-tickets': freshdeskTicketsPreset,
  'freshdesk-contacts': freshdeskContactsPreset,
};

/** A built-in contact preset by name, or undefined (never an inherited property). */
export function findContactPreset(name: string): ContactPreset | undefined {
  return Object.prototype.hasOwnProperty.call(CONTACT_PRESETS, name) ? CONTACT_PRESETS[name] : undefined;
}

import { EMPTY_CONTACT_MAPPING, type ContactColumnMapping } from '../../../../shared/domain/contactImport';

type Guessed = Exclude<keyof ContactColumnMapping, 'timeFormat'>;

/** Header names (lower case, without spaces, dashes, dots or underscores) each field is guessed from. */
const GUESSES: Record<Guessed, string[]> = {
  customerKey: ['customerid', 'customerkey', 'requesterid', 'contactid', 'callerid', 'caller', 'clientid', 'userid', 'externalid', 'uniqueexternalid'],
  name: ['name', 'customername', 'fullname', 'contactname', 'requester', 'customer', 'client'],
  email: ['email', 'customeremail', 'requesteremail', 'contactemail', 'emailaddress', 'contactemailaddress', 'mail'],
  phone: ['phone', 'phonenumber', 'customerphone', 'contactphone', 'mobile', 'mobilephone', 'workphone', 'telephone'],
  handles: ['handle', 'handles', 'socialhandle', 'twitter', 'twitterid', 'twitterhandle', 'instagram'],
  location: ['location', 'city', 'town', 'address', 'region'],
  contactId: ['ticketid', 'id', 'ticket', 'ticketnumber', 'conversationid', 'displayid', 'caseid', 'case', 'casenumber', 'number', 'interactionid', 'callid'],
  at: ['createdat', 'created', 'createdtime', 'date', 'time', 'timestamp', 'openedat', 'opened', 'datetime', 'when'],
  channel: ['channel', 'via', 'source', 'contacttype', 'medium', 'type'],
  agent: ['agent', 'assignee', 'assignedto', 'agentname', 'owner', 'handler'],
  reason: ['reason', 'subject', 'topic', 'category', 'tickettype', 'ticketsubject', 'labels'],
  outcome: ['outcome', 'status', 'resolution', 'result', 'ticketstatus', 'state'],
  incidentId: ['incidentid', 'incident', 'incidentnumber', 'problemid'],
  incidentTitle: ['incidenttitle', 'shortdescription'],
  incidentStatus: ['incidentstatus', 'incidentstate'],
  incidentOpened: ['incidentopened', 'incidentopenedat'],
  incidentClosed: ['incidentclosed', 'incidentclosedat', 'closedat'],
};

const norm = (h: string): string => h.toLowerCase().replace(/[\s_\-.]/g, '');

/** A first guess at a contact mapping from a file's header (each column used once); the supervisor checks it. */
export function guessContactMapping(header: string[]): ContactColumnMapping {
  const used = new Set<string>();
  const m: ContactColumnMapping = { ...EMPTY_CONTACT_MAPPING };
  // The contact id first: "Id" is more likely the ticket than the customer.
  const order: Guessed[] = ['contactId', ...(Object.keys(GUESSES) as Guessed[]).filter((f) => f !== 'contactId')];
  for (const f of order) {
    const col = GUESSES[f].map((g) => header.find((h) => norm(h) === g && !used.has(h))).find((h) => h !== undefined);
    if (!col) continue;
    used.add(col);
    (m as unknown as Record<Guessed, string | null>)[f] = col;
  }
  return m;
}

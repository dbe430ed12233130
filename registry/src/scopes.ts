export const ROLES = ['agent', 'supervisor', 'marketing', 'dpo', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface ScopeDefinition {
  /** What the scope allows, as the README's scope table says it. */
  allows: string;
  /** The staff roles that hold it (the administrator holds every staff scope). */
  roles: readonly Role[];
  /** Whether an administrator may grant it to a partner client. */
  partners: boolean;
}

const CONSULTANT: readonly Role[] = ['agent', 'supervisor', 'admin'];
const READERS_OF_PERSONAL_DATA: readonly Role[] = ['agent', 'supervisor', 'dpo', 'admin'];

/** Every scope a staff role or partner client can hold. Partners read and write traveller data; administration, bulk operations, data-subject rights and the audit log stay in-house. */
export const STAFF_SCOPES = {
  'profiles:read': { allows: 'read traveller profiles (contact details, preferences, masked document numbers, history)', roles: ROLES, partners: true },
  'profiles:write': { allows: 'create, update and archive profiles; preferences, consents, tags, flags, verification', roles: CONSULTANT, partners: true },
  'profiles.personal:read': { allows: 'read and record date of birth', roles: READERS_OF_PERSONAL_DATA, partners: true },
  'profiles.documents:read': { allows: 'read full travel-document numbers', roles: READERS_OF_PERSONAL_DATA, partners: true },
  'profiles.documents:write': { allows: 'add and change travel documents', roles: CONSULTANT, partners: true },
  'profiles.special:read': {
    allows: 'read special-category data (diet, mobility, visual/hearing needs, special-needs flag)',
    roles: READERS_OF_PERSONAL_DATA,
    partners: true,
  },
  'profiles.special:write': { allows: 'record special-category data (needs the traveller’s explicit consent)', roles: CONSULTANT, partners: true },
  'profiles:merge': { allows: 'scan for duplicates and merge profiles', roles: ['supervisor', 'admin'], partners: false },
  'profiles:import': { allows: 'import travellers from CSV', roles: ['supervisor', 'admin'], partners: false },
  // Campaign work needs names, contacts and segments, never dates of birth, documents or health data.
  'profiles:export': {
    allows: 'export a filtered traveller list (only fields the role may read)',
    roles: ['agent', 'supervisor', 'marketing', 'admin'],
    partners: true,
  },
  'data-subject:export': { allows: 'export everything held on a traveller (data-subject access)', roles: ['dpo', 'admin'], partners: false },
  'data-subject:erase': { allows: 'erase a traveller (anonymise, destroy documents, keep a tombstone)', roles: ['dpo', 'admin'], partners: false },
  'corporate:read': {
    allows: 'read corporate accounts, employment, travel policies and policy compliance',
    roles: ['agent', 'supervisor', 'marketing', 'admin'],
    partners: true,
  },
  'corporate:write': {
    allows: 'manage corporate accounts, link travellers, create and revise travel policies',
    roles: ['supervisor', 'admin'],
    partners: false,
  },
  'audit:read': { allows: 'search the access audit log', roles: ['dpo', 'admin'], partners: false },
  'access:admin': {
    allows: 'manage staff accounts, partner clients, the offer catalogue, supplier loyalty programmes and the loyalty scheme',
    roles: ['admin'],
    partners: false,
  },
  'loyalty:read': {
    allows: 'read supplier programmes, loyalty memberships (masked numbers), scheme members, their status and statements',
    roles: ROLES,
    partners: true,
  },
  'loyalty.numbers:read': { allows: 'read full loyalty membership numbers and search by them', roles: READERS_OF_PERSONAL_DATA, partners: true },
  'loyalty:write': { allows: 'record supplier memberships; enrol travellers in the scheme and redeem their points', roles: CONSULTANT, partners: true },
  'loyalty:earn': { allows: 'post points earned on bookings and reverse them', roles: ['supervisor', 'admin'], partners: true },
  'loyalty:adjust': { allows: 'adjust a member’s points, with a reason', roles: ['supervisor', 'admin'], partners: false },
  'communications:read': {
    allows: 'read conversations and interactions, undertakings, referrals, complaints and feedback (not confidential interactions)',
    roles: READERS_OF_PERSONAL_DATA,
    partners: false,
  },
  'communications:write': {
    allows: 'log interactions, refer conversations, record undertakings, complaints and feedback',
    roles: CONSULTANT,
    partners: false,
  },
  'communications.confidential:read': { allows: 'read interactions marked confidential', roles: ['supervisor', 'dpo', 'admin'], partners: false },
  'campaigns:read': { allows: 'read campaigns, their dry runs and delivery reports', roles: ['supervisor', 'marketing', 'admin'], partners: false },
  'campaigns:write': { allows: 'create and edit draft campaigns (audience, channel, content)', roles: ['marketing', 'admin'], partners: false },
  'campaigns:send': { allows: 'schedule, send and cancel campaigns', roles: ['marketing', 'admin'], partners: false },
  // new-subgraph: `npm run new-subgraph` adds its scopes above this line.
} as const satisfies Record<string, ScopeDefinition>;

/** Held only by services calling through the gateway, never by a role or a partner client. */
export const SERVICE_SCOPES = {
  'audit:write': { allows: 'relay audit events to the access audit log' },
  'access:resolve-keys': { allows: 'resolve partner API keys and check staff sessions (the gateway itself)' },
  'profiles:record-account-links': { allows: 'report travellers’ corporate accounts to profiles' },
  'corporate:record-traveller-preferences': { allows: 'report linked travellers’ business preferences to corporate' },
  'loyalty:record-account-links': { allows: 'report travellers’ corporate accounts to loyalty' },
  'loyalty:record-scheme-consent': { allows: 'report travellers’ consent to the loyalty scheme’s terms to loyalty' },
  'profiles:read-consent-state': { allows: 'ask whether a traveller’s consent for a purpose (scheme terms, call recording…) is in force' },
  'profiles:record-loyalty-tiers': { allows: 'report travellers’ loyalty scheme membership and tier to profiles' },
  'profiles:resolve-campaign-audience': { allows: 'resolve a campaign’s audience with addresses, languages and marketing consent' },
  'profiles:withdraw-marketing-consent': { allows: 'withdraw a traveller’s marketing consent for a channel when they follow an unsubscribe link' },
  'profiles:read-profile-summary': { allows: 'read the summary of a traveller’s profile they are sent to agree, documents masked' },
  'profiles:record-customer-verification': { allows: 'record that a traveller confirmed their profile themselves, and through which channel' },
  'profiles:match-email-senders': { allows: 'find the travellers whose default e-mail is an address, to file captured e-mail' },
} as const satisfies Record<string, { allows: string }>;

export type StaffScope = keyof typeof STAFF_SCOPES;
export type ServiceScope = keyof typeof SERVICE_SCOPES;
export type Scope = StaffScope | ServiceScope;

export const STAFF_SCOPE_NAMES = Object.keys(STAFF_SCOPES) as StaffScope[];
export const SERVICE_SCOPE_NAMES = Object.keys(SERVICE_SCOPES) as ServiceScope[];
export const SCOPE_NAMES: readonly Scope[] = [...STAFF_SCOPE_NAMES, ...SERVICE_SCOPE_NAMES];
export const PARTNER_SCOPE_NAMES = STAFF_SCOPE_NAMES.filter((scope) => STAFF_SCOPES[scope].partners);

export const ROLE_SCOPES: Readonly<Record<Role, readonly StaffScope[]>> = Object.fromEntries(
  ROLES.map((role) => [role, STAFF_SCOPE_NAMES.filter((scope) => (STAFF_SCOPES[scope].roles as readonly Role[]).includes(role))]),
) as Record<Role, StaffScope[]>;

export const isScope = (name: string): name is Scope => Object.hasOwn(STAFF_SCOPES, name) || Object.hasOwn(SERVICE_SCOPES, name);

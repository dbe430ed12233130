/** Every scope a staff role or partner client can hold. */
export const STAFF_SCOPES = [
  'profiles:read',
  'profiles:write',
  'profiles.personal:read',
  'profiles.documents:read',
  'profiles.documents:write',
  'profiles.special:read',
  'profiles.special:write',
  'profiles:merge',
  'profiles:import',
  'profiles:export',
  'data-subject:export',
  'data-subject:erase',
  'corporate:read',
  'corporate:write',
  'audit:read',
  'access:admin',
] as const;

/** Held only by services (through the gateway), never by a role or a partner client. */
export const SERVICE_SCOPES = ['audit:write', 'access:resolve-keys', 'profiles:record-account-links', 'corporate:record-traveller-preferences'] as const;

const TRAVEL_CONSULTANT = [
  'profiles:read',
  'profiles:write',
  'profiles.personal:read',
  'profiles.documents:read',
  'profiles.documents:write',
  'profiles.special:read',
  'profiles.special:write',
  'profiles:export',
  'corporate:read',
];

export const ROLE_SCOPES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  agent: TRAVEL_CONSULTANT,
  supervisor: [...TRAVEL_CONSULTANT, 'profiles:merge', 'profiles:import', 'corporate:write'],
  // Campaign work needs names, contacts and segments, never dates of birth, documents or health data.
  marketing: ['profiles:read', 'profiles:export', 'corporate:read'],
  dpo: ['profiles:read', 'profiles.personal:read', 'profiles.documents:read', 'profiles.special:read', 'data-subject:export', 'data-subject:erase', 'audit:read'],
  admin: [...STAFF_SCOPES],
});

export const ROLE_NAMES = Object.keys(ROLE_SCOPES);

/** Partners read and write traveller data; administration, bulk operations, data-subject rights and the audit log stay in-house. */
const IN_HOUSE_SCOPES = new Set(['access:admin', 'profiles:merge', 'profiles:import', 'corporate:write']);
export const PARTNER_SCOPES = STAFF_SCOPES.filter((scope) => !IN_HOUSE_SCOPES.has(scope) && !scope.startsWith('audit:') && !scope.startsWith('data-subject:'));

/** The union of the roles' scopes, in catalogue order; unknown roles grant nothing. */
export function scopesOfRoles(roles: readonly string[]): string[] {
  const granted = new Set(roles.flatMap((role) => ROLE_SCOPES[role] ?? []));
  return STAFF_SCOPES.filter((scope) => granted.has(scope));
}

/** Every scope a staff role or partner client can hold. */
export const STAFF_SCOPES = [
  'profiles:read',
  'profiles:write',
  'profiles.personal:read',
  'profiles.documents:read',
  'profiles.documents:write',
  'audit:read',
  'access:admin',
] as const;

/** Held only by services (through the gateway), never by a role or a partner client. */
export const SERVICE_SCOPES = ['audit:write', 'access:resolve-keys'] as const;

const TRAVEL_CONSULTANT = ['profiles:read', 'profiles:write', 'profiles.personal:read', 'profiles.documents:read', 'profiles.documents:write'];

export const ROLE_SCOPES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  agent: TRAVEL_CONSULTANT,
  supervisor: TRAVEL_CONSULTANT,
  marketing: ['profiles:read'],
  dpo: ['profiles:read', 'profiles.personal:read', 'profiles.documents:read', 'audit:read'],
  admin: [...STAFF_SCOPES],
});

export const ROLE_NAMES = Object.keys(ROLE_SCOPES);

/** Partners read and write traveller data; administration and the audit log stay in-house. */
export const PARTNER_SCOPES = STAFF_SCOPES.filter((scope) => scope !== 'access:admin' && !scope.startsWith('audit:'));

/** The union of the roles' scopes, in catalogue order; unknown roles grant nothing. */
export function scopesOfRoles(roles: readonly string[]): string[] {
  const granted = new Set(roles.flatMap((role) => ROLE_SCOPES[role] ?? []));
  return STAFF_SCOPES.filter((scope) => granted.has(scope));
}

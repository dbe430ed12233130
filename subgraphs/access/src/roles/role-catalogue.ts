import { ROLE_SCOPES, STAFF_SCOPE_NAMES } from '@wayfarer/registry';

/** The union of the roles' scopes, in catalogue order; unknown roles grant nothing. */
export function scopesOfRoles(roles: readonly string[]): string[] {
  const granted = new Set(roles.flatMap((role) => (Object.hasOwn(ROLE_SCOPES, role) ? ROLE_SCOPES[role as keyof typeof ROLE_SCOPES] : [])));
  return STAFF_SCOPE_NAMES.filter((scope) => granted.has(scope));
}

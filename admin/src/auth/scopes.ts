export type Scope =
  | 'profiles:read'
  | 'profiles:write'
  | 'profiles.personal:read'
  | 'profiles.documents:read'
  | 'profiles.documents:write'
  | 'profiles.special:read'
  | 'profiles.special:write'
  | 'profiles:merge'
  | 'profiles:import'
  | 'profiles:export'
  | 'data-subject:export'
  | 'data-subject:erase'
  | 'corporate:read'
  | 'corporate:write'
  | 'audit:read'
  | 'access:admin';

/** What react-admin's getPermissions resolves to for a signed-in staff member. */
export interface StaffPermissions {
  roles: string[];
  scopes: string[];
}

export const hasScope = (scopes: readonly string[] | undefined, scope: Scope): boolean =>
  scopes?.includes(scope) ?? false;

/** The @include variable of documents asking for special-category data (special needs), which only some roles may read. */
export const specialVisibility = (scopes: readonly string[]) => ({ canReadSpecial: hasScope(scopes, 'profiles.special:read') });

/** The @include variables of profile documents, so fields the role may not read are never asked for. */
export const fieldVisibility = (scopes: readonly string[]) => ({
  canReadPersonal: hasScope(scopes, 'profiles.personal:read'),
  canReadDocuments: hasScope(scopes, 'profiles.documents:read'),
});

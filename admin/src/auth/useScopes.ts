import { usePermissions } from 'react-admin';
import { hasScope, type Scope, type StaffPermissions } from './scopes';

/** `can('profiles.documents:read')` for the signed-in staff member. */
export const useScopes = () => {
  const { permissions } = usePermissions<StaffPermissions>();
  return { can: (scope: Scope) => hasScope(permissions?.scopes, scope) };
};

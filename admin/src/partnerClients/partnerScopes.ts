/** Scopes an administrator may grant a partner; audit and access administration stay with staff. */
export const partnerScopeChoices = ['profiles:read', 'profiles:write', 'profiles.personal:read', 'profiles.documents:read', 'profiles.documents:write'].map(
  (scope) => ({ id: scope, name: scope }),
);

import type { StaffScope as Scope } from '@wayfarer/registry';

export type { Scope };

/** What react-admin's getPermissions resolves to for a signed-in staff member. */
export interface StaffPermissions {
  roles: string[];
  scopes: string[];
}

export const hasScope = (scopes: readonly string[] | undefined, scope: Scope): boolean => scopes?.includes(scope) ?? false;

/**
 * The @include variables of the console's documents and the scope each stands for, so fields the role may
 * not read are never asked for. A test holds each against the `@requiresScopes` of the fields it guards.
 */
export const VISIBILITY_SCOPES = {
  canReadPersonal: 'profiles.personal:read',
  canReadDocuments: 'profiles.documents:read',
  canReadSpecial: 'profiles.special:read',
  canReadLoyaltyNumbers: 'loyalty.numbers:read',
  canReadCorporate: 'corporate:read',
  canReadCampaigns: 'campaigns:read',
} as const satisfies Record<string, Scope>;

type VisibilityVariable = keyof typeof VISIBILITY_SCOPES;

const visibility = <Variable extends VisibilityVariable>(scopes: readonly string[], variables: readonly Variable[]) =>
  Object.fromEntries(variables.map((variable) => [variable, hasScope(scopes, VISIBILITY_SCOPES[variable])])) as Record<Variable, boolean>;

/** For documents asking for special-category data (special needs), which only some roles may read. */
export const specialVisibility = (scopes: readonly string[]) => visibility(scopes, ['canReadSpecial']);

/** For profile documents: date of birth and full document numbers. */
export const fieldVisibility = (scopes: readonly string[]) => visibility(scopes, ['canReadPersonal', 'canReadDocuments']);

/** For supplier memberships: full numbers, and whether the traveller's policy prefers the supplier. */
export const membershipVisibility = (scopes: readonly string[]) => visibility(scopes, ['canReadLoyaltyNumbers', 'canReadCorporate']);

/** For a traveller's timeline: which campaign a message was of. */
export const campaignVisibility = (scopes: readonly string[]) => visibility(scopes, ['canReadCampaigns']);

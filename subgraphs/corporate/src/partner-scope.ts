import { ForbiddenError, Principal } from '@wayfarer/kit';

/** Accounts a partner client is confined to; undefined for everyone else (staff scopes decide). */
export function partnerAccountIds(principal: Principal): string[] | undefined {
  return principal.kind === 'partner' ? (principal.accountIds ?? []) : undefined;
}

/** A partner asking about an account that is not its own is refused, never answered with nothing. */
export function assertMayReadAccounts(principal: Principal, accountIds: Iterable<string>): void {
  const allowed = partnerAccountIds(principal);
  if (!allowed) return;
  for (const accountId of accountIds) {
    if (!allowed.includes(accountId)) throw new ForbiddenError('Partner clients may read only their own corporate accounts');
  }
}

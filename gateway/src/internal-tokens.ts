import { KeyObject } from 'node:crypto';
import { INTERNAL_TOKEN, Principal, signInternalToken } from '@wayfarer/kit';

const REUSE_MS = (INTERNAL_TOKEN.lifetimeSeconds * 1000) / 2;
const MAX_CACHED = 10_000;

/**
 * The token each subgraph request carries. Signing costs more than the request's own
 * planning, so one token serves the same principal for half its lifetime.
 */
export class InternalTokens {
  private readonly cache = new Map<string, { token: string; reuseUntil: number }>();

  constructor(private readonly privateKey: KeyObject) {}

  tokenFor(principal: Principal, now = Date.now()): string {
    const key = JSON.stringify([principal.id, principal.kind, principal.client, principal.roles, principal.scopes, principal.accountIds]);
    const cached = this.cache.get(key);
    if (cached && cached.reuseUntil > now) return cached.token;
    const token = signInternalToken(principal, this.privateKey, Math.floor(now / 1000));
    if (!cached && this.cache.size >= MAX_CACHED) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, { token, reuseUntil: now + REUSE_MS });
    return token;
  }
}

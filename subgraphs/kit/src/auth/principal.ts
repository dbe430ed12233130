import { KeyObject } from 'node:crypto';
import { JwtClaims, signJwt, verifyJwt } from './jwt';

export type PrincipalKind = 'staff' | 'partner' | 'service' | 'anonymous';

/** Who is asking: established by the gateway, carried to subgraphs in the internal token. */
export interface Principal {
  id: string;
  kind: PrincipalKind;
  roles: string[];
  scopes: string[];
  /** Partner clients only: the corporate accounts whose travellers they may read. */
  accountIds?: string[];
  /** The application the request came through: `console`, a partner client's name, a service. */
  client: string;
}

export const ANONYMOUS: Principal = Object.freeze({ id: 'anonymous', kind: 'anonymous', roles: [], scopes: [], client: 'unknown' }) as Principal;

export const INTERNAL_TOKEN = { issuer: 'wayfarer-gateway', audience: 'wayfarer-subgraph', lifetimeSeconds: 60 } as const;

/** A staff member's session: issued by the access subgraph's `signIn`, verified by the gateway. */
export const SESSION_TOKEN = { issuer: 'wayfarer-access', audience: 'wayfarer-gateway', lifetimeSeconds: 8 * 60 * 60 } as const;

export function signInternalToken(principal: Principal, privateKey: KeyObject, now = Math.floor(Date.now() / 1000)): string {
  return signJwt(
    {
      iss: INTERNAL_TOKEN.issuer,
      aud: INTERNAL_TOKEN.audience,
      sub: principal.id,
      iat: now,
      exp: now + INTERNAL_TOKEN.lifetimeSeconds,
      kind: principal.kind,
      roles: principal.roles,
      scopes: principal.scopes,
      accountIds: principal.accountIds,
      client: principal.client,
    },
    privateKey,
  );
}

export function verifyInternalToken(token: string, publicKey: KeyObject, now?: number): Principal {
  return principalOf(verifyJwt(token, publicKey, { audience: INTERNAL_TOKEN.audience, issuer: INTERNAL_TOKEN.issuer, now }));
}

function principalOf(claims: JwtClaims): Principal {
  return {
    id: claims.sub,
    kind: claims.kind as PrincipalKind,
    roles: (claims.roles as string[]) ?? [],
    scopes: (claims.scopes as string[]) ?? [],
    accountIds: claims.accountIds as string[] | undefined,
    client: (claims.client as string) ?? 'unknown',
  };
}

/** `@requiresScopes` semantics: any one group satisfied in full. */
export function hasScopes(principal: Principal, anyOf: string[][]): boolean {
  return anyOf.some((group) => group.every((scope) => principal.scopes.includes(scope)));
}

/**
 * Verifies internal tokens, remembering each verified one until it expires: the gateway
 * reuses a token for many requests, and a signature check per request is wasted work.
 */
export class InternalTokenVerifier {
  private readonly verified = new Map<string, { principal: Principal; expiresAt: number }>();

  constructor(
    private readonly publicKey: KeyObject,
    private readonly capacity = 2_000,
  ) {}

  verify(token: string, now = Math.floor(Date.now() / 1000)): Principal | null {
    const cached = this.verified.get(token);
    if (cached && cached.expiresAt >= now) return cached.principal;
    if (cached) this.verified.delete(token);
    try {
      const claims = verifyJwt(token, this.publicKey, { audience: INTERNAL_TOKEN.audience, issuer: INTERNAL_TOKEN.issuer, now });
      if (this.verified.size >= this.capacity) this.verified.clear();
      const principal = principalOf(claims);
      this.verified.set(token, { principal, expiresAt: claims.exp });
      return principal;
    } catch {
      return null;
    }
  }
}

import { Principal, privateKeyFromPem, SESSION_TOKEN, signInternalToken, signJwt } from '@wayfarer/kit';

/** The agent role's scopes, as access would grant them at sign-in. */
export const AGENT_SCOPES = ['profiles:read', 'profiles:write', 'profiles.personal:read', 'profiles.documents:read', 'profiles.documents:write'];

export const BENCH_AGENT: Principal = { id: 'bench-agent', kind: 'staff', roles: ['agent'], scopes: AGENT_SCOPES, client: 'console' };

/** What `signIn` would hand the console: the gateway cannot tell the difference. */
export function staffSessionToken(sessionPrivateKeyPem: string, principal: Principal = BENCH_AGENT): string {
  const now = Math.floor(Date.now() / 1000);
  return signJwt(
    {
      iss: SESSION_TOKEN.issuer,
      aud: SESSION_TOKEN.audience,
      sub: principal.id,
      kind: 'staff',
      name: 'bench-agent',
      roles: principal.roles,
      scopes: principal.scopes,
      iat: now,
      exp: now + SESSION_TOKEN.lifetimeSeconds,
    },
    privateKeyFromPem(sessionPrivateKeyPem),
  );
}

/** What the gateway would send the subgraph for the same agent, renewed well before its 60 s expiry, as the gateway does. */
export function internalTokens(internalPrivateKeyPem: string, principal: Principal = BENCH_AGENT): () => string {
  const key = privateKeyFromPem(internalPrivateKeyPem);
  let token = '';
  let issuedAt = 0;
  return () => {
    const now = Date.now();
    if (now - issuedAt > 30_000) {
      token = signInternalToken(principal, key);
      issuedAt = now;
    }
    return token;
  };
}

import { createConnection } from 'mysql2/promise';
import { Principal, privateKeyFromPem, SESSION_TOKEN, signInternalToken, signJwt } from '@wayfarer/kit';
import { TEST_DB } from '@wayfarer/kit/dist/testing/test-database';

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

/** The gateway ends sessions of staff members access does not know as active, so the bench's callers are recorded there. */
export async function recordBenchStaff(accessDatabase: string, principals: Principal[]): Promise<void> {
  const connection = await createConnection({ ...TEST_DB, database: accessDatabase, timezone: 'Z' });
  try {
    const now = new Date();
    const rows = principals.map((principal) => [principal.id, principal.id, principal.id, '!', JSON.stringify(principal.roles), true, 1, now, now]);
    await connection.query('INSERT INTO staff_members (id, username, display_name, password_hash, roles, active, version, created_at, updated_at) VALUES ?', [
      rows,
    ]);
  } finally {
    await connection.end();
  }
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

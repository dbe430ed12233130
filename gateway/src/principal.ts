import { createHash, KeyObject } from 'node:crypto';
import { ANONYMOUS, Logger, Principal, SESSION_TOKEN, UnauthenticatedError, verifyJwt, verifyServiceToken } from '@wayfarer/kit';
import { GATEWAY, subgraphNamed } from '@wayfarer/registry';
import { InternalTokens } from './internal-tokens';

/** Who the gateway is when it asks the access subgraph about an API key. */
export const GATEWAY_PRINCIPAL: Principal = Object.freeze({
  id: 'service:gateway',
  kind: 'service',
  roles: [],
  scopes: [...GATEWAY.serviceScopes],
  client: 'gateway',
}) as Principal;

const MAX_CACHED_KEYS = 10_000;
const RESOLVE_API_KEY = 'query ResolveApiKey($key: String!) { resolveApiKey(key: $key) { id name scopes accountIds } }';
const CHECK_SESSION = 'query CheckSession($staffId: ID!, $issuedAtMs: Float!) { staffSessionValid(staffId: $staffId, issuedAtMs: $issuedAtMs) }';

/** The access subgraph could not say whether an API key or a session is still valid; the caller may retry. */
export class CredentialCheckUnavailableError extends Error {}

interface ApiKeyPrincipal {
  id: string;
  name: string;
  scopes: string[];
  accountIds: string[];
}

export interface PrincipalResolverOptions {
  sessionPublicKey: KeyObject;
  serviceTokenSecret: string;
  /** The access subgraph itself, never the gateway: key lookups must not recurse. */
  accessUrl: string;
  internalTokens: InternalTokens;
  apiKeyCacheTtlMs: number;
  /** How long a session's "still valid" answer is reused: at most this long after a staff member is deactivated. */
  sessionCheckTtlMs: number;
  timeoutMs: number;
  logger: Logger;
}

const MAX_CACHED_SESSIONS = 10_000;

type RequestHeaders = Record<string, string | string[] | undefined>;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** One caller per request, from the first credential present: session token, API key, service token, else anonymous. */
export class PrincipalResolver {
  private readonly apiKeys = new Map<string, { principal: Promise<Principal | null>; expiresAt: number }>();
  /** Verified session tokens until they expire: the console sends the same one with every request. */
  private readonly sessions = new Map<
    string,
    { principal: Principal; issuedAtMs: number; expiresAt: number; stillValid?: { answer: Promise<boolean>; until: number } }
  >();

  constructor(private readonly options: PrincipalResolverOptions) {}

  async resolve(headers: RequestHeaders): Promise<Principal> {
    const authorization = single(headers.authorization);
    if (authorization !== undefined) return this.fromSessionToken(authorization);
    const apiKey = single(headers['x-api-key']);
    if (apiKey !== undefined) return this.fromApiKey(apiKey);
    const serviceToken = single(headers['x-service-token']);
    if (serviceToken !== undefined) return this.fromServiceToken(serviceToken);
    return ANONYMOUS;
  }

  private async fromSessionToken(header: string): Promise<Principal> {
    const match = /^Bearer (\S+)$/i.exec(header.trim());
    if (!match) throw new UnauthenticatedError('Authorization must be "Bearer <session token>"');
    const now = Date.now();
    let session = this.sessions.get(match[1]);
    if (!session || session.expiresAt < Math.floor(now / 1000)) {
      session = this.verifySessionToken(match[1]);
      if (this.sessions.size >= MAX_CACHED_SESSIONS) this.sessions.clear();
      this.sessions.set(match[1], session);
    }
    if (!session.stillValid || session.stillValid.until <= now) {
      const answer = this.checkSession(session.principal.id, session.issuedAtMs);
      const stillValid = { answer, until: now + this.options.sessionCheckTtlMs };
      session.stillValid = stillValid;
      answer.catch(() => session.stillValid === stillValid && delete session.stillValid);
    }
    if (!(await session.stillValid.answer)) throw new UnauthenticatedError('The session has ended (account deactivated or changed); sign in again');
    return session.principal;
  }

  private verifySessionToken(token: string): { principal: Principal; issuedAtMs: number; expiresAt: number } {
    let claims: ReturnType<typeof verifyJwt>;
    try {
      claims = verifyJwt(token, this.options.sessionPublicKey, SESSION_TOKEN);
    } catch {
      throw new UnauthenticatedError('The session token is invalid or has expired; sign in again');
    }
    if (claims.kind !== 'staff') throw new UnauthenticatedError('The session token is invalid or has expired; sign in again');
    const principal: Principal = {
      id: claims.sub,
      kind: 'staff',
      roles: Array.isArray(claims.roles) ? (claims.roles as string[]) : [],
      scopes: Array.isArray(claims.scopes) ? (claims.scopes as string[]) : [],
      client: 'console',
    };
    return { principal, issuedAtMs: typeof claims.iatMs === 'number' ? claims.iatMs : claims.iat * 1000, expiresAt: claims.exp };
  }

  private async checkSession(staffId: string, issuedAtMs: number): Promise<boolean> {
    const data = await this.askAccess<{ staffSessionValid: boolean }>(CHECK_SESSION, { staffId, issuedAtMs }, 'session check');
    return data.staffSessionValid;
  }

  private fromServiceToken(token: string): Principal {
    const service = verifyServiceToken(token, this.options.serviceTokenSecret);
    if (!service) throw new UnauthenticatedError('The service token is invalid or stale');
    return { id: `service:${service}`, kind: 'service', roles: [], scopes: [...(subgraphNamed(service)?.serviceScopes ?? [])], client: service };
  }

  private async fromApiKey(key: string): Promise<Principal> {
    const cacheKey = createHash('sha256').update(key).digest('base64url');
    const now = Date.now();
    let entry = this.apiKeys.get(cacheKey);
    if (!entry || entry.expiresAt <= now) {
      if (entry) this.apiKeys.delete(cacheKey);
      else if (this.apiKeys.size >= MAX_CACHED_KEYS) this.apiKeys.delete(this.apiKeys.keys().next().value!);
      const principal = this.lookUpApiKey(key);
      entry = { principal, expiresAt: now + this.options.apiKeyCacheTtlMs };
      this.apiKeys.set(cacheKey, entry);
      principal.catch(() => this.apiKeys.get(cacheKey) === entry && this.apiKeys.delete(cacheKey));
    }
    const principal = await entry.principal;
    if (!principal) throw new UnauthenticatedError('The API key is unknown or has been revoked');
    return principal;
  }

  private async lookUpApiKey(key: string): Promise<Principal | null> {
    const partner = (await this.askAccess<{ resolveApiKey: ApiKeyPrincipal | null }>(RESOLVE_API_KEY, { key }, 'API key lookup')).resolveApiKey;
    if (!partner) return null;
    return { id: partner.id, kind: 'partner', roles: [], scopes: partner.scopes, accountIds: partner.accountIds, client: partner.name };
  }

  /** The access subgraph itself, as the gateway; any failure is "cannot tell right now", never "valid". */
  private async askAccess<T>(query: string, variables: Record<string, unknown>, what: string): Promise<T> {
    let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      const response = await fetch(this.options.accessUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${this.options.internalTokens.tokenFor(GATEWAY_PRINCIPAL)}`,
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      body = (await response.json()) as typeof body;
    } catch (error) {
      this.options.logger.error({ err: error }, `${what} failed`);
      throw new CredentialCheckUnavailableError('Could not verify your credentials right now; try again');
    }
    if (body.errors?.length || !body.data) {
      this.options.logger.error({ codes: body.errors?.map((error) => error.extensions?.code) }, `${what} refused`);
      throw new CredentialCheckUnavailableError('Could not verify your credentials right now; try again');
    }
    return body.data;
  }
}
